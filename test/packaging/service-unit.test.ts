import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeConfig, startMews, tempDir, TOKENS } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UNIT = readFileSync(join(ROOT, 'docs/mews-device-bridge.service'), 'utf8');

/** `[Section]` → key → values (a key may repeat, as in systemd). Comments and blank lines are skipped. */
export function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const s = /^\[(.+)\]$/.exec(line);
    if (s) {
      current = new Map();
      sections.set(s[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (!current || eq < 1) throw new Error(`not a unit file line: ${line}`);
    const key = line.slice(0, eq).trim();
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return sections;
}

/** systemd's word splitting for ExecStart (whitespace, with "double" or 'single' quotes). */
function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

/** An EnvironmentFile= as systemd reads it: KEY=VALUE lines, # comments. */
function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    env[line.slice(0, eq)] = line.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return env;
}

const service = parseUnit(UNIT).get('Service')!;
const one = (key: string): string => {
  const v = service.get(key);
  if (!v || v.length !== 1) throw new Error(`[Service] ${key}= must be set exactly once (got ${JSON.stringify(v)})`);
  return v[0]!;
};

describe('docs/mews-device-bridge.service', () => {
  it('declares a dedicated user, the tokens file, SIGTERM with a stop timeout, and restart on failure but not on bad config', () => {
    const units = parseUnit(UNIT);
    expect([...units.keys()]).toEqual(['Unit', 'Service', 'Install']);
    expect(one('User')).toBe('mews-bridge');
    expect(one('User')).not.toBe('root');
    expect(one('EnvironmentFile')).toBe('/etc/mews-device-bridge/tokens.env');
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(Number(one('TimeoutStopSec'))).toBeGreaterThanOrEqual(20); // the bridge's own stop grace is 10 s + 2 s drain
    expect(one('Restart')).toBe('on-failure');
    expect(one('RestartPreventExitStatus')).toBe('2');
    expect(one('StateDirectory')).toBe('mews-device-bridge');
    expect(units.get('Install')!.get('WantedBy')).toEqual(['multi-user.target']);
    const argv = splitCommandLine(one('ExecStart'));
    expect(argv[0]).toBe('/usr/bin/node');
    expect(argv.slice(1)).toEqual([
      '/opt/mews-device-bridge/dist-electron/src/headless/cli.js',
      '--config',
      '/etc/mews-device-bridge/bridge.json',
      '--data-dir',
      '/var/lib/mews-device-bridge',
    ]);
    // The entry the unit runs is the one `npm run build:headless` produces.
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'build/tsconfig.headless.json'), 'utf8')) as {
      include: string[];
      compilerOptions: { outDir: string };
    };
    expect(tsconfig.include).toEqual(['../src/headless/cli.ts']);
    expect(tsconfig.compilerOptions.outDir).toBe('../dist-electron');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build:headless']).toBe('tsc -p build/tsconfig.headless.json');
  });

  describe('its ExecStart, run as a real process against an install tree built like docs/service.md says', () => {
    const tmp = tempDir('bridge-service-');
    const install = join(tmp.path, 'opt/mews-device-bridge');
    const etc = join(tmp.path, 'etc/mews-device-bridge');
    const varLib = join(tmp.path, 'var/lib/mews-device-bridge');
    afterAll(() => tmp.cleanup());

    beforeAll(() => {
      // `npm run build:headless` into the install tree, then package.json (for "type": "module") and
      // the production node_modules (here: the repo's, linked).
      mkdirSync(install, { recursive: true });
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const built = spawnSync(process.execPath, [tsc, '-p', 'build/tsconfig.headless.json', '--outDir', join(install, 'dist-electron')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (built.status !== 0) throw new Error(`build:headless failed:\n${built.stdout}\n${built.stderr}`);
      copyFileSync(join(ROOT, 'package.json'), join(install, 'package.json'));
      symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
      // `npm run build:renderer` output; a stand-in page, to see that the dashboard serves it from WorkingDirectory=.
      mkdirSync(join(install, 'dist-renderer'), { recursive: true });
      writeFileSync(join(install, 'dist-renderer', 'index.html'), '<!doctype html><title>installed dashboard page</title>\n');
      mkdirSync(etc, { recursive: true });
    }, 150_000);

    it('answers GET /api/status with the tokens from EnvironmentFile=, logs JSON lines, and exits 0 on KillSignal', async () => {
      const mews = await startMews();
      try {
        const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
        const cfg = bridgeConfig(mews, '/nonexistent/overridden-by-data-dir', [{ id: printer.Id, name: 'Desk printer', driver: 'null' }]);
        const { clientToken: _c, accessToken: _a, ...mewsNoTokens } = cfg.mews!;
        // bridge.json holds no tokens; tokens.env does, as docs/service.md tells the installer to write it.
        writeFileSync(join(etc, 'bridge.json'), JSON.stringify({ ...cfg, mews: mewsNoTokens, dashboard: { port: 0 } }, null, 2));
        writeFileSync(
          join(etc, 'tokens.env'),
          `# Mews tokens\nMEWS_CLIENT_TOKEN=${TOKENS.clientToken}\nMEWS_ACCESS_TOKEN=${TOKENS.accessToken}\n`,
        );

        const map = (word: string): string =>
          word === '/usr/bin/node'
            ? process.execPath
            : word
                .replace('/opt/mews-device-bridge', install)
                .replace('/etc/mews-device-bridge', etc)
                .replace('/var/lib/mews-device-bridge', varLib);
        const [cmd, ...args] = splitCommandLine(one('ExecStart')).map(map);
        const envFile = parseEnvFile(readFileSync(map(one('EnvironmentFile')), 'utf8'));
        const extraEnv = Object.fromEntries(service.get('Environment')!.map((e) => e.split('=') as [string, string]));
        const { MEWS_CLIENT_TOKEN: _x, MEWS_ACCESS_TOKEN: _y, ...parentEnv } = process.env;
        const child = spawn(cmd!, args, {
          cwd: map(one('WorkingDirectory')),
          env: { ...parentEnv, ...extraEnv, ...envFile },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
        try {
          const base = await waitFor(
            () => /Status:\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/status/.exec(err)?.[1],
            `the status line (stderr so far: ${err})`,
            30_000,
          );
          const status = await waitFor(async () => {
            const s = (await (await fetch(`${base}/api/status`)).json()) as { connection: { status: string }; devices: { id: string }[] };
            return s.connection.status === 'online' ? s : null;
          }, 'online in /api/status');
          expect(status.devices.map((d) => d.id)).toEqual([printer.Id]);
          expect(await (await fetch(`${base}/`)).text()).toContain('installed dashboard page');

          // It really runs commands, and --data-dir wins over the file's dataDir.
          const id = mews.store.addPrinterCommand(printer.Id, Buffer.from('%PDF-1.4').toString('base64')).Id;
          await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'the command processed');
          expect(existsSync(join(varLib, 'journal.jsonl'))).toBe(true);
          expect(existsSync(join(varLib, 'logs/bridge.log'))).toBe(true);

          const stopAt = Date.now();
          child.kill(one('KillSignal') as NodeJS.Signals);
          expect(await exit).toBe(0);
          expect(Date.now() - stopAt).toBeLessThan(Number(one('TimeoutStopSec')) * 1000);
        } finally {
          if (child.exitCode === null) child.kill('SIGKILL');
        }
        // Not a TTY (as under systemd): one JSON object per stdout line, for journald and collectors.
        const lines = out.trim().split('\n');
        expect(lines.length).toBeGreaterThan(1);
        for (const line of lines) expect(JSON.parse(line)).toHaveProperty('msg');
        expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain('Stopped');
        const everything =
          out + err + readFileSync(join(varLib, 'logs/bridge.log'), 'utf8') + readFileSync(join(etc, 'bridge.json'), 'utf8');
        expect(everything).not.toContain(TOKENS.accessToken);
        expect(everything).not.toContain(TOKENS.clientToken);
      } finally {
        await mews.close();
      }
    });
  });
});

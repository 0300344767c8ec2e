/**
 * A real, private CUPS stack for tests: `ippeveprinter` (Debian package `cups-ipp-utils`) as an IPP
 * Everywhere printer that keeps every job's document, and `cupsd` (package `cups`) with its own
 * configuration, spool and port, never the machine's global CUPS. Facts behind it:
 * `/work/shared/os-printing-facts.md` (ippeveprinter needs the system D-Bus and avahi; one job at
 * a time; cupsd's files and permissions).
 *
 * Usage (any test; also the Windows smoke suite, which points Wine's CUPS_SERVER at `cups.server`):
 * ```ts
 * const printer = await startIppPrinter({ dir, name: 'Office A4', duplex: true });
 * const cups = await startCupsServer({ dir });
 * await cups.addQueue('office', printer.uri, { info: 'Office printer' });
 * // the product under test: env CUPS_SERVER = cups.server (127.0.0.1:PORT)
 * const jobs = await printer.waitForJobs(1);   // [{ id, file, pdf: Buffer, attributes: { IPP_COPIES: '2', … } }]
 * await cups.stop(); await printer.stop();
 * ```
 * Every process started here is stopped by its own pid in `stop()`; D-Bus and avahi are started
 * only when not running and are left running (they are the machine's, shared by all tests).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../../src/sim/free-port.js';
import { waitFor } from './wait-for.js';

const run = (file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(file, args, { env, timeout: 60_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${file} ${args.join(' ')}: ${err.message} ${String(stderr)}`)) : resolve(String(stdout)),
    );
  });

const running = async (name: string) =>
  run('pgrep', ['-x', name]).then(
    () => true,
    () => false,
  );

/** Starts the system D-Bus and avahi-daemon when they are not running (ippeveprinter cannot start without them). */
export async function ensureDbusAndAvahi(): Promise<void> {
  if (!(await running('dbus-daemon'))) {
    mkdirSync('/run/dbus', { recursive: true });
    rmSync('/run/dbus/pid', { force: true });
    await run('dbus-daemon', ['--system', '--fork']);
  }
  if (!(await running('avahi-daemon'))) {
    await run('avahi-daemon', ['-D', '--no-drop-root', '--no-chroot']).catch(async (err: Error) => {
      // Another test file may have started it in the meantime.
      if (!(await running('avahi-daemon'))) throw err;
    });
  }
  await waitFor(() => running('avahi-daemon'), 'avahi-daemon', 10_000, 100);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** A job as the IPP printer received it. */
export interface KeptJob {
  id: number;
  /** Path of the kept document (`<id>-<job-name>.pdf`). */
  file: string;
  pdf: Buffer;
  /** Job attributes as ippeveprinter passes them to its print command (IPP_COPIES, IPP_SIDES, IPP_MEDIA_COL, …). */
  attributes: Record<string, string>;
}

export interface IppPrinterSim {
  /** `ipp://127.0.0.1:PORT/ipp/print` */
  uri: string;
  port: number;
  /** Jobs whose print command has run (sorted by id). */
  jobs(): KeptJob[];
  waitForJobs(n: number, timeoutMs?: number): Promise<KeptJob[]>;
  /**
   * While held, each job stays "processing" at the printer (the print command waits, at most 60 s).
   * Holding again first waits until the printer has finished the jobs it was printing.
   */
  hold(on: boolean): Promise<void>;
  /** Resolves once no print command is running. */
  waitIdle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface IppPrinterOptions {
  /** Working folder (jobs are kept in `<dir>/ipp-<port>/`). */
  dir: string;
  /** Printer name (DNS-SD name), default "Test Printer". */
  name?: string;
  /** Offer two-sided printing (`-2`). */
  duplex?: boolean;
  /** Start with jobs held (see `hold`). */
  hold?: boolean;
}

/**
 * Starts ippeveprinter on loopback with `-k -d DIR -c SCRIPT`: the script records each job's IPP
 * attributes next to the kept document and returns at once (without `-c` each job takes 5–15 s),
 * or waits while the hold file exists.
 */
export async function startIppPrinter(opts: IppPrinterOptions): Promise<IppPrinterSim> {
  await ensureDbusAndAvahi();
  const port = await freePort();
  const home = join(opts.dir, `ipp-${port}`);
  const keep = join(home, 'spool');
  mkdirSync(keep, { recursive: true });
  const gate = join(home, 'hold');
  const script = join(home, 'print-command.sh');
  writeFileSync(
    script,
    `#!/bin/sh\ntouch "$1.running"\nenv | grep '^IPP_' > "$1.env.tmp" && mv "$1.env.tmp" "$1.env"\ni=0\nwhile [ -e '${gate}' ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done\nrm -f "$1.running"\nexit 0\n`,
  );
  chmodSync(script, 0o755);
  if (opts.hold) writeFileSync(gate, '');
  const args = [
    '-k',
    '-d',
    keep,
    '-c',
    script,
    '-n',
    'localhost',
    '-p',
    String(port),
    '-f',
    'application/pdf,image/pwg-raster',
    '-r',
    'off',
  ];
  if (opts.duplex) args.unshift('-2');
  args.push(opts.name ?? `Test Printer ${port}`);
  const proc = spawn('ippeveprinter', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  await waitFor(
    async () => proc.exitCode === null && (await portOpen(port)),
    `ippeveprinter on port ${port} (${stderr})`,
    20_000,
    50,
  ).catch((err: Error) => {
    proc.kill();
    throw err;
  });
  const jobs = (): KeptJob[] =>
    readdirSync(keep)
      .filter((f) => f.endsWith('.env'))
      .map((env) => {
        const file = join(keep, env.slice(0, -'.env'.length));
        const attributes: Record<string, string> = {};
        for (const line of readFileSync(join(keep, env), 'utf8').split('\n')) {
          const i = line.indexOf('=');
          if (i > 0) attributes[line.slice(0, i)] = line.slice(i + 1);
        }
        return { id: Number(attributes.IPP_JOB_ID), file, pdf: readFileSync(file), attributes };
      })
      .sort((a, b) => a.id - b.id);
  const waitIdle = async (timeoutMs = 30_000) => {
    await waitFor(() => !readdirSync(keep).some((f) => f.endsWith('.running')), 'the IPP printer to finish its jobs', timeoutMs, 50);
  };
  return {
    uri: `ipp://127.0.0.1:${port}/ipp/print`,
    port,
    jobs,
    waitForJobs: (n, timeoutMs = 30_000) =>
      waitFor(() => (jobs().length >= n ? jobs() : null), `${n} job(s) at the IPP printer`, timeoutMs, 50),
    hold: async (on) => {
      if (!on) return rmSync(gate, { force: true });
      await waitIdle();
      writeFileSync(gate, '');
    },
    waitIdle: (timeoutMs) => waitIdle(timeoutMs),
    stop: () => stopProcess(proc, () => rmSync(gate, { force: true })),
  };
}

/**
 * A CUPS backend (`paperout://`) for `startCupsServer({ backends: { paperout } })`: while the file `paperOut`
 * exists it reports `STATE: +media-empty-error` on stderr (CUPS "Backend Interface", as CUPS's usb/ipp backends
 * do for a printer out of paper) and waits, at most 30 s, then fails the job; otherwise it takes the document and
 * touches `printed` (in a folder user lp may write to) when one is given.
 */
export function paperOutBackend(paperOut: string, printed?: string): string {
  return [
    '#!/bin/sh',
    'if [ $# -eq 0 ]; then echo \'direct paperout "Unknown" "Paper-out test printer"\'; exit 0; fi',
    'i=0',
    `while [ -e '${paperOut}' ] && [ $i -lt 300 ]; do`,
    '  [ $i -eq 0 ] && echo "STATE: +media-empty-error" >&2',
    '  sleep 0.1; i=$((i+1))',
    'done',
    'echo "STATE: -media-empty-error" >&2',
    `if [ -e '${paperOut}' ]; then exit 1; fi`,
    `cat "\${6:-/dev/stdin}" > /dev/null${printed ? `; touch '${printed}'` : ''}`,
    'exit 0',
    '',
  ].join('\n');
}

export interface CupsServerSim {
  /** `127.0.0.1:PORT`, the value for CUPS_SERVER. */
  server: string;
  port: number;
  /** process.env plus CUPS_SERVER for this server (for lp, lpstat, the product). */
  env: NodeJS.ProcessEnv;
  /**
   * A driverless queue (`lpadmin … -m everywhere`) to an IPP printer, or with `model: 'raw'` a raw
   * queue (bytes pass untouched, e.g. to `socket://127.0.0.1:PORT` of the ESC/POS simulator);
   * `info` is the description the OS settings show.
   */
  addQueue(
    name: string,
    deviceUri: string,
    opts?: { info?: string; makeDefault?: boolean; defaults?: Record<string, string>; model?: 'everywhere' | 'raw' },
  ): Promise<void>;
  /** Stops the queue (jobs wait; `cupsdisable`), or starts it again (`cupsenable`). */
  setQueueStopped(name: string, stopped: boolean): Promise<void>;
  /** Runs a CUPS client program (`lp`, `lpstat`, `cancel`, …) against this server. */
  client(program: string, args: string[]): Promise<string>;
  /** Stops cupsd (queues and spooled jobs stay on disk); `start()` starts it again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** The scheduler's error log (for failure messages). */
  log(): string;
}

/**
 * Starts a private cupsd (`cupsd -f -c … -s …`) on a free loopback port with its own spool, cache,
 * state and logs under `<dir>/cups-<port>`. Backends and filters run as user `lp`, so the spool is
 * `root:lp` 0775 and the temp folder world-writable.
 */
export async function startCupsServer(opts: {
  dir: string;
  /**
   * Extra CUPS backends (name → shell script), beside the installed ones: a backend reports printer
   * state to cupsd with `STATE: +media-empty-error` lines on stderr (CUPS "Backend Interface").
   * Queues use them as `<name>://…`. Scripts run as user `lp` (mode 0755, root-owned).
   */
  backends?: Record<string, string>;
}): Promise<CupsServerSim> {
  const port = await freePort();
  const home = join(opts.dir, `cups-${port}`);
  for (const d of ['serverroot', 'spool', 'cache', 'state', 'log', 'tmp']) mkdirSync(join(home, d), { recursive: true });
  let serverBin: string | null = null;
  if (opts.backends) {
    // A private ServerBin: the installed filters, drivers, … and backends, plus the extra backends.
    serverBin = join(home, 'serverbin');
    mkdirSync(join(serverBin, 'backend'), { recursive: true });
    for (const d of readdirSync('/usr/lib/cups')) if (d !== 'backend') symlinkSync(join('/usr/lib/cups', d), join(serverBin, d));
    for (const b of readdirSync('/usr/lib/cups/backend')) symlinkSync(join('/usr/lib/cups/backend', b), join(serverBin, 'backend', b));
    for (const [name, script] of Object.entries(opts.backends)) {
      writeFileSync(join(serverBin, 'backend', name), script);
      chmodSync(join(serverBin, 'backend', name), 0o755);
    }
    chmodSync(serverBin, 0o755);
    chmodSync(join(serverBin, 'backend'), 0o755);
  }
  chmodSync(home, 0o755);
  chmodSync(opts.dir, 0o755);
  chownSync(join(home, 'spool'), 0, 7); // group lp (gid 7 on Debian)
  chmodSync(join(home, 'spool'), 0o775);
  chmodSync(join(home, 'tmp'), 0o1777);
  const conf = join(home, 'serverroot', 'cupsd.conf');
  writeFileSync(
    conf,
    [
      `Listen 127.0.0.1:${port}`,
      'LogLevel warn',
      'ServerName 127.0.0.1',
      'WebInterface No',
      'Browsing No',
      'DefaultAuthType None',
      'JobRetryInterval 1',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Location /admin>',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  const files = join(home, 'cups-files.conf');
  writeFileSync(
    files,
    [
      `ServerRoot ${join(home, 'serverroot')}`,
      `RequestRoot ${join(home, 'spool')}`,
      `CacheDir ${join(home, 'cache')}`,
      `StateDir ${join(home, 'state')}`,
      `TempDir ${join(home, 'tmp')}`,
      `AccessLog ${join(home, 'log', 'access_log')}`,
      `ErrorLog ${join(home, 'log', 'error_log')}`,
      `PageLog ${join(home, 'log', 'page_log')}`,
      'Sandboxing Relaxed',
      ...(serverBin ? [`ServerBin ${serverBin}`] : []),
      '',
    ].join('\n'),
  );
  const server = `127.0.0.1:${port}`;
  const env = { ...process.env, CUPS_SERVER: server };
  let proc: ChildProcess | null = null;
  const log = () => {
    const f = join(home, 'log', 'error_log');
    return existsSync(f) ? readFileSync(f, 'utf8').slice(-4000) : '';
  };
  const start = async () => {
    const p = spawn('cupsd', ['-f', '-c', conf, '-s', files], { stdio: 'ignore' });
    proc = p;
    await waitFor(async () => p.exitCode === null && (await portOpen(port)), `cupsd on port ${port} (${log()})`, 20_000, 50);
    await waitFor(
      () =>
        run('lpstat', ['-r'], env).then(
          (o) => o.includes('is running'),
          () => false,
        ),
      'cupsd to answer',
      20_000,
      100,
    );
  };
  await start();
  const client = (program: string, args: string[]) => run(program, args, env);
  return {
    server,
    port,
    env,
    client,
    log,
    start,
    async addQueue(name, deviceUri, o = {}) {
      const args = ['-h', server, '-p', name, '-E', '-v', deviceUri, '-m', o.model ?? 'everywhere'];
      if (o.info) args.push('-D', o.info);
      for (const [k, v] of Object.entries(o.defaults ?? {})) args.push('-o', `${k}=${v}`);
      await run('lpadmin', args, env);
      if (o.makeDefault) await run('lpadmin', ['-h', server, '-d', name], env);
    },
    async setQueueStopped(name, stopped) {
      await run(stopped ? 'cupsdisable' : 'cupsenable', ['-h', server, name], env);
    },
    stop: async () => {
      if (proc) await stopProcess(proc);
      proc = null;
    },
  };
}

async function stopProcess(proc: ChildProcess, before?: () => void): Promise<void> {
  before?.();
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  proc.kill('SIGTERM');
  const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(t);
}

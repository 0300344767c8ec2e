/**
 * Memory of the compiled headless bridge as a service runs it (`node dist-electron/src/headless/cli.js
 * --config …`, stderr not a terminal, with the `Environment=` of docs/mews-device-bridge.service) with one TCP receipt printer: RSS (with its children: the PDF
 * renderer while it runs) idle after start, right after a burst of 100 receipts, and 60 s later. Builds the headless entry first when it is missing or older
 * than the sources.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFinal, closeAll, fakeMews, printer, RECEIPT_PDF, TOKENS } from './economy-setup.js';
import { report } from './report.js';
import { until } from './until.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist-electron/src/headless/cli.js');
const BURST = 100;
const SETTLE_MS = 5_000;
const LATER_MS = 60_000;

/** The `Environment=NAME=value` lines of the systemd unit we ship: the service runs with them. */
function serviceEnvironment(): Record<string, string> {
  const unit = readFileSync(join(ROOT, 'docs/mews-device-bridge.service'), 'utf8');
  return Object.fromEntries([...unit.matchAll(/^Environment=(\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  execFileSync('npm', ['run', '--silent', 'build:headless'], { cwd: ROOT, stdio: 'inherit' });
}

/** Resident set size in MiB of a process and its children (the PDF renderer while it runs), from `ps`. */
function rssMiB(pid: number): number {
  const own = Number(
    execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
      .toString()
      .trim(),
  );
  let children = 0;
  try {
    children = execFileSync('ps', ['-o', 'rss=', '--ppid', String(pid)])
      .toString()
      .split('\n')
      .reduce((a, l) => a + (Number(l.trim()) || 0), 0);
  } catch {
    // no children: ps exits 1
  }
  return (own + children) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default async function run(): Promise<void> {
  buildIfStale();
  const mews = await fakeMews(0, 1_000_000); // memory, not the limit, is measured here
  const p = await printer(mews, 'Front desk');
  const dir = mkdtempSync(join(tmpdir(), 'bench-footprint-'));
  const configFile = join(dir, 'bridge.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      mews: { environment: 'custom', apiUrl: mews.url, webSocketUrl: mews.url.replace('http', 'ws') },
      devices: [p.config],
      dataDir: join(dir, 'data'),
      dashboard: { port: 0 },
    }),
  );
  const child = spawn(process.execPath, [CLI, '--config', configFile], {
    env: { ...process.env, ...serviceEnvironment(), MEWS_CLIENT_TOKEN: TOKENS.clientToken, MEWS_ACCESS_TOKEN: TOKENS.accessToken },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await until(() => /Status:/.test(stderr) && mews.socketCount() === 1 && mews.requests.has('commands/getAllActive'), 30_000, 20);
    await sleep(SETTLE_MS);
    const idle = rssMiB(child.pid!);
    const ids = Array.from({ length: BURST }, () => mews.store.addPrinterCommand(p.device.Id, RECEIPT_PDF).Id);
    await allFinal(mews, ids, 300_000);
    const afterBurst = rssMiB(child.pid!);
    await sleep(LATER_MS);
    const later = rssMiB(child.pid!);
    report('footprint', 'headless_rss_idle', idle, 'MiB', { goal: 80, printers: 1 });
    report('footprint', 'headless_rss_after_burst', afterBurst, 'MiB', { receipts: BURST });
    report('footprint', 'headless_rss_60s_later', later, 'MiB');
    report('footprint', 'headless_rss_60s_later_vs_idle', later / idle, 'x', { goal: 1.15 });
  } catch (err) {
    throw new Error(`${String(err)}\nheadless stderr:\n${stderr}`, { cause: err });
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    await closeAll(mews, [p], []);
    rmSync(dir, { recursive: true, force: true });
  }
}

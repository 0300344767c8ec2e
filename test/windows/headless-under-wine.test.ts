/**
 * The compiled headless bridge under the Windows build of Node (Wine), against the fake Mews and the
 * simulators over loopback. Runs the product's real Windows code paths: win32 paths and %APPDATA%,
 * serialport's Windows binding on a COM port, @napi-rs/canvas's Windows binary, ICU time zones.
 * Harness and Wine gaps: ./harness/wine.ts; what Wine cannot show: docs/windows-testing.md.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import WebSocket from 'ws';
import { parse } from 'yaml';
import type { ConfigInput } from '../../src/config/schema.js';
import { configSchema } from '../../src/config/schema.js';
import { LIST_PRINTERS_SCRIPT } from '../../src/devices/system/windows-backend.js';
import { createDriver } from '../../src/devices/registry.js';
import type { SimJob } from '../../src/devices/escpos/paper.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { FINAL } from '../../src/sim/fake-mews/fake-mews-store.js';
import { startFiasSim } from '../../src/sim/fias-sim.js';
import { startSaltoSim } from '../../src/sim/salto-sim.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startMews, tempDir } from '../helpers/core-harness.js';
import { makePdf, sampleInvoice, sampleReceipt } from '../helpers/pdf.js';
import { startCupsServer, startIppPrinter } from '../helpers/cups-stack.js';
import { createPtyPair } from '../helpers/pty-pair.js';
import { waitFor } from '../helpers/wait-for.js';
import { makePrefix, prepareWindowsToolchain, zPath, type WineNode, type WinePrefix } from './harness/wine.js';
import { wsText } from '../../src/util/ws-text.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INSTALL = 'C:\\Program Files\\Mews Device Bridge';
const CONFIG = 'C:\\ProgramData\\Mews Device Bridge\\bridge config.json';

/**
 * Each start of node.exe under Wine takes seconds (more on a loaded 2-core machine), and a test starts up
 * to five: the time budget per test is wider than the suite default.
 */
const WINE_TEST_MS = 240_000;

describe('the headless bridge on Windows (the Windows build of Node under Wine)', { timeout: WINE_TEST_MS }, () => {
  const scratch = tempDir('mdb-windows-');
  let wine: WinePrefix;
  let mews: FakeMews;
  let printer: EscposPrinterSim;
  let dataDir: string; // Windows path, under %APPDATA%
  const nativeLog = join(scratch.path, 'native-modules.txt');

  beforeAll(async () => {
    const t0 = Date.now();
    const tool = prepareWindowsToolchain();
    const t1 = Date.now();
    // `npm run build:headless` into C:\Program Files\Mews Device Bridge, as docs/service.md installs it,
    // compiled while the prefix is made.
    const out = mkdtempSync(join(tmpdir(), 'mdb-wine-build-'));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const build = spawn(process.execPath, [tsc, '-p', 'build/tsconfig.headless.json', '--outDir', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buildLog = '';
    build.stdout.on('data', (d: Buffer) => (buildLog += d.toString()));
    build.stderr.on('data', (d: Buffer) => (buildLog += d.toString()));
    const built = new Promise<number | null>((r) => build.once('exit', r));
    wine = await makePrefix(tool);
    const t2 = Date.now();
    if ((await built) !== 0) throw new Error(`build:headless failed:\n${buildLog}`);
    process.stderr.write(
      `[windows] setup: toolchain ${t1 - t0} ms (apt ${tool.aptMs} ms), prefix ${t2 - t1} ms, build done after ${Date.now() - t1} ms\n`,
    );
    const install = wine.linuxPath(INSTALL);
    mkdirSync(install, { recursive: true });
    cpSync(out, join(install, 'dist-electron'), { recursive: true });
    rmSync(out, { recursive: true, force: true });
    copyFileSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
    mkdirSync(join(install, 'dist-renderer'), { recursive: true });
    writeFileSync(join(install, 'dist-renderer', 'index.html'), '<!doctype html><title>dashboard</title>\n');
    mkdirSync(wine.linuxPath('C:\\ProgramData\\Mews Device Bridge'), { recursive: true });
    dataDir = `${wine.appData}\\Mews Device Bridge\\data`;
    mews = await startMews();
    printer = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
  }, 900_000);

  afterAll(async () => {
    await printer?.close();
    await mews?.close();
    await wine?.dispose();
    scratch.cleanup();
  }, 60_000);

  function writeConfig(devices: ConfigInput['devices']): void {
    const cfg = bridgeConfig(mews, dataDir, devices);
    writeFileSync(wine.linuxPath(CONFIG), JSON.stringify({ ...cfg, dashboard: { port: 0 } }, null, 2));
  }

  async function startBridge(env: NodeJS.ProcessEnv = {}): Promise<{ node: WineNode; url: string }> {
    const node = wine.node([`${INSTALL}\\dist-electron\\src\\headless\\cli.js`, '--config', CONFIG], {
      cwd: wine.linuxPath(INSTALL),
      nativeLog,
      env,
    });
    const url = await waitFor(
      () => {
        if (node.child.exitCode !== null)
          throw new Error(`the bridge exited (${node.child.exitCode}):\n${node.stderr()}\n${node.stdout()}`);
        return /Status:\s+(http:\/\/\S+)\/api\/status/.exec(node.stderr())?.[1];
      },
      'the bridge to start under Wine',
      60_000,
    );
    await waitFor(() => mews.socketCount() >= 1, 'the bridge’s socket to the fake Mews', 30_000);
    return { node, url };
  }

  async function stopBridge(node: WineNode): Promise<void> {
    if (node.child.exitCode !== null) return;
    node.child.kill('SIGKILL');
    await node.exit;
  }

  describe('receipts', () => {
    const options = { paperWidthDots: 576, monochrome: 'threshold' as const, cutter: true };

    it('prints multi-page PDF receipts end to end over TCP: copies, cuts, and the same ink as on Linux', async () => {
      const device = mews.store.addDevice({ Name: 'Front desk', Type: 'Printer' });
      writeConfig([
        {
          id: device.Id,
          name: 'Front desk printer',
          driver: 'escpos',
          connection: { type: 'tcp', ...(printer.address as { host: string; port: number }) },
          options,
        },
      ]);
      const pdf = makePdf([sampleReceipt(), sampleInvoice()]);
      const { node } = await startBridge();
      try {
        const id = mews.store.addPrinterCommand(device.Id, Buffer.from(pdf).toString('base64'), 2).Id;
        await waitFor(() => ['Processed', 'Error'].includes(mews.store.commands.get(id)!.State), 'the print command to finish', 120_000);
        expect(mews.store.updatesFor(id).at(-1)!.Notes ?? '', node.stdout()).not.toMatch(/error/i);
        expect(mews.store.commands.get(id)!.State).toBe('Processed');
        const windowsJobs = printed(printer);
        const linuxJobs = await printOnLinux(device.Id, options, pdf, 2);
        expect(windowsJobs.map((j) => j.cuts)).toEqual(linuxJobs.map((j) => j.cuts));
        expect(windowsJobs.reduce((n, j) => n + j.cuts, 0)).toBe(2); // one cut per copy
        expect(windowsJobs.map((j) => j.rows.length)).toEqual(linuxJobs.map((j) => j.rows.length));
        const w = ink(windowsJobs);
        const l = ink(linuxJobs);
        expect(l.ink).toBeGreaterThan(10_000);
        // Same pdf.js, same Skia: the Windows print differs from Linux's in a few anti-aliased edge dots
        // at most. A missing font (fallback or blank text) changes tens of thousands.
        const diff = differingDots(windowsJobs, linuxJobs);
        const figures = `ink: Windows ${w.ink} dots, Linux ${l.ink} dots; ${diff} dots differ`;
        writeFileSync(join(scratch.path, 'receipt-figures.txt'), figures); // read by nobody; handy when run by hand
        process.stderr.write(`[windows] receipts: ${figures}\n`);
        expect(diff / l.ink, figures).toBeLessThan(0.01);
        expect(w.ink / l.ink, figures).toBeGreaterThan(0.99);
      } finally {
        await stopBridge(node);
      }
    });
  });

  describe('key-card encoders over TCP', () => {
    it('encode keys on a Salto and a FIAS lock server, with each lock system’s local time (ICU of the Windows Node)', async () => {
      const salto = await startSaltoSim({ endpoint: { type: 'tcp', host: '127.0.0.1', port: 0 } });
      const fias = await startFiasSim({ endpoint: { role: 'server', host: '127.0.0.1', port: 0 } });
      const saltoCutter = mews.store.addDevice({ Name: 'Salto encoder', Type: 'KeyCutter', Identifier: 'E1' });
      const fiasCutter = mews.store.addDevice({ Name: 'Saflok encoder', Type: 'KeyCutter', Identifier: 'E2' });
      writeConfig([
        {
          id: saltoCutter.Id,
          name: 'Salto encoder',
          driver: 'salto',
          connection: { type: 'tcp', ...(salto.address as { host: string; port: number }) },
          options: { encoder: 'Encoder 1', timeZone: 'Europe/Prague' },
        },
        // No time zone: the lock system is in the PC's zone, as Node on Windows reports it (TZ below).
        {
          id: fiasCutter.Id,
          name: 'Saflok encoder',
          driver: 'fias',
          connection: { type: 'tcp', ...(fias.address as { host: string; port: number }) },
          options: { encoder: '2' },
        },
      ]);
      const { node } = await startBridge({ TZ: 'America/New_York' });
      try {
        // Both stays cross a daylight-saving change, so a wrong zone or offset shows.
        const s = mews.store.addKeyCutterCommand(saltoCutter.Id, 2, {
          LockIds: ['206'],
          StartUtc: '2026-03-29T00:30:00Z',
          EndUtc: '2026-03-31T08:00:00Z',
          LastName: 'Novak',
        }).Id;
        const f = mews.store.addKeyCutterCommand(fiasCutter.Id, 1, {
          LockIds: ['301'],
          StartUtc: '2026-11-01T03:30:00Z',
          EndUtc: '2026-11-03T16:00:00Z',
          LastName: 'Smith',
        }).Id;
        await waitFor(() => [s, f].every((id) => FINAL.has(mews.store.commands.get(id)!.State)), 'both key commands to finish', 60_000);
        expect([s, f].map((id) => [mews.store.commands.get(id)!.State, mews.store.updatesFor(id).at(-1)!.Notes])).toEqual([
          ['Processed', expect.stringContaining('valid 29/03/2026, 01:30 – 31/03/2026, 10:00 (lock time)')],
          ['Processed', expect.stringContaining('valid until 03/11/2026, 11:00 (lock time)')],
        ]);
        // Salto hhmmDDMMYY: 00:30 UTC is 01:30 CET (the clocks go forward at 01:00 UTC); 08:00 UTC is 10:00 CEST.
        expect(salto.audit).toEqual([
          expect.objectContaining({
            action: 'new',
            encoder: 'Encoder 1',
            rooms: ['206'],
            copyNumbers: [0, 1],
            start: '0130290326',
            expiry: '1000310326',
          }),
        ]);
        // FIAS: arrival 03:30 UTC on 1 Nov is still 31 Oct (23:30 EDT) in New York; departure 16:00 UTC is 11:00 EST.
        expect(fias.audit).toEqual([
          expect.objectContaining({ kind: 'new', room: '301', arrival: '261031', departure: '261103', departureTime: '11:00' }),
        ]);
      } finally {
        await stopBridge(node);
        await salto.close();
        await fias.close();
      }
    });
  });

  describe('a COM port (a socat pty mapped into the prefix as COM5)', () => {
    it('is listed from its registry entry, opened and written; unplugged mid-job, that job fails and the printer shows offline', async () => {
      const pty = await createPtyPair();
      const sim = await startEscposPrinterSim({ path: pty.b });
      try {
        wine.mapComPort(5, pty.a);
        // serialport lists COM ports from the PnP tree (SetupAPI); Wine has none until one is imported.
        wine.importRegistry(COM5_REGISTRY);
        const device = mews.store.addDevice({ Name: 'Serial printer', Type: 'Printer' });
        writeConfig([
          {
            id: device.Id,
            name: 'Serial printer',
            driver: 'escpos',
            connection: { type: 'serial', path: 'COM5', baudRate: 115200 },
            options: { monochrome: 'threshold' },
          },
        ]);
        const { node, url } = await startBridge();
        try {
          const token = readFileSync(wine.linuxPath(`${dataDir}\\dashboard-link.txt`), 'utf8')
            .trim()
            .split('#token=')[1]!;
          const listed = (await dashboardCall(url, token, 'listSerialPorts')) as {
            ports: { path: string; manufacturer: string | null }[];
            error: string | null;
          };
          expect(listed.error).toBeNull();
          expect(listed.ports).toContainEqual(expect.objectContaining({ path: 'COM5', manufacturer: 'EPSON' }));

          // Opened and written: the printer's status query (DLE EOT n) crosses COM5 to the far end of the pty.
          // Wine 8 gap: its reply reaches Node only on the next write, so the job cannot be answered here
          // (the status dialogue is tested over TCP above and over a pty on Linux).
          const pdf = Buffer.from(makePdf([sampleReceipt()])).toString('base64');
          const job = mews.store.addPrinterCommand(device.Id, pdf).Id;
          await waitFor(
            () => sim.device.received >= 3 && mews.store.commands.get(job)!.State === 'Processing',
            'a status query written through COM5',
            30_000,
          );
          expect(await deviceHealth(url, device.Id)).not.toBe('offline');
          // Unplugged mid-job: the pty disappears while the job waits for the printer.
          await pty.kill();
          await waitFor(() => FINAL.has(mews.store.commands.get(job)!.State), 'the unplugged job to end', 60_000);
          const note = mews.store.updatesFor(job).at(-1)!.Notes ?? '';
          process.stderr.write(`[windows] COM5 unplugged mid-job: ${mews.store.commands.get(job)!.State}: ${note}\n`);
          expect(mews.store.commands.get(job)!.State).toBe('Error');
          expect(note).toMatch(/Serial printer"? (is not connected|was disconnected)/);
          // The bridge notices the port is gone, and stays up.
          await waitFor(
            async () => (await deviceHealth(url, device.Id)) === 'offline',
            'the printer shown offline after the unplug',
            30_000,
          );
          expect(node.child.exitCode).toBeNull();
        } finally {
          await stopBridge(node);
        }
      } finally {
        await sim.close();
        await pty.dispose();
      }
    });
  });

  describe('as a Windows service runs it', () => {
    it('keeps its data under %APPDATA%, stops gracefully on Ctrl+C and on --stop, and a restart recovers the journal', async () => {
      const device = mews.store.addDevice({ Name: 'Slow desk', Type: 'Printer' });
      const executions = join(scratch.path, 'executions.txt');
      writeFileSync(executions, '');
      writeConfig([{ id: device.Id, name: 'Slow desk', driver: 'null', options: { delayMs: 3000 } }]);
      const env = { BRIDGE_NULL_EXECUTION_LOG: zPath(executions) };
      const pdf = Buffer.from('%PDF-1.4').toString('base64');
      const ran = () =>
        readFileSync(executions, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ')[1]);
      const processing = (id: string) => mews.store.commands.get(id)!.State === 'Processing';

      // 1. Ctrl+C (what NSSM and WinSW send; Wine turns SIGINT into the console control event that Node
      //    on Windows reports as SIGINT): the running job finishes, then the bridge exits 0.
      let run = await startBridge(env);
      const data = wine.linuxPath(dataDir);
      for (const f of ['journal.jsonl', 'logs\\bridge.log', 'dashboard-link.txt', 'bridge.lock'])
        expect(existsSync(wine.linuxPath(`${dataDir}\\${f}`)), f).toBe(true);
      // The dashboard's pages come from the install folder; a backslash (a separator only on Windows)
      // cannot climb out of it.
      expect(await (await fetch(`${run.url}/`)).text()).toContain('<title>dashboard</title>');
      for (const climb of ['/..%5C..%5Cpackage.json', '/..%5Cpackage.json', '/%2E%2E%5Cpackage.json']) {
        const res = await fetch(`${run.url}${climb}`);
        expect(`${climb} ${res.status} ${await res.text()}`).not.toContain('"dependencies"');
      }
      const a = mews.store.addPrinterCommand(device.Id, pdf).Id;
      await waitFor(() => ran().includes(a) && processing(a), 'the first job running', 30_000);
      run.node.child.kill('SIGINT');
      expect(await run.node.exit, run.node.stderr() + run.node.stdout()).toBe(0);
      expect(run.node.stderr()).toMatch(/SIGINT received/);
      expect(mews.store.commands.get(a)!.State).toBe('Processed');

      // 2. --stop from a second Windows process (for wrappers that can only run a stop command).
      run = await startBridge(env);
      const b = mews.store.addPrinterCommand(device.Id, pdf).Id;
      await waitFor(() => ran().includes(b) && processing(b), 'the second job running', 30_000);
      const stopper = wine.node([`${INSTALL}\\dist-electron\\src\\headless\\cli.js`, '--config', CONFIG, '--stop'], {
        cwd: wine.linuxPath(INSTALL),
      });
      expect(await stopper.exit).toBe(0);
      expect(stopper.stderr()).toMatch(/has stopped/);
      expect(await run.node.exit).toBe(0);
      expect(run.node.stderr()).toMatch(/Stop request \(--stop\) received/);
      expect(mews.store.commands.get(b)!.State).toBe('Processed');
      expect(existsSync(join(data, 'bridge.lock'))).toBe(false);

      // 3. Killed outright mid-job (a service manager's last resort, TerminateProcess): after the restart
      //    the journal knows the job may have reached the device, so it is reported, never run again.
      run = await startBridge(env);
      const c = mews.store.addPrinterCommand(device.Id, pdf).Id;
      await waitFor(() => ran().includes(c) && processing(c), 'the third job running', 30_000);
      await stopBridge(run.node);
      const queued = mews.store.addPrinterCommand(device.Id, pdf).Id; // arrives while the bridge is down
      run = await startBridge(env);
      try {
        await waitFor(
          () => FINAL.has(mews.store.commands.get(c)!.State) && mews.store.commands.get(queued)!.State === 'Processed',
          'the journal recovered',
          60_000,
        );
        expect(mews.store.commands.get(c)!.State).toBe('Error');
        expect(mews.store.updatesFor(c).at(-1)!.Notes).toMatch(/Interrupted/);
        expect(ran().filter((id) => id === c)).toHaveLength(1);
        expect(ran().filter((id) => id === queued)).toHaveLength(1);
      } finally {
        run.node.child.kill('SIGINT');
        expect(await run.node.exit).toBe(0);
      }
    });
  });

  describe('the system printer driver’s Windows path', () => {
    it('prints a PDF through SumatraPDF into a private CUPS queue and an IPP Everywhere printer, and reports Processed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mdb-wine-cups-'));
      const ipp = await startIppPrinter({ dir, name: 'Office A4' });
      const cups = await startCupsServer({ dir });
      try {
        await cups.addQueue('office', ipp.uri, { info: 'Office printer' });
        const device = mews.store.addDevice({ Name: 'Office', Type: 'Printer' });
        writeConfig([{ id: device.Id, name: 'Office printer', driver: 'system', options: { printer: 'office' } }]);
        // Wine lists the CUPS queues of CUPS_SERVER as Windows printers; the PowerShell stand-in (Wine gap)
        // answers only the product's own printer list command.
        const { node } = await startBridge({ CUPS_SERVER: cups.server, MDB_EXPECTED_PS_COMMAND: LIST_PRINTERS_SCRIPT });
        try {
          const id = mews.store.addPrinterCommand(device.Id, Buffer.from(makePdf([sampleInvoice()])).toString('base64')).Id;
          await waitFor(() => FINAL.has(mews.store.commands.get(id)!.State), 'the system print command to finish', 120_000);
          const note = mews.store.updatesFor(id).at(-1)!.Notes ?? '';
          process.stderr.write(`[windows] system printer: ${mews.store.commands.get(id)!.State}: ${note}\n`);
          expect(mews.store.commands.get(id)!.State, note).toBe('Processed');
          const [job] = await ipp.waitForJobs(1, 60_000);
          expect(job!.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        } finally {
          await stopBridge(node);
        }
      } finally {
        await cups.stop();
        await ipp.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('packaging', () => {
    it('every native module and program the Windows runs above loaded lies under an asarUnpack glob of electron-builder.yml', () => {
      const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { asarUnpack: string[] };
      const loaded = [...new Set(readFileSync(nativeLog, 'utf8').trim().split('\n'))].map((line) => {
        const [kind, ...rest] = line.split(' ');
        return { kind, file: rest.join(' ') };
      });
      // At least serialport's and @napi-rs/canvas's Windows binaries and pdf-to-printer's SumatraPDF (all ran above).
      const all = loaded.map((l) => l.file).join('\n');
      expect(all).toMatch(/@serialport.bindings-cpp.prebuilds.win32-x64.*\.node/);
      expect(all).toMatch(/canvas-win32-x64-msvc.*\.node/);
      expect(all).toMatch(/pdf-to-printer.dist.SumatraPDF\.exe/);
      /** Where each loaded file sits in an installed app (from the last node_modules\ on) when no glob unpacks it. */
      const notUnpacked = (globs: string[]) =>
        loaded.flatMap(({ kind, file }) => {
          const at = file.split(/[\\/]/);
          const from = at.lastIndexOf('node_modules');
          if (kind === 'program' && from < 0) return []; // a system program (powershell.exe), not ours to ship
          if (from < 0) return [file];
          // (the harness's canvas overlay stands in for node_modules\@napi-rs\canvas-win32-x64-msvc)
          const inApp = at.slice(from).join('/');
          return globs.some((glob) => minimatch(inApp, glob, { dot: true })) ? [] : [inApp];
        });
      expect(notUnpacked(config.asarUnpack)).toEqual([]);
      // The check can fail: without the SumatraPDF line, the spooler helper would stay inside app.asar.
      expect(notUnpacked(config.asarUnpack.filter((g) => !g.includes('pdf-to-printer')))).toEqual([
        'node_modules/pdf-to-printer/dist/SumatraPDF.exe',
      ]);
    });
  });
});

const COM5_REGISTRY = `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Enum\\USB\\VID_04B8&PID_0202\\WINE0001]
"ClassGUID"="{4d36e978-e325-11ce-bfc1-08002be10318}"
"FriendlyName"="EPSON TM-T88V Receipt (COM5)"
"Mfg"="EPSON"
"LocationInformation"="Port_#0001.Hub_#0001"

[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Enum\\USB\\VID_04B8&PID_0202\\WINE0001\\Device Parameters]
"PortName"="COM5"
`;

/** A device's health in GET /api/status (the part anyone on the machine may read). */
async function deviceHealth(url: string, id: string): Promise<string | undefined> {
  const status = (await (await fetch(`${url}/api/status`)).json()) as {
    devices: { id: string; health?: string; status?: { health: string } }[];
  };
  const d = status.devices.find((x) => x.id === id);
  return d?.health ?? d?.status?.health;
}

/** One call over the dashboard's WebSocket API, as the dashboard page makes it. */
async function dashboardCall(url: string, token: string, method: string, args: unknown[] = []): Promise<unknown> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/api/ws?token=${encodeURIComponent(token)}`);
  try {
    await new Promise<void>((res, rej) => ws.once('open', () => res()).once('error', rej));
    const answer = new Promise<{ ok: boolean; result?: unknown; error?: string }>((res) =>
      ws.on('message', (d) => {
        const m = JSON.parse(wsText(d)) as { id?: number; ok: boolean; result?: unknown; error?: string };
        if (m.id === 1) res(m);
      }),
    );
    ws.send(JSON.stringify({ id: 1, method, args }));
    const m = await answer;
    if (!m.ok) throw new Error(`${method}: ${m.error}`);
    return m.result;
  } finally {
    ws.close();
  }
}

/** The same print job through the same driver on Linux (this process), into a Linux-side simulator. */
async function printOnLinux(id: string, options: object, pdf: Uint8Array, copies: number): Promise<SimJob[]> {
  const sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
  const device = configSchema.parse({
    devices: [{ id, name: 'Linux reference', driver: 'escpos', connection: { type: 'tcp', ...(sim.address as object) }, options }],
  }).devices[0]!;
  const driver = createDriver(device, { dataDir: tempDir('mdb-linux-ref-').path, version: 'test' });
  try {
    await driver.start();
    const ctx = {
      jobId: 'ref',
      signal: new AbortController().signal,
      progress() {},
      beforeSideEffect: async () => {},
      log: { debug() {}, info() {}, warn() {}, error() {} },
    };
    await driver.execute({ kind: 'print', pdf, copies, printerName: 'Linux reference' }, ctx);
    return printed(sim);
  } finally {
    await driver.stop();
    await sim.close();
  }
}

/** The jobs that put something on paper (a status query or ESC @ alone makes none). */
const printed = (sim: EscposPrinterSim) => sim.jobs.filter((j) => j.rows.length > 0 || j.cuts > 0);

const popcount = (b: number) => {
  let n = 0;
  for (let v = b; v; v &= v - 1) n++;
  return n;
};

function ink(jobs: SimJob[]): { ink: number } {
  let n = 0;
  for (const j of jobs) for (const r of j.rows) for (const b of r) n += popcount(b);
  return { ink: n };
}

function differingDots(a: SimJob[], b: SimJob[]): number {
  let n = 0;
  a.forEach((j, i) => j.rows.forEach((r, y) => r.forEach((byte, x) => (n += popcount(byte ^ (b[i]!.rows[y]?.[x] ?? 0))))));
  return n;
}

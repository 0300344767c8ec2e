/**
 * The soak: the demo-like stack in one process under continuous load with random faults, for a bounded time.
 *
 *   fake Mews (HTTP + WebSocket, rate limited)  ◀──▶  Bridge (real core, journal on disk)
 *                                                       ├─ escpos driver ──TCP──▶ ESC/POS printer simulator
 *                                                       ├─ salto driver ──TCP──▶ Salto interface simulator
 *                                                       ├─ fias driver (listens) ◀──TCP── FIAS lock system simulator
 *                                                       └─ null drivers (volume), executions logged to a file
 *
 * Faults, one at random every `faultEveryMs`: WebSocket drops, lost events (then a drop, as a flaky proxy
 * does), 429 / 500 answers, latency, an unanswered request, printer unplug/replug, Salto and FIAS lock
 * server restarts. A "foreign" printer's commands are finished by "another bridge" and must be left alone.
 *
 * Counts come from the outside world, not from the bridge: final states in the fake Mews, executions in
 * the null drivers' log and the lock simulators' audit files, jobs on the virtual printer.
 * Everything the harness itself would accumulate (the fake's command store, simulator job and frame lists)
 * is trimmed as it goes, so the memory figures are the bridge's.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pino } from 'pino';
import { startFakeMews, type FakeMews } from '../src/sim/fake-mews/server.js';
import type { FakeCommand } from '../src/sim/fake-mews/fake-mews-store.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../src/sim/escpos-printer-sim.js';
import { startSaltoSim, type SaltoSimHandle } from '../src/sim/salto-sim.js';
import { startFiasSim, type FiasSimHandle } from '../src/sim/fias-sim.js';
import { freePort } from '../src/sim/free-port.js';
import { makePdf, sampleReceipt } from '../src/sim/sample-pdf.js';
import { MemoryStore } from '../src/config/settings-store.js';
import type { ConfigInput } from '../src/config/schema.js';
import { createBridge, type BridgeService } from '../src/bridge/bridge-service.js';
import { createLogger } from '../src/util/logger.js';

export interface SoakOptions {
  /** Load duration. */
  seconds: number;
  /** Commands created per second (on average). */
  ratePerSecond: number;
  /** Memory is compared from this point on. */
  warmupSeconds: number;
  /** After the load stops, how long commands have to become final before they count as lost. */
  drainSeconds: number;
  faultEveryMs: number;
  /** Fake Mews limit per 30 s; the bridge is configured 10 % under it. */
  mewsRateLimit: number;
  nullDevices: number;
  sampleEveryMs: number;
  seed: number;
  /** Each JSON line as it is produced (the CLI prints them). */
  onLine?: (line: Record<string, unknown>) => void;
  keepDir?: boolean;
}

export interface SoakResult {
  created: number;
  processed: number;
  errored: number;
  cancelled: number;
  executedTwice: number;
  lost: number;
  lostIds: string[];
  lostDetails: unknown[];
  /** Commands for a device another bridge serves (not counted as lost, must be left alone). */
  foreign: number;
  foreignTouched: number;
  printerJobs: number;
  printerStarted: number;
  faults: Record<string, number>;
  errorNotes: Record<string, number>;
  memory: { start: MemorySample; warmup: MemorySample | null; end: MemorySample; afterStop: MemorySample };
  samples: MemorySample[];
  bridgeWarnings: Record<string, number>;
  /** A Mews token found in the bridge's log (must never happen). */
  tokenInLog: boolean;
  dir: string;
}

export interface MemorySample {
  phase: string;
  atSeconds: number;
  rssMB: number;
  heapUsedMB: number;
  handles: Record<string, number>;
  handleCount: number;
}

export const DEFAULT_SOAK: Omit<SoakOptions, 'seconds'> = {
  ratePerSecond: 3,
  warmupSeconds: 60,
  drainSeconds: 90,
  faultEveryMs: 5_000,
  mewsRateLimit: 600,
  nullDevices: 4,
  sampleEveryMs: 60_000,
  seed: 4242,
};

const LOOPBACK = '127.0.0.1';
const TOKENS = { clientToken: 'SOAK-CLIENT-TOKEN-000001', accessToken: 'SOAK-ACCESS-TOKEN-000001' };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let gcFn: (() => void) | null = null;
function gc(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}

function handles(): { handles: Record<string, number>; handleCount: number } {
  const list = process.getActiveResourcesInfo();
  const out: Record<string, number> = {};
  for (const h of list) out[h] = (out[h] ?? 0) + 1;
  return { handles: out, handleCount: list.length };
}

type Kind = 'null' | 'printer' | 'salto' | 'fias' | 'foreign';
interface Tracked {
  kind: Kind;
  state: string;
  finalAt: number | null;
  changes: number;
  started: boolean;
}

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const t0 = Date.now();
  const emit = (line: Record<string, unknown>) => o.onLine?.(line);
  let internals: () => Record<string, number | null> = () => ({});
  const sample = (phase: string): MemorySample => {
    gc();
    const m = process.memoryUsage();
    const s: MemorySample = {
      phase,
      atSeconds: Math.round((Date.now() - t0) / 100) / 10,
      rssMB: +(m.rss / 1048576).toFixed(1),
      heapUsedMB: +(m.heapUsed / 1048576).toFixed(2),
      ...handles(),
    };
    emit({ soak: 'memory', ...s, bridge: internals() });
    return s;
  };
  const start = sample('start');
  const rnd = mulberry32(o.seed);
  const dir = mkdtempSync(join(tmpdir(), 'bridge-soak-'));
  const nullLog = join(dir, 'null-executions.log');
  const saltoAudit = join(dir, 'salto-audit.jsonl');
  const fiasAudit = join(dir, 'fias-audit.jsonl');
  const logFile = join(dir, 'bridge.log');
  const prevNullLog = process.env.BRIDGE_NULL_EXECUTION_LOG;
  process.env.BRIDGE_NULL_EXECUTION_LOG = nullLog;

  const faultsDone: Record<string, number> = {};
  const errorNotes: Record<string, number> = {};
  const tracked = new Map<string, Tracked>();
  const counters = { created: 0, processed: 0, errored: 0, cancelled: 0, foreignTouched: 0, printerStarted: 0, foreign: 0 };
  const roomToId = new Map<string, string>();
  let printerJobsTrimmed = 0;

  let mews: FakeMews | null = null;
  let printer: EscposPrinterSim | null = null;
  let salto: SaltoSimHandle | null = null;
  let fias: FiasSimHandle | null = null;
  let bridge: BridgeService | null = null;
  const timers = new Set<NodeJS.Timeout>();
  const every = (ms: number, fn: () => void) => {
    const t = setInterval(fn, ms);
    timers.add(t);
  };
  const fileDest = pino.destination({ dest: logFile, sync: true });

  try {
    mews = await startFakeMews({ ...TOKENS, rateLimit: o.mewsRateLimit, noiseEvents: true });
    const m = mews;
    printer = await startEscposPrinterSim({ tcp: { host: LOOPBACK, port: 0 } });
    const printerPort = (printer.address as { port: number }).port;
    const saltoPort = await freePort();
    const saltoOpts = { endpoint: { type: 'tcp' as const, host: LOOPBACK, port: saltoPort }, cardDelayMs: 50, auditFile: saltoAudit };
    salto = await startSaltoSim(saltoOpts);
    const fiasPort = await freePort();
    const fiasOpts = {
      endpoint: { role: 'client' as const, host: LOOPBACK, port: fiasPort, reconnectDelayMs: 500 },
      cardDelayMs: 50,
      auditFile: fiasAudit,
    };

    const dev = {
      printer: m.store.addDevice({ Name: 'Soak printer', Type: 'Printer' }),
      salto: m.store.addDevice({ Name: 'Soak Salto encoder', Type: 'KeyCutter', Identifier: '1' }),
      fias: m.store.addDevice({ Name: 'Soak FIAS encoder', Type: 'KeyCutter', Identifier: '1' }),
      foreign: m.store.addDevice({ Name: 'Another bridge’s printer', Type: 'Printer' }),
      nulls: Array.from({ length: o.nullDevices }, (_, i) =>
        m.store.addDevice({ Name: `Volume ${i}`, Type: i % 2 ? 'KeyCutter' : 'Printer' }),
      ),
    };

    const config: ConfigInput = {
      mews: {
        environment: 'custom',
        apiUrl: m.url,
        webSocketUrl: m.url.replace(/^http/, 'ws'),
        ...TOKENS,
        client: 'Mews Device Bridge soak',
        maxRequestsPer30s: Math.floor(o.mewsRateLimit * 0.9),
        requestTimeoutMs: 5_000,
      },
      devices: [
        {
          id: dev.printer.Id,
          name: dev.printer.Name,
          driver: 'escpos',
          connection: { type: 'tcp', host: LOOPBACK, port: printerPort },
          options: { paperWidthDots: 576, jobTimeoutSeconds: 60 },
        },
        {
          id: dev.salto.Id,
          name: dev.salto.Name,
          driver: 'salto',
          connection: { type: 'tcp', host: LOOPBACK, port: saltoPort },
          options: { timeZone: 'Europe/Prague', cardWaitSeconds: 10, jobTimeoutSeconds: 30 },
        },
        {
          id: dev.fias.Id,
          name: dev.fias.Name,
          driver: 'fias',
          connection: { type: 'tcp-listen', host: LOOPBACK, port: fiasPort },
          options: { timeZone: 'Europe/Prague', cardWaitSeconds: 10, jobTimeoutSeconds: 30 },
        },
        ...dev.nulls.map((d) => ({ id: d.Id, name: d.Name, driver: 'null' as const, options: { delayMs: 20 } })),
      ],
      dataDir: join(dir, 'data'),
    };
    const log = createLogger({ level: 'warn', destination: fileDest, secrets: () => [TOKENS.clientToken, TOKENS.accessToken] });
    bridge = await createBridge({ store: new MemoryStore(config), log, version: 'soak' });
    const service = bridge;
    // Sizes of the bridge's growing structures, next to each memory sample (to tell a leak from a bounded history).
    internals = () => {
      const s = service.coreStats();
      return { journalEntries: s.journalEntries, foreignIds: s.foreignIds, recentRead: s.lastReads, localCommands: s.localCommands };
    };
    fias = await startFiasSim(fiasOpts);

    // Track every command's state from the fake's side.
    m.store.onChange((c: FakeCommand) => {
      const t = tracked.get(c.Id);
      if (!t) return;
      t.changes++;
      t.state = c.State;
      if (c.State === 'Processing') t.started = true;
      if ((c.State === 'Processed' || c.State === 'Error' || c.State === 'Cancelled') && t.finalAt === null) t.finalAt = Date.now();
      if (c.State === 'Error') {
        const u = m.store.updates.at(-1);
        const note = `${t.kind}: ${(u?.CommandId === c.Id ? u.Notes : null) ?? '(no note)'}`.slice(0, 160);
        errorNotes[note] = (errorNotes[note] ?? 0) + 1;
      }
    });

    // ---- load ----
    const receipt = Buffer.from(makePdf([sampleReceipt()])).toString('base64');
    const tinyPdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    let roomSeq = 10_000;
    const day = 86_400_000;
    const keyExtras = (type: string) => {
      const room = String(roomSeq++);
      const now = Date.now();
      return {
        room,
        extras: {
          KeyCutterId: '1',
          KeyCutterData: JSON.stringify({ Type: type }),
          LockIds: [room],
          StartUtc: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z'),
          EndUtc: new Date(now + 2 * day).toISOString().replace(/\.\d+Z$/, 'Z'),
          FirstName: 'Soak',
          LastName: `Guest${room}`,
        },
      };
    };
    const createOne = () => {
      const r = rnd();
      let id: string;
      let kind: Kind;
      if (r < 0.55) {
        const d = dev.nulls[Math.floor(rnd() * dev.nulls.length)]!;
        kind = 'null';
        id = d.Type === 'Printer' ? m.store.addPrinterCommand(d.Id, tinyPdf).Id : m.store.addKeyCutterCommand(d.Id, 1).Id;
      } else if (r < 0.72) {
        kind = 'printer';
        id = m.store.addPrinterCommand(dev.printer.Id, receipt, 1).Id;
      } else if (r < 0.84) {
        kind = 'salto';
        const k = keyExtras('IndustryStandardProtocol');
        id = m.store.addKeyCutterCommand(dev.salto.Id, 1, k.extras).Id;
        roomToId.set(k.room, id);
      } else if (r < 0.95) {
        kind = 'fias';
        const k = keyExtras('FiasProtocol');
        id = m.store.addKeyCutterCommand(dev.fias.Id, 1, k.extras).Id;
        roomToId.set(k.room, id);
      } else {
        kind = 'foreign';
        id = m.store.addPrinterCommand(dev.foreign.Id, tinyPdf).Id;
        const fid = id;
        const t = setTimeout(
          () => {
            timers.delete(t);
            if (m.store.commands.get(fid)?.State === 'Pending')
              m.store.applyUpdate({ CommandId: fid, State: 'Processed', Progress: null, Notes: null });
          },
          500 + rnd() * 2_000,
        );
        timers.add(t);
      }
      tracked.set(id, { kind, state: 'Pending', finalAt: null, changes: 1, started: false });
      counters.created++;
    };
    // Poisson-ish arrivals: 10 ticks a second, each creating a command with the right probability.
    const tickMs = 100;
    every(tickMs, () => {
      let n = (o.ratePerSecond * tickMs) / 1000;
      while (n > 0) {
        if (rnd() < Math.min(1, n)) createOne();
        n -= 1;
      }
    });

    // ---- faults ----
    const busy = new Set<string>();
    const later = (ms: number, fn: () => void | Promise<void>) => {
      const t = setTimeout(() => {
        timers.delete(t);
        void fn();
      }, ms);
      timers.add(t);
    };
    const faults: Record<string, () => void | Promise<void>> = {
      'socket-drop': () => m.dropSockets(),
      'lost-events-then-drop': () => {
        m.faults.dropEvents = true;
        later(2_000, () => {
          m.faults.dropEvents = false;
          m.dropSockets();
        });
      },
      'http-429': () => m.faults.failNext({ status: 429, retryAfter: 1, times: 2 }),
      'http-500': () => m.faults.failNext({ status: 500, times: 3 }),
      'http-503-update': () => m.faults.failNext({ status: 503, path: 'commands/update', times: 2 }),
      latency: () => {
        m.faults.latencyMs = 300 + Math.floor(rnd() * 700);
        later(3_000, () => void (m.faults.latencyMs = 0));
      },
      'unanswered-request': () => void (m.faults.hangNext = 1),
      'printer-unplug': async () => {
        await printer!.powerOff();
        later(1_000 + rnd() * 3_000, async () => {
          await printer!.powerOn();
          busy.delete('printer-unplug');
        });
        return 'keep-busy' as never;
      },
      'salto-restart': async () => {
        await salto!.close();
        await sleep(500 + rnd() * 1_500);
        salto = await startSaltoSim(saltoOpts);
      },
      'fias-restart': async () => {
        await fias!.close();
        await sleep(500 + rnd() * 1_500);
        fias = await startFiasSim(fiasOpts);
      },
    };
    const faultNames = Object.keys(faults);
    every(o.faultEveryMs, () => {
      const name = faultNames[Math.floor(rnd() * faultNames.length)]!;
      if (busy.has(name)) return;
      busy.add(name);
      faultsDone[name] = (faultsDone[name] ?? 0) + 1;
      void Promise.resolve(faults[name]!())
        .catch((err: unknown) => emit({ soak: 'fault-error', fault: name, error: String(err) }))
        .then((r) => {
          if (r !== ('keep-busy' as never)) busy.delete(name);
        });
    });

    // ---- trimming what the harness would accumulate ----
    every(5_000, () => {
      const cutoff = Date.now() - 60_000;
      const ran = startedByBridge();
      for (const [id, t] of tracked) {
        if (t.finalAt === null || t.finalAt > cutoff) continue;
        fold(t, id, ran);
        tracked.delete(id);
        m.store.commands.delete(id);
      }
      const u = m.store.updates as unknown as { at: number }[];
      let drop = 0;
      while (drop < u.length && u[drop]!.at < cutoff) drop++;
      if (drop) u.splice(0, drop);
      const jobs = printer!.jobs;
      if (jobs.length > 2) printerJobsTrimmed += jobs.splice(0, jobs.length - 2).length;
      for (const arr of [salto?.audit, salto?.frames, fias?.audit, fias?.received] as unknown[][])
        if (arr && arr.length > 50) arr.splice(0, arr.length - 50);
    });
    // Print commands the bridge started (journal attempts): a quick one goes Pending → Processed without
    // Processing (the request rule), so Mews's states alone undercount them.
    const startedByBridge = () =>
      new Set(
        bridge!
          .journalEntries()
          .filter((e) => e.attempts > 0)
          .map((e) => e.id),
      );
    const fold = (t: Tracked, id: string, ran: ReadonlySet<string>) => {
      if (t.kind === 'foreign') {
        counters.foreign++;
        if (t.changes > 2) counters.foreignTouched++;
        return;
      }
      if (t.kind === 'printer' && (t.started || ran.has(id))) counters.printerStarted++;
      if (t.state === 'Processed') counters.processed++;
      else if (t.state === 'Error') counters.errored++;
      else if (t.state === 'Cancelled') counters.cancelled++;
    };

    // ---- run ----
    const samples: MemorySample[] = [];
    let warmup: MemorySample | null = null;
    const loadEnd = t0 + o.seconds * 1000;
    let nextSample = Date.now() + o.sampleEveryMs;
    const warmupAt = t0 + o.warmupSeconds * 1000;
    while (Date.now() < loadEnd) {
      await sleep(Math.min(500, loadEnd - Date.now()));
      if (!warmup && Date.now() >= warmupAt) samples.push((warmup = sample('warmup')));
      else if (Date.now() >= nextSample) {
        samples.push(sample('load'));
        nextSample = Date.now() + o.sampleEveryMs;
      }
      emit({
        soak: 'progress',
        atSeconds: Math.round((Date.now() - t0) / 1000),
        created: counters.created,
        inFlight: [...tracked.values()].filter((t) => t.finalAt === null && t.kind !== 'foreign').length,
      });
    }

    // ---- stop load and faults, heal everything, drain ----
    for (const t of timers) clearInterval(t);
    timers.clear();
    m.faults.clear();
    if (!printer.device.poweredOn) await printer.powerOn();
    await sleep(100);
    const drainEnd = Date.now() + o.drainSeconds * 1000;
    const open = () => [...tracked.entries()].filter(([, t]) => t.kind !== 'foreign' && t.finalAt === null).map(([id]) => id);
    while (Date.now() < drainEnd && open().length > 0) await sleep(250);
    const lostIds = open();
    // For each lost command: what it was, where Mews has it, where the bridge has it, and its updates.
    const entries = new Map(bridge.journalEntries().map((e) => [e.id, e]));
    const devices = (await bridge.getSnapshot()).devices;
    const views = new Map((await Promise.all(lostIds.map((id) => bridge!.searchHistory(id, 1000)))).flat().map((c) => [c.id, c]));
    const lostDetails = lostIds.map((id) => {
      const entry = entries.get(id);
      const device = entry ? devices.find((d) => d.id === entry.deviceId) : undefined;
      const view = views.get(id);
      return {
        id,
        kind: tracked.get(id)?.kind,
        mewsState: m.store.commands.get(id)?.State,
        updates: m.store.updatesFor(id).map((u) => u.State),
        journal: entry ? { phase: entry.phase, outcome: entry.outcome, reported: entry.reported, attempts: entry.attempts } : null,
        slot: device ? { current: device.current, phase: view?.phase ?? null, queueLength: device.queueLength } : null,
      };
    });
    if (lostDetails.length) emit({ soak: 'lost', details: lostDetails });
    const drainedIn = Math.round((Date.now() + o.drainSeconds * 1000 - drainEnd) / 100) / 10;
    emit({ soak: 'drain', seconds: drainedIn, lost: lostIds.length });
    await sleep(1_000); // let the last Processed deliveries settle before sampling
    const end = sample('end');
    samples.push(end);

    const ran = startedByBridge();
    for (const [id, t] of tracked) fold(t, id, ran);

    // ---- executions, from the devices' side ----
    const runs = new Map<string, number>();
    const bump = (id: string) => runs.set(id, (runs.get(id) ?? 0) + 1);
    if (existsSync(nullLog)) for (const line of readFileSync(nullLog, 'utf8').split('\n')) if (line) bump(line.split(' ')[1]!);
    for (const [file, roomOf] of [
      [saltoAudit, (e: { rooms?: string[] }) => e.rooms?.[0]],
      [fiasAudit, (e: { room?: string }) => e.room],
    ] as const)
      if (existsSync(file))
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          if (!line) continue;
          const room = (roomOf as (e: unknown) => string | undefined)(JSON.parse(line));
          const id = room ? roomToId.get(room) : undefined;
          bump(id ?? `unknown-room-${room}`);
        }
    const printerJobs = printerJobsTrimmed + printer.jobs.length;
    // A print command run twice would leave more jobs on the virtual printer than print commands that got
    // as far as running (Processing in Mews, or started in the bridge's journal; each prints at most once).
    const executedTwice = [...runs.values()].filter((n) => n > 1).length + Math.max(0, printerJobs - counters.printerStarted);

    // Warnings the bridge logged, grouped by message.
    const bridgeWarnings: Record<string, number> = {};
    const logText = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    const tokenInLog = logText.includes(TOKENS.clientToken) || logText.includes(TOKENS.accessToken);
    if (logText)
      for (const line of logText.split('\n')) {
        if (!line) continue;
        try {
          const msg = String((JSON.parse(line) as { msg?: unknown }).msg);
          bridgeWarnings[msg] = (bridgeWarnings[msg] ?? 0) + 1;
        } catch {
          /* partial line */
        }
      }

    await bridge.stop();
    bridge = null;
    internals = () => ({});
    await fias?.close();
    fias = null;
    await salto?.close();
    salto = null;
    await printer.close();
    printer = null;
    await m.close();
    mews = null;
    // Closed sockets, exited children and cleared timers leave the handle list a moment later (seconds on a
    // loaded machine: 3 s was once too short in a full suite on 2 busy cores); a leak never leaves it.
    for (let i = 0; i < 100 && handles().handleCount > start.handleCount; i++) await sleep(100);
    const afterStop = sample('after-stop');

    const result: SoakResult = {
      created: counters.created,
      processed: counters.processed,
      errored: counters.errored,
      cancelled: counters.cancelled,
      executedTwice,
      lost: lostIds.length,
      lostIds,
      lostDetails,
      foreign: counters.foreign,
      foreignTouched: counters.foreignTouched,
      printerJobs,
      printerStarted: counters.printerStarted,
      faults: faultsDone,
      errorNotes,
      memory: { start, warmup, end, afterStop },
      samples,
      bridgeWarnings,
      tokenInLog,
      dir,
    };
    return result;
  } finally {
    for (const t of timers) clearInterval(t);
    await bridge?.stop().catch(() => undefined);
    await fias?.close().catch(() => undefined);
    await salto?.close().catch(() => undefined);
    await printer?.close().catch(() => undefined);
    await mews?.close().catch(() => undefined);
    fileDest.flushSync?.();
    if (prevNullLog === undefined) delete process.env.BRIDGE_NULL_EXECUTION_LOG;
    else process.env.BRIDGE_NULL_EXECUTION_LOG = prevNullLog;
    if (!o.keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

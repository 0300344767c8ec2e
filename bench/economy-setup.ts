/**
 * What the request-economy benches share: a fake Mews that enforces the documented limit (200 requests
 * per AccessToken per 30 s) with a chosen round trip, virtual ESC/POS receipt printers on TCP, and
 * bridges (the same service the headless product runs) with the real escpos driver.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBridge, type BridgeService } from '../src/bridge/bridge-service.js';
import { MemoryStore } from '../src/config/settings-store.js';
import { parseDevice } from '../src/config/validate.js';
import type { DeviceConfig } from '../src/config/schema.js';
import type { Driver } from '../src/devices/driver.js';
import { createDriver } from '../src/devices/registry.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../src/sim/escpos-printer-sim.js';
import { startFakeMews, type FakeMews } from '../src/sim/fake-mews/server.js';
import type { FakeDevice } from '../src/sim/fake-mews/fake-mews-store.js';
import { makePdf, sampleReceipt } from '../src/sim/sample-pdf.js';
import { silentLogger } from '../src/util/logger.js';
import { until } from './until.js';

export const TOKENS = { clientToken: 'BENCH-CLIENT-TOKEN', accessToken: 'BENCH-ACCESS-TOKEN' };
/** Mews's documented limit: 200 requests per AccessToken within any 30 s. */
export const MEWS_LIMIT = 200;
export const MEWS_WINDOW_MS = 30_000;
/** One 80 mm receipt, base64, as Mews sends it. */
export const RECEIPT_PDF = Buffer.from(makePdf([sampleReceipt()])).toString('base64');

export interface Printer {
  sim: EscposPrinterSim;
  device: FakeDevice;
  config: DeviceConfig;
}

/** A fake Mews with the documented limit and `latencyMs` added to every answer. */
export function fakeMews(latencyMs: number, rateLimit = MEWS_LIMIT): Promise<FakeMews> {
  return startFakeMews({ ...TOKENS, rateLimit, latencyMs });
}

/** A virtual TCP receipt printer, known to Mews as a Printer device. */
export async function printer(mews: FakeMews, name: string): Promise<Printer> {
  const sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
  const device = mews.store.addDevice({ Name: name, Type: 'Printer' });
  const { port } = sim.address as { port: number };
  const config = parseDevice({ id: device.Id, name, driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port } });
  return { sim, device, config };
}

export interface BenchBridge {
  service: BridgeService;
  close(): Promise<void>;
}

/**
 * A bridge serving `printers` against `mews`, with production timings. `client` tells bridges on one
 * token apart at the fake Mews; `onExecute` sees each job start (command id, performance.now()).
 */
export async function bridge(
  mews: FakeMews,
  printers: Printer[],
  opts: { client?: string; onExecute?: (id: string, at: number) => void } = {},
): Promise<BenchBridge> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-economy-'));
  const service = await createBridge({
    store: new MemoryStore({
      mews: {
        environment: 'custom',
        apiUrl: mews.url,
        webSocketUrl: mews.url.replace('http', 'ws'),
        ...TOKENS,
        client: opts.client ?? 'Mews Device Bridge bench',
      },
      devices: printers.map((p) => p.config),
      dataDir,
    }),
    log: silentLogger(),
    version: 'bench',
    driverFactory: (d) => timed(createDriver(d, { dataDir, version: 'bench' }), opts.onExecute),
  });
  return {
    service,
    async close() {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function timed(driver: Driver, onExecute?: (id: string, at: number) => void): Driver {
  if (!onExecute) return driver;
  const execute = driver.execute.bind(driver);
  driver.execute = (job, ctx) => {
    onExecute(ctx.jobId, performance.now());
    return execute(job, ctx);
  };
  return driver;
}

/** Waits until every command in `ids` is final in the fake Mews. */
export function allFinal(mews: FakeMews, ids: string[], timeoutMs: number): Promise<void> {
  const final = new Set(['Processed', 'Error', 'Cancelled']);
  return until(() => ids.every((id) => final.has(mews.store.commands.get(id)!.State)), timeoutMs, 5);
}

/** Sum of all Connector API requests the fake Mews received. */
export function requestTotal(mews: FakeMews): number {
  return [...mews.requests.values()].reduce((a, b) => a + b, 0);
}

export async function closeAll(mews: FakeMews, printers: Printer[], bridges: BenchBridge[]): Promise<void> {
  for (const b of bridges) await b.close();
  for (const p of printers) await p.sim.close();
  await mews.close();
}

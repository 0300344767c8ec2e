/**
 * Request economy under Mews's rate limit (issue 13), as a hotel meets it: the bridge against a fake
 * Mews enforcing 200 requests per AccessToken per 30 s with a 30 ms round trip, TCP receipt printers.
 *
 * - burst: 100 print commands over 2 printers, seconds until all are final in Mews, and the ratio to the
 *   best the limit and the printers allow (a reference run of the same 50 receipts per printer straight
 *   through the driver, in this process, plus a round trip to read and one to report);
 * - requests per command in the burst and for a lone command; 429s provoked;
 * - event → driver latency with a 100 ms round trip, as a ratio to the round trip;
 * - two bridges on one token (disjoint printers, 50 commands each): both finish, requests sent inside a
 *   Retry-After window, total time against the same best.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../src/devices/registry.js';
import type { PrintJob } from '../src/devices/driver.js';
import { boundLog } from '../src/util/bound-log.js';
import { silentLogger } from '../src/util/logger.js';
import {
  allFinal,
  bridge,
  closeAll,
  fakeMews,
  MEWS_LIMIT,
  MEWS_WINDOW_MS,
  printer,
  RECEIPT_PDF,
  requestTotal,
  type Printer,
} from './economy-setup.js';
import { percentile, report } from './report.js';
import { until } from './until.js';

const RTT_MS = 30;
const LATENCY_RTT_MS = 100;
const BURST = 100;

/** Seconds the printers alone need: `perPrinter` receipts on each of `count` printers, straight through the driver. */
async function deviceFloor(count: number, perPrinter: number): Promise<number> {
  const mews = await fakeMews(0);
  const printers = await Promise.all(Array.from({ length: count }, (_, i) => printer(mews, `Reference ${i}`)));
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const job: PrintJob = { kind: 'print', pdf: Uint8Array.from(Buffer.from(RECEIPT_PDF, 'base64')), copies: 1, printerName: 'Reference' };
  const log = boundLog(silentLogger(), {});
  const drivers = printers.map((p) => createDriver(p.config, { dataDir, version: 'bench' }));
  await Promise.all(drivers.map((d) => d.start()));
  const run = (d: (typeof drivers)[number], n: number) =>
    d.execute(job, {
      jobId: `warm-${n}`,
      signal: new AbortController().signal,
      progress: () => undefined,
      beforeSideEffect: async () => undefined,
      log,
    });
  await Promise.all(drivers.map((d) => run(d, 0))); // warm-up: module loads, fonts, connection
  const t = performance.now();
  await Promise.all(
    drivers.map(async (d) => {
      for (let i = 0; i < perPrinter; i++) await run(d, i);
    }),
  );
  const secs = (performance.now() - t) / 1000;
  for (const d of drivers) await d.stop();
  await closeAll(mews, printers, []);
  rmSync(dataDir, { recursive: true, force: true });
  return secs;
}

/**
 * The best a bridge can do: the printers' own time plus a round trip to read and one to report, or the
 * time Mews's limit needs for the requests that cannot be saved (one read per burst, one final state per
 * command, plus the `used` requests already in the window), whichever is longer.
 */
function bestSeconds(devicesSeconds: number, commands: number, used: number, rttMs: number): number {
  const needed = used + 1 + commands;
  const limitSeconds = needed <= MEWS_LIMIT ? 0 : (Math.ceil(needed / MEWS_LIMIT) - 1) * (MEWS_WINDOW_MS / 1000);
  return Math.max(devicesSeconds + (2 * rttMs) / 1000, limitSeconds);
}

const sum = (m: Map<string, number>, ...paths: string[]) => paths.reduce((a, p) => a + (m.get(p) ?? 0), 0);

async function burst(floor: number): Promise<void> {
  const mews = await fakeMews(RTT_MS);
  const printers = [await printer(mews, 'Front desk'), await printer(mews, 'Back office')];
  const b = await bridge(mews, printers);
  await until(() => mews.socketCount() === 1 && mews.requests.has('commands/getAllActive'), 10_000, 5);
  const startupRequests = requestTotal(mews);

  const before = requestTotal(mews);
  const t = performance.now();
  const ids = Array.from({ length: BURST }, (_, i) => mews.store.addPrinterCommand(printers[i % 2]!.device.Id, RECEIPT_PDF).Id);
  await allFinal(mews, ids, 300_000);
  const secs = (performance.now() - t) / 1000;
  const burstRequests = requestTotal(mews) - before;
  const processed = ids.filter((id) => mews.store.commands.get(id)!.State === 'Processed').length;
  const best = bestSeconds(floor, BURST, startupRequests, RTT_MS);
  report('economy', 'burst_seconds', secs, 's', { commands: BURST, printers: 2, processed, rttMs: RTT_MS });
  report('economy', 'burst_best_seconds', best, 's', {
    printerSeconds: Math.round(floor * 100) / 100,
    note: 'max(printers + 2 round trips, Mews limit for 1 read + 1 final per command)',
  });
  report('economy', 'burst_ratio_to_best', secs / best, 'x', { goal: 1.3 });
  report('economy', 'burst_requests_per_command', burstRequests / BURST, 'requests', { goal: 1.3, requests: burstRequests });
  report('economy', 'burst_429s', mews.limits.tooMany, 'responses', { goal: 0 });

  // A lone command, once everything from the burst has been said: reads and updates it costs.
  await new Promise((r) => setTimeout(r, 3_000));
  const lone = 5;
  const loneBefore = sum(mews.requests, 'commands/getAllByIds', 'commands/update');
  for (let i = 0; i < lone; i++) {
    const id = mews.store.addPrinterCommand(printers[0]!.device.Id, RECEIPT_PDF).Id;
    await allFinal(mews, [id], 30_000);
    await new Promise((r) => setTimeout(r, 500)); // anything said after the final state counts too
  }
  const loneRequests = sum(mews.requests, 'commands/getAllByIds', 'commands/update') - loneBefore;
  report('economy', 'lone_requests_per_command', loneRequests / lone, 'requests', {
    goal: 2,
    commands: lone,
    note: 'periodic re-syncs not counted',
  });
  report('economy', 'total_429s', mews.limits.tooMany, 'responses', { goal: 0 });
  await closeAll(mews, printers, [b]);
}

/** Mews event → the driver starts, one command at a time, 100 ms round trip. */
async function latency(): Promise<void> {
  const mews = await fakeMews(LATENCY_RTT_MS);
  const printers = [await printer(mews, 'Front desk')];
  const started = new Map<string, number>();
  const samples: number[] = [];
  const b = await bridge(mews, printers, {
    onExecute: (id, at) => {
      const t = started.get(id);
      if (t !== undefined) samples.push(at - t);
    },
  });
  await until(() => mews.socketCount() === 1 && mews.requests.has('commands/getAllActive'), 10_000, 5);
  const n = 12;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const id = mews.store.addPrinterCommand(printers[0]!.device.Id, RECEIPT_PDF).Id;
    started.set(id, t);
    await allFinal(mews, [id], 30_000);
  }
  await closeAll(mews, printers, [b]);
  const sorted = samples.slice(2).sort((a, b) => a - b); // after warm-up (first PDF render loads pdf.js)
  const p50 = percentile(sorted, 50);
  report('economy', 'event_to_driver_p50', p50, 'ms', { rttMs: LATENCY_RTT_MS, samples: sorted.length });
  report('economy', 'event_to_driver_ratio_to_rtt', p50 / LATENCY_RTT_MS, 'x', { goal: 1.1 });
}

/** Two bridges on one token, one printer each, 50 commands each at once. */
async function twoBridges(floor: number): Promise<void> {
  const mews = await fakeMews(RTT_MS);
  const printers: Printer[] = [await printer(mews, 'Reception'), await printer(mews, 'Spa')];
  const a = await bridge(mews, [printers[0]!], { client: 'Mews Device Bridge bench A' });
  const b = await bridge(mews, [printers[1]!], { client: 'Mews Device Bridge bench B' });
  await until(() => mews.socketCount() === 2 && (mews.requests.get('commands/getAllActive') ?? 0) >= 2, 10_000, 5);
  const startupRequests = requestTotal(mews);
  const per = BURST / 2;
  const t = performance.now();
  const ids = Array.from({ length: BURST }, (_, i) => mews.store.addPrinterCommand(printers[i % 2]!.device.Id, RECEIPT_PDF).Id);
  const finished = await allFinal(mews, ids, 300_000).then(
    () => true,
    () => false,
  );
  const secs = (performance.now() - t) / 1000;
  const processed = (k: number) => ids.filter((id, i) => i % 2 === k && mews.store.commands.get(id)!.State === 'Processed').length;
  const best = bestSeconds(floor, BURST, startupRequests, RTT_MS);
  report('economy', 'two_bridges_finished', finished ? 1 : 0, 'bool', {
    processedA: processed(0),
    processedB: processed(1),
    commandsEach: per,
  });
  report('economy', 'two_bridges_seconds', secs, 's', { best: Math.round(best * 100) / 100 });
  report('economy', 'two_bridges_ratio_to_best', secs / best, 'x', { goal: 1.5 });
  report('economy', 'two_bridges_inside_retry_after', mews.limits.insideRetryAfter, 'requests', { goal: 0 });
  report('economy', 'two_bridges_429s', mews.limits.tooMany, 'responses', {
    requestsA: mews.requestsByClient.get('Mews Device Bridge bench A') ?? 0,
    requestsB: mews.requestsByClient.get('Mews Device Bridge bench B') ?? 0,
  });
  await closeAll(mews, printers, [a, b]);
}

export default async function run(): Promise<void> {
  const floor = await deviceFloor(2, BURST / 2);
  await burst(floor);
  await latency();
  await twoBridges(floor);
}

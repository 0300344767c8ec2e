import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBridge } from '../src/bridge/bridge-service.js';
import { MemoryStore } from '../src/config/settings-store.js';
import type { Driver } from '../src/devices/driver.js';
import { NullDriver } from '../src/devices/null/null-driver.js';
import { startFakeMews } from '../src/sim/fake-mews/server.js';
import { silentLogger } from '../src/util/logger.js';
import { percentile, report } from './report.js';
import { until } from './until.js';

const TOKENS = { clientToken: 'BENCH-CLIENT-TOKEN', accessToken: 'BENCH-ACCESS-TOKEN' };
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

async function setup(devices: number, driverHook?: (id: string, d: NullDriver) => Driver) {
  const mews = await startFakeMews({ ...TOKENS, rateLimit: 1_000_000 });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-pipeline-'));
  const printers = Array.from({ length: devices }, (_, i) => mews.store.addDevice({ Name: `P${i}`, Type: 'Printer' }));
  const bridge = await createBridge({
    store: new MemoryStore({
      mews: {
        environment: 'custom',
        apiUrl: mews.url,
        webSocketUrl: mews.url.replace('http', 'ws'),
        ...TOKENS,
        maxRequestsPer30s: 100_000,
      },
      devices: printers.map((p) => ({ id: p.Id, name: p.Name, driver: 'null' as const })),
      dataDir,
    }),
    log: silentLogger(),
    version: 'bench',
    driverFactory: (d) => {
      const nd = new NullDriver(d.id, { delayMs: 0, jobTimeoutSeconds: 30 });
      return driverHook ? driverHook(d.id, nd) : nd;
    },
  });
  await until(() => mews.socketCount() === 1, 10_000);
  return {
    mews,
    bridge,
    printers,
    async close() {
      await bridge.stop();
      await mews.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Mews event → driver.execute, one command at a time (fake Mews on loopback, journal fsync on). */
async function latency(): Promise<void> {
  const started = new Map<string, number>();
  const samples: number[] = [];
  const env = await setup(1, (_id, nd) => {
    const execute = nd.execute.bind(nd);
    nd.execute = (job, ctx) => {
      samples.push(performance.now() - started.get(ctx.jobId)!);
      return execute(job, ctx);
    };
    return nd;
  });
  const n = 300;
  for (let i = 0; i < n; i++) {
    const before = samples.length;
    const t = performance.now();
    const id = env.mews.store.addPrinterCommand(env.printers[0]!.Id, PDF).Id;
    started.set(id, t);
    await until(() => samples.length > before, 10_000);
    await until(() => env.mews.store.commands.get(id)!.State === 'Processed', 10_000);
  }
  await env.close();
  const sorted = samples.slice(50).sort((a, b) => a - b); // after warm-up
  report('pipeline', 'event_to_driver_p50', percentile(sorted, 50), 'ms', { samples: sorted.length });
  report('pipeline', 'event_to_driver_p99', percentile(sorted, 99), 'ms', { samples: sorted.length });
}

/** Commands/second through the whole pipeline: 2000 commands over 4 null devices, until all Processed in Mews. */
async function throughput(): Promise<void> {
  const env = await setup(4);
  const n = 2000;
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now();
  const ids = Array.from({ length: n }, (_, i) => env.mews.store.addPrinterCommand(env.printers[i % 4]!.Id, PDF).Id);
  await until(() => ids.every((id) => env.mews.store.commands.get(id)!.State === 'Processed'), 120_000);
  const secs = (performance.now() - t) / 1000;
  const requests = [...env.mews.requests.values()].reduce((a, b) => a + b, 0);
  await env.close();
  report('pipeline', 'throughput', n / secs, 'commands/s', { commands: n, devices: 4, seconds: Math.round(secs * 100) / 100 });
  report('pipeline', 'mews_requests_per_command', requests / n, 'requests');
  report('pipeline', 'rss_growth', (process.memoryUsage().rss - rssBefore) / 1048576, 'MiB');
}

export default async function run(): Promise<void> {
  await latency();
  await throughput();
}

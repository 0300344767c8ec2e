/**
 * Key-card encoders: time from a job entering the driver to the key request leaving it (the moment
 * beforeSideEffect() resolves and the frame is written), with simulators that answer instantly.
 * Salto includes its per-request TCP connect and ENQ/ACK readiness check; FIAS runs over an
 * established link (the lock system connected to our listening port).
 */
import type { Driver, JobContext, KeyJob } from '../src/devices/driver.js';
import { lockOptionsSchema } from '../src/config/schema.js';
import { FiasDriver } from '../src/devices/fias/fias-driver.js';
import { SaltoDriver } from '../src/devices/salto/salto-driver.js';
import { startFiasSim } from '../src/sim/fias-sim.js';
import { startSaltoSim } from '../src/sim/salto-sim.js';
import { percentile, report } from './report.js';

const RUNS = 300;
const WARMUP = 20;

function job(i: number, type: string): KeyJob {
  return {
    kind: 'key',
    keyCount: 1,
    lockIds: [String(100 + (i % 50))],
    startUtc: new Date(Date.now()),
    endUtc: new Date(Date.now() + 2 * 86_400_000),
    firstName: 'Bench',
    lastName: 'Guest',
    normalizedFirstName: null,
    normalizedLastName: null,
    reservationNumber: String(i),
    reservationId: `bench-${type}-${i}`,
    telephone: null,
    email: null,
    keyCutterId: '1',
    apiUrl: null,
    lockProtocol: type === 'FiasProtocol' ? 'fias' : 'salto',
    lockProtocolNote: null,
    keyCutterData: { Type: type },
  };
}

async function measure(driver: Driver, type: string): Promise<{ toSend: number[]; total: number[] }> {
  const toSend: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    let sentAt = 0;
    const ctx: JobContext = {
      jobId: `b${i}`,
      signal: new AbortController().signal,
      progress: () => {},
      beforeSideEffect: async () => {
        sentAt = performance.now();
      },
      log: { debug() {}, info() {}, warn() {}, error() {} },
    };
    const t0 = performance.now();
    await driver.execute(job(i, type), ctx);
    const t1 = performance.now();
    if (i >= WARMUP) {
      toSend.push(sentAt - t0);
      total.push(t1 - t0);
    }
  }
  return { toSend: toSend.sort((a, b) => a - b), total: total.sort((a, b) => a - b) };
}

function print(protocol: string, r: { toSend: number[]; total: number[] }, extra: Record<string, unknown>): void {
  const meta = { protocol, runs: RUNS, ...extra };
  report('lock', `${protocol}_job_start_to_request_p50`, percentile(r.toSend, 50), 'ms', meta);
  report('lock', `${protocol}_job_start_to_request_p99`, percentile(r.toSend, 99), 'ms', meta);
  report('lock', `${protocol}_job_roundtrip_p50`, percentile(r.total, 50), 'ms', meta);
  report('lock', `${protocol}_job_roundtrip_p99`, percentile(r.total, 99), 'ms', meta);
}

export default async function lockBench(): Promise<void> {
  const options = lockOptionsSchema.parse({ timeZone: 'Europe/Prague' });

  const salto = await startSaltoSim({ endpoint: { type: 'tcp' } });
  const { port: saltoPort } = salto.address as { port: number };
  const saltoDriver = new SaltoDriver({ connection: { type: 'tcp', host: '127.0.0.1', port: saltoPort }, options });
  await saltoDriver.start();
  print('salto', await measure(saltoDriver, 'IndustryStandardProtocol'), { transport: 'tcp, one connection per request' });
  await saltoDriver.stop();
  await salto.close();

  const net = await import('node:net');
  const fiasPort = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const fiasDriver = new FiasDriver({ connection: { type: 'tcp-listen', host: '127.0.0.1', port: fiasPort }, options, keepAliveMs: 0 });
  await fiasDriver.start();
  const fias = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port: fiasPort } });
  await fias.waitLinked();
  print('fias', await measure(fiasDriver, 'FiasProtocol'), { transport: 'tcp-listen, established link' });
  await fiasDriver.stop();
  await fias.close();
}

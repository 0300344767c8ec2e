import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBridge } from '../src/bridge/bridge-service.js';
import { MemoryStore } from '../src/config/settings-store.js';
import { startFakeMews } from '../src/sim/fake-mews/server.js';
import { startSaltoSim } from '../src/sim/salto-sim.js';
import { startFiasSim } from '../src/sim/fias-sim.js';
import { freePort } from '../src/sim/free-port.js';
import { silentLogger } from '../src/util/logger.js';
import { percentile, report } from './report.js';
import { until } from './until.js';

const TOKENS = { clientToken: 'BENCH-CLIENT-TOKEN', accessToken: 'BENCH-ACCESS-TOKEN' };

/**
 * Mews event → key request arriving at the lock server (loopback, simulator answering at once),
 * through the whole bridge: WebSocket event, getAllByIds, journal (fsync), driver, framing.
 */
export default async function run(): Promise<void> {
  const mews = await startFakeMews({ ...TOKENS, rateLimit: 1_000_000 });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-lock-'));
  const salto = await startSaltoSim({ endpoint: { type: 'tcp', host: '127.0.0.1', port: 0 } });
  const fiasPort = await freePort();
  const saltoDev = mews.store.addDevice({ Name: 'Salto', Type: 'KeyCutter', Identifier: '1' });
  const fiasDev = mews.store.addDevice({ Name: 'FIAS', Type: 'KeyCutter', Identifier: '1' });
  const bridge = await createBridge({
    store: new MemoryStore({
      mews: {
        environment: 'custom',
        apiUrl: mews.url,
        webSocketUrl: mews.url.replace('http', 'ws'),
        ...TOKENS,
        maxRequestsPer30s: 100_000,
      },
      devices: [
        { id: saltoDev.Id, name: 'Salto', driver: 'keycutter' },
        { id: fiasDev.Id, name: 'FIAS', driver: 'fias', connection: { type: 'tcp-listen', host: '127.0.0.1', port: fiasPort } },
      ],
      dataDir,
    }),
    log: silentLogger(),
    version: 'bench',
  });
  const fias = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port: fiasPort } });
  await fias.waitLinked(10_000);
  await until(() => mews.socketCount() === 1, 10_000);

  const saltoUrl = `127.0.0.1:${(salto.address as { port: number }).port}`;
  const measure = async (name: string, create: (i: number) => string, arrivals: () => number) => {
    const samples: number[] = [];
    for (let i = 0; i < 120; i++) {
      const before = arrivals();
      const t = performance.now();
      const id = create(i);
      await until(() => arrivals() > before, 10_000);
      samples.push(performance.now() - t);
      await until(() => mews.store.commands.get(id)!.State === 'Processed', 10_000);
    }
    const sorted = samples.slice(20).sort((a, b) => a - b);
    report('lock-e2e', `${name}_event_to_lock_request_p50`, percentile(sorted, 50), 'ms', { samples: sorted.length });
    report('lock-e2e', `${name}_event_to_lock_request_p99`, percentile(sorted, 99), 'ms', { samples: sorted.length });
  };
  await measure(
    'salto',
    (i) => mews.store.addKeyCutterCommand(saltoDev.Id, 1, { ApiUrl: saltoUrl, LockIds: [String(100 + i)] }).Id,
    () => salto.frames.length,
  );
  await measure(
    'fias',
    (i) =>
      mews.store.addKeyCutterCommand(fiasDev.Id, 1, { KeyCutterData: JSON.stringify({ Type: 'FiasProtocol' }), LockIds: [String(100 + i)] })
        .Id,
    () => fias.received.filter((r) => r.type === 'KR').length,
  );
  await fias.close();
  await bridge.stop();
  await salto.close();
  await mews.close();
  rmSync(dataDir, { recursive: true, force: true });
}

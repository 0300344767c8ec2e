import { afterEach, describe, expect, it } from 'vitest';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { FiasDriver } from '../../src/devices/fias/fias-driver.js';
import { startFiasSim, type FiasSimHandle } from '../../src/sim/fias-sim.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { freePort } from '../../src/sim/free-port.js';
import { captureLog } from '../helpers/capture-log.js';
import { bridgeConfig, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { lockOptions } from '../devices/keycutter/kit.js';

/**
 * A FIAS lock system that dials the bridge (`tcp-listen`): waiting for it right after start is no device problem
 * (newcomer F4), and a listener any computer on the network may take over says so at start and on its card (F15).
 */
const OPEN_WARNING = /^Lock-system listener open to every computer on the network/;

describe('FIAS tcp-listen at start', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  let sim: FiasSimHandle | undefined;
  let driver: FiasDriver | undefined;
  const dir = tempDir('lock-listener-');
  afterEach(async () => {
    await bridge?.stop();
    await driver?.stop();
    await sim?.close();
    await mews?.close();
    bridge = mews = sim = driver = undefined;
  });

  async function start(connection: Record<string, unknown>) {
    mews = await startMews();
    const k = mews.store.addDevice({ Name: 'Saflok', Type: 'KeyCutter', Identifier: '1' });
    const { lines, log } = captureLog();
    bridge = await createBridge({
      store: new MemoryStore(
        bridgeConfig(mews, `${dir.path}/${k.Id}`, [{ id: k.Id, name: 'Saflok', driver: 'fias', connection } as never]),
      ),
      log,
      version: 'test',
      tuning: FAST_TUNING,
    });
    const device = async () => (await bridge!.getSnapshot()).devices[0]!;
    return { lines, device };
  }

  it('waits for the lock system without a device problem, and a listener open to all says so at start and on its card', async () => {
    const port = await freePort();
    const { lines, device } = await start({ type: 'tcp-listen', host: '0.0.0.0', port });
    expect(await device()).toMatchObject({ health: 'unknown', detail: `Waiting for the lock system to connect to port ${port}` });
    expect((await device()).address).toBe(`listening on 0.0.0.0:${port} · any computer on the network may connect (set allowedPeers)`);
    const warn = lines.find((l) => OPEN_WARNING.test(l.msg));
    expect(warn).toMatchObject({ level: 40, device: 'Saflok', fix: 'set connection.allowedPeers to the lock server address' });

    sim = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port, reconnectDelayMs: 50 } });
    await waitFor(async () => (await device()).health === 'online', 'linked');
    expect(lines.filter((l) => /^Device problem on Saflok/.test(l.msg))).toEqual([]);
    expect(lines.filter((l) => /^Device Saflok is ready again/.test(l.msg))).toEqual([]);
    expect(lines.filter((l) => OPEN_WARNING.test(l.msg))).toHaveLength(1);

    // A lock system that was connected and goes away is a problem, said once, without nested brackets.
    await sim.close();
    sim = undefined;
    await waitFor(() => lines.some((l) => /^Device problem on Saflok/.test(l.msg)), 'problem logged');
    expect(lines.find((l) => /^Device problem on Saflok/.test(l.msg))!.msg).toBe(
      `Device problem on Saflok: Lock system not connected (port ${port})`,
    );
  });

  it.each([
    ['allowedPeers set', { host: '0.0.0.0', allowedPeers: ['192.0.2.10'] }],
    ['loopback only', { host: '127.0.0.1' }],
  ])('%s: no warning, no hint', async (_name, extra) => {
    const port = await freePort();
    const { lines, device } = await start({ type: 'tcp-listen', port, ...extra });
    expect((await device()).address).toBe(`listening on ${extra.host}:${port}`);
    expect(lines.some((l) => OPEN_WARNING.test(l.msg))).toBe(false);
  });

  it('a lock system that never dials in becomes a problem once the grace period is over', async () => {
    const port = await freePort();
    driver = new FiasDriver({
      connection: { type: 'tcp-listen', host: '127.0.0.1', port },
      options: lockOptions(),
      keepAliveMs: 0,
      listenGraceMs: 300,
    });
    await driver.start();
    expect(driver.status()).toMatchObject({ health: 'unknown', detail: `Waiting for the lock system to connect to port ${port}` });
    await waitFor(() => driver!.status().health === 'offline', 'offline after the grace period');
    expect(driver.status().detail).toBe(`Lock system not connected (port ${port})`);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { FiasDriver } from '../../../src/devices/fias/fias-driver.js';
import { startFiasSim, type FiasSimHandle } from '../../../src/sim/fias-sim.js';
import { freePort, lockOptions } from '../keycutter/kit.js';

let sim: FiasSimHandle | null = null;
let driver: FiasDriver | null = null;
afterEach(async () => {
  await driver?.stop();
  await sim?.close();
  driver = sim = null;
});

async function listenWith(allowedPeers: string[]) {
  const port = await freePort();
  driver = new FiasDriver({
    connection: { type: 'tcp-listen', host: '127.0.0.1', port, allowedPeers },
    options: lockOptions(),
    linkWaitMs: 1000,
    answerMs: 1000,
    linkStartWaitMs: 100,
    keepAliveMs: 0,
  });
  await driver.start();
  sim = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port, reconnectDelayMs: 50 } });
}

describe('FIAS listener allowedPeers', () => {
  it('links with a lock system connecting from an allowed address', async () => {
    await listenWith(['127.0.0.1']);
    await sim!.waitLinked(5000);
    expect(sim!.linked).toBe(true);
  });

  it('drops a peer that is not in the list, so it can never take the link over', async () => {
    await listenWith(['192.0.2.10']);
    await expect(sim!.waitLinked(800)).rejects.toThrow();
    expect(sim!.connections).toBeGreaterThanOrEqual(1); // it did try
    expect(sim!.linked).toBe(false);
    expect(driver!.status().health).not.toBe('online');
  });
});

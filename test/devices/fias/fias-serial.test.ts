import { afterEach, describe, expect, it } from 'vitest';
import { FiasDriver } from '../../../src/devices/fias/fias-driver.js';
import { startFiasSim, type FiasSimHandle } from '../../../src/sim/fias-sim.js';
import { createPtyPair, type PtyPair } from '../../helpers/pty-pair.js';
import { jobCtx, keyJob, lockOptions, until } from '../keycutter/kit.js';

let pair: PtyPair | null = null;
let sim: FiasSimHandle | null = null;
let driver: FiasDriver | null = null;

afterEach(async () => {
  await driver?.stop();
  await sim?.close();
  await pair?.dispose();
  driver = sim = pair = null;
});

describe('FIAS driver over a serial port (socat pty pair)', () => {
  it('links up and encodes new and duplicate keys', async () => {
    pair = await createPtyPair();
    driver = new FiasDriver({
      connection: { type: 'serial', path: pair.a, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, flowControl: 'none' },
      options: lockOptions(),
      linkWaitMs: 3000,
      answerMs: 3000,
      linkStartWaitMs: 200,
      keepAliveMs: 0,
    });
    await driver.start();
    sim = await startFiasSim({ endpoint: { role: 'pty', path: pair.b } });
    await until(() => driver!.status().health === 'online', 3000);
    await driver.execute(keyJob(), jobCtx('a'));
    await driver.execute(keyJob(), jobCtx('b'));
    expect(sim.audit.map((a) => a.kind)).toEqual(['new', 'duplicate']);
    expect((await driver.test({ signal: new AbortController().signal, log: jobCtx().log })).ok).toBe(true);
  });
});

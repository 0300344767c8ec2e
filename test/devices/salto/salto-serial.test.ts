import { afterEach, describe, expect, it } from 'vitest';
import { SaltoDriver } from '../../../src/devices/salto/salto-driver.js';
import { startSaltoSim, type SaltoSimHandle } from '../../../src/sim/salto-sim.js';
import { createPtyPair, type PtyPair } from '../../helpers/pty-pair.js';
import { hex, jobCtx, keyJob, lockOptions, rejection } from '../keycutter/kit.js';

let pair: PtyPair | null = null;
let sim: SaltoSimHandle | null = null;
let driver: SaltoDriver | null = null;

afterEach(async () => {
  await driver?.stop();
  await sim?.close();
  await pair?.dispose();
  driver = sim = pair = null;
});

async function setup(answerMs = 2000) {
  pair = await createPtyPair();
  sim = await startSaltoSim({ endpoint: { type: 'pty', path: pair.b } });
  driver = new SaltoDriver({
    connection: { type: 'serial', path: pair.a, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, flowControl: 'none' },
    options: lockOptions(),
    timeouts: { ackMs: 1000, answerMs, retryDelayMs: 20 },
  });
  await driver.start();
}

describe('Salto driver over a serial port (socat pty pair)', () => {
  it('encodes the documented 2-key check-in and then a copy on the same open port', async () => {
    await setup();
    await driver!.execute(keyJob({ keyCount: 2, keyCutterData: { Type: 'IndustryStandardProtocol', Operator: 'Reception' } }), jobCtx('a'));
    await driver!.execute(keyJob({ keyCutterData: { Operator: 'Reception' } }), jobCtx('b'));
    expect(hex(sim!.frames[0]!)).toBe(
      '02b3434e32b331b345b3323036b3b3b3b3b3b331343030323430363235b331313030323630363235b3526563657074696f6eb30395',
    );
    expect(sim!.audit.map((a) => [a.command, a.copyNumbers])).toEqual([
      ['CN2', [0, 1]],
      ['CC', [2]],
    ]);
    expect((await driver!.test({ signal: new AbortController().signal, log: jobCtx().log })).ok).toBe(true);
  });

  it('a half answer followed by silence is reported as maybe encoded, never resent', async () => {
    await setup(500);
    sim!.dropNextAnswer();
    const err = await rejection(driver!.execute(keyJob(), jobCtx()));
    expect(err.mayHaveActed).toBe(true);
    expect(sim!.frames).toHaveLength(1);
    expect(sim!.audit).toHaveLength(1);
  });

  it('the serial link vanishing during the card wait is reported as maybe encoded', async () => {
    await setup(3000);
    sim!.cardDelayMs = 400;
    const pending = rejection(driver!.execute(keyJob(), jobCtx()));
    await new Promise((r) => setTimeout(r, 150));
    await pair!.kill();
    const err = await pending;
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/may have been encoded/);
    expect(sim!.frames).toHaveLength(1);
  });
});

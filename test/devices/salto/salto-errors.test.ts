import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import { SaltoDriver } from '../../../src/devices/salto/salto-driver.js';
import { startSaltoSim, type SaltoSimHandle } from '../../../src/sim/salto-sim.js';
import { jobCtx, keyJob, lockOptions, rejection } from '../keycutter/kit.js';

let sim: SaltoSimHandle;
let driver: SaltoDriver;

beforeAll(async () => {
  sim = await startSaltoSim({ endpoint: { type: 'tcp' }, cardWaitMs: 50 });
  const { port } = sim.address as { port: number };
  driver = new SaltoDriver({
    connection: { type: 'tcp', host: '127.0.0.1', port },
    options: lockOptions(),
    timeouts: { ackMs: 1000, answerMs: 3000, retryDelayMs: 10 },
  });
  await driver.start();
});

afterAll(async () => {
  await driver.stop();
  await sim.close();
});

const expected: Record<string, RegExp> = {
  ES: /malformed \(syntax error\)/,
  NC: /Encoder "1" does not answer/,
  NF: /cannot find its database/,
  OV: /Encoder "1" is still busy with a previous card/,
  EP: /not found or is inserted the wrong way/,
  EF: /damaged or belongs to another system/,
  TD: /Room 206 is unknown to the lock system/,
  ED: /No card inserted in encoder "1" in time/,
  EA: /Room 206 is checked out in the lock system/,
  OS: /Room 206 is out of service/,
  EO: /being encoded at another station/,
  EV: /belongs to a valid staff user/,
  EG: /general error: Simulated general error/,
};

describe('Salto error answers become receptionist notes', () => {
  for (const [code, note] of Object.entries(expected)) {
    it(`${code} → "${note.source}"`, async () => {
      sim.failNext(code);
      const err = await rejection(driver.execute(keyJob({ reservationId: `r-${code}` }), jobCtx(code)));
      expect(err).toBeInstanceOf(DeviceError);
      expect(err.message).toMatch(note);
      expect(err.mayHaveActed).toBe(code === 'EG');
    });
  }

  it('card-stage errors on a multi-card request may have encoded some cards', async () => {
    sim.failNext('ED');
    const err = await rejection(driver.execute(keyJob({ keyCount: 3, reservationId: 'multi' }), jobCtx()));
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/Some of the 3 cards may already be encoded/);
  });

  it('real conditions of the simulator reach the same notes (NC offline, TD unknown room, ED no card, OV busy)', async () => {
    sim.encoderOffline = true;
    expect((await rejection(driver.execute(keyJob({ reservationId: 'a' }), jobCtx()))).message).toMatch(/does not answer/);
    sim.encoderOffline = false;
    sim.setKnownRooms(['101']);
    expect((await rejection(driver.execute(keyJob({ reservationId: 'b' }), jobCtx()))).message).toMatch(/Room 206 is unknown/);
    sim.setKnownRooms(null);
    sim.noCard = true;
    expect((await rejection(driver.execute(keyJob({ reservationId: 'c' }), jobCtx()))).message).toMatch(/No card inserted/);
    sim.noCard = false;

    // A second workstation keeps the encoder busy: the interface answers OV, nothing is encoded.
    const { port } = sim.address as { port: number };
    const other = new SaltoDriver({ connection: { type: 'tcp', host: '127.0.0.1', port }, options: lockOptions() });
    sim.cardDelayMs = 300;
    const first = other.execute(keyJob({ reservationId: 'd' }), jobCtx('d'));
    await new Promise((r) => setTimeout(r, 100));
    const err = await rejection(driver.execute(keyJob({ reservationId: 'e' }), jobCtx('e')));
    expect(err.message).toMatch(/still busy/);
    expect(err.mayHaveActed).toBe(false);
    await first;
    sim.cardDelayMs = 0;
    expect(sim.audit.map((a) => a.rooms[0])).toEqual(['206']);
  });

  it('an answer it does not understand is reported as maybe encoded', async () => {
    sim.failNext('ZZ');
    const err = await rejection(driver.execute(keyJob({ reservationId: 'zz' }), jobCtx()));
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/does not understand/);
  });
});

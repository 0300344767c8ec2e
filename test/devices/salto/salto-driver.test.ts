import { afterEach, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import { SaltoDriver } from '../../../src/devices/salto/salto-driver.js';
import { startSaltoSim, type SaltoSimHandle } from '../../../src/sim/salto-sim.js';
import { hex, jobCtx, keyJob, lockOptions, rejection } from '../keycutter/kit.js';

const CN2_EXAMPLE = '02b3434e32b331b345b3323036b3b3b3b3b3b331343030323430363235b331313030323630363235b3526563657074696f6eb30395';

let sim: SaltoSimHandle;
let driver: SaltoDriver;

async function setup(simOpts: Partial<Parameters<typeof startSaltoSim>[0]> = {}, answerMs = 3000) {
  sim = await startSaltoSim({ endpoint: { type: 'tcp' }, ...simOpts });
  const { port } = sim.address as { port: number };
  driver = new SaltoDriver({
    connection: { type: 'tcp', host: '127.0.0.1', port },
    options: lockOptions(),
    timeouts: { ackMs: 1000, answerMs, retryDelayMs: 20 },
    connectRetryMs: 300,
  });
  await driver.start();
}

afterEach(async () => {
  await driver?.stop();
  await sim?.close();
});

const reception = { Type: 'IndustryStandardProtocol', Operator: 'Reception' };

describe('Salto driver over TCP', () => {
  it('encodes a 2-key check-in with exactly the documented frame (ENQ, ACK, frame, LRC)', async () => {
    await setup();
    const ctx = jobCtx();
    const res = await driver.execute(keyJob({ keyCount: 2, keyCutterData: reception }), ctx);
    expect(sim.frames.map(hex)).toEqual([CN2_EXAMPLE]);
    expect(sim.enqCount).toBe(1);
    expect(ctx.sideEffects).toBe(1);
    expect(sim.audit).toHaveLength(1);
    expect(sim.audit[0]).toMatchObject({
      command: 'CN2',
      action: 'new',
      rooms: ['206'],
      copyNumbers: [0, 1],
      start: '1400240625',
      expiry: '1100260625',
    });
    expect(res.notes).toBe('2 new keys encoded for Room 206 on encoder "1", valid 24/06/2025, 14:00 – 26/06/2025, 11:00 (lock time).');
  });

  it('issues further keys of the same stay as copies (CC / CC<n>)', async () => {
    await setup();
    await driver.execute(keyJob({ keyCount: 1, keyCutterData: reception }), jobCtx('a'));
    await driver.execute(keyJob({ keyCount: 1, keyCutterData: reception }), jobCtx('b'));
    await driver.execute(keyJob({ keyCount: 2, keyCutterData: reception }), jobCtx('c'));
    expect(sim.audit.map((a) => [a.command, a.copyNumbers])).toEqual([
      ['CN', [0]],
      ['CC', [1]],
      ['CC2', [2, 3]],
    ]);
    expect(Buffer.from(sim.frames[1]!).subarray(2, 4).toString()).toBe('CC');
  });

  it('honours an explicit KeyMode and sends CO for a check-out', async () => {
    await setup();
    await driver.execute(keyJob({ keyCutterData: { ...reception, KeyMode: 'Duplicate' } }), jobCtx('a'));
    const res = await driver.execute(keyJob({ keyCutterData: { KeyMode: 'CheckOut' } }), jobCtx('b'));
    expect(sim.audit.map((a) => a.command)).toEqual(['CC', 'CO']);
    expect(hex(sim.frames[1]!)).toBe('02b3434fb330b3323036b3030b');
    expect(res.notes).toContain('checked out');
  });

  it('writes lock-local times across the spring and autumn DST changes', async () => {
    await setup();
    await driver.execute(
      keyJob({ startUtc: new Date('2025-03-30T00:30:00Z'), endUtc: new Date('2025-03-30T01:30:00Z'), reservationId: 'spring' }),
      jobCtx('a'),
    );
    await driver.execute(
      keyJob({ startUtc: new Date('2025-10-26T00:30:00Z'), endUtc: new Date('2025-10-26T01:30:00Z'), reservationId: 'autumn' }),
      jobCtx('b'),
    );
    expect(sim.audit.map((a) => [a.start, a.expiry])).toEqual([
      ['0130300325', '0330300325'],
      ['0230261025', '0230261025'],
    ]);
  });

  it('transliterates names to single-byte text', async () => {
    await setup();
    await driver.execute(keyJob({ lockIds: ['Suite Élysée'], keyCutterData: { ...reception, Operator: 'Zoë Ørsted' } }), jobCtx());
    expect(sim.audit[0]!.rooms).toEqual(['Suite Elysee']);
    expect(Buffer.from(sim.frames[0]!).toString('latin1')).toContain('Zoe Orsted');
  });

  it('retries a NAKed frame with ENQ, at most 3 attempts, and calls beforeSideEffect once', async () => {
    await setup();
    sim.nakFrames(2);
    const ctx = jobCtx();
    await driver.execute(keyJob(), ctx);
    expect(sim.frames).toHaveLength(3);
    expect(new Set(sim.frames.map(hex)).size).toBe(1);
    expect(sim.enqCount).toBe(3);
    expect(ctx.sideEffects).toBe(1);
    expect(sim.audit).toHaveLength(1);

    sim.nakFrames(3);
    const err = await rejection(driver.execute(keyJob({ reservationId: 'other' }), jobCtx('x')));
    expect(err).toBeInstanceOf(DeviceError);
    expect(err.mayHaveActed).toBe(false);
    expect(err.message).toMatch(/rejected the key request 3 times/);
    expect(sim.frames).toHaveLength(6);
    expect(sim.audit).toHaveLength(1);
  });

  it('gives up before sending when the interface keeps answering ENQ with NAK', async () => {
    await setup();
    sim.nakEnq(3);
    const ctx = jobCtx();
    const err = await rejection(driver.execute(keyJob(), ctx));
    expect(err.message).toMatch(/busy and not ready/);
    expect(err.mayHaveActed).toBe(false);
    expect(ctx.sideEffects).toBe(0);
    expect(sim.frames).toHaveLength(0);
  });

  it('never resends when the connection drops mid-answer: one card encoded, mayHaveActed', async () => {
    await setup();
    sim.dropNextAnswer();
    const ctx = jobCtx();
    const err = await rejection(driver.execute(keyJob(), ctx));
    expect(err).toBeInstanceOf(DeviceError);
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/may have been encoded/);
    expect(err.message).toMatch(/issue the key again/);
    expect(sim.frames).toHaveLength(1);
    expect(sim.audit).toHaveLength(1);
    expect(ctx.sideEffects).toBe(1);
  });

  it('treats a garbled answer (bad LRC) as maybe encoded, without resending', async () => {
    await setup();
    sim.corruptNextAnswer();
    const err = await rejection(driver.execute(keyJob(), jobCtx()));
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/garbled/);
    expect(sim.frames).toHaveLength(1);
    expect(sim.audit).toHaveLength(1);
  });

  it('times out waiting for the answer as maybe encoded', async () => {
    await setup({ cardDelayMs: 1500 }, 400);
    const err = await rejection(driver.execute(keyJob(), jobCtx()));
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/no answer/i);
    expect(sim.frames).toHaveLength(1);
  });

  it('rejects (never throws synchronously) for bad jobs, before anything is sent', async () => {
    await setup();
    const ctx = jobCtx();
    const print = driver.execute({ kind: 'print', pdf: new Uint8Array(), copies: 1, printerName: 'x' }, ctx);
    expect((await rejection(print)).message).toMatch(/A key encoder cannot print documents/);
    expect((await rejection(driver.execute(keyJob({ lockIds: [] }), ctx))).message).toMatch(/names no room/);
    expect((await rejection(driver.execute(keyJob({ lockIds: ['1', '2', '3', '4', '5'] }), ctx))).message).toMatch(/at most 4 rooms/);
    expect((await rejection(driver.execute(keyJob({ keyCutterId: null }), ctx))).message).toMatch(/No encoder is named/);
    expect((await rejection(driver.execute(keyJob({ endUtc: new Date('2025-06-24T11:00:00Z') }), ctx))).message).toMatch(/expire before/);
    expect(ctx.sideEffects).toBe(0);
    expect(sim.frames).toHaveLength(0);
  });

  it('fails cleanly, before anything is sent, when the interface is unreachable', async () => {
    await setup();
    await sim.close();
    const ctx = jobCtx();
    const err = await rejection(driver.execute(keyJob(), ctx));
    expect(err.message).toMatch(/Cannot reach the Salto interface/);
    expect(err.mayHaveActed).toBe(false);
    expect(ctx.sideEffects).toBe(0);
  });

  it('waits for a lock server that refuses while it restarts, then encodes once', async () => {
    await setup();
    const { port } = sim.address as { port: number };
    await sim.close();
    await driver.stop();
    driver = new SaltoDriver({
      connection: { type: 'tcp', host: '127.0.0.1', port },
      options: lockOptions(),
      timeouts: { ackMs: 1000, answerMs: 3000, retryDelayMs: 20 },
      connectRetryMs: 5000,
    });
    await driver.start();
    const ctx = jobCtx();
    const running = driver.execute(keyJob(), ctx);
    await new Promise((r) => setTimeout(r, 800)); // refused meanwhile
    sim = await startSaltoSim({ endpoint: { type: 'tcp', host: '127.0.0.1', port } });
    expect((await running).notes).toMatch(/encoded/);
    expect(sim.audit).toHaveLength(1);
    expect(ctx.sideEffects).toBe(1);
  });

  it('test() checks readiness with ENQ/ACK only', async () => {
    await setup();
    const ok = await driver.test({ signal: new AbortController().signal, log: jobCtx().log });
    expect(ok).toMatchObject({ ok: true, message: expect.stringContaining('ready to encode keys') });
    expect(sim.enqCount).toBe(1);
    expect(sim.frames).toHaveLength(0);
    sim.nakEnq(3);
    expect((await driver.test({ signal: new AbortController().signal, log: jobCtx().log })).ok).toBe(false);
  });
});

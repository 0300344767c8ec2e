import { afterEach, describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../src/devices/fias/codec.js';
import { FiasDriver, type FiasDriverSettings } from '../../../src/devices/fias/fias-driver.js';
import { DeviceError } from '../../../src/devices/driver.js';
import { startFiasSim, type FiasSimHandle } from '../../../src/sim/fias-sim.js';
import { freePort, hex, jobCtx, keyJob, lockOptions, rejection, until } from '../keycutter/kit.js';
import { renderNote } from '../../../src/i18n/render-note.js';

const KR_EXAMPLE =
  '024b527c4b23317c4b43317c4b544e7c524e3230367c5753317c44413230313231347c445431323a30307c472331363430307c474e7c47413230313231357c47443230313231367c54493133313235337c4b4f7c03';

let sim: FiasSimHandle | null = null;
let driver: FiasDriver | null = null;

afterEach(async () => {
  await driver?.stop();
  await sim?.close();
  driver = sim = null;
});

const fast: Partial<FiasDriverSettings> = { linkWaitMs: 3000, answerMs: 3000, linkStartWaitMs: 100, keepAliveMs: 0 };

async function listening(extra: Partial<FiasDriverSettings> = {}) {
  const port = await freePort();
  driver = new FiasDriver({ connection: { type: 'tcp-listen', host: '127.0.0.1', port }, options: lockOptions(), ...fast, ...extra });
  await driver.start();
  sim = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port, reconnectDelayMs: 50 } });
  await sim.waitLinked();
  return port;
}

async function connecting(extra: Partial<FiasDriverSettings> = {}) {
  sim = await startFiasSim({ endpoint: { role: 'server' } });
  const { port } = sim.address as { port: number };
  driver = new FiasDriver({ connection: { type: 'tcp', host: '127.0.0.1', port }, options: lockOptions(), ...fast, ...extra });
  await driver.start();
  await sim.waitLinked();
}

const kr = (s: FiasSimHandle) => s.received.filter((r) => r.type === 'KR');

describe('FIAS driver, listening for the lock system (tcp-listen)', () => {
  it('runs the link handshake and sends exactly the documented KR, matched by its KA', async () => {
    await listening({ now: () => new Date('2020-12-14T12:12:53Z') });
    expect(sim!.received.map((r) => r.type)).toEqual(['LA']);
    const ctx = jobCtx();
    const job = keyJob({
      lastName: '',
      firstName: null,
      normalizedFirstName: null,
      normalizedLastName: null,
      startUtc: new Date('2020-12-15T13:00:00Z'),
      endUtc: new Date('2020-12-16T11:00:00Z'),
      keyCutterData: { Type: 'FiasProtocol' },
    });
    const res = await driver!.execute(job, ctx);
    expect(hex(encodeRecord('KR', kr(sim!)[0]!.fields))).toBe(KR_EXAMPLE);
    expect(ctx.sideEffects).toBe(1);
    expect(sim!.audit).toMatchObject([
      { kind: 'new', room: '206', copyNumbers: [0], arrival: '201215', departure: '201216', departureTime: '12:00' },
    ]);
    expect(res.notes).toMatch(/New key encoded for Room 206/);
  });

  it('sends further keys of the stay as duplicates (KT D)', async () => {
    await listening();
    await driver!.execute(keyJob({ keyCount: 2 }), jobCtx('a'));
    await driver!.execute(keyJob(), jobCtx('b'));
    expect(kr(sim!).map((r) => [r.get('K#'), r.get('KT')])).toEqual([
      ['2', 'N'],
      ['1', 'D'],
    ]);
    expect(sim!.audit.map((a) => [a.kind, a.copyNumbers])).toEqual([
      ['new', [0, 1]],
      ['duplicate', [2]],
    ]);
    expect(kr(sim!)[0]!.get('GN')).toBe('Smith John');
  });

  it("turns an answer status other than OK into a note with the lock system's text", async () => {
    await listening();
    sim!.failNext('NM', 'Room not found');
    const err = await rejection(driver!.execute(keyJob(), jobCtx()));
    expect(err).toBeInstanceOf(DeviceError);
    expect(err.message).toBe(
      'Room 206 is unknown to the lock system. Check that the room number in Mews matches the lock system. Lock system says: "Room not found".',
    );
    expect(err.mayHaveActed).toBe(false);
    sim!.failNext('XX', 'Encoder jammed');
    expect((await rejection(driver!.execute(keyJob(), jobCtx()))).message).toMatch(
      /refused the key for Room 206 on encoder "1" \(answer XX\).*Encoder jammed/,
    );
    sim!.failNext('BY');
    expect((await rejection(driver!.execute(keyJob(), jobCtx()))).message).toMatch(/Encoder "1" is busy/);
    expect(sim!.audit).toHaveLength(0);
  });

  it('never resends after the lock system drops mid-answer, and works again once it reconnects', async () => {
    await listening();
    sim!.dropNextAnswer();
    const ctx = jobCtx();
    const err = await rejection(driver!.execute(keyJob(), ctx));
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(/may have been encoded/);
    expect(sim!.audit).toHaveLength(1);
    expect(ctx.sideEffects).toBe(1);

    await until(() => sim!.connections === 2 && sim!.linked);
    await driver!.execute(keyJob({ reservationId: 'next' }), jobCtx('next'));
    expect(kr(sim!)).toHaveLength(2);
    expect(sim!.audit.map((a) => a.room)).toEqual(['206', '206']);
    expect(driver!.status().health).toBe('online');
  });

  it('waits for the right KA (workstation and time) and ignores answers to other requests', async () => {
    await listening();
    sim!.mismatchNextAnswer();
    await driver!.execute(keyJob(), jobCtx());
    expect(sim!.audit).toHaveLength(1);
  });

  it('names an answer that does not match the request in the note and logs both records without guest names', async () => {
    await listening({ answerMs: 500 });
    sim!.mismatchOnlyNextAnswer();
    const ctx = jobCtx();
    const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
    const warn = ctx.log.warn.bind(ctx.log);
    ctx.log.warn = (msg: string, fields?: Record<string, unknown>) => {
      lines.push({ msg, fields });
      warn(msg, fields);
    };
    const err = await rejection(driver!.execute(keyJob({ lastName: 'Smith', normalizedLastName: 'Smith' }), ctx));
    expect(err.mayHaveActed).toBe(true);
    expect(err.message).toMatch(
      /its answer was for another request \(workstation 1, \d{6} 000000; this request: workstation 1, \d{6} \d{6}\)/,
    );
    expect(err.message).not.toMatch(/no answer came within/);
    const line = lines.find((l) => l.msg === 'fias answer does not match the request')!;
    expect(line.fields).toMatchObject({
      commandId: 'job-1',
      request: expect.stringMatching(/^KR\|.*TI\d{6}\|/),
      answers: [expect.stringMatching(/^KA\|.*TI000000\|/)],
    });
    expect(JSON.stringify(line.fields)).not.toContain('Smith');
  });

  it('reports a missing answer as maybe encoded', async () => {
    await listening({ answerMs: 300 });
    sim!.swallowNextAnswer();
    const err = await rejection(driver!.execute(keyJob(), jobCtx()));
    expect(err.mayHaveActed).toBe(true);
    expect(sim!.audit).toHaveLength(1);
    expect(kr(sim!)).toHaveLength(1);
  });

  it('fails before sending when no lock system is connected', async () => {
    const port = await freePort();
    driver = new FiasDriver({
      connection: { type: 'tcp-listen', host: '127.0.0.1', port },
      options: lockOptions(),
      ...fast,
      linkWaitMs: 200,
    });
    await driver.start();
    const ctx = jobCtx();
    const err = await rejection(driver.execute(keyJob(), ctx));
    expect(err.message).toMatch(/not connected over FIAS/);
    expect(err.mayHaveActed).toBe(false);
    expect(ctx.sideEffects).toBe(0);
    expect(driver.status().health).toBe('offline');
    expect((await driver.test({ signal: new AbortController().signal, log: ctx.log })).ok).toBe(false);
  });

  it('says so clearly when its listening port is taken', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    const port = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as { port: number }).port)));
    try {
      driver = new FiasDriver({ connection: { type: 'tcp-listen', host: '127.0.0.1', port }, options: lockOptions(), ...fast });
      await driver.start();
      expect(driver.status().health).toBe('attention');
      const err = await rejection(driver.execute(keyJob(), jobCtx()));
      expect(err.message).toBe(
        `The bridge cannot take connections from the lock system on 127.0.0.1:${port}: another program already uses this port. ` +
          "Check the port in this encoder's settings and in the lock system's FIAS settings.",
      );
      expect(renderNote('de', (err as DeviceError).note)).toMatch(
        new RegExp(
          `^Die Bridge kann auf 127\\.0\\.0\\.1:${port} keine Verbindungen vom Schließsystem annehmen: ein anderes Programm verwendet diesen Port bereits\\.`,
        ),
      );
      expect(err.mayHaveActed).toBe(false);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('answers keep-alives and passes the link-alive test', async () => {
    await listening();
    await sim!.sendLinkStart();
    await until(() => sim!.received.filter((r) => r.type === 'LA').length === 2);
    const res = await driver!.test({ signal: new AbortController().signal, log: jobCtx().log });
    expect(res.ok).toBe(true);
    expect(res.message).toMatch(/alive/);
    expect(sim!.received.filter((r) => r.type === 'LS')).toHaveLength(1);
  });

  it('shares one listening port between several encoder devices', async () => {
    const port = await listening();
    const second = new FiasDriver({
      connection: { type: 'tcp-listen', host: '127.0.0.1', port },
      options: lockOptions({ encoder: '2' }),
      ...fast,
    });
    await second.start();
    await second.execute(keyJob({ reservationId: 'other', lockIds: ['101'] }), jobCtx());
    await driver!.execute(keyJob(), jobCtx());
    // Two encoders at once on one link: their requests must stay distinguishable (WS + DA + TI).
    sim!.cardDelayMs = 100;
    await Promise.all([
      second.execute(keyJob({ reservationId: 'p', lockIds: ['102'] }), jobCtx('p')),
      driver!.execute(keyJob({ reservationId: 'q', lockIds: ['103'] }), jobCtx('q')),
    ]);
    await second.stop();
    expect(sim!.audit.map((a) => [a.encoder, a.room])).toEqual([
      ['2', '101'],
      ['1', '206'],
      ['2', '102'],
      ['1', '103'],
    ]);
    const [p, q] = kr(sim!).slice(2);
    expect(`${p!.get('DA')}${p!.get('TI')}`).not.toBe(`${q!.get('DA')}${q!.get('TI')}`);
  });
});

describe('FIAS link variants', () => {
  it('starts the link itself when the lock system waits for the PMS (LS out, LA back)', async () => {
    sim = await startFiasSim({ endpoint: { role: 'server' }, startsLink: false });
    const { port } = sim.address as { port: number };
    driver = new FiasDriver({ connection: { type: 'tcp', host: '127.0.0.1', port }, options: lockOptions(), ...fast });
    await driver.start();
    await sim.waitLinked();
    await until(() => driver!.status().health === 'online');
    await driver.execute(keyJob(), jobCtx());
    expect(sim.received.map((r) => r.type)).toEqual(['LS', 'KR']);
    expect(sim.audit).toHaveLength(1);
  });

  it('sends the KR fields the lock system declared in its link record, in its order', async () => {
    sim = await startFiasSim({ endpoint: { role: 'server' }, krFieldList: 'RNKCK#KTGDDTTIDAXX' });
    const { port } = sim.address as { port: number };
    driver = new FiasDriver({ connection: { type: 'tcp', host: '127.0.0.1', port }, options: lockOptions(), ...fast });
    await driver.start();
    await sim.waitLinked();
    await driver.execute(keyJob(), jobCtx());
    expect(kr(sim)[0]!.fields.map((f) => f[0])).toEqual(['RN', 'KC', 'K#', 'KT', 'GD', 'DT', 'TI', 'DA', 'WS']);
  });
});

describe('FIAS driver, connecting to the lock system (tcp client)', () => {
  it('links up, encodes, and survives the lock system dropping the connection', async () => {
    await connecting();
    await driver!.execute(keyJob(), jobCtx('a'));
    await sim!.disconnect();
    await until(() => sim!.connections === 2 && sim!.linked, 5000);
    await driver!.execute(keyJob({ reservationId: 'b' }), jobCtx('b'));
    expect(sim!.audit.map((a) => a.kind)).toEqual(['new', 'new']);
    expect(kr(sim!)).toHaveLength(2);
  });

  it('sends KD for a check-out', async () => {
    await connecting();
    const res = await driver!.execute(keyJob({ keyCutterData: { KeyMode: 'CheckOut' } }), jobCtx());
    expect(sim!.received.filter((r) => r.type === 'KD').map((r) => r.fields.map((f) => f[0]))).toEqual([
      ['KC', 'RN', 'WS', 'DA', 'TI', 'G#'],
    ]);
    expect(sim!.audit[0]!.kind).toBe('delete');
    expect(res.notes).toMatch(/deleted/);
  });
});

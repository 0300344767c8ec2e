import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deviceSchema } from '../../../src/config/schema.js';
import { DeviceError } from '../../../src/devices/driver.js';
import { KeycutterDriver } from '../../../src/devices/keycutter/keycutter-driver.js';
import { parseLockAddress } from '../../../src/devices/lock/lock-address.js';
import { StayMemory } from '../../../src/devices/lock/stay-memory.js';
import { fiasClock, fiasDate, fiasTime, saltoDateTime } from '../../../src/devices/lock/local-time.js';
import { toLockText } from '../../../src/devices/lock/text.js';
import { createDriver } from '../../../src/devices/registry.js';
import { startFiasSim, type FiasSimHandle } from '../../../src/sim/fias-sim.js';
import { startSaltoSim, type SaltoSimHandle } from '../../../src/sim/salto-sim.js';
import { jobCtx, keyJob, lockOptions, rejection } from './kit.js';
import { lockProtocolOf } from '../../../src/bridge/lock-protocol-of.js';

describe('lock server address from ApiUrl', () => {
  it.each([
    ['192.168.1.20:5010', { host: '192.168.1.20', port: 5010 }],
    ['tcp://lock.local:8265', { host: 'lock.local', port: 8265 }],
    ['http://192.168.1.20:5000', { host: '192.168.1.20', port: 5000 }],
    ['http://10.0.0.5:8265/api/v1/', { host: '10.0.0.5', port: 8265 }],
    ['  [::1]:9000 ', { host: '::1', port: 9000 }],
  ])('%s', (url, expected) => expect(parseLockAddress(url)).toEqual(expected));

  it.each(['', 'lockserver', 'http://host', 'host:99999', 'http://:80'])('rejects %j', (url) => expect(parseLockAddress(url)).toBeNull());
});

describe('lock-local times', () => {
  const tz = 'Europe/Prague';
  it('formats Salto hhmmDDMMYY and FIAS fields in the lock zone', () => {
    const t = new Date('2025-06-24T12:05:09Z');
    expect(saltoDateTime(t, tz)).toBe('1405240625');
    expect(fiasDate(t, tz)).toBe('250624');
    expect(fiasTime(t, tz)).toBe('140509');
    expect(fiasClock(t, tz)).toBe('14:05');
    expect(saltoDateTime(t, 'America/New_York')).toBe('0805240625');
  });

  it('is right on both sides of the DST changes (no shift applied twice, no hour lost)', () => {
    expect(saltoDateTime(new Date('2025-03-30T00:59:00Z'), tz)).toBe('0159300325');
    expect(saltoDateTime(new Date('2025-03-30T01:00:00Z'), tz)).toBe('0300300325');
    expect(saltoDateTime(new Date('2025-10-26T00:59:00Z'), tz)).toBe('0259261025');
    expect(saltoDateTime(new Date('2025-10-26T01:00:00Z'), tz)).toBe('0200261025');
    expect(fiasTime(new Date('2025-10-26T23:30:00Z'), tz)).toBe('003000');
    expect(fiasDate(new Date('2025-12-31T23:30:00Z'), tz)).toBe('260101');
  });
});

describe('text for lock systems', () => {
  it('transliterates to printable single-byte text', () => {
    expect(toLockText('Jöhn Doé Straße Łódź Ærø “Suite”\t№5')).toBe('John Doe Strasse Lodz AEro "Suite" No5');
    expect(toLockText('漢字')).toBe('Han Zi');
  });
});

describe('stay memory (new key first, copies after)', () => {
  it('survives a restart through its file and forgets ended stays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stays-'));
    try {
      const file = join(dir, 'sub', 'lock-stays.json');
      const now = Date.now();
      const a = new StayMemory(file);
      a.remember('res-1|206', now + 60_000, now);
      a.remember('res-2|207', now + 120_000, now);
      const b = new StayMemory(file);
      expect(b.has('res-1|206', now)).toBe(true);
      expect(b.has('res-1|206', now + 90_000)).toBe(false);
      b.forget('res-2|207');
      expect(new StayMemory(file).has('res-2|207', now)).toBe(false);
      expect(readFileSync(file, 'utf8')).not.toContain('res-1'); // kept as digests: a key may hold a guest name
      // A file of an older version (plain keys holding guest names) is read and rewritten as digests.
      writeFileSync(file, JSON.stringify({ 'Smith/John|206|2026-01-01T00:00:00.000Z': now + 60_000 }));
      const c = new StayMemory(file);
      expect(c.has('Smith/John|206|2026-01-01T00:00:00.000Z', now)).toBe(true);
      expect(readFileSync(file, 'utf8')).not.toContain('Smith');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

let salto: SaltoSimHandle | null = null;
let fias: FiasSimHandle | null = null;
let driver: KeycutterDriver | null = null;
afterEach(async () => {
  await driver?.stop();
  await salto?.close();
  await fias?.close();
  driver = salto = fias = null;
});

describe('keycutter driver', () => {
  it('picks Salto or FIAS from KeyCutterData.Type and the address from ApiUrl', async () => {
    salto = await startSaltoSim({ endpoint: { type: 'tcp' } });
    fias = await startFiasSim({ endpoint: { role: 'server' } });
    const sp = (salto.address as { port: number }).port;
    const fp = (fias.address as { port: number }).port;
    driver = new KeycutterDriver({ options: lockOptions(), fias: { linkStartWaitMs: 100, keepAliveMs: 0 } });
    await driver.start();
    await driver.execute(keyJob({ apiUrl: `http://127.0.0.1:${sp}`, lockProtocol: 'salto' }), jobCtx('s'));
    await driver.execute(keyJob({ apiUrl: `tcp://127.0.0.1:${fp}`, lockProtocol: 'fias', lockIds: ['101'] }), jobCtx('f'));
    expect(salto.audit.map((a) => a.rooms)).toEqual([['206']]);
    expect(fias.audit.map((a) => a.room)).toEqual(['101']);
    expect((await driver.test({ signal: new AbortController().signal, log: jobCtx().log })).ok).toBe(true);
  });

  it('uses a local connection over the ApiUrl', async () => {
    salto = await startSaltoSim({ endpoint: { type: 'tcp' } });
    const port = (salto.address as { port: number }).port;
    driver = new KeycutterDriver({ connection: { type: 'tcp', host: '127.0.0.1', port }, options: lockOptions() });
    await driver.start();
    await driver.execute(keyJob({ apiUrl: '192.0.2.1:1' }), jobCtx());
    expect(salto.audit).toHaveLength(1);
  });

  it('names an unknown or missing Type, and a bad ApiUrl, before anything is sent', async () => {
    driver = new KeycutterDriver({ options: lockOptions() });
    await driver.start();
    const ctx = jobCtx();
    // The bridge maps KeyCutterData.Type to a protocol (src/bridge/lock-protocol-of.ts); the driver refuses a job without one.
    const onity = lockProtocolOf('OnityKeyCutter');
    const rejected = await rejection(
      driver.execute(
        keyJob({ keyCutterData: { Type: 'OnityKeyCutter' }, lockProtocol: onity.protocol, lockProtocolNote: onity.note }),
        ctx,
      ),
    );
    expect(rejected).toBeInstanceOf(DeviceError);
    expect(rejected.message).toMatch(/lock protocol "OnityKeyCutter".*not supported/);
    const none = lockProtocolOf(undefined);
    expect(
      (await rejection(driver.execute(keyJob({ keyCutterData: {}, lockProtocol: none.protocol, lockProtocolNote: none.note }), ctx)))
        .message,
    ).toMatch(/no "Type"/);
    expect(lockProtocolOf(' fiasprotocol ')).toEqual({ protocol: 'fias', note: null });
    expect(lockProtocolOf('IndustryStandardProtocol')).toEqual({ protocol: 'salto', note: null });
    const bad = await rejection(driver.execute(keyJob({ apiUrl: 'lockserver' }), ctx));
    expect(bad.message).toMatch(/API URL "lockserver" is not a lock server address/);
    expect(ctx.sideEffects).toBe(0);
  });

  it('is registered for salto, fias and keycutter', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lock-reg-'));
    try {
      for (const d of ['salto', 'fias', 'keycutter'] as const) {
        const dev = deviceSchema.parse({ id: `20000000-0000-4000-8000-00000000004${[...d].length}`, name: d, driver: d });
        expect(createDriver(dev, { dataDir, version: 'test' }).kind).toBe(d);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

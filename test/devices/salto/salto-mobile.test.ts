import { afterEach, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import { decodeFrame } from '../../../src/devices/salto/codec.js';
import { e164, wantsMobileKey } from '../../../src/devices/salto/mobile.js';
import { SaltoDriver } from '../../../src/devices/salto/salto-driver.js';
import { startSaltoSim, type SaltoSimHandle } from '../../../src/sim/salto-sim.js';
import { jobCtx, keyJob, lockOptions, rejection } from '../keycutter/kit.js';

let sim: SaltoSimHandle | null = null;
let driver: SaltoDriver | null = null;
afterEach(async () => {
  await driver?.stop();
  await sim?.close();
  driver = sim = null;
});

async function setup() {
  sim = await startSaltoSim({ endpoint: { type: 'tcp' } });
  const { port } = sim.address as { port: number };
  driver = new SaltoDriver({
    connection: { type: 'tcp', host: '127.0.0.1', port },
    options: lockOptions(),
    timeouts: { ackMs: 1000, answerMs: 3000, retryDelayMs: 20 },
    connectRetryMs: 300,
  });
  await driver.start();
  return { sim, driver };
}

const mobile = { Type: 'IndustryStandardProtocol', MobileKeys: 'true', Operator: 'Reception' };

describe('Salto mobile keys (KeyCutterData "MobileKeys": "true")', () => {
  it('sends CNM with the guest phone in E.164 in place of the encoder, no eject field, and a text message', async () => {
    const { sim: s, driver: d } = await setup();
    const res = await d.execute(keyJob({ telephone: '+420 601 234 567', keyCutterData: mobile }), jobCtx());
    const frame = decodeFrame(Buffer.from(s.frames[0]!));
    expect(frame.fields.slice(0, 11)).toEqual(['CNM', '+420601234567', '206', '', '', '', '', '', '1400240625', '1100260625', 'Reception']);
    expect(frame.fields[14]).toBe('Your mobile key for room 206 is ready in the Salto app.');
    expect(s.audit).toMatchObject([{ command: 'CNM', action: 'new', rooms: ['206'], mobile: true }]);
    expect(res.notes).toMatch(/^Mobile key for Room 206 sent to the guest's phone through Salto, valid /);
    expect(res.notes).not.toContain('601');
  });

  it('sends a further key of the same stay as CCM (copy)', async () => {
    const { sim: s, driver: d } = await setup();
    await d.execute(keyJob({ telephone: '00420601234567', keyCutterData: mobile }), jobCtx('a'));
    await d.execute(keyJob({ telephone: '00420601234567', keyCutterData: mobile }), jobCtx('b'));
    expect(s.audit.map((a) => a.command)).toEqual(['CNM', 'CCM']);
  });

  it.each([
    [null, /has no phone number/],
    ['', /has no phone number/],
    ['601 234 567', /not a full international number/],
    ['+42 abc', /not a full international number/],
  ])('fails with a plain note and sends nothing when the phone is %j', async (telephone, note) => {
    const { sim: s, driver: d } = await setup();
    const ctx = jobCtx();
    const err = await rejection(d.execute(keyJob({ telephone, keyCutterData: mobile }), ctx));
    expect(err).toBeInstanceOf(DeviceError);
    expect(err.message).toMatch(note);
    expect(err.message).toMatch(/^No mobile key was sent/);
    expect(ctx.sideEffects).toBe(0);
    expect(s.frames).toHaveLength(0);
  });

  it('reads Mews’s setting and normalises phone numbers', () => {
    expect(wantsMobileKey(keyJob({ keyCutterData: { MobileKeys: 'true' } }))).toBe(true);
    expect(wantsMobileKey(keyJob({ keyCutterData: { MobileKeys: 'True' } }))).toBe(true);
    expect(wantsMobileKey(keyJob({ keyCutterData: { MobileKeys: 'false' } }))).toBe(false);
    expect(wantsMobileKey(keyJob({ keyCutterData: {} }))).toBe(false);
    expect(e164('+44 (20) 7946-0958')).toBe('+442079460958');
    expect(e164('+0 123')).toBeNull();
  });
});

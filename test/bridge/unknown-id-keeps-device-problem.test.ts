import { afterAll, describe, expect, it } from 'vitest';
import type { DeviceView } from '../../src/bridge/api.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { deviceView } from '../../src/bridge/views.js';
import type { DeviceState } from '../../src/bridge/core-port.js';
import { isMessage, msg } from '../../src/i18n/note.js';
import { renderNote } from '../../src/i18n/render-note.js';
import { freePort } from '../../src/sim/free-port.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const keysOf = (d: DeviceView) => (d.detailNote ?? []).filter(isMessage).map((m) => m.key);

/**
 * Mews has no device with the configured Id (newcomer3 N9): that detail replaced the device's own problem (serial
 * port missing, printer refusing the connection), so the admin fixed the Id, restarted, and only then learned the
 * port was wrong. Now both show (the worse health wins), and fixing the Id leaves the device's own problem in view.
 * Members of the kind: a missing serial port, a refused TCP port (real ones, no mock).
 */
describe('"Mews has no device with this Id" does not hide the device\'s own problem', () => {
  const dir = tempDir('unknown-id-');
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  afterAll(async () => {
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  it('a missing serial port and a refused TCP port stay visible beside the unknown Id, and after the Id is fixed', async () => {
    mews = await startMews();
    const serialInMews = mews.store.addDevice({ Name: 'Bar', Type: 'Printer' }).Id;
    const tcpInMews = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' }).Id;
    const typo = (id: string) => `${id.slice(0, -4)}0000`; // one wrong group of the Id copied from Mews
    const refused = await freePort(); // nothing listens there
    const serial = { name: 'Bar', driver: 'escpos', connection: { type: 'serial', path: '/dev/ttyUSB-not-here' } } as const;
    const tcp = { name: 'Desk', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port: refused } } as const;
    bridge = await startBridge(
      bridgeConfig(mews, dir.path, [
        { id: typo(serialInMews), ...serial },
        { id: typo(tcpInMews), ...tcp },
      ]),
    );

    const devices = async () => (await bridge!.getSnapshot()).devices;
    await waitFor(
      async () => (await devices()).every((d) => d.flags.unknownInMews && d.health === 'offline'),
      'each device flagged and offline',
    );
    const both = await devices();
    for (const d of both) {
      expect(d.detail).toMatch(/^Not connected: .* · Mews has no device with this Id: copy the Id from Mews Operations/);
      expect(keysOf(d)).toContain('status.unknownInMews');
      expect(keysOf(d).length).toBeGreaterThan(1); // the device's own words, as keys too
      expect(renderNote('de', d.detailNote!)).toMatch(/^Nicht verbunden: .* · Mews kennt kein Gerät mit dieser ID/);
    }
    expect(both[0]!.detail).toMatch(/\/dev\/ttyUSB-not-here does not exist/);
    expect(both[1]!.detail).toMatch(new RegExp(`127\\.0\\.0\\.1:${refused}`));

    // The admin copies the right Ids: the Id problem goes, the port problems stay, without a restart.
    expect(await bridge.saveDevice({ id: serialInMews, ...serial }, typo(serialInMews))).toEqual({ ok: true });
    expect(await bridge.saveDevice({ id: tcpInMews, ...tcp }, typo(tcpInMews))).toEqual({ ok: true });
    await waitFor(
      async () => (await devices()).every((d) => d.health === 'offline' && d.detail && !d.flags.unknownInMews),
      'the Ids fixed, the port problems still shown',
    );
    const fixed = await devices();
    for (const [i, d] of fixed.entries()) {
      expect(d.detail).not.toMatch(/Mews has no device/);
      expect(both[i]!.detail).toContain(d.detail!); // nothing new appeared: it was shown all along
    }
  }, 60_000);

  it("the other members of the kind: another bridge on the device, a device's own words, a device that works", () => {
    const config = { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Bar', driver: 'null', enabled: true } as const;
    const state = (status: DeviceState['status'], extra: Partial<DeviceState> = {}): DeviceState => ({
      conflict: null,
      unknownInMews: false,
      current: null,
      queueLength: 0,
      waiting: 0,
      status,
      hasPreview: false,
      ...extra,
    });
    const at = '2026-11-30T16:00:00.000Z';
    const paperOut = { health: 'offline', detail: 'Printer out of paper', flags: { paperOut: true }, updatedAt: at } as const;
    const otherBridge = [msg('status.otherBridge', { device: 'Bar', state: 'Processing' })];

    const both = deviceView(config as never, state(paperOut, { conflict: otherBridge, unknownInMews: true }));
    expect(both.health).toBe('offline');
    expect(both.flags).toEqual({ paperOut: true, conflict: true, unknownInMews: true });
    expect(both.detail).toMatch(/^Printer out of paper · .*Processing.* · Mews has no device with this Id/);
    expect(both.detailNote).toEqual(['Printer out of paper', '·', otherBridge[0], '·', { key: 'status.unknownInMews' }]);

    // A device that works: the bridge's problem alone, as before.
    const ready = deviceView(
      config as never,
      state({ health: 'online', detail: 'Ready', flags: {}, updatedAt: at }, { unknownInMews: true }),
    );
    expect(ready).toMatchObject({ health: 'attention', detailNote: [{ key: 'status.unknownInMews' }], flags: { unknownInMews: true } });
  });
});

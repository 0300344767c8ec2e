import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { renderNoteOr } from '../../src/i18n/render-note.js';

describe('settings through the BridgeApi', () => {
  let mews: FakeMews;
  let bridge: BridgeService | undefined;
  const dir = tempDir('settings-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
  });

  it('adds, edits and removes devices, refusing a duplicate id with a field message and saving nothing', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/s1`, [{ id: p.Id, name: 'Desk', driver: 'null' }]));
    const dup = await bridge.saveDevice({ id: p.Id, name: 'Again', driver: 'null' });
    expect(dup).toMatchObject({ ok: false, issues: [{ field: 'id', message: 'another device already uses this Mews device Id' }] });
    const issue = !dup.ok ? dup.issues[0]! : null;
    expect(renderNoteOr('de', issue?.messageNote, '')).toBe('Ein anderes Gerät verwendet diese Mews-Geräte-ID bereits'); // the UI's words
    const bad = await bridge.saveDevice({
      id: 'x',
      name: 'Serial',
      driver: 'escpos',
      connection: { type: 'serial', path: '', baudRate: 7 },
    } as never);
    expect(bad.ok).toBe(false);
    expect((await bridge.getSettings()).devices).toHaveLength(1);

    const q = mews.store.addDevice({ Name: 'Q', Type: 'Printer' });
    expect(await bridge.saveDevice({ id: q.Id, name: 'Back office', driver: 'null' })).toEqual({ ok: true });
    const id = mews.store.addPrinterCommand(q.Id, 'JVBERi0xLjQ=').Id;
    await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'new device runs commands');

    expect(await bridge.saveDevice({ id: q.Id, name: 'Back office 2', driver: 'null' }, q.Id)).toEqual({ ok: true });
    expect((await bridge.getSnapshot()).devices.map((d) => d.name)).toEqual(['Desk', 'Back office 2']);
    expect(await bridge.removeDevice(q.Id)).toMatchObject({ ok: true });
    const after = mews.store.addPrinterCommand(q.Id, 'JVBERi0xLjQ=').Id;
    await new Promise((r) => setTimeout(r, 300));
    expect(mews.store.commands.get(after)!.State).toBe('Pending'); // no longer ours
  });

  it('flags a configured device that Mews does not know (a mistyped Id)', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(
      bridgeConfig(mews, `${dir.path}/s3`, [
        { id: p.Id, name: 'Desk', driver: 'null' },
        { id: '00000000-1111-4222-8333-444444444444', name: 'Typo', driver: 'null' },
      ]),
    );
    await waitFor(async () => (await bridge!.getSnapshot()).devices.find((d) => d.name === 'Typo')?.health === 'attention', 'typo flagged');
    const devices = (await bridge.getSnapshot()).devices;
    expect(devices.find((d) => d.name === 'Typo')!.detail).toMatch(/Mews has no device with this Id/);
    expect(devices.find((d) => d.name === 'Desk')!.health).toBe('online');
  });

  it('does not send the saved tokens to a different Mews address unless they are typed again', async () => {
    mews = await startMews();
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/s4`, []));
    const res = await bridge.saveConnection({ environment: 'custom', apiUrl: 'http://127.0.0.1:1', webSocketUrl: 'ws://127.0.0.1:1' });
    expect(res).toMatchObject({
      ok: false,
      issues: [
        { field: 'mews.clientToken', message: expect.stringMatching(/never sent to a different server/) },
        { field: 'mews.accessToken', message: expect.stringMatching(/never sent to a different server/) },
      ],
    });
    expect(bridge.config.mews.apiUrl).toBe(mews.url);
    // Same address, new client name: no tokens needed.
    expect(
      await bridge.saveConnection({
        environment: 'custom',
        apiUrl: mews.url,
        webSocketUrl: mews.url.replace('http', 'ws'),
        client: 'Front desk 2',
      }),
    ).toEqual({ ok: true });
    expect(bridge.config.mews.client).toBe('Front desk 2');
  });

  it('never hands tokens to the UI', async () => {
    mews = await startMews();
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/s2`, []));
    const s = await bridge.getSettings();
    expect(JSON.stringify(s)).not.toMatch(/TEST-(CLIENT|ACCESS)-TOKEN/);
    expect(s.mews).toMatchObject({ clientTokenSet: true, accessTokenSet: true });
  });
});

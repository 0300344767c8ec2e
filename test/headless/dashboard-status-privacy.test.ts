import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from '../../src/headless/dashboard/index.js';
import { FakeBridgeApi, makeCommand, sampleDevices } from '../helpers/fake-bridge-api.js';

/** Security review finding: /api/status (no token) must not show guest or staff names. */
describe('dashboard /api/status privacy', () => {
  let dash: Dashboard | null = null;
  afterEach(async () => {
    await dash?.close();
    dash = null;
  });

  it('without the token: no creator, no guest name in command summaries and no room in key-command notes; with the token: everything', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    dash = await startDashboard({ api, host: '127.0.0.1', port: 0, staticDir: join(tmpdir(), 'no-such-dir-xyz') });
    api.addCommand(
      makeCommand({
        deviceId: 'e0000000-0000-4000-8000-000000000001',
        deviceName: 'Encoder',
        deviceType: 'KeyCutter',
        summary: '2 keys · room 206 · Novakova',
        creator: 'Anna Reception',
      }),
    );
    api.addCommand(
      makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', summary: 'Print · 2 copies' }),
    );
    // The note of a key command names the room and the stay (who is in which room until when).
    const keyNote = '2 new keys encoded for Room 412 on encoder "1", valid 30.11.2026 14:00 – 02.12.2026 10:00 (lock time).';
    api.addCommand(
      makeCommand({
        deviceId: 'e0000000-0000-4000-8000-000000000001',
        deviceName: 'Encoder',
        deviceType: 'KeyCutter',
        phase: 'done',
        mewsState: 'Processed',
        summary: '2 keys · room 412 · Svoboda',
        notes: keyNote,
      }),
    );
    const printNote = 'Printer Front desk printer is out of paper.';
    api.addCommand(
      makeCommand({
        deviceId: '10000000-0000-4000-8000-000000000001',
        deviceName: 'Front desk printer',
        phase: 'failed',
        mewsState: 'Error',
        notes: printNote,
      }),
    );

    const anon = await (await fetch(`${dash.url}/api/status`)).text();
    expect(anon).not.toMatch(/Novakova|Anna Reception|room 206|Svoboda|room 412/i);
    const body = JSON.parse(anon) as {
      commands: { summary: string; creator: string | null; deviceName: string; notes: string | null; mewsState: string }[];
    };
    expect(body.commands.map((c) => c.summary).sort()).toEqual(['2 keys', '2 keys', 'Print', 'Print']);
    expect(body.commands.filter((c) => c.notes !== null).map((c) => c.notes)).toEqual([printNote]); // print notes hold no guest data
    expect(body.commands.map((c) => c.mewsState).sort()).toEqual(['Error', 'Processed', 'Received', 'Received']);
    expect(body.commands.every((c) => c.creator === null)).toBe(true);
    expect(body.commands.map((c) => c.deviceName).sort()).toEqual(['Encoder', 'Encoder', 'Front desk printer', 'Front desk printer']);

    const wrong = await (await fetch(`${dash.url}/api/status`, { headers: { authorization: 'Bearer nope' } })).text();
    expect(wrong).not.toMatch(/Novakova/);

    const full = (await (
      await fetch(`${dash.url}/api/status`, { headers: { authorization: `Bearer ${dash.token}` } })
    ).json()) as typeof body;
    expect(full.commands.map((c) => c.summary).sort()).toEqual([
      '2 keys · room 206 · Novakova',
      '2 keys · room 412 · Svoboda',
      'Print · 1 copy',
      'Print · 2 copies',
    ]);
    expect(full.commands.map((c) => c.notes)).toContain(keyNote);
    expect(full.commands.map((c) => c.creator)).toContain('Anna Reception');
  });
});

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

  it('without the token: no creator and no guest name in command summaries; with the token: everything', async () => {
    const api = new FakeBridgeApi({ devices: sampleDevices() });
    dash = await startDashboard({ api, host: '127.0.0.1', port: 0, staticDir: join(tmpdir(), 'no-such-dir-xyz') });
    api.addCommand(makeCommand({ deviceId: 'e0000000-0000-4000-8000-000000000001', deviceName: 'Encoder', deviceType: 'KeyCutter', summary: '2 keys · room 206 · Novakova', creator: 'Anna Reception' }));
    api.addCommand(makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer', summary: 'Print · 2 copies' }));

    const anon = await (await fetch(`${dash.url}/api/status`)).text();
    expect(anon).not.toMatch(/Novakova|Anna Reception|room 206/);
    const body = JSON.parse(anon) as { commands: { summary: string; creator: string | null; deviceName: string }[] };
    expect(body.commands.map((c) => c.summary).sort()).toEqual(['2 keys', 'Print']);
    expect(body.commands.every((c) => c.creator === null)).toBe(true);
    expect(body.commands.map((c) => c.deviceName).sort()).toEqual(['Encoder', 'Front desk printer']);

    const wrong = await (await fetch(`${dash.url}/api/status`, { headers: { authorization: 'Bearer nope' } })).text();
    expect(wrong).not.toMatch(/Novakova/);

    const full = (await (await fetch(`${dash.url}/api/status`, { headers: { authorization: `Bearer ${dash.token}` } })).json()) as typeof body;
    expect(full.commands.map((c) => c.summary).sort()).toEqual(['2 keys · room 206 · Novakova', 'Print · 2 copies']);
    expect(full.commands.map((c) => c.creator)).toContain('Anna Reception');
  });
});

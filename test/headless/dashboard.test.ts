import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BridgeEvent } from '../../src/bridge/api.js';
import { startDashboard, type Dashboard, type ServerMessage } from '../../src/headless/dashboard/index.js';
import { FakeBridgeApi, makeCommand, sampleDevices } from '../helpers/fake-bridge-api.js';
import { wsText } from '../../src/util/ws-text.js';

let dash: Dashboard | null = null;
afterEach(async () => {
  await dash?.close();
  dash = null;
});

async function start(api = new FakeBridgeApi({ devices: sampleDevices() }), staticDir?: string) {
  dash = await startDashboard({ api, host: '127.0.0.1', port: 0, staticDir: staticDir ?? join(tmpdir(), 'no-such-dir-xyz') });
  return { api, dash };
}

function wsUrl(d: Dashboard, token: string | null) {
  return `${d.url.replace('http', 'ws')}/api/ws${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
}

/** Opens a socket and collects every message; resolves once open. */
async function connect(d: Dashboard) {
  const ws = new WebSocket(wsUrl(d, d.token));
  const inbox: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    inbox.push(JSON.parse(wsText(data)) as ServerMessage);
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((res, rej) => ws.once('open', () => res()).once('error', rej));
  const next = async <T extends ServerMessage>(pred: (m: ServerMessage) => m is T): Promise<T> => {
    for (;;) {
      const found = inbox.find(pred);
      if (found) return found;
      await new Promise<void>((res) => waiters.push(res));
    }
  };
  let id = 0;
  const call = async (method: string, args: unknown[] = []) => {
    const myId = ++id;
    ws.send(JSON.stringify({ id: myId, method, args }));
    return next((m): m is Extract<ServerMessage, { id: number }> => 'id' in m && m.id === myId);
  };
  return { ws, call, next };
}

function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('error', () => resolve(-1));
  });
}

describe('dashboard server', () => {
  it('serves the snapshot at /api/status without a token', async () => {
    const { api, dash } = await start();
    api.addCommand(makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer' }));
    const res = await fetch(`${dash.url}/api/status`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    expect(body.connection.status).toBe('online');
    expect(body.devices.map((d: { id: string }) => d.id)).toEqual([
      '10000000-0000-4000-8000-000000000001',
      '10000000-0000-4000-8000-000000000002',
      'e0000000-0000-4000-8000-000000000001',
    ]);
    expect(body.commands).toHaveLength(1);
  });

  it('refuses the WebSocket without the right token (401)', async () => {
    const { dash } = await start();
    expect(await upgradeStatus(wsUrl(dash, null))).toBe(401);
    expect(await upgradeStatus(wsUrl(dash, 'wrong'))).toBe(401);
    expect(await upgradeStatus(wsUrl(dash, `${dash.token}x`))).toBe(401);
    expect(await upgradeStatus(wsUrl(dash, dash.token))).toBe(101);
  });

  it('issues a fresh random token per start', async () => {
    const a = await start();
    const t1 = a.dash.token;
    await a.dash.close();
    const b = await start();
    expect(b.dash.token).not.toBe(t1);
    expect(t1.length).toBeGreaterThanOrEqual(24);
  });

  it('forwards RPC calls and answers with the result', async () => {
    const { api, dash } = await start();
    const c = await connect(dash);
    const snap = await c.call('getSnapshot');
    expect(snap).toMatchObject({ ok: true });
    expect((snap as { result: { devices: unknown[] } }).result.devices).toHaveLength(3);

    const saved = await c.call('saveDevice', [
      {
        id: '20000000-0000-4000-8000-000000000009',
        name: 'Bar printer',
        driver: 'escpos',
        connection: { type: 'tcp', host: '10.0.0.9', port: 9100 },
      },
    ]);
    expect(saved).toEqual({ id: 2, ok: true, result: { ok: true } });
    expect(api.settings.devices.map((d) => d.id)).toContain('20000000-0000-4000-8000-000000000009');

    const bad = await c.call('saveDevice', [
      {
        id: '20000000-0000-4000-8000-000000000009',
        name: 'Bar printer',
        driver: 'escpos',
        connection: { type: 'serial', path: '', baudRate: 1234 },
      },
      '20000000-0000-4000-8000-000000000009',
    ]);
    expect(bad).toMatchObject({ ok: true, result: { ok: false } });
    const issues = (bad as { result: { issues: { field: string }[] } }).result.issues.map((i) => i.field);
    expect(issues).toEqual(expect.arrayContaining(['connection.path', 'connection.baudRate']));

    // Trailing null (JSON's undefined) is an omitted optional argument.
    expect(await c.call('searchHistory', ['x', null])).toMatchObject({ ok: true, result: [] });
    c.ws.close();
  });

  it('refuses unknown methods and malformed arguments without calling the api', async () => {
    const { api, dash } = await start();
    const c = await connect(dash);
    const before = api.calls.length;
    expect(await c.call('constructor')).toMatchObject({ ok: false, error: expect.stringMatching(/Unknown method/) });
    expect(await c.call('subscribe', [])).toMatchObject({ ok: false });
    expect(await c.call('retryCommand', [42])).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid arguments/) });
    expect(await c.call('setPaused', ['yes'])).toMatchObject({ ok: false });
    expect(await c.call('saveConnection', [{ environment: 'demo', extra: 1 }])).toMatchObject({ ok: false });
    expect(api.calls.length).toBe(before);
    c.ws.close();
  });

  it('pushes api events to connected clients and unsubscribes on close', async () => {
    const { api, dash } = await start();
    const c = await connect(dash);
    await c.call('getSnapshot'); // subscription is in place once a call has been answered
    const cmd = makeCommand({ deviceId: '10000000-0000-4000-8000-000000000001', deviceName: 'Front desk printer' });
    api.addCommand(cmd);
    const pushed = await c.next((m): m is { event: BridgeEvent } => 'event' in m);
    expect(pushed.event).toMatchObject({ type: 'command', command: { id: cmd.id } });
    expect(api.listenerCount).toBe(1);
    c.ws.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(api.listenerCount).toBe(0);
  });

  it('refuses to listen on a non-loopback host unless allowRemote is set', async () => {
    const api = new FakeBridgeApi();
    await expect(startDashboard({ api, host: '0.0.0.0', port: 0 })).rejects.toThrow(/allowRemote/);
    await expect(startDashboard({ api, host: '192.168.1.5', port: 0 })).rejects.toThrow(/Refusing/);
    dash = await startDashboard({ api, host: '0.0.0.0', port: 0, allowRemote: true });
    const port = new URL(dash.url).port;
    expect((await fetch(`http://127.0.0.1:${port}/api/status`)).status).toBe(200);
  });

  it('answers only to loopback Host headers (DNS rebinding)', async () => {
    const { dash } = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const u = new URL(`${dash.url}/api/status`);
      request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).end();
    });
    expect(status).toBe(403);
  });

  it('explains how to build the UI when the renderer files are missing', async () => {
    const { dash } = await start();
    const res = await fetch(`${dash.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:renderer');
  });

  it('serves built files, falls back to index.html, and blocks path traversal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dash-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'console.log(1)');
    const { dash } = await start(undefined, dir);
    const index = await fetch(`${dash.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await fetch(`${dash.url}/queue`)).text()).toContain('<title>app</title>');
    const js = await fetch(`${dash.url}/assets/a.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${dash.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${dash.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(403);
  });
});

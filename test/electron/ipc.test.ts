import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBridgeApi, sampleDevices } from '../helpers/fake-bridge-api.js';

const h = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => h.handlers.set(channel, fn),
    removeHandler: (channel: string) => h.handlers.delete(channel),
  },
}));

const { registerBridgeIpc, forwardEvents, isTrustedFrameUrl, CALL_CHANNEL, EVENT_CHANNEL } = await import('../../electron/ipc.js');

const INDEX = '/opt/Mews Device Bridge/resources/app/dist-renderer/index.html';
const APP_URL = `${pathToFileURL(INDEX).href}#devices`;
const origins = { indexFile: INDEX };

function frame(url: string, parent: unknown = null) {
  return { senderFrame: { url, parent } };
}

function setup() {
  const api = new FakeBridgeApi({ devices: sampleDevices() });
  const warn = vi.fn();
  const off = registerBridgeIpc(api, origins, { warn });
  const invoke = (event: unknown, method: unknown, args: unknown) => Promise.resolve(h.handlers.get(CALL_CHANNEL)!(event, method, args));
  return { api, warn, off, invoke };
}

afterEach(() => h.handlers.clear());

describe('IPC guard', () => {
  it('passes a call from the app page through to the api', async () => {
    const { api, invoke } = setup();
    const snap = (await invoke(frame(APP_URL), 'getSnapshot', [])) as { devices: unknown[] };
    expect(snap.devices).toHaveLength(3);
    await expect(invoke(frame(APP_URL), 'setPaused', [true])).resolves.toMatchObject({ ok: true });
    expect(api.connection.paused).toBe(true);
    const r = await invoke(frame(APP_URL), 'saveDevice', [{ id: '20000000-0000-4000-8000-000000000009', name: 'Bar', driver: 'null' }]);
    expect(r).toEqual({ ok: true });
  });

  it('refuses calls from another page, a remote site, a sub-frame or a missing frame', async () => {
    const { api, invoke, warn } = setup();
    const before = api.calls.length;
    for (const event of [
      frame('file:///tmp/evil/index.html'),
      frame('https://evil.example/'),
      frame('http://localhost:5173/'), // dev server only when configured
      frame(APP_URL, { url: 'file:///x' }),
      { senderFrame: null },
      {},
    ])
      await expect(invoke(event, 'getSnapshot', [])).rejects.toThrow(/Refused/);
    expect(api.calls.length).toBe(before);
    expect(warn).toHaveBeenCalled();
  });

  it('refuses unknown methods and bad payloads without calling the api', async () => {
    const { api, invoke } = setup();
    const before = api.calls.length;
    await expect(invoke(frame(APP_URL), 'constructor', [])).rejects.toThrow(/Unknown method/);
    await expect(invoke(frame(APP_URL), '__proto__', [])).rejects.toThrow(/Unknown method/);
    await expect(invoke(frame(APP_URL), 'retryCommand', [{ id: 'x' }])).rejects.toThrow(/Invalid arguments/);
    await expect(invoke(frame(APP_URL), 'setPaused', ['true'])).rejects.toThrow(/Invalid arguments/);
    await expect(invoke(frame(APP_URL), 'saveConnection', [{ environment: 'staging' }])).rejects.toThrow(/Invalid arguments/);
    await expect(invoke(frame(APP_URL), 'searchHistory', ['x', 10_000])).rejects.toThrow(/Invalid arguments/);
    await expect(invoke(frame(APP_URL), 'getSnapshot', 'not-an-array')).rejects.toThrow(/Invalid arguments/);
    expect(api.calls.length).toBe(before);
  });

  it('accepts the dev server origin only when one is configured', () => {
    expect(isTrustedFrameUrl('http://localhost:5173/#queue', { indexFile: INDEX, devUrl: 'http://localhost:5173' })).toBe(true);
    expect(isTrustedFrameUrl('http://localhost:5174/', { indexFile: INDEX, devUrl: 'http://localhost:5173' })).toBe(false);
    expect(isTrustedFrameUrl('not a url', origins)).toBe(false);
  });

  it('unregisters its handler', () => {
    const { off } = setup();
    off();
    expect(h.handlers.has(CALL_CHANNEL)).toBe(false);
  });

  it('forwards bridge events to the window while it exists', () => {
    const api = new FakeBridgeApi();
    const sent: unknown[][] = [];
    let destroyed = false;
    const wc = { isDestroyed: () => destroyed, send: (...a: unknown[]) => sent.push(a) };
    const off = forwardEvents(api, () => wc as never);
    api.emit({ type: 'notice', level: 'info', message: 'hi', at: 'now' });
    destroyed = true;
    api.emit({ type: 'notice', level: 'info', message: 'gone', at: 'now' });
    off();
    expect(sent).toEqual([[EVENT_CHANNEL, { type: 'notice', level: 'info', message: 'hi', at: 'now' }]]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { renderNoteOr } from '../../src/i18n/render-note.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/validate.js';
import { FakeBridgeApi } from '../helpers/fake-bridge-api.js';

/** A stand-in for the OS keychain: reversible, but never the plain text. */
const h = vi.hoisted(() => ({
  userData: '',
  available: true,
  backend: 'gnome_libsecret',
  encryptCalls: 0,
}));

vi.mock('electron', () => {
  const safeStorage = {
    isEncryptionAvailable: () => h.available,
    getSelectedStorageBackend: () => h.backend,
    encryptString: (s: string) => {
      if (!h.available) throw new Error('Encryption is not available');
      h.encryptCalls++;
      return Buffer.from(`sealed:${Buffer.from(s).toString('hex').split('').reverse().join('')}`);
    },
    decryptString: (b: Buffer) => {
      const t = b.toString();
      if (!t.startsWith('sealed:')) throw new Error('bad');
      return Buffer.from(t.slice(7).split('').reverse().join(''), 'hex').toString();
    },
  };
  const app = { getPath: () => h.userData, getVersion: () => '1.0.0', getName: () => 'mews-device-bridge' };
  const ipcMain = { on() {}, handle() {} };
  const electron = { app, ipcMain, safeStorage, shell: {} };
  return { ...electron, default: electron };
});

// electron-store is loaded from node_modules, where vi.mock('electron') cannot reach; it is a thin
// layer over `conf`, so the same store is built here on conf with electron-store's defaults.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore extends Conf<Record<string, unknown>> {
    constructor(o: Record<string, unknown> & { name?: string; cwd?: string }) {
      const { name, ...rest } = o;
      super({ ...rest, configName: name ?? 'config', projectVersion: '1.0.0', cwd: o.cwd ?? h.userData });
    }
  }
  return { default: ElectronStore };
});

const { TokenVault, SecretStorageUnavailable } = await import('../../electron/token-vault.js');
const { ElectronSettingsStore } = await import('../../electron/electron-settings-store.js');
const { desktopApi } = await import('../../electron/desktop-api.js');

const CLIENT = 'CLIENT-TOKEN-7f3a9c2e51d84b06';
const ACCESS = 'ACCESS-TOKEN-0b9e4d2c8a7f6e13';

function configWith(tokens: { clientToken?: string; accessToken?: string }) {
  return parseConfig({
    mews: { environment: 'demo', ...tokens },
    devices: [{ id: '20000000-0000-4000-8000-000000000006', name: 'Front desk', driver: 'null' }],
    dataDir: join(h.userData, 'bridge-data'),
  });
}

beforeEach(() => {
  h.userData = mkdtempSync(join(tmpdir(), 'mdb-userdata-'));
  h.available = true;
  h.backend = 'gnome_libsecret';
  h.encryptCalls = 0;
});

const open = () => new ElectronSettingsStore({ vault: new TokenVault(), defaults: { dataDir: join(h.userData, 'bridge-data') } });

describe('tokens and settings', () => {
  it('stores tokens only through safeStorage: the file never holds them in plain text', () => {
    const store = open();
    store.save(configWith({ clientToken: CLIENT, accessToken: ACCESS }));
    const text = readFileSync(store.path, 'utf8');
    expect(text).not.toContain(CLIENT);
    expect(text).not.toContain(ACCESS);
    expect(text).not.toContain(Buffer.from(CLIENT).toString('base64'));
    expect(JSON.parse(text).secrets.clientToken).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(JSON.parse(text).settings.devices[0].id).toBe('20000000-0000-4000-8000-000000000006');
    expect(h.encryptCalls).toBe(2);
    // …so the Connection screen may say "stored encrypted" here (and only here).
    expect(store.tokenStorage()).toEqual({ kind: 'encrypted' });

    const loaded = open().load();
    expect(loaded.mews?.clientToken).toBe(CLIENT);
    expect(loaded.mews?.accessToken).toBe(ACCESS);
  });

  it('does not re-encrypt unchanged tokens', () => {
    const store = open();
    store.save(configWith({ clientToken: CLIENT, accessToken: ACCESS }));
    store.save(configWith({ clientToken: CLIENT, accessToken: ACCESS }));
    expect(h.encryptCalls).toBe(2);
  });

  it('refuses to store tokens when encryption is unavailable and writes nothing', () => {
    const store = open();
    store.save(configWith({}));
    const before = readFileSync(store.path, 'utf8');
    h.available = false;
    expect(() => store.save(configWith({ clientToken: CLIENT }))).toThrow(SecretStorageUnavailable);
    expect(() => store.save(configWith({ clientToken: CLIENT }))).toThrow(/no secure storage/);
    const after = readFileSync(store.path, 'utf8');
    expect(after).toBe(before);
    expect(after).not.toContain(CLIENT);
    // Settings without tokens can still be saved.
    expect(() => store.save(configWith({}))).not.toThrow();
  });

  it('treats Linux basic_text (a hard-coded key) as unavailable', () => {
    h.backend = 'basic_text';
    const vault = new TokenVault(undefined, 'linux');
    expect(vault.unavailableReason()).toMatch(/keyring/);
    expect(() => vault.seal(CLIENT)).toThrow(SecretStorageUnavailable);
    expect(new TokenVault(undefined, 'win32').unavailableReason()).toBeNull();
  });

  it('answers the UI with field issues (not a crash) when tokens cannot be stored', async () => {
    h.available = false;
    const core = new FakeBridgeApi();
    const api = desktopApi(core, { vault: new TokenVault(), loginItems: { get: () => null, set() {} } });
    const r = await api.saveConnection({ environment: 'production', clientToken: CLIENT });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ field: 'mews.clientToken', message: expect.stringMatching(/never stored unencrypted/) });
    expect(core.calls.some((c) => c.method === 'saveConnection')).toBe(false);
    // Changing only the environment needs no secret storage.
    await expect(api.saveConnection({ environment: 'production' })).resolves.toEqual({ ok: true });
  });

  it('adds start-at-login to the settings the UI sees', async () => {
    let on = false;
    const api = desktopApi(new FakeBridgeApi(), { vault: new TokenVault(), loginItems: { get: () => on, set: (v) => (on = v) } });
    const started = await api.setStartAtLogin!(true);
    expect(started).toMatchObject({ ok: true, message: 'The bridge will start when you sign in' });
    expect(renderNoteOr('de', started.messageNote, started.message)).toBe('Die Bridge startet, wenn Sie sich anmelden');
    await expect(api.getSettings()).resolves.toMatchObject({ startAtLogin: true });
  });

  it('migrates a legacy flat file and drops plain-text tokens', () => {
    const file = join(h.userData, 'settings.json');
    writeFileSync(file, JSON.stringify({ mews: { environment: 'demo', clientToken: CLIENT, accessToken: ACCESS }, devices: [] }));
    const store = open();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(CLIENT);
    expect(JSON.parse(text).settings.mews.environment).toBe('demo');
    expect(store.load().mews?.clientToken).toBe('');
    expect(existsSync(file)).toBe(true);
  });
});

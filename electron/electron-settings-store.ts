import Store from 'electron-store';
import type { BridgeConfig, ConfigInput } from '../src/config/schema.js';
import type { SettingsStore, TokenStorage } from '../src/config/settings-store.js';
import { parseConfig } from '../src/config/validate.js';
import type { TokenVault } from './token-vault.js';

type Sealed = { clientToken?: string; accessToken?: string };

/** What sits in the electron-store file: settings without tokens, and the tokens sealed apart. */
export interface StoredShape {
  settings: ConfigInput;
  secrets: Sealed;
  [key: string]: unknown;
}

/**
 * Migrations keyed by app version (electron-store runs each once, in order).
 * 1.0.0: settings move under `settings`; any token found in plain text is dropped, never kept.
 */
export const migrations = {
  '1.0.0': (store: Store<StoredShape>) => {
    // Defaults are merged in before migrations run, so legacy keys sit next to `settings`.
    const legacy = Object.keys(store.store).filter((k) => !['settings', 'secrets', '__internal__'].includes(k));
    if (legacy.length) {
      const moved = Object.fromEntries(legacy.map((k) => [k, store.get(k)]));
      store.set('settings', { ...store.get('settings'), ...moved });
      for (const k of legacy) store.delete(k);
    }
    const settings = store.get('settings') as ConfigInput & { mews?: Record<string, unknown> };
    if (settings.mews && ('clientToken' in settings.mews || 'accessToken' in settings.mews)) {
      const { clientToken: _c, accessToken: _a, ...mews } = settings.mews;
      store.set('settings', { ...settings, mews } as ConfigInput);
    }
    if (!store.has('secrets')) store.set('secrets', {});
  },
};

export interface ElectronSettingsOptions {
  vault: TokenVault;
  /** Folder of the settings file; defaults to Electron's userData. */
  cwd?: string;
  /** Default settings for a first start (dataDir under userData). */
  defaults: ConfigInput;
}

/** The desktop backing of `SettingsStore`: electron-store, shared zod schema, tokens via safeStorage. */
export class ElectronSettingsStore implements SettingsStore {
  readonly store: Store<StoredShape>;
  /** Tokens are sealed by the OS keychain (safeStorage); saving refuses when it is unavailable. */
  readonly tokenStorage = (): TokenStorage => ({ kind: 'encrypted' });
  private readonly vault: TokenVault;

  constructor(opts: ElectronSettingsOptions) {
    this.vault = opts.vault;
    this.store = new Store<StoredShape>({
      name: 'settings',
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      defaults: { settings: opts.defaults, secrets: {} },
      migrations: migrations as never,
      clearInvalidConfig: false,
      configFileMode: 0o600,
    });
  }

  get path(): string {
    return this.store.path;
  }

  load(): ConfigInput {
    const settings = this.store.get('settings');
    const secrets = this.store.get('secrets') ?? {};
    return {
      ...settings,
      mews: { ...settings.mews, clientToken: this.vault.open(secrets.clientToken), accessToken: this.vault.open(secrets.accessToken) },
    };
  }

  /** Throws `SecretStorageUnavailable` (and writes nothing) when a token would have to be stored unencrypted. */
  save(config: BridgeConfig): void {
    const checked = parseConfig(config);
    const { clientToken, accessToken, ...mews } = checked.mews;
    const previous = this.store.get('secrets') ?? {};
    const secrets: Sealed = {
      clientToken: this.sealIfChanged(clientToken, previous.clientToken),
      accessToken: this.sealIfChanged(accessToken, previous.accessToken),
    };
    this.store.set({ settings: { ...checked, mews }, secrets: dropEmpty(secrets) });
  }

  private sealIfChanged(token: string, sealed: string | undefined): string | undefined {
    if (!token) return undefined;
    if (sealed && this.vault.open(sealed) === token) return sealed;
    return this.vault.seal(token);
  }
}

function dropEmpty(s: Sealed): Sealed {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v));
}

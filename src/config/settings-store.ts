import type { BridgeConfig, ConfigInput } from './schema.js';

/**
 * Where settings live. Two backings share the schema: a JSON file (headless, via `conf`) and
 * electron-store in the desktop app (with tokens kept encrypted by the shell).
 */
export interface SettingsStore {
  load(): ConfigInput;
  save(config: BridgeConfig): void | Promise<void>;
  /** Where the Mews tokens are kept now, so the Connection screen can say it truly; `memory` when omitted. */
  tokenStorage?(): TokenStorage;
}

/**
 * Where the Mews tokens are kept: `encrypted` by the OS (desktop app, Electron safeStorage); in plain text in the
 * `config-file` at `path` (headless); from the `environment` variables MEWS_CLIENT_TOKEN / MEWS_ACCESS_TOKEN (never
 * written); or only in `memory` until the bridge stops (a config file without tokens, tests).
 */
export type TokenStorage = { kind: 'encrypted' } | { kind: 'config-file'; path: string } | { kind: 'environment' } | { kind: 'memory' };

/** A store that keeps settings in memory only (tests, demo). */
export class MemoryStore implements SettingsStore {
  constructor(private value: ConfigInput) {}
  load(): ConfigInput {
    return structuredClone(this.value);
  }
  save(config: BridgeConfig): void {
    this.value = structuredClone(config);
  }
}

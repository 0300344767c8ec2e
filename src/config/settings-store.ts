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
  /** Mews tokens this store holds in plain text (a headless config file), or null; omitted by stores that never do. */
  plainTextTokens?(): PlainTextTokens | null;
}

/**
 * Mews tokens written in plain text in the config file at `path`: which `fields` hold one, whether other users of
 * this computer may read the file (`readableByOthers`, from its POSIX mode; null on Windows, where the mode says
 * nothing), and whether MEWS_CLIENT_TOKEN / MEWS_ACCESS_TOKEN in the environment replace every one of them (`unused`).
 */
export interface PlainTextTokens {
  path: string;
  fields: ('clientToken' | 'accessToken')[];
  readableByOthers: boolean | null;
  unused: boolean;
}

/**
 * Where the Mews tokens are kept: `encrypted` by the OS (desktop app, Electron safeStorage); in plain text in the
 * `config-file` at `path` (headless); from the `environment` variables MEWS_CLIENT_TOKEN / MEWS_ACCESS_TOKEN (never
 * written; `plainTextFile` names the config file when it still holds tokens too, unused); or only in `memory` until
 * the bridge stops (a config file without tokens, tests).
 */
export type TokenStorage =
  { kind: 'encrypted' } | { kind: 'config-file'; path: string } | { kind: 'environment'; plainTextFile?: string } | { kind: 'memory' };

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

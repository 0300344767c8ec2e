import type { BridgeConfig, ConfigInput } from './schema.js';

/**
 * Where settings live. Two backings share the schema: a JSON file (headless, via `conf`) and
 * electron-store in the desktop app (with tokens kept encrypted by the shell).
 */
export interface SettingsStore {
  load(): ConfigInput;
  save(config: BridgeConfig): void | Promise<void>;
}

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

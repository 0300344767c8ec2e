import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type Conf from 'conf';
import type { BridgeConfig, ConfigInput } from './schema.js';
import type { SettingsStore } from './store.js';
import { ConfigError } from './validate.js';

/**
 * Headless settings: the JSON config file itself, written atomically through `conf` (electron-store's
 * core). Tokens are only written back if the file already held them: secrets given through the
 * environment never land on disk.
 */
export class FileSettingsStore implements SettingsStore {
  private readonly path: string;
  private conf: Conf<Record<string, unknown>> | null = null;

  constructor(path: string) {
    this.path = resolve(path);
  }

  load(): ConfigInput {
    if (!existsSync(this.path)) throw new ConfigError([{ field: '(file)', message: `config file ${this.path} does not exist` }]);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (e) {
      throw new ConfigError([{ field: '(file)', message: `${this.path} is not valid JSON (${(e as Error).message})` }]);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new ConfigError([{ field: '(root)', message: 'the config file must hold a JSON object' }]);
    const cfg = raw as ConfigInput;
    // A relative dataDir is relative to the config file, not to wherever the service was started.
    if (typeof cfg.dataDir === 'string') cfg.dataDir = resolve(dirname(this.path), cfg.dataDir);
    else cfg.dataDir = resolve(dirname(this.path), 'bridge-data');
    return cfg;
  }

  async save(config: BridgeConfig): Promise<void> {
    const onDisk = this.readRaw();
    const diskMews = (onDisk.mews ?? {}) as Record<string, unknown>;
    const mews: Record<string, unknown> = { ...config.mews };
    if (!diskMews.clientToken) delete mews.clientToken;
    if (!diskMews.accessToken) delete mews.accessToken;
    if (diskMews.clientToken) mews.clientToken = config.mews.clientToken || diskMews.clientToken;
    if (diskMews.accessToken) mews.accessToken = config.mews.accessToken || diskMews.accessToken;
    const next = { ...onDisk, mews, devices: config.devices, dashboard: config.dashboard, log: config.log };
    (await this.store()).store = next;
  }

  private readRaw(): Record<string, unknown> {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  }

  /** `conf` (about 15 MB with its schema validator) is loaded at the first save, not at start. */
  private async store(): Promise<Conf<Record<string, unknown>>> {
    const { default: Conf } = await import('conf');
    this.conf ??= new Conf<Record<string, unknown>>({
      cwd: dirname(this.path),
      configName: basename(this.path, extname(this.path)),
      fileExtension: extname(this.path).slice(1) || 'json',
      projectName: 'mews-device-bridge',
      serialize: (v) => JSON.stringify(v, null, 2) + '\n',
      clearInvalidConfig: false,
    });
    return this.conf;
  }
}

/** MEWS_CLIENT_TOKEN / MEWS_ACCESS_TOKEN win over whatever the settings hold. */
export function withEnvTokens(config: BridgeConfig, env: NodeJS.ProcessEnv = process.env): BridgeConfig {
  const clientToken = env.MEWS_CLIENT_TOKEN?.trim();
  const accessToken = env.MEWS_ACCESS_TOKEN?.trim();
  if (!clientToken && !accessToken) return config;
  return {
    ...config,
    mews: { ...config.mews, clientToken: clientToken || config.mews.clientToken, accessToken: accessToken || config.mews.accessToken },
  };
}

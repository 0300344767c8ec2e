import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { BridgeConfig, ConfigInput } from './schema.js';
import type { PlainTextTokens, SettingsStore, TokenStorage } from './settings-store.js';
import { patchRawConfig } from './patch-raw-config.js';
import { ConfigError, parseConfig } from './validate.js';

/**
 * Headless settings: the JSON config file itself, written atomically (a temporary file renamed over it,
 * keeping the file's mode and owner) by npm's `write-file-atomic`. Not `conf`: its `atomically` →
 * `when-exit` hooks SIGINT/SIGTERM at import and re-raises them with `process.kill(process.pid, …)`,
 * which on Windows terminates the process at once, so Ctrl+C from a service wrapper killed the bridge
 * instead of stopping it (found by the Windows suite under Wine). Tokens are only written back if the
 * file already held them: secrets given through the environment never land on disk.
 */
export class FileSettingsStore implements SettingsStore {
  private readonly path: string;

  constructor(path: string) {
    this.path = resolve(path);
  }

  load(): ConfigInput {
    if (!existsSync(this.path)) throw new ConfigError([{ field: '(file)', message: `config file ${this.path} does not exist` }]);
    const text = readConfigText(this.path);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new ConfigError([
        { field: '(file)', message: `${this.path} is not valid JSON${whereInText(text, (e as Error).message)} (${(e as Error).message})` },
      ]);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new ConfigError([{ field: '(root)', message: 'the config file must hold a JSON object' }]);
    return this.withDataDir(raw);
  }

  /** Environment variables win; else the file, when it holds a token; else memory (saved tokens are not written). */
  tokenStorage(env: NodeJS.ProcessEnv = process.env): TokenStorage {
    const inFile = this.plainTextTokens(env);
    if (tokensInEnvironment(env)) return inFile ? { kind: 'environment', plainTextFile: this.path } : { kind: 'environment' };
    return inFile ? { kind: 'config-file', path: this.path } : { kind: 'memory' };
  }

  /** The tokens this file holds in plain text (see `PlainTextTokens`), or null when it holds none. */
  plainTextTokens(env: NodeJS.ProcessEnv = process.env): PlainTextTokens | null {
    const mews = (this.readRaw().mews ?? {}) as Record<string, unknown>;
    const fields = (['clientToken', 'accessToken'] as const).filter((f) => typeof mews[f] === 'string' && mews[f].trim() !== '');
    if (fields.length === 0) return null;
    let readableByOthers: boolean | null = null;
    if (process.platform !== 'win32') {
      try {
        readableByOthers = (statSync(this.path).mode & 0o077) !== 0;
      } catch {
        readableByOthers = null;
      }
    }
    const fromEnv = { clientToken: env.MEWS_CLIENT_TOKEN?.trim(), accessToken: env.MEWS_ACCESS_TOKEN?.trim() };
    return { path: this.path, fields, readableByOthers, unused: fields.every((f) => Boolean(fromEnv[f])) };
  }

  /**
   * Writes the settings into the file the admin keeps: only what changed is written, everything else
   * stays as the admin wrote it (see `patchRawConfig`). A file holding a token is written mode 0600.
   */
  save(config: BridgeConfig): void {
    const onDisk = this.readRaw();
    const diskMews = (onDisk.mews ?? {}) as Record<string, unknown>;
    const saved = { mews: config.mews, devices: config.devices, dashboard: config.dashboard, log: config.log, language: config.language };
    const before = this.parsedOnDisk(onDisk);
    const next = before
      ? (patchRawConfig(onDisk, pickSaved(before), saved) as Record<string, unknown>)
      : { ...onDisk, ...saved, language: 'language' in onDisk || config.language !== 'auto' ? config.language : undefined };
    const mews: Record<string, unknown> = { ...(next.mews as Record<string, unknown>) };
    if (!diskMews.clientToken) delete mews.clientToken;
    if (!diskMews.accessToken) delete mews.accessToken;
    if (diskMews.clientToken) mews.clientToken = config.mews.clientToken || diskMews.clientToken;
    if (diskMews.accessToken) mews.accessToken = config.mews.accessToken || diskMews.accessToken;
    next.mews = mews;
    const holdsToken = Boolean(mews.clientToken || mews.accessToken);
    writeFileAtomic.sync(this.path, JSON.stringify(next, null, 2) + '\n', holdsToken ? { mode: 0o600 } : {});
  }

  /** The file as it is now, parsed with defaults; undefined when it does not validate (then it is written whole). */
  private parsedOnDisk(onDisk: Record<string, unknown>): BridgeConfig | undefined {
    try {
      return parseConfig(this.withDataDir(structuredClone(onDisk)));
    } catch {
      return undefined;
    }
  }

  /** A relative dataDir is relative to the config file, not to wherever the service was started. */
  private withDataDir(cfg: ConfigInput): ConfigInput {
    cfg.dataDir = resolve(dirname(this.path), typeof cfg.dataDir === 'string' ? cfg.dataDir : 'bridge-data');
    return cfg;
  }

  private readRaw(): Record<string, unknown> {
    try {
      return JSON.parse(readConfigText(this.path)) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
}

/** The parts of the settings that `save` writes. */
function pickSaved(c: BridgeConfig): Pick<BridgeConfig, 'mews' | 'devices' | 'dashboard' | 'log' | 'language'> {
  return { mews: c.mews, devices: c.devices, dashboard: c.dashboard, log: c.log, language: c.language };
}

/**
 * The config file's text without a leading UTF-8 byte order mark: Windows Notepad (before 2019) and
 * PowerShell 5.1 (`Out-File -Encoding utf8`, `Set-Content -Encoding UTF8`) write one, and JSON.parse rejects it
 * as an invisible "Unexpected token".
 */
function readConfigText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** " at line L, column C" (1-based) for a JSON.parse message naming a character position (Node 20: "at position N"); "" otherwise. */
function whereInText(text: string, message: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

function tokensInEnvironment(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.MEWS_CLIENT_TOKEN?.trim() || env.MEWS_ACCESS_TOKEN?.trim());
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

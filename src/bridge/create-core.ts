import type { BridgeConfig, DeviceConfig } from '../config/schema.js';
import type { Driver } from '../devices/driver.js';
import { createDriver } from '../devices/registry.js';
import { MewsApiClient, type ApiClientOptions, type Credentials } from '../mews/mews-api-client.js';
import { mewsAddresses, socketEndpoint } from '../mews/environments.js';
import { MewsSocket } from '../mews/mews-socket.js';
import type { Logger } from '../util/logger.js';
import { resolveLanguage, type Language } from '../i18n/languages.js';
import { currentHostLocale } from '../i18n/host-locale.js';
import { BridgeCore } from './bridge-core.js';
import { DataDirLock } from './data-dir-lock.js';
import { Journal } from './journal.js';
import { ProblemLog } from './problem-log.js';
import { GuestDataRetention } from './guest-data-retention.js';
import { DEFAULT_TUNING, type BridgeTuning } from './tuning.js';

export interface CoreOptions {
  log: Logger;
  version: string;
  /** Overrides for tests: socket timings, fetch window, journal fsync, periodic resync. */
  tuning?: Partial<BridgeTuning>;
  /** Builds a driver for a device; defaults to the registry. */
  driverFactory?: (device: DeviceConfig) => Driver;
  /** Read the journal without touching it (diagnostics next to a running bridge): no lock, no writes. */
  readOnly?: boolean;
  /** The built-in simulation (`npm run demo`): Mews and the devices are simulators on this PC. */
  simulation?: boolean;
  /** The language notes are written in, read when each command ends; default: the `language` setting as it was at start. */
  language?: () => Language;
  /** Told about every Connector API attempt (metrics). */
  onMewsRequest?: ApiClientOptions['onRequest'];
}

/**
 * Assembles a core for `config`: the data-directory lock, the journal, the Mews API client and
 * socket, and the driver factory, built here and handed to `BridgeCore`. Throws when another bridge
 * holds the data directory.
 */
export function createCore(config: BridgeConfig, opts: CoreOptions): BridgeCore {
  const tuning = { ...DEFAULT_TUNING, ...opts.tuning };
  // The lock comes first: opening the journal compacts it, which must never happen under another bridge.
  const lock = new DataDirLock(config.dataDir);
  if (!opts.readOnly) lock.acquire();
  const journal = new Journal({ dataDir: config.dataDir, fsync: tuning.journalFsync, readOnly: opts.readOnly });
  const addr = mewsAddresses(config.mews);
  const credentials = (): Credentials => ({
    clientToken: config.mews.clientToken,
    accessToken: config.mews.accessToken,
    client: config.mews.client,
  });
  const problems = new ProblemLog(opts.log);
  const api = new MewsApiClient({
    apiUrl: addr.apiUrl,
    credentials,
    log: opts.log,
    problems,
    maxRequestsPer30s: config.mews.maxRequestsPer30s,
    requestTimeoutMs: config.mews.requestTimeoutMs,
    maxResponseBytes: config.mews.maxResponseBytes,
    onRequest: opts.onMewsRequest,
    maxAttempts: tuning.apiMaxAttempts,
    backoffBaseMs: tuning.apiBackoffBaseMs,
    backoffCapMs: tuning.apiBackoffCapMs,
  });
  const socket = new MewsSocket({
    url: socketEndpoint(addr.webSocketUrl),
    credentials,
    log: opts.log,
    pingIntervalMs: tuning.pingIntervalMs,
    pongTimeoutMs: tuning.pongTimeoutMs,
    reconnectBaseMs: tuning.reconnectBaseMs,
    reconnectCapMs: tuning.reconnectCapMs,
  });
  const driverFor = opts.driverFactory ?? ((d: DeviceConfig) => createDriver(d, { dataDir: config.dataDir, version: opts.version }));
  const retention = opts.readOnly
    ? null
    : new GuestDataRetention({ journal, dataDir: config.dataDir, retentionHours: config.privacy.guestDataRetentionHours, log: opts.log });
  return new BridgeCore(config, {
    journal,
    api,
    socket,
    lock,
    retention,
    createDriver: driverFor,
    log: opts.log,
    problems,
    tuning,
    simulation: opts.simulation ?? false,
    language: opts.language ?? (() => resolveLanguage(config.language, currentHostLocale())),
  });
}

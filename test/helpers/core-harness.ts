import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeMews, type FakeMews } from '../../src/sim/fake-mews/server.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { silentLogger } from '../../src/util/logger.js';
import type { BridgeTuning } from '../../src/bridge/tuning.js';
import type { CommandView, ConnectionView } from '../../src/bridge/api.js';
import { parseConfig } from '../../src/config/validate.js';
import type { Driver } from '../../src/devices/driver.js';
import type { NullDriver } from '../../src/devices/null/null-driver.js';
import { createDriver } from '../../src/devices/registry.js';

export const TOKENS = { clientToken: 'TEST-CLIENT-TOKEN-0001', accessToken: 'TEST-ACCESS-TOKEN-0001' };

export const FAST_TUNING: Partial<BridgeTuning> = {
  reconnectBaseMs: 50,
  reconnectCapMs: 500,
  journalFsync: false,
  offlinePollMs: 1_000,
  progressIntervalMs: 10_000,
  apiMaxAttempts: 8,
  apiBackoffBaseMs: 50,
  apiBackoffCapMs: 500,
};

export function tempDir(prefix = 'bridge-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export async function startMews(opts: { rateLimit?: number; noiseEvents?: boolean } = {}): Promise<FakeMews> {
  return startFakeMews({ ...TOKENS, rateLimit: opts.rateLimit ?? 100_000, noiseEvents: opts.noiseEvents ?? true, control: true });
}

/**
 * A fake Mews with one Printer device for the tests of one file (started before them, closed after).
 * Read `mews` and `printerId` inside tests, not at collection time.
 */
export function mewsWithPrinter(): { readonly mews: FakeMews; readonly printerId: string } {
  const ctx = {} as { mews: FakeMews; printerId: string };
  beforeAll(async () => {
    ctx.mews = await startMews();
    ctx.printerId = ctx.mews.store.addDevice({ Name: 'Desk', Type: 'Printer' }).Id;
  });
  afterAll(() => ctx.mews.close());
  return ctx;
}

export function bridgeConfig(
  mews: FakeMews,
  dataDir: string,
  devices: ConfigInput['devices'],
  extra: Partial<ConfigInput['mews']> = {},
): ConfigInput {
  return {
    mews: {
      environment: 'custom',
      apiUrl: mews.url,
      webSocketUrl: mews.url.replace('http', 'ws'),
      ...TOKENS,
      maxRequestsPer30s: 100_000,
      requestTimeoutMs: 1_500,
      ...extra,
    },
    devices,
    dataDir,
  };
}

/** The drivers each test bridge built, by device id (the latest one for a device saved again). */
const driversByBridge = new WeakMap<BridgeService, Map<string, Driver>>();

/** Starts a bridge like the app does (registry drivers), remembering its drivers for `nullDrivers`. */
export async function startBridge(config: ConfigInput, tuning: Partial<BridgeTuning> = FAST_TUNING): Promise<BridgeService> {
  const drivers = new Map<string, Driver>();
  const deps = { dataDir: parseConfig(config).dataDir, version: 'test' };
  const service = await createBridge({
    store: new MemoryStore(config),
    log: silentLogger(),
    version: 'test',
    tuning,
    driverFactory: (d) => {
      const driver = createDriver(d, deps);
      drivers.set(d.id, driver);
      return driver;
    },
  });
  driversByBridge.set(service, drivers);
  return service;
}

/** The null driver of `deviceId` in a bridge from `startBridge`. */
export function nullDriver(bridge: BridgeService, deviceId: string): NullDriver {
  const d = driversByBridge.get(bridge)?.get(deviceId);
  if (!d) throw new Error(`No driver for device ${deviceId} (was the bridge started with startBridge?)`);
  return d as NullDriver;
}

/** Every command id the bridge's null drivers executed, device by device. */
export function executedBy(bridge: BridgeService): string[] {
  return [...(driversByBridge.get(bridge)?.values() ?? [])].flatMap((d) => (d as NullDriver).executed);
}

/** The bridge's connection as its UIs see it. */
export async function connectionOf(bridge: BridgeService): Promise<ConnectionView> {
  return (await bridge.getSnapshot()).connection;
}

/** One command as the UIs see it (from the journal), or undefined when the bridge never took it. */
export async function commandOf(bridge: BridgeService, id: string): Promise<CommandView | undefined> {
  return (await bridge.searchHistory(id, 1000)).find((c) => c.id === id);
}

/** The view phases of a command whose outcome is decided. */
export const FINISHED_PHASES: readonly CommandView['phase'][] = ['done', 'failed', 'cancelled', 'ignored'];

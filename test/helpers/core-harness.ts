import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeMews, type FakeMews } from '../../src/sim/fake-mews/server.js';
import { MemoryStore } from '../../src/config/store.js';
import { createBridge, type BridgeService } from '../../src/bridge/service.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { silentLogger } from '../../src/util/logger.js';
import type { BridgeTuning } from '../../src/bridge/tuning.js';

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

export function bridgeConfig(mews: FakeMews, dataDir: string, devices: ConfigInput['devices'], extra: Partial<ConfigInput['mews']> = {}): ConfigInput {
  return {
    mews: { environment: 'custom', apiUrl: mews.url, webSocketUrl: mews.url.replace('http', 'ws'), ...TOKENS, maxRequestsPer30s: 100_000, requestTimeoutMs: 1_500, ...extra },
    devices,
    dataDir,
  };
}

export async function startBridge(config: ConfigInput, tuning: Partial<BridgeTuning> = FAST_TUNING): Promise<BridgeService> {
  return createBridge({ store: new MemoryStore(config), log: silentLogger(), version: 'test', tuning });
}

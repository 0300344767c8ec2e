import { resolve } from 'node:path';
import { join } from 'node:path';
import type { BridgeConfig } from '../config/schema.js';
import type { SettingsStore } from '../config/settings-store.js';
import { withEnvTokens } from '../config/file-settings-store.js';
import { parseConfig } from '../config/validate.js';
import { BridgeService } from '../bridge/bridge-service.js';
import { silentLogger } from '../util/logger.js';
import { RotatingFile } from '../util/rotating-file.js';
import { BRIDGE_VERSION } from '../version.js';
import { writeDiagnostics } from '../support/diagnostics.js';
import type { Driver } from '../devices/driver.js';

/**
 * `--diagnostics OUT.zip`: reads the settings, journal and logs without connecting to Mews or
 * opening any device, writes the bundle and exits 0.
 */
export async function runDiagnosticsCli(store: SettingsStore, overrides: (c: BridgeConfig) => BridgeConfig, out: string): Promise<number> {
  const config = withEnvTokens(overrides(parseConfig(store.load())));
  // Read-only: no lock, no journal writes, no drivers started, no connection to Mews.
  const service = new BridgeService({
    store,
    log: silentLogger(),
    version: BRIDGE_VERSION,
    overrides: () => config,
    driverFactory: () => offlineDriver,
    readOnly: true,
  });
  service.open();
  const logFile = new RotatingFile(join(config.dataDir, 'logs'));
  try {
    const path = await writeDiagnostics(resolve(out), { service, logFile });
    process.stdout.write(`Diagnostics written to ${path}\n`);
    return 0;
  } finally {
    logFile.close();
    await service.stop();
  }
}

const offlineDriver: Driver = {
  kind: 'offline',
  start: async () => undefined,
  stop: async () => undefined,
  execute: async () => ({}),
  status: () => ({ health: 'unknown' as const, detail: 'Not started (diagnostics only)', flags: {}, updatedAt: new Date().toISOString() }),
  onStatus: () => () => undefined,
  test: async () => ({ ok: false, message: 'not started' }),
};

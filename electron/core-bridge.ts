import { createBridge, type BridgeService } from '../src/bridge/bridge-service.js';
import type { SettingsStore } from '../src/config/settings-store.js';
import { writeDiagnostics } from '../src/support/diagnostics.js';
import type { RotatingFile } from '../src/util/rotating-file.js';
import type { Logger } from '../src/util/logger.js';
import { listSerialPorts } from '../src/transport/index.js';
import { diagnosticsPath } from '../src/support/diagnostics-path.js';

/**
 * The one place the desktop app builds the core. Everything else in electron/ sees only `BridgeApi`.
 */
export async function startCoreBridge(opts: {
  store: SettingsStore;
  log: Logger;
  version: string;
  dataDir: string;
  logFile: RotatingFile;
  /** Electron's `app.getLocale()`: the computer's language for `language: auto`. */
  appLocale?: string;
}): Promise<BridgeService> {
  // exportDiagnostics reads `service` only when called, after the assignment.
  const service: BridgeService = await createBridge({
    store: opts.store,
    log: opts.log,
    version: opts.version,
    listSerialPorts,
    appLocale: opts.appLocale,
    logTail: (n) => opts.logFile.tail(n),
    exportDiagnostics: () => writeDiagnostics(diagnosticsPath(opts.dataDir), { service, logFile: opts.logFile }),
  });
  return service;
}

import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeConfig } from '../config/schema.js';
import type { SettingsStore } from '../config/settings-store.js';
import { parseConfig } from '../config/validate.js';
import { withEnvTokens } from '../config/file-settings-store.js';
import { createBridge, type BridgeService, type ServiceOptions } from '../bridge/bridge-service.js';
import type { BridgeTuning } from '../bridge/tuning.js';
import { boundLog } from '../util/bound-log.js';
import type { DeviceConfig } from '../config/schema.js';
import type { Driver } from '../devices/driver.js';
import { listSerialPorts } from '../transport/index.js';
import { BRIDGE_VERSION } from '../version.js';
import { startDashboard, type Dashboard } from './dashboard/index.js';
import { dashboardLinkFile, persistentDashboardToken } from './dashboard/token-file.js';
import { appLogger } from '../util/app-logger.js';
import { BridgeMetrics } from '../metrics/bridge-metrics.js';
import { diagnosticsPath } from '../support/diagnostics-path.js';
import { plainTextTokenWarning } from './plain-text-token-warning.js';

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export interface HeadlessOptions {
  store: SettingsStore;
  /** Applied on top of the stored settings, never saved (env tokens, --data-dir, --port, demo addresses). */
  overrides?: (c: BridgeConfig) => BridgeConfig;
  tuning?: Partial<BridgeTuning>;
  driverFactory?: (d: DeviceConfig) => Driver;
  tty?: boolean;
  /** The built-in simulation (see BridgeOptions.simulation). */
  simulation?: boolean;
  /** Make a new dashboard token (the old link stops working); otherwise the one kept in the data folder is used. */
  newDashboardToken?: boolean;
  /** Lists the printers of this computer for the UI (default: the OS's; the demo adds its simulated office printer). */
  listSystemPrinters?: ServiceOptions['listSystemPrinters'];
}

export interface HeadlessApp {
  service: BridgeService;
  dashboard: Dashboard;
  /** Writes a diagnostics bundle into the data folder; returns its path. */
  diagnostics(): Promise<string>;
  stop(): Promise<void>;
}

/** The headless product: the bridge plus its dashboard and status endpoint. Throws ConfigError on bad settings. */
export async function runHeadless(opts: HeadlessOptions): Promise<HeadlessApp> {
  const overrides = (c: BridgeConfig) => withEnvTokens(opts.overrides ? opts.overrides(c) : c);
  const config = overrides(parseConfig(opts.store.load()));
  const secrets = () => [
    service?.config.mews.clientToken ?? config.mews.clientToken,
    service?.config.mews.accessToken ?? config.mews.accessToken,
  ];
  const { log, file } = appLogger({ dataDir: config.dataDir, level: config.log.level, secrets, tty: opts.tty });
  const metrics = new BridgeMetrics();
  // eslint-disable-next-line prefer-const -- assigned once, but read inside `secrets` and exportDiagnostics, built before the assignment
  let service: BridgeService | undefined;
  // Said first at start (after `service` is declared: the log's token scrubber reads it through `secrets`).
  const plainText = opts.store.plainTextTokens?.();
  if (plainText) {
    const warning = plainTextTokenWarning(plainText);
    log.warn(warning.fields, warning.message);
  }
  // The zip writer is loaded when a bundle is asked for, not at start.
  const diagnostics = async () =>
    (await import('../support/diagnostics.js')).writeDiagnostics(diagnosticsPath(config.dataDir), {
      service: service!,
      logFile: file,
    });
  service = await createBridge({
    onMewsRequest: metrics.onMewsRequest,
    store: opts.store,
    overrides,
    log,
    version: BRIDGE_VERSION,
    tuning: opts.tuning,
    driverFactory: opts.driverFactory,
    listSerialPorts,
    listSystemPrinters: opts.listSystemPrinters,
    simulation: opts.simulation,
    exportDiagnostics: () => diagnostics(),
    logTail: (n) => file.tail(n),
  });
  const running = service;
  metrics.attach(running, {
    budgetLeft: () => running.coreStats().mewsBudget.left,
    budgetLimit: () => running.coreStats().mewsBudget.limit,
    journal: () => ({ bytes: fileSize(join(running.config.dataDir, 'journal.jsonl')), entries: running.coreStats().journalEntries }),
  });
  let dashboard: Dashboard;
  try {
    dashboard = await startDashboard({
      api: service,
      token: persistentDashboardToken(config.dataDir, opts.newDashboardToken),
      linkFile: dashboardLinkFile(config.dataDir),
      diagnostics,
      metrics: { scrape: () => metrics.scrape(), public: config.metrics.public },
      host: config.dashboard.host,
      port: config.dashboard.port,
      allowRemote: config.dashboard.allowRemote,
      log: boundLog(log, { part: 'dashboard' }),
    });
  } catch (err) {
    await service.stop();
    throw err;
  }
  log.info(
    { version: BRIDGE_VERSION, dashboard: dashboard.url, devices: config.devices.length, environment: config.mews.environment },
    'Mews Device Bridge started',
  );
  return {
    service,
    dashboard,
    diagnostics,
    async stop() {
      log.info('Stopping: finishing running commands');
      await dashboard.close();
      metrics.detach();
      await service.stop();
      log.info('Stopped');
      file.close();
    },
  };
}

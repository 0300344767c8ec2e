import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSettingsStore } from '../config/file-settings-store.js';
import type { BridgeConfig, ConfigInput, DeviceConfig } from '../config/schema.js';
import type { SettingsStore } from '../config/settings-store.js';
import { startFakeMews, type FakeMews } from '../sim/fake-mews/server.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../sim/escpos-printer-sim.js';
import { startSaltoSim, type SaltoSimHandle } from '../sim/salto-sim.js';
import { startFiasSim, type FiasSimHandle } from '../sim/fias-sim.js';
import { startIppPrinterSim, type IppPrinterSim } from '../sim/ipp-printer-sim.js';
import { listSystemPrinters } from '../devices/system/index.js';
import { printerAttributes } from '../devices/system/cups-printers.js';
import type { SystemPrinterList } from '../devices/system/types.js';
import { freePort } from '../sim/free-port.js';
import { runHeadless, type HeadlessApp } from './run-headless.js';
import { startDemoTraffic, type DemoTargets } from './demo-traffic.js';

export interface DemoOptions {
  dataDir?: string | null;
  port?: number | null;
  /** Create sample commands now and then so there is something to watch (on by default). */
  traffic?: boolean;
  trafficEveryMs?: number;
  /** See HeadlessOptions.newDashboardToken. */
  newDashboardToken?: boolean;
}

export interface DemoSims {
  printer: EscposPrinterSim;
  /** The A4 office printer (a simulated IPP Everywhere printer), printed to by the `system` driver. */
  office: IppPrinterSim;
  salto: SaltoSimHandle;
  fias: FiasSimHandle;
}

export interface DemoApp extends HeadlessApp {
  mews: FakeMews;
  sims: DemoSims;
  /** Where the sample commands go (device ids, the Salto server address); see addDemoCommand. */
  targets: DemoTargets;
}

const LOOPBACK = '127.0.0.1';
export const DEMO_TOKENS = { clientToken: 'DEMO-CLIENT-TOKEN-LOCAL-ONLY', accessToken: 'DEMO-ACCESS-TOKEN-LOCAL-ONLY' };

export const DEMO_DEVICES = {
  printer: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01',
  salto: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e02',
  fias: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e03',
  office: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e04',
} as const;

/** Stands for the simulated office printer's address in the demo settings; replaced by its real port at start. */
const DEMO_OFFICE_ADDRESS = 'ipp://127.0.0.1:631/ipp/print';

/**
 * The embedded demo: a simulated Mews, a virtual ESC/POS printer, a Salto interface and a FIAS lock
 * system, all on loopback, so the whole product runs with no hardware and no Mews account. Settings
 * (devices added or edited in the UI) persist in `<dataDir>/demo-settings.json`.
 */
export async function startDemo(opts: DemoOptions = {}): Promise<DemoApp> {
  const dataDir = resolve(opts.dataDir ?? './bridge-data/demo');
  mkdirSync(dataDir, { recursive: true });
  const settingsPath = join(dataDir, 'demo-settings.json');
  if (!existsSync(settingsPath)) writeFileSync(settingsPath, JSON.stringify(defaultDemoSettings(), null, 2) + '\n');
  const fileStore = new FileSettingsStore(settingsPath);

  const closers: (() => Promise<void>)[] = [];
  try {
    const mews = await startFakeMews({ ...DEMO_TOKENS, control: true, noiseEvents: true, rateLimit: 200 });
    closers.push(() => mews.close());
    const printer = await startEscposPrinterSim({ tcp: { host: LOOPBACK, port: 0 } });
    closers.push(() => printer.close());
    const office = await startIppPrinterSim({ info: 'Office printer (A4)' });
    closers.push(() => office.close());
    const salto = await startSaltoSim({
      endpoint: { type: 'tcp', host: LOOPBACK, port: 0 },
      cardDelayMs: 1500,
      auditFile: join(dataDir, 'salto-audit.jsonl'),
    });
    closers.push(() => salto.close());
    const fiasPort = await freePort();
    const printerPort = (printer.address as { port: number }).port;
    const saltoPort = (salto.address as { port: number }).port;

    const withSims = (d: DeviceConfig): DeviceConfig => {
      if (d.id === DEMO_DEVICES.printer && d.driver === 'escpos' && d.connection.type === 'tcp' && d.connection.host === LOOPBACK)
        return { ...d, connection: { ...d.connection, port: printerPort } };
      // The stored placeholder, or an address saved from the form in an earlier run (another port then).
      if (d.id === DEMO_DEVICES.office && d.driver === 'system' && /^ipp:\/\/127\.0\.0\.1:\d+\/ipp\/print$/.test(d.options.printer ?? ''))
        return { ...d, options: { ...d.options, printer: office.uri } };
      if (d.id === DEMO_DEVICES.fias && d.driver === 'fias' && d.connection?.type === 'tcp-listen')
        return { ...d, connection: { ...d.connection, host: LOOPBACK, port: fiasPort } };
      return d;
    };
    // Devices configured in the demo exist in its Mews too, including ones added later in the UI.
    const register = (c: BridgeConfig) => {
      for (const d of c.devices)
        if (!mews.store.devices.has(d.id))
          mews.store.addDevice({
            Id: d.id,
            Name: d.name,
            Type: d.driver === 'escpos' || d.driver === 'system' || d.driver === 'null' ? 'Printer' : 'KeyCutter',
          });
    };
    const store: SettingsStore = {
      load: () => fileStore.load(),
      save: (c) => {
        register(c);
        return fileStore.save(c);
      },
    };
    const overrides = (c: BridgeConfig): BridgeConfig => {
      register(c);
      return {
        ...c,
        dataDir,
        devices: c.devices.map(withSims),
        mews: { ...c.mews, environment: 'custom', apiUrl: mews.url, webSocketUrl: mews.url.replace(/^http/, 'ws'), ...DEMO_TOKENS },
        dashboard: { ...c.dashboard, port: opts.port ?? c.dashboard.port },
      };
    };
    // The device form lists this computer's printers plus the simulated office printer.
    const listPrinters = async (): Promise<SystemPrinterList> => {
      const list = await listSystemPrinters();
      const sim = await printerAttributes({ uri: office.uri }).catch(() => null);
      return sim
        ? { ...list, printers: [{ ...sim, name: office.uri }, ...list.printers], error: list.printers.length ? list.error : null }
        : list;
    };
    const app = await runHeadless({
      store,
      overrides,
      simulation: true,
      listSystemPrinters: listPrinters,
      newDashboardToken: opts.newDashboardToken,
    });
    closers.unshift(() => app.stop());
    // The lock system dials the bridge's FIAS listener, as dormakaba's interface does.
    const fias = await startFiasSim({
      endpoint: { role: 'client', host: LOOPBACK, port: fiasPort, reconnectDelayMs: 1000 },
      cardDelayMs: 1500,
      auditFile: join(dataDir, 'fias-audit.jsonl'),
    });
    closers.splice(1, 0, () => fias.close());
    const targets: DemoTargets = {
      printerId: DEMO_DEVICES.printer,
      officeId: DEMO_DEVICES.office,
      saltoCutterId: DEMO_DEVICES.salto,
      saltoApiUrl: `${LOOPBACK}:${saltoPort}`,
      fiasCutterId: DEMO_DEVICES.fias,
    };
    if (opts.traffic ?? true) {
      const stopTraffic = startDemoTraffic(mews, targets, opts.trafficEveryMs);
      closers.unshift(async () => stopTraffic());
    }
    return {
      ...app,
      mews,
      targets,
      sims: { printer, office, salto, fias },
      async stop() {
        for (const close of closers) await close().catch(() => undefined);
      },
    };
  } catch (e) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    throw e;
  }
}

function defaultDemoSettings(): ConfigInput {
  return {
    mews: { environment: 'demo', client: 'Mews Device Bridge (demo)' },
    devices: [
      {
        id: DEMO_DEVICES.printer,
        name: 'Front desk printer',
        driver: 'escpos',
        connection: { type: 'tcp', host: LOOPBACK, port: 9100 },
        options: { paperWidthDots: 576 },
      },
      // An A4 office printer "on this computer": invoices print on it as PDFs (a simulated IPP printer in the demo).
      { id: DEMO_DEVICES.office, name: 'Office printer (A4)', driver: 'system', options: { printer: DEMO_OFFICE_ADDRESS, media: 'A4' } },
      // No local connection: the driver and the lock server address come from each Mews command.
      { id: DEMO_DEVICES.salto, name: 'Salto encoder (reception)', driver: 'keycutter' },
      {
        id: DEMO_DEVICES.fias,
        name: 'Saflok encoder (FIAS)',
        driver: 'fias',
        connection: { type: 'tcp-listen', host: LOOPBACK, port: 8265 },
      },
    ],
    dashboard: { host: LOOPBACK, port: 7341 },
  };
}

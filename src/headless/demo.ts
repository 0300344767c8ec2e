import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSettingsStore } from '../config/file-store.js';
import type { BridgeConfig, ConfigInput } from '../config/schema.js';
import { startFakeMews, type FakeMews } from '../sim/fake-mews/server.js';
import { runHeadless, type HeadlessApp } from './run.js';

export interface DemoOptions {
  dataDir?: string | null;
  port?: number | null;
  config?: string | null;
  /** Create sample commands now and then so there is something to watch (on by default). */
  traffic?: boolean;
}

export interface DemoApp extends HeadlessApp {
  mews: FakeMews;
}

const DEMO_TOKENS = { clientToken: 'DEMO-CLIENT-TOKEN-LOCAL-ONLY', accessToken: 'DEMO-ACCESS-TOKEN-LOCAL-ONLY' };

export const DEMO_DEVICES = {
  printer: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e01',
  keyCutter: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e02',
} as const;

/** The embedded demo: a simulated Mews and virtual devices, so the product runs with no hardware and no account. */
export async function startDemo(opts: DemoOptions = {}): Promise<DemoApp> {
  const dataDir = resolve(opts.dataDir ?? './bridge-data/demo');
  mkdirSync(dataDir, { recursive: true });
  const settingsPath = opts.config ? resolve(opts.config) : join(dataDir, 'demo-settings.json');
  if (!existsSync(settingsPath)) writeFileSync(settingsPath, JSON.stringify(defaultDemoSettings(), null, 2) + '\n');
  const store = new FileSettingsStore(settingsPath);

  const mews = await startFakeMews({ ...DEMO_TOKENS, control: true, noiseEvents: true, rateLimit: 200 });
  const register = (c: BridgeConfig) => {
    for (const d of c.devices)
      if (!mews.store.devices.has(d.id))
        mews.store.addDevice({ Id: d.id, Name: d.name, Type: d.driver === 'escpos' || d.driver === 'null' ? 'Printer' : 'KeyCutter' });
  };
  const overrides = (c: BridgeConfig): BridgeConfig => {
    register(c);
    return {
      ...c,
      dataDir,
      mews: { ...c.mews, environment: 'custom', apiUrl: mews.url, webSocketUrl: mews.url.replace(/^http/, 'ws'), ...DEMO_TOKENS },
      dashboard: { ...c.dashboard, port: opts.port ?? c.dashboard.port },
    };
  };
  let app: HeadlessApp;
  try {
    app = await runHeadless({ store, overrides });
  } catch (e) {
    await mews.close();
    throw e;
  }
  return {
    ...app,
    mews,
    async stop() {
      await app.stop();
      await mews.close();
    },
  };
}

function defaultDemoSettings(): ConfigInput {
  return {
    mews: { environment: 'demo', client: 'Mews Device Bridge (demo)' },
    devices: [
      { id: DEMO_DEVICES.printer, name: 'Front desk printer', driver: 'null', options: { delayMs: 1500 } },
      { id: DEMO_DEVICES.keyCutter, name: 'Key encoder 1', driver: 'null', options: { delayMs: 2500 } },
    ],
    dashboard: { host: '127.0.0.1', port: 7341 },
  };
}

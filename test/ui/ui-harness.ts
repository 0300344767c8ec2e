import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { BridgeApi } from '../../src/bridge/api.js';
import { startDashboard, type Dashboard, type DashboardOptions } from '../../src/headless/dashboard/index.js';
import { buildRenderer, launchChromium } from '../helpers/chromium.js';
import { startDemo, type DemoApp } from '../../src/headless/demo.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';

/** The real built renderer, served by the real dashboard, in headless Chromium. */
export class UiHarness {
  browser!: Browser;
  private built!: { dir: string; cleanup(): void };
  private dashboards: Dashboard[] = [];
  readonly pageErrors: string[] = [];

  async setup(): Promise<void> {
    [this.built, this.browser] = await Promise.all([buildRenderer(), launchChromium()]);
  }

  get staticDir(): string {
    return this.built.dir;
  }

  async serve(api: BridgeApi, extra: Pick<DashboardOptions, 'diagnostics' | 'linkFile'> = {}): Promise<Dashboard> {
    const d = await startDashboard({ api, host: '127.0.0.1', port: 0, staticDir: this.built.dir, ...extra });
    this.dashboards.push(d);
    return d;
  }

  /** Opens the UI in a new page; `locale` is the browser's language (the UI's default), English unless a test says otherwise. */
  async open(dash: Dashboard, tab = 'queue', viewport = { width: 1366, height: 900 }, locale = 'en-US'): Promise<Page> {
    const page = await this.browser.newPage({ viewport, locale });
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    page.setDefaultTimeout(10_000);
    await page.goto(`${dash.url}/#token=${dash.token}`);
    await page.locator('[data-testid="overall-status"]:not([data-state="starting"])').waitFor(); // the first snapshot, in any language
    if (tab !== 'queue') await page.getByTestId(`tab-${tab}`).click();
    return page;
  }

  async teardown(): Promise<void> {
    await Promise.all(this.dashboards.map((d) => d.close()));
    await this.browser?.close();
    this.built?.cleanup();
  }
}

/** The real core in demo mode (no sample traffic), a spare virtual printer, and the UI harness, started together. */
export async function startDemoStack(ui: UiHarness, dataDir: string): Promise<[DemoApp, EscposPrinterSim]> {
  const [demo, printer] = await Promise.all([
    startDemo({ dataDir, port: 0, traffic: false }),
    startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } }),
    ui.setup(),
  ]);
  return [demo, printer];
}

/** Stops what startDemoStack started (the demo may have been restarted by the test in between). */
export async function stopDemoStack(
  ui: UiHarness,
  demo: DemoApp | undefined,
  printer: EscposPrinterSim | undefined,
  dataDir: string,
): Promise<void> {
  await ui.teardown();
  await demo?.stop();
  await printer?.close();
  rmSync(dataDir, { recursive: true, force: true });
}

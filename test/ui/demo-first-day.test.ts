import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/bridge/api.js';
import type { Dashboard } from '../../src/headless/dashboard/index.js';
import { DEMO_DEVICES, startDemo, type DemoApp } from '../../src/headless/demo.js';
import { addDemoCommand } from '../../src/headless/demo-traffic.js';
import { runDemoCommands } from '../helpers/demo-commands.js';
import { hasChromium } from '../helpers/chromium.js';
import { waitFor } from '../helpers/wait-for.js';
import { UiHarness } from './ui-harness.js';

/**
 * A new user's first day with the demo, in Chromium at a 1024×600 front-desk screen: they add a serial
 * printer, and the demo's own printer and both encoders keep printing and encoding; after every step the
 * device states the page shows equal `/api/status`; a failed command is visible without scrolling.
 * With UPDATE_SCREENSHOTS=1 the queue at 1024×600 and 1366×768 is written to docs/.
 */
const ui = new UiHarness();
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-first-day-'));
const shotsDir = process.env.UPDATE_SCREENSHOTS ? resolve('docs') : mkdtempSync(join(tmpdir(), 'mdb-first-day-shots-'));
const SERIAL_ID = '9d2f4b61-3c7e-4a58-b1d0-7e6f5a4c3b2a';
let demo: DemoApp;
let dash: Dashboard;
let page: Page;

async function status(): Promise<Snapshot> {
  return (await fetch(`${dash.url}/api/status`)).json() as Promise<Snapshot>;
}

/** Device states as the page shows them (Queue tab chips or Devices tab cards, whichever is open). */
async function uiDevices(): Promise<{ id: string; health: string; waiting: number }[]> {
  return page.locator('[data-testid="device-chip"], [data-testid="device-card"]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-device-id')!,
      health: el.getAttribute('data-health')!,
      waiting: Number(el.getAttribute('data-waiting')),
    })),
  );
}

async function apiDevices(): Promise<{ id: string; health: string; waiting: number }[]> {
  return (await status()).devices.map((d) => ({ id: d.id, health: d.health, waiting: d.waiting }));
}

/** The page settles on what the core says, and then they are equal (compared once more, not just polled). */
async function uiAgreesWithStatus(step: string): Promise<void> {
  await waitFor(
    async () => JSON.stringify(await uiDevices()) === JSON.stringify(await apiDevices()),
    `UI devices to equal /api/status after: ${step}`,
    15_000,
    100,
  );
  const [shown, truth] = [await uiDevices(), await apiDevices()];
  expect(shown, step).toEqual(truth);
  // Each live row's state equals the core's too.
  const rows = await page
    .locator('[data-testid="queue-list"] [data-testid="command-row"]')
    .evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-command-id')!, phase: el.getAttribute('data-phase')! })));
  const phases = new Map((await status()).commands.map((c) => [c.id, c.phase]));
  for (const r of rows) expect(`${r.id} ${r.phase}`, step).toBe(`${r.id} ${phases.get(r.id)}`);
}

describe.runIf(hasChromium)('a first day with the demo', () => {
  beforeAll(async () => {
    [demo] = await Promise.all([startDemo({ dataDir, port: 0, traffic: false }), ui.setup()]);
    dash = await ui.serve(demo.service, { diagnostics: () => demo.diagnostics() });
  }, 120_000);
  afterAll(async () => {
    await ui.teardown();
    await demo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a serial printer; the demo printer and both encoders still work; the UI follows /api/status; a failure shows at 1024×600', async () => {
    page = await ui.open(dash, 'queue', { width: 1024, height: 600 });
    await page.getByTestId('simulation-banner').waitFor();
    await uiAgreesWithStatus('opening the page');

    await runDemoCommands(demo, 0);
    await uiAgreesWithStatus('the first demo commands');

    // Add a serial printer as a new user would.
    await page.getByTestId('tab-devices').click();
    await page.getByTestId('add-device').click();
    await page.getByLabel('Name', { exact: true }).fill('Back office printer');
    await page.getByLabel('Mews device Id').fill(SERIAL_ID);
    await page.getByLabel('Port path').fill('/dev/ttyUSB9');
    await page.getByLabel('Baud rate').selectOption('9600');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    await page.locator(`[data-device-id="${SERIAL_ID}"]`).waitFor();
    await uiAgreesWithStatus('adding a serial printer');

    // The demo printer's form shows the port its card shows.
    const printerCard = page.locator(`[data-testid="device-card"][data-device-id="${DEMO_DEVICES.printer}"]`);
    const cardText = await printerCard.textContent();
    await printerCard.click();
    const port = await page.getByLabel('Port', { exact: true }).inputValue();
    expect(cardText).toContain(`127.0.0.1:${port}`);

    await page.getByTestId('tab-queue').click();
    await runDemoCommands(demo, 1);
    await uiAgreesWithStatus('demo commands after adding a printer');

    // More traffic, then a print that fails (paper out): it must be on screen at 1024×600 without scrolling.
    for (let round = 2; round < 5; round++) await runDemoCommands(demo, round);
    demo.sims.printer.setPaperOut(true);
    const failedId = addDemoCommand(demo.mews, demo.targets, 'receipt', 9);
    const failed = page.locator(`[data-command-id="${failedId}"][data-phase="failed"]`);
    await failed.waitFor({ timeout: 30_000 });
    await uiAgreesWithStatus('a failed print');
    const box = (await failed.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(failed.getByTestId('command-notes').textContent()).resolves.toMatch(/paper/i);
    await page.screenshot({ path: join(shotsDir, 'screenshot-queue-1024x600.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: join(shotsDir, 'screenshot-queue-1366x768.png') });

    // Paper back, retry: done, and the row leaves the live list for History.
    demo.sims.printer.setPaperOut(false);
    await failed.getByTestId('retry').click();
    await page.locator(`[data-testid="queue-list"] [data-command-id="${failedId}"]`).waitFor({ state: 'detached', timeout: 30_000 });
    await uiAgreesWithStatus('retrying the failed print');
    expect(ui.pageErrors).toEqual([]);
    await page.close();
  }, 300_000);

  it('shows the log with a filter, and downloads the diagnostics bundle in the browser', async () => {
    page = await ui.open(dash, 'logs', { width: 1024, height: 600 });
    await page.getByTestId('log-line').first().waitFor();
    await page.getByTestId('log-filter').fill('command failed');
    await page.locator('[data-testid="log-line"][data-level="warn"]').first().waitFor();
    // The filtered list replaces the unfiltered one when the core answers: wait for that, not for the first warn line.
    await expect
      .poll(async () => (await page.getByTestId('log-line').allTextContents()).every((l) => l.toLowerCase().includes('command failed')))
      .toBe(true);
    const shown = await page.getByTestId('log-line').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.join('\n')).toMatch(/out of paper/i);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-diagnostics').click()]);
    expect(download.suggestedFilename()).toMatch(/^bridge-diagnostics-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.zip$/);
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await page
      .getByTestId('notice')
      .getByText(/downloaded/)
      .waitFor();
    expect(ui.pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});

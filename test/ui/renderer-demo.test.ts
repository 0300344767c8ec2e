import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICES, startDemo, type DemoApp } from '../../src/headless/demo.js';
import type { EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { hasChromium } from '../helpers/chromium.js';
import { makePdf, sampleReceipt } from '../../src/sim/sample-pdf.js';
import { waitFor } from '../helpers/wait-for.js';
import { startDemoStack, stopDemoStack, UiHarness } from './ui-harness.js';

/**
 * The real built renderer against the real core in demo mode (embedded fake Mews), served by
 * the dashboard over a real socket.
 */
const ui = new UiHarness();
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-ui-demo-'));
let demo: DemoApp;
let printer: EscposPrinterSim;
const pdf = () => Buffer.from(makePdf([sampleReceipt()])).toString('base64');

async function openDemo(tab = 'queue'): Promise<Page> {
  return ui.open(await ui.serve(demo.service), tab);
}

describe.runIf(hasChromium)('renderer against the real core (demo mode)', () => {
  beforeAll(async () => {
    [demo, printer] = await startDemoStack(ui, dataDir);
  }, 120_000);
  afterAll(() => stopDemoStack(ui, demo, printer, dataDir));

  it('shows a command created in Mews in the queue until it is Processed', async () => {
    const page = await openDemo();
    await page.getByTestId('go-history').click(); // finished commands move there
    const cmd = demo.mews.store.addPrinterCommand(DEMO_DEVICES.printer, pdf(), 1);
    const row = page.locator(`[data-command-id="${cmd.Id}"]`);
    await row.waitFor({ timeout: 15_000 });
    await expect(row.textContent()).resolves.toContain('Front desk printer');
    await page.locator(`[data-command-id="${cmd.Id}"][data-phase="done"]`).waitFor({ timeout: 20_000 });
    await expect(row.getByTestId('command-state').textContent()).resolves.toContain('Processed');
    await waitFor(() => demo.mews.store.commands.get(cmd.Id)?.State === 'Processed', 'Mews to hear Processed');
    await page.close();
  });

  it('refuses an invalid baud rate or a missing path inline and saves nothing', async () => {
    const page = await openDemo('devices');
    const before = (await demo.service.getSettings()).devices.length;
    await page.getByTestId('add-device').click();
    await page.getByLabel('Name', { exact: true }).fill('Broken printer');
    await page.getByLabel('Mews device Id').fill('20000000-0000-4000-8000-000000000001');
    // A baud rate the schema does not allow, as a stale or hand-edited form would send.
    await page.getByLabel('Baud rate').evaluate((el) => {
      const o = document.createElement('option');
      o.value = o.textContent = '12345';
      el.appendChild(o);
    });
    await page.getByLabel('Baud rate').selectOption('12345');
    await page.getByTestId('save-device').click();
    await expect(page.getByTestId('error-dev-connection-path').textContent()).resolves.toMatch(/serial port/);
    await expect(page.getByTestId('error-dev-connection-baudRate').textContent()).resolves.toMatch(/baud rate/);
    await expect(page.getByTestId('form-issues').textContent()).resolves.toContain('Nothing was saved');
    expect((await demo.service.getSettings()).devices.length).toBe(before);

    // The core's own validation (shared schema) lands next to the field too: a duplicate Mews Id.
    await page.getByLabel('Port path').fill('/dev/ttyUSB7');
    await page.getByLabel('Baud rate').selectOption('9600');
    await page.getByLabel('Mews device Id').fill(DEMO_DEVICES.printer);
    await page.getByTestId('save-device').click();
    await expect(page.getByTestId('error-dev-id').textContent()).resolves.toMatch(/already uses|duplicates/);
    expect((await demo.service.getSettings()).devices.length).toBe(before);
    await page.close();
  });

  it('adds and edits a device through the form, and it survives a restart', async () => {
    let page = await openDemo('devices');
    await page.getByTestId('add-device').click();
    await page.getByLabel('Type and protocol').selectOption('salto');
    await page.getByLabel('Name', { exact: true }).fill('Encoder 2');
    await page.getByLabel('Mews device Id').fill('20000000-0000-4000-8000-000000000002');
    await page.getByLabel('Connect to lock server (TCP)').check();
    await page.getByLabel('Host or IP address').fill('192.168.1.20');
    await page.getByLabel('Port', { exact: true }).fill('5010');
    await page.getByLabel('Lock system time zone').fill('Europe/Prague');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    await page.locator('[data-device-id="20000000-0000-4000-8000-000000000002"]').waitFor();

    await page.locator('[data-device-id="20000000-0000-4000-8000-000000000002"]').click();
    await page.getByLabel('Name', { exact: true }).fill('Encoder 2 (back office)');
    await page.getByLabel('Lock system time zone').fill('Mars/Olympus');
    await page.getByTestId('save-device').click();
    await expect(page.getByTestId('error-dev-options-timeZone').textContent()).resolves.toMatch(/time zone/);
    await page.getByLabel('Lock system time zone').fill('Europe/London');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    await page.close();

    await demo.stop();
    demo = await startDemo({ dataDir, port: 0, traffic: false });
    page = await openDemo('devices');
    const card = page.locator('[data-device-id="20000000-0000-4000-8000-000000000002"]');
    await expect(card.textContent()).resolves.toContain('Encoder 2 (back office)');
    await card.click();
    await expect(page.getByLabel('Lock system time zone').inputValue()).resolves.toBe('Europe/London');
    await expect(page.getByLabel('Host or IP address').inputValue()).resolves.toBe('192.168.1.20');
    await page.close();
  });

  it('shows a paper-out printer as such, and a failed command can be retried', async () => {
    const address = printer.address as { host: string; port: number };
    const id = '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e77';
    demo.mews.store.addDevice({ Id: id, Name: 'Bar printer', Type: 'Printer' });
    const saved = await demo.service.saveDevice({
      id,
      name: 'Bar printer',
      driver: 'escpos',
      connection: { type: 'tcp', host: address.host, port: address.port },
      options: { paperWidthDots: 576 },
    });
    expect(saved).toEqual({ ok: true });
    printer.setPaperOut(true);

    const page = await openDemo();
    const cmd = demo.mews.store.addPrinterCommand(id, pdf(), 1);
    const failed = page.locator(`[data-command-id="${cmd.Id}"][data-phase="failed"]`);
    await failed.waitFor({ timeout: 20_000 });
    await expect(failed.getByTestId('command-notes').textContent()).resolves.toMatch(/paper/i);

    await page.getByTestId('tab-devices').click();
    const card = page.locator(`[data-device-id="${id}"]`);
    await expect(card.getByTestId('device-status').textContent()).resolves.toContain('Needs attention');
    await expect(card.getByTestId('device-detail').textContent()).resolves.toMatch(/paper/i);
    await expect(page.getByTestId('overall-status').textContent()).resolves.toContain('Needs attention');

    printer.setPaperOut(false);
    await page.getByTestId('tab-queue').click();
    await page.getByTestId('go-history').click();
    await page.locator(`[data-command-id="${cmd.Id}"]`).getByTestId('retry').click();
    await page.locator(`[data-command-id="${cmd.Id}"][data-phase="done"]`).waitFor({ timeout: 30_000 });
    await waitFor(() => demo.mews.store.commands.get(cmd.Id)?.State === 'Processed', 'Mews to hear Processed after retry');
    expect(printer.jobs.length).toBeGreaterThan(0);
    expect(ui.pageErrors).toEqual([]);
    await page.close();
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/headless/dashboard/index.js';
import { DEMO_DEVICES, type DemoApp } from '../../src/headless/demo.js';
import type { EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { makePdf, sampleReceipt } from '../../src/sim/sample-pdf.js';
import { hasChromium } from '../helpers/chromium.js';
import { waitFor } from '../helpers/wait-for.js';
import { startDemoStack, stopDemoStack, UiHarness } from './ui-harness.js';

/**
 * The language chooser against the real core (demo mode): the choice is saved in the core's `language`
 * setting, switches the open UI at once (no reload), survives a reload, and `auto` follows the browser.
 * At 1024×600 every language's labels (German's are the longest) stay inside their buttons and tabs.
 * `UPDATE_SCREENSHOTS=1` writes the German queue (1024×600) and the Czech devices screen to docs/ for the README.
 */
const ui = new UiHarness();
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-ui-lang-'));
const tmpShots = mkdtempSync(join(tmpdir(), 'mdb-lang-shots-'));
/** Where a screenshot goes: the two the README shows to docs/ with UPDATE_SCREENSHOTS=1, the rest to a temporary folder. */
const shot = (name: string) =>
  join(process.env.UPDATE_SCREENSHOTS && /^screenshot-(queue-de-1024x600|devices-cs)\.png$/.test(name) ? resolve('docs') : tmpShots, name);
let demo: DemoApp;
let printer: EscposPrinterSim;
let dash: Dashboard;

const pdf = () => Buffer.from(makePdf([sampleReceipt()])).toString('base64');

/** Prints `n` receipts on the demo printer and waits until Mews hears each is Processed. */
async function printReceipts(n: number): Promise<void> {
  const ids = Array.from({ length: n }, () => demo.mews.store.addPrinterCommand(DEMO_DEVICES.printer, pdf(), 1).Id);
  await waitFor(() => ids.every((id) => demo.mews.store.commands.get(id)?.State === 'Processed'), `${n} receipts processed`, 30_000);
}

/** Waits until `testId`'s text is `want` (the UI switches language after the core's snapshot or the chooser's change). */
async function shows(page: Page, testId: string, want: string): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).innerText()).toBe(want);
}

async function chooseLanguage(page: Page, value: string): Promise<void> {
  await page.getByTestId('tab-connection').click();
  await page.getByTestId('language-select').selectOption(value);
}

/** Visible buttons, tabs and chips whose text does not fit them (clipped or sticking out) or that leave the viewport. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, .tab, .chip, .badge, select, .btn')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const label = (el.innerText || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 60);
      if (el.scrollWidth > el.clientWidth + 1) bad.push(`${label}: text ${el.scrollWidth}px in ${el.clientWidth}px`);
      if (r.right > window.innerWidth + 0.5) bad.push(`${label}: right edge ${Math.round(r.right)}px > ${window.innerWidth}px`);
    }
    // What must stay on one line: the tabs' names and the header's verdict (lines = distinct tops of the text's boxes).
    for (const el of document.querySelectorAll<HTMLElement>('.tab, .overall')) {
      const range = document.createRange();
      range.selectNodeContents(el.firstChild ?? el);
      const tops = [...range.getClientRects()].map((b) => b.top).filter((t, k, all) => all.findIndex((u) => Math.abs(u - t) < 4) === k);
      if (tops.length > 1) bad.push(`${el.innerText.trim()}: ${tops.length} lines`);
    }
    return bad;
  });
}

describe.runIf(hasChromium)('UI languages (real core, demo mode)', () => {
  beforeAll(async () => {
    [demo, printer] = await startDemoStack(ui, dataDir);
    dash = await ui.serve(demo.service);
    await printReceipts(2);
  }, 120_000);
  afterAll(() => stopDemoStack(ui, demo, printer, dataDir));

  it('switches the open UI to Deutsch, then Čeština, without a reload; the core keeps the choice', async () => {
    const page = await ui.open(dash);
    await expect(page.getByTestId('go-history').innerText()).resolves.toBe('History · 2 finished');
    await page.getByTestId('tab-connection').click();
    const select = page.getByTestId('language-select');
    await expect(select.inputValue()).resolves.toBe('auto');
    await expect(select.locator('option').allInnerTexts()).resolves.toEqual([
      'Automatic (computer’s language)',
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Čeština',
    ]);
    // A marker that survives only as long as the page is not reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await select.selectOption('de');
    await shows(page, 'tab-queue', 'Warteschlange');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.getByLabel('Sprache').inputValue()).resolves.toBe('de');
    await waitFor(async () => (await demo.service.getSettings()).language.setting === 'de', 'the core to keep "de"');
    await expect(demo.service.getSnapshot().then((s) => s.language)).resolves.toEqual({ setting: 'de', resolved: 'de' });

    await page.getByTestId('tab-queue').click();
    await expect(page.locator('#queue-title').innerText()).resolves.toBe('Aufträge');
    await expect(page.getByTestId('go-history').innerText()).resolves.toBe('Verlauf · 2 erledigt');
    await expect(page.getByTestId('history-summary').innerText()).resolves.toContain('2 abgeschlossene Aufträge');
    await expect(page.getByTestId('overall-status').innerText()).resolves.toMatch(/Alles in Ordnung|Bitte prüfen/);
    await page.getByTestId('tab-devices').click();
    await expect(page.locator('#devices-title').innerText()).resolves.toBe('Geräte');
    await expect(page.getByTestId('add-device').innerText()).resolves.toBe('+ Gerät hinzufügen');
    const card = page.locator(`[data-device-id="${DEMO_DEVICES.printer}"]`);
    await expect(card.innerText()).resolves.toContain('Bondrucker (ESC/POS)');
    await expect(card.getByTestId('device-status').innerText()).resolves.toMatch(/Bereit$/);
    await card.click();
    await expect(page.getByTestId('test-device').innerText()).resolves.toBe('Testdruck');

    await chooseLanguage(page, 'cs');
    await shows(page, 'tab-queue', 'Fronta');
    await page.getByTestId('tab-queue').click();
    await expect(page.getByTestId('go-history').innerText()).resolves.toBe('Historie · 2 dokončené');
    await expect(page.getByTestId('history-summary').innerText()).resolves.toContain('2 dokončené příkazy');
    await printReceipts(3); // Czech "other" after "few": 5 commands
    await expect.poll(() => page.getByTestId('history-summary').innerText(), { timeout: 15_000 }).toContain('5 dokončených příkazů');
    await page.getByTestId('tab-devices').click();
    await expect(page.locator('#devices-title').innerText()).resolves.toBe('Zařízení');
    await expect(page.getByTestId('add-device').innerText()).resolves.toBe('+ Přidat zařízení');
    await expect(page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    await page.screenshot({ path: shot('screenshot-devices-cs.png') });
    await waitFor(async () => (await demo.service.getSettings()).language.setting === 'cs', 'the core to keep "cs"');

    // Saved in the core: a reload (or another browser) opens in Czech, whatever the browser's language.
    await page.reload();
    await shows(page, 'tab-queue', 'Fronta');
    await page.close();
  });

  it.each([
    ['de', 'Verbindung'],
    ['fr', 'Connexion'],
    ['es', 'Conexión'],
    ['cs', 'Připojení'],
  ])('at 1024×600 the %s labels stay inside their tabs and buttons', async (lang, connectionTab) => {
    await demo.service.setLanguage(lang as 'de');
    const page = await ui.open(dash, 'queue', { width: 1024, height: 600 });
    await shows(page, 'tab-connection', connectionTab);
    const tabs = await Promise.all(['queue', 'devices', 'connection', 'logs'].map((t) => page.getByTestId(`tab-${t}`).boundingBox()));
    for (const box of tabs) {
      expect(box).not.toBeNull();
      expect(box!.y).toBe(tabs[0]!.y); // one row of tabs
      expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    }
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: shot(`screenshot-queue-${lang}-1024x600.png`) });

    await page.getByTestId('tab-devices').click();
    await page.locator(`[data-device-id="${DEMO_DEVICES.printer}"]`).click();
    await page.getByTestId('save-device').waitFor();
    expect(await overflowing(page)).toEqual([]);
    const actions = await Promise.all(['save-device', 'test-device'].map((id) => page.getByTestId(id).boundingBox()));
    for (const box of actions) expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: shot(`screenshot-device-${lang}-1024x600.png`), fullPage: true });

    await page.getByTestId('tab-connection').click();
    await page.getByTestId('reconnect').waitFor();
    expect(await overflowing(page)).toEqual([]);
    await page.close();
  });

  it('"Automatic" follows the browser’s language, and English is the fallback', async () => {
    await demo.service.setLanguage('auto');
    const czech = await ui.open(dash, 'queue', undefined, 'cs-CZ');
    await shows(czech, 'tab-queue', 'Fronta');
    await czech.close();
    const polish = await ui.open(dash, 'queue', undefined, 'pl-PL');
    await expect(polish.getByTestId('tab-queue').innerText()).resolves.toBe('Queue');
    await expect(polish.locator('html').getAttribute('lang')).resolves.toBe('en');
    await polish.close();
  });
});

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/bridge/api.js';
import type { Dashboard } from '../../src/headless/dashboard/index.js';
import { DEMO_DEVICES, type DemoApp } from '../../src/headless/demo.js';
import type { EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { hasChromium } from '../helpers/chromium.js';
import { waitFor } from '../helpers/wait-for.js';
import { startDemoStack, stopDemoStack, UiHarness } from './ui-harness.js';

/**
 * Text the core makes — a device card's status detail and address, the connection reason, an action's result (the
 * Pause notice, Test print) — shows in the UI's language (German, then Czech), and changes at once when the
 * language changes, without a reload. `/api/status` keeps the core's English words. Screenshots of the device and
 * connection screens at 1024×600 and 1366×768 in German and Czech go to $STATUS_TEXT_SHOTS (default: a temporary
 * folder); long German words must wrap inside the device cards.
 */
const ui = new UiHarness();
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-ui-core-text-'));
const shots = process.env.STATUS_TEXT_SHOTS ?? mkdtempSync(join(tmpdir(), 'mdb-core-text-shots-'));
let demo: DemoApp;
let printer: EscposPrinterSim;
let dash: Dashboard;

async function shows(page: Page, testId: string, want: string | RegExp): Promise<void> {
  const text = () => page.getByTestId(testId).first().innerText();
  if (typeof want === 'string') await expect.poll(text).toBe(want);
  else await expect.poll(text).toMatch(want);
}

const card = (page: Page, id: string) => page.locator(`[data-device-id="${id}"]`);

/** Device cards whose text sticks out of the card (a long word that does not wrap). */
async function cardsOverflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.device-card, .device-card *')]
      .filter((el) => el.getBoundingClientRect().width > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className}: ${el.innerText.slice(0, 60)} (${el.scrollWidth}px in ${el.clientWidth}px)`),
  );
}

async function statusJson(): Promise<Snapshot> {
  const res = await fetch(`${dash.url}/api/status`);
  return (await res.json()) as Snapshot;
}

/** At 1024×600 and 1366×768 no device card's text sticks out of it; a screenshot of each size goes to `shots`. */
async function fitsAtBothSizes(page: Page, language: string): Promise<void> {
  for (const [w, h] of [
    [1024, 600],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    expect(await cardsOverflowing(page)).toEqual([]);
    await page.screenshot({ path: join(shots, `devices-${language}-${w}x${h}.png`), fullPage: true });
  }
}

describe.runIf(hasChromium)('core-made text in the UI language (real core, demo mode, Chromium)', () => {
  beforeAll(async () => {
    [demo, printer] = await startDemoStack(ui, dataDir);
    dash = await ui.serve(demo.service);
    mkdirSync(shots, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    demo?.mews.faults.clear();
    await stopDemoStack(ui, demo, printer, dataDir);
  });

  it('connection reason and the Pause result in German, then Czech without a reload; /api/status stays English', async () => {
    const page = await ui.open(dash, 'connection');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.getByTestId('language-select').selectOption('de');
    await shows(page, 'tab-queue', 'Warteschlange');

    // Mews's API fails while its WebSocket stays up: the connection says why.
    demo.mews.faults.failNext({ status: 503, times: 1_000_000 });
    void demo.service.resync('test');
    await shows(page, 'connection-reason', 'Mews antwortet mit 503 — Dienst nicht verfügbar; neuer Versuch läuft');
    const english = await statusJson();
    expect(english.connection.reason).toBe('Mews answers 503 — service unavailable; retrying');

    await page.getByTestId('pause').click();
    await page.getByTestId('pause-yes').click();
    await shows(page, 'notice', /^Angehalten: Neue Aufträge warten, bis Sie fortsetzen/);
    await page.getByTestId('notice').hover(); // a notice stays while the pointer is on it

    await page.getByTestId('language-select').selectOption('cs');
    await shows(page, 'notice', /^Pozastaveno: nové příkazy čekají, dokud nebudete pokračovat/);
    await shows(page, 'connection-reason', 'Mews odpovídá 503 — služba není dostupná; zkouší se znovu');
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.screenshot({ path: join(shots, 'connection-cs-1024x600.png') });

    demo.mews.faults.clear();
    void demo.service.resync('test');
    await page.getByTestId('pause').click(); // resume (no question asked)
    await waitFor(async () => !(await demo.service.getSnapshot()).connection.paused, 'resumed');
    await waitFor(async () => (await demo.service.getSnapshot()).connection.status === 'online', 'online again');
    await expect(page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    await page.close();
  });

  it('a device card’s status and address and a Test print result in German, then Czech without a reload', async () => {
    await demo.service.setLanguage('de');
    const page = await ui.open(dash, 'devices');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const salto = card(page, DEMO_DEVICES.salto);
    await expect
      .poll(() => salto.getByTestId('device-detail').innerText())
      .toMatch(/^Protokoll und Adresse des Schließsystems kommen mit jedem Schlüsselauftrag$/);
    await expect(salto.innerText()).resolves.toContain('aus dem Mews-Auftrag (ApiUrl)');
    await expect(card(page, DEMO_DEVICES.office).innerText()).resolves.toMatch(/Drucker „ipp:\/\/127\.0\.0\.1:\d+\/ipp\/print“/);

    await card(page, DEMO_DEVICES.printer).click();
    await page.getByTestId('test-device').click();
    await shows(page, 'test-result', 'Testbon auf Front desk printer gedruckt.');
    await expect(page.getByTestId('editor-status').innerText()).resolves.toBe('Bereit');
    await fitsAtBothSizes(page, 'de');

    // The core's language changes (as from another window): the open page follows at once.
    await demo.service.setLanguage('cs');
    await shows(page, 'tab-queue', 'Fronta');
    await expect
      .poll(() => salto.getByTestId('device-detail').innerText())
      .toMatch(/^Protokol a adresa zámkového systému přicházejí s každým příkazem ke klíči$/);
    await expect(salto.innerText()).resolves.toContain('z příkazu Mews (ApiUrl)');
    await shows(page, 'test-result', 'Zkušební účtenka vytištěna na Front desk printer.');
    await fitsAtBothSizes(page, 'cs');
    await expect(page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);

    // /api/status (read by monitoring) keeps the core's English words whatever the language.
    const status = await statusJson();
    const saltoView = status.devices.find((d) => d.id === DEMO_DEVICES.salto)!;
    expect(saltoView.detail).toBe('Lock protocol and address come with each key command');
    expect(saltoView.address).toBe('from the Mews command (ApiUrl)');
    await demo.service.setLanguage('auto');
    await page.close();
  });
});

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageSetting, SystemPrinter } from '../../src/bridge/api.js';
import { parseDevice } from '../../src/config/validate.js';
import { hasChromium } from '../helpers/chromium.js';
import { FakeBridgeApi, makeCommand, sampleDevices } from '../helpers/fake-bridge-api.js';
import { systemPrinter } from '../helpers/system-printer.js';
import { UiHarness } from './ui-harness.js';

/**
 * The layout at front-desk sizes in the long languages (German first): what staff read stays whole and in
 * place. Each check measures the rendered page in Chromium, so a change of words or CSS that breaks it fails.
 */
const ui = new UiHarness();
const SIZES = [
  { width: 1024, height: 600 },
  { width: 1366, height: 768 },
];
const RECEPTION = '10000000-0000-4000-8000-000000000002';
/** A CUPS printer-state-message as long as they come (200 characters, no sentence breaks to wrap at). */
const LONG_DETAIL = `${'media-empty-warning,toner-low-report,marker-supply-low-warning,door-open-error,'.repeat(3)}`.slice(0, 200);

async function openIn(lang: LanguageSetting, api: FakeBridgeApi, size: { width: number; height: number }, tab = 'queue'): Promise<Page> {
  await api.setLanguage(lang);
  const page = await ui.open(await ui.serve(api), tab, size);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
  return page;
}

/** Number of text lines of an element (distinct tops of its text's boxes). */
function lineCount(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = [...range.getClientRects()].filter((b) => b.width > 0).map((b) => b.top);
    return tops.filter((t, k) => tops.findIndex((u) => Math.abs(u - t) < 4) === k).length;
  });
}

/** A CUPS printer as the OS lists it (queue name and printer-info as CUPS makes them from the model). */
function cupsPrinter(name: string, info: string, extra: Partial<SystemPrinter> = {}): SystemPrinter {
  return systemPrinter({
    name,
    info,
    makeAndModel: info,
    supported: {
      media: ['iso_a4_210x297mm', 'na_letter_8.5x11in'],
      mediaDefault: 'iso_a4_210x297mm',
      sides: ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'],
      mediaSources: ['auto', 'main', 'manual', 'tray-1'],
      colorModes: ['auto', 'color', 'monochrome'],
    },
    ...extra,
  });
}

/** A desk with one device of every kind, and the OS printers of a real office. */
function everyKindOfDevice(): FakeBridgeApi {
  const devices = [
    ...sampleDevices(),
    parseDevice({
      id: '10000000-0000-4000-8000-000000000003',
      name: 'Office printer',
      driver: 'system',
      options: { printer: 'HP_LaserJet_Pro_M404dn' },
    }),
    parseDevice({
      id: 'e0000000-0000-4000-8000-000000000002',
      name: 'Saflok encoder',
      driver: 'fias',
      connection: { type: 'tcp-listen', host: '0.0.0.0', port: 8265 },
    }),
    parseDevice({ id: 'e0000000-0000-4000-8000-000000000003', name: 'Key encoder', driver: 'keycutter' }),
  ];
  return new FakeBridgeApi({
    devices,
    ports: { ports: [{ path: '/dev/ttyUSB0', manufacturer: 'FTDI', serialNumber: null }], error: null },
    printers: {
      system: 'cups',
      defaultPrinter: 'HP_LaserJet_Pro_M404dn',
      error: null,
      printers: [
        cupsPrinter('HP_LaserJet_Pro_M404dn', 'HP LaserJet Pro M404dn', { isDefault: true }),
        cupsPrinter('Front_desk', 'Front desk', { state: 'stopped', problem: 'Out of paper' }),
      ],
    },
  });
}

/**
 * Visible selects with an option whose words do not fit the select (the closed select shows the chosen option,
 * cut at its right edge): the text's width in the select's font against the width inside its padding.
 */
function cutSelectOptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const bad: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      if (select.getClientRects().length === 0) continue;
      const cs = getComputedStyle(select);
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      for (const option of select.options) {
        const width = ctx.measureText(option.text).width;
        if (width > room + 0.5) bad.push(`${select.id}: "${option.text}" ${Math.round(width)}px in ${Math.round(room)}px`);
      }
    }
    return bad;
  });
}

describe.runIf(hasChromium)('desk layout at 1024×600 and 1366×768 in German, Czech, French and Spanish', () => {
  beforeAll(() => ui.setup(), 120_000);
  afterAll(() => ui.teardown());

  for (const size of SIZES)
    it(`${size.width}×${size.height}: the header keeps its height when paused while something needs a person (de, cs, fr)`, async () => {
      for (const lang of ['de', 'cs', 'fr'] as const) {
        const api = new FakeBridgeApi({ devices: sampleDevices() });
        const page = await openIn(lang, api, size);
        const header = page.locator('.status-header');
        const calm = (await header.boundingBox())!.height;
        api.connection = { ...api.connection, paused: true };
        api.addCommand(makeCommand({ deviceId: RECEPTION, deviceName: 'Reception printer (Ethernet)', phase: 'failed', canRetry: true }));
        api.emit({ type: 'connection', connection: api.connection });
        await page.locator('[data-testid="overall-status"][data-state="attention"] .connection-paused').waitFor();
        expect((await header.boundingBox())!.height, `${lang}: header height paused vs calm`).toBeLessThanOrEqual(calm + 1);
        expect(await lineCount(page, '.connection-line'), `${lang}: the connection line`).toBe(1);
        // "Paused" is never the part that is cut.
        const paused = (await page.locator('.connection-paused').boundingBox())!;
        const summary = (await page.getByTestId('overall-status').boundingBox())!;
        expect(paused.x + paused.width).toBeLessThanOrEqual(summary.x + summary.width + 0.5);
        await page.close();
      }
    });

  for (const size of SIZES)
    it(`${size.width}×${size.height}: a 200-character printer detail stays out of the badge, wraps under the name and is whole in the tooltip`, async () => {
      const api = new FakeBridgeApi({ devices: sampleDevices() });
      api.health.set(RECEPTION, { health: 'attention', detail: LONG_DETAIL, flags: {} });
      const page = await openIn('de', api, size, 'devices');
      const card = page.locator(`[data-device-id="${RECEPTION}"]`);
      const badge = card.getByTestId('device-status');
      await expect(badge.innerText()).resolves.toMatch(/Bitte prüfen$/);
      const detail = card.getByTestId('device-detail');
      await expect(detail.getAttribute('title')).resolves.toBe(LONG_DETAIL);
      await expect(detail.textContent()).resolves.toBe(LONG_DETAIL);
      const box = async (l: Locator) => (await l.boundingBox())!;
      const [cardBox, badgeBox, nameBox, detailBox] = await Promise.all([
        box(card),
        box(badge),
        box(card.locator('.device-name')),
        box(detail),
      ]);
      const badgeLine = await badge.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(badgeBox.height, 'badge: one line').toBeLessThan(badgeLine * 1.5 + 8);
      expect(badgeBox.width, 'badge: a word, not the detail').toBeLessThan(cardBox.width * 0.5);
      expect(nameBox.width, 'the device name keeps its room').toBeGreaterThan(cardBox.width * 0.3);
      const detailLine = await detail.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect(detailBox.height, 'detail: at most three lines').toBeLessThanOrEqual(detailLine * 3 + 1);
      expect(detailBox.x + detailBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
      // The same detail in the queue's device chip: one line, whole in its tooltip.
      await page.getByTestId('tab-queue').click();
      const chip = page.locator(`[data-testid="device-chip"][data-device-id="${RECEPTION}"] .chip-status`);
      await expect(chip.getAttribute('title')).resolves.toBe(LONG_DETAIL);
      expect(await lineCount(page, `[data-testid="device-chip"][data-device-id="${RECEPTION}"] .chip-status`)).toBe(1);
      await page.close();
    });

  for (const size of SIZES)
    it(`${size.width}×${size.height}: switching tabs (mouse or keyboard) and the skip link leave the page at its top`, async () => {
      const api = new FakeBridgeApi({ devices: sampleDevices() });
      for (let i = 0; i < 12; i++)
        api.commands.push(
          makeCommand({ deviceId: RECEPTION, deviceName: 'Reception printer (Ethernet)', phase: 'failed', canRetry: true }),
        );
      const page = await openIn('de', api, size);
      const atTop = async (what: string) => {
        expect(await page.evaluate(() => window.scrollY), what).toBe(0);
        expect((await page.locator('.status-header').boundingBox())!.y, what).toBe(0);
      };
      for (const tab of ['devices', 'connection', 'logs', 'queue']) {
        await page.getByTestId(`tab-${tab}`).click();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
        await atTop(`click on ${tab}`);
      }
      for (const tab of ['devices', 'queue']) {
        await page.getByTestId(`tab-${tab}`).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
        await atTop(`Enter on ${tab}`);
      }
      await page.reload();
      await page.locator('[data-testid="overall-status"]:not([data-state="starting"])').waitFor();
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await atTop('the skip link');
      await expect(page.evaluate(() => location.hash)).resolves.not.toBe('#main');
      await page.close();
    });
  for (const [size, langs] of [
    [SIZES[0]!, ['de', 'cs', 'fr', 'es']],
    [SIZES[1]!, ['de']],
  ] as const)
    it(`${size.width}×${size.height}: every select shows its options whole in the device editor and on the Connection screen (${langs.join(', ')})`, async () => {
      const cutIn: Record<string, string[]> = {};
      for (const lang of langs) {
        const api = everyKindOfDevice();
        const page = await openIn(lang, api, size, 'devices');
        const cut: string[] = [];
        for (const d of api.settings.devices) {
          await page.locator(`[data-device-id="${d.id}"]`).click();
          await page.getByTestId('save-device').waitFor();
          if (d.driver === 'system') await page.getByTestId('printer-select').locator('option').nth(2).waitFor({ state: 'attached' });
          cut.push(...(await cutSelectOptions(page)).map((c) => `${d.name}: ${c}`));
        }
        await page.getByTestId('add-device').click(); // a new device: serial, with the port picker beside its button
        await page.getByTestId('port-picker').locator('option').nth(1).waitFor({ state: 'attached' });
        cut.push(...(await cutSelectOptions(page)).map((c) => `new device: ${c}`));
        await page.getByTestId('tab-connection').click();
        await page.getByTestId('language-select').waitFor();
        cut.push(...(await cutSelectOptions(page)).map((c) => `connection: ${c}`));
        cutIn[lang] = cut;
        await page.close();
      }
      expect(cutIn).toEqual(Object.fromEntries(langs.map((l) => [l, []])));
    });
  it('without JavaScript the page says what to do, in each of the five languages, on screen at 1024×600', async () => {
    const dash = await ui.serve(new FakeBridgeApi());
    const page = await ui.browser.newPage({ viewport: SIZES[0], javaScriptEnabled: false, locale: 'de-DE' });
    await page.goto(`${dash.url}/#token=${dash.token}`);
    const lines = page.locator('.noscript p');
    await expect(lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')))).resolves.toEqual(['en', 'de', 'fr', 'es', 'cs']);
    await expect(page.locator('.noscript p[lang="de"]').innerText()).resolves.toMatch(/benötigt JavaScript/);
    await expect(page.locator('.noscript p[lang="cs"]').innerText()).resolves.toMatch(/potřebuje JavaScript/);
    const box = (await page.locator('.noscript').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600); // all five lines without scrolling
    expect(await page.locator('.noscript').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid'); // styled: the CSS loads without JS
    await page.close();
  });
});

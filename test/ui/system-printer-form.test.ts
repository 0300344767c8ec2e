import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SystemPrinterList } from '../../src/bridge/api.js';
import { hasChromium } from '../helpers/chromium.js';
import { FakeBridgeApi } from '../helpers/fake-bridge-api.js';
import { systemPrinter } from '../helpers/system-printer.js';
import { UiHarness } from './ui-harness.js';
import { msg } from '../../src/i18n/note.js';
import { renderNote } from '../../src/i18n/render-note.js';

const ui = new UiHarness();

const PRINTERS: SystemPrinterList = {
  system: 'cups',
  defaultPrinter: 'office',
  error: null,
  printers: [
    systemPrinter({
      name: 'office',
      info: 'Office A4',
      isDefault: true,
      supported: {
        media: ['iso_a4_210x297mm', 'na_letter_8.5x11in'],
        mediaDefault: 'iso_a4_210x297mm',
        sides: ['one-sided'],
        mediaSources: ['auto', 'main', 'manual'],
        colorModes: ['monochrome'],
      },
    }),
    systemPrinter({
      name: 'frontdesk',
      info: 'Front desk colour',
      state: 'stopped',
      reasons: ['media-empty-error'],
      problem: 'Out of paper',
      supported: {
        media: ['iso_a4_210x297mm', 'iso_a5_148x210mm'],
        mediaDefault: 'iso_a4_210x297mm',
        sides: ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'],
        mediaSources: ['tray-1', 'tray-2'],
        colorModes: ['color', 'monochrome'],
      },
    }),
  ],
};

const options = (page: Page, testId: string) => page.getByTestId(testId).locator('option').allTextContents();

describe.runIf(hasChromium)('device screen: "Printer on this computer"', () => {
  beforeAll(() => ui.setup(), 120_000);
  afterAll(() => ui.teardown());

  it('lists the OS printers, offers "the printer named in each Mews command", and only the settings the chosen printer supports', async () => {
    const api = new FakeBridgeApi({ printers: PRINTERS });
    const page = await ui.open(await ui.serve(api), 'devices');
    await page.getByTestId('add-device').click();
    await page.getByLabel('Name', { exact: true }).fill('Invoices');
    await page.getByLabel('Mews device Id').fill('30000000-0000-4000-8000-000000000001');
    await page.getByLabel('Type and protocol').selectOption('system');
    await page.getByTestId('system-printer-fields').waitFor();

    // Every printer this computer has, its state, the default, plus the two other choices.
    await expect(options(page, 'printer-select')).resolves.toEqual([
      'The printer named in each Mews command',
      'Office A4 (office) — default · Ready',
      'Front desk colour (frontdesk) · Out of paper',
      'A network printer by its address (ipp://)…',
    ]);
    await page.getByTestId('per-command-hint').waitFor();
    // Nothing chosen: every common choice is offered.
    await expect(options(page, 'sides-select')).resolves.toHaveLength(3);

    await page.getByTestId('printer-select').selectOption('office');
    await expect(options(page, 'media-select')).resolves.toEqual(['As set on the printer', 'A4', 'Letter']);
    await expect(options(page, 'sides-select')).resolves.toEqual(['One-sided']);
    await expect(options(page, 'tray-select')).resolves.toEqual(['Automatic', 'Main tray', 'Manual feed']);
    await expect(options(page, 'color-select')).resolves.toEqual(['As the printer decides', 'Black and white']);
    await page.getByTestId('media-select').selectOption('A4');
    await page.getByTestId('tray-select').selectOption('manual');

    // A printer with duplex and colour offers them; its problem is shown; settings it cannot do are dropped.
    await page.getByTestId('printer-select').selectOption('frontdesk');
    await expect(page.getByTestId('printer-problem').textContent()).resolves.toContain('Out of paper');
    await expect(options(page, 'sides-select')).resolves.toEqual([
      'One-sided',
      'Two-sided, long edge (book)',
      'Two-sided, short edge (flip)',
    ]);
    await expect(options(page, 'media-select')).resolves.toEqual(['As set on the printer', 'A4', 'A5']);
    await expect(options(page, 'tray-select')).resolves.toEqual(['Automatic', 'Tray 1', 'Tray 2']);
    await expect(page.getByTestId('tray-select').inputValue()).resolves.toBe('auto');
    await page.getByTestId('sides-select').selectOption('two-sided-long-edge');
    await page.getByTestId('color-select').selectOption('color');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    expect(api.settings.devices[0]).toMatchObject({
      id: '30000000-0000-4000-8000-000000000001',
      driver: 'system',
      options: { printer: 'frontdesk', media: 'A4', sides: 'two-sided-long-edge', mediaSource: 'auto', printColorMode: 'color' },
    });

    // Back to "the printer named in each Mews command": no printer saved.
    await page.locator('[data-device-id="30000000-0000-4000-8000-000000000001"]').click();
    await expect(page.getByTestId('printer-select').inputValue()).resolves.toBe('frontdesk');
    await page.getByTestId('printer-select').selectOption('');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    expect((api.settings.devices[0]!.options as { printer?: string }).printer).toBeUndefined();
    expect(api.calls.some((c) => c.method === 'listSystemPrinters')).toBe(true);
    expect(ui.pageErrors).toEqual([]);
    await page.close();
  });

  it('says the print system cannot be asked in the UI’s language when the core sends the words as a note', async () => {
    const note = [msg('system.cupsDown')];
    const api = new FakeBridgeApi({
      printers: { system: 'cups', printers: [], defaultPrinter: null, error: renderNote('en', note), errorNote: note },
    });
    const page = await ui.open(await ui.serve(api), 'devices', undefined, 'de-DE'); // "auto": the browser's German
    await page.getByTestId('add-device').click();
    await page.getByLabel('Typ und Protokoll').selectOption('system');
    await expect(page.getByTestId('printer-list-error').textContent()).resolves.toBe(
      'Der Druckdienst dieses Computers (CUPS) läuft nicht oder ist nicht erreichbar. Bitte ihn starten (Linux: „systemctl start cups“; macOS: Systemeinstellungen → Drucker & Scanner), dann erneut aus Mews drucken.',
    );
    await page.close();
  });

  it('takes an ipp:// printer address, and says so when the print system cannot be asked', async () => {
    const api = new FakeBridgeApi({
      printers: { system: 'cups', printers: [], defaultPrinter: null, error: 'The print service of this computer is not running.' },
    });
    const page = await ui.open(await ui.serve(api), 'devices');
    await page.getByTestId('add-device').click();
    await page.getByLabel('Name', { exact: true }).fill('Lobby');
    await page.getByLabel('Mews device Id').fill('30000000-0000-4000-8000-000000000002');
    await page.getByLabel('Type and protocol').selectOption('system');
    await expect(page.getByTestId('printer-list-error').textContent()).resolves.toContain('not running');
    await page.getByTestId('printer-select').selectOption('__address__');
    await page.getByTestId('printer-address').fill('ipp://192.168.1.50/ipp/print');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    expect(api.settings.devices[0]).toMatchObject({ driver: 'system', options: { printer: 'ipp://192.168.1.50/ipp/print' } });
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { parseDevice } from '../../src/config/validate.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { silentLogger } from '../../src/util/logger.js';
import { emptyForm, formFromConfig, formToInput } from '../../renderer/src/device-form.js';
import { hasChromium } from '../helpers/chromium.js';
import { bridgeConfig, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { UiHarness } from './ui-harness.js';

/**
 * The ESC/POS device form shows the schema's `orientation` and `status` options, and saving from it keeps every
 * option it does not show (a printer set to `status: "off"` because it mishandles status requests must stay off).
 */
const ui = new UiHarness();
const ID = '20000000-0000-4000-8000-000000000031';

describe.runIf(hasChromium)('ESC/POS device form against a running bridge', () => {
  let mews: FakeMews;
  let sim: EscposPrinterSim;
  let bridge: BridgeService;
  const dir = tempDir('escpos-form-');
  beforeAll(async () => {
    [mews, sim] = await Promise.all([startMews(), startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } }), ui.setup()]).then(
      ([m, s]) => [m, s] as const,
    );
    mews.store.addDevice({ Id: ID, Name: 'Bar', Type: 'Printer' });
    const port = (sim.address as { port: number }).port;
    const cfg = bridgeConfig(mews, dir.path, [
      {
        id: ID,
        name: 'Bar printer',
        driver: 'escpos',
        connection: { type: 'tcp', host: '127.0.0.1', port },
        options: { status: 'off', orientation: 'landscape', dpi: 180, maxPages: 5, monochrome: 'threshold', threshold: 120 },
      },
    ]);
    bridge = await createBridge({ store: new MemoryStore(cfg), log: silentLogger(), version: 'test', tuning: FAST_TUNING });
  }, 120_000);
  afterAll(async () => {
    await bridge.stop();
    await ui.teardown();
    await sim.close();
    await mews.close();
    dir.cleanup();
  });

  it('shows status and orientation, and a rename keeps status "off" and the options it does not show', async () => {
    const page = await ui.open(await ui.serve(bridge), 'devices');
    await page.locator(`[data-device-id="${ID}"]`).click();
    await expect(page.getByLabel('Printer status (paper, cover)').inputValue()).resolves.toBe('off');
    await expect(page.getByLabel('Wide pages').inputValue()).resolves.toBe('landscape');
    await page.getByLabel('Name', { exact: true }).fill('Bar receipt printer');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    const saved = (await bridge.getSettings()).devices.find((d) => d.id === ID)!;
    expect(saved.name).toBe('Bar receipt printer');
    expect(saved.driver === 'escpos' && saved.options).toMatchObject({
      status: 'off',
      orientation: 'landscape',
      dpi: 180,
      maxPages: 5,
      monochrome: 'threshold',
      threshold: 120,
    });

    // Changing them in the form is saved too.
    await page.locator(`[data-device-id="${ID}"]`).click();
    await page.getByLabel('Printer status (paper, cover)').selectOption('auto');
    await page.getByLabel('Wide pages').selectOption('portrait');
    await page.getByTestId('save-device').click();
    await page.getByTestId('save-ok').waitFor();
    const again = (await bridge.getSettings()).devices.find((d) => d.id === ID)!;
    expect(again.driver === 'escpos' && again.options).toMatchObject({ status: 'auto', orientation: 'portrait', dpi: 180, maxPages: 5 });
    await page.close();
  });
});

describe('ESC/POS form round trip', () => {
  it('formFromConfig → formToInput gives back the same device, every option included', () => {
    const device = parseDevice({
      id: ID,
      name: 'Bar printer',
      driver: 'escpos',
      connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 38400, flowControl: 'rtscts' },
      options: {
        status: 'off',
        orientation: 'portrait',
        paperWidthDots: 384,
        cutter: false,
        paperOutWaitSeconds: 60,
        jobTimeoutSeconds: 90,
      },
    });
    expect(parseDevice(formToInput(formFromConfig(device)))).toEqual(device);
  });

  it('a new ESC/POS printer from the form gets the schema defaults (status auto, orientation auto)', () => {
    const input = formToInput({ ...emptyForm(), id: ID, name: 'New', connType: 'tcp', host: '10.0.0.5', port: '9100' });
    const d = parseDevice(input);
    expect(d.driver === 'escpos' && d.options).toMatchObject({ status: 'auto', orientation: 'auto' });
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoApp } from '../../src/headless/demo.js';
import type { EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { hasChromium } from '../helpers/chromium.js';
import { FakeBridgeApi, makeCommand, sampleDevices } from '../helpers/fake-bridge-api.js';
import { startDemoStack, stopDemoStack, UiHarness } from './ui-harness.js';

/**
 * Regenerates docs/screenshot-*.png: `UPDATE_SCREENSHOTS=1 npx vitest run test/ui/screenshots.test.ts`.
 * Without the variable the pages are still rendered and captured, to a temporary folder.
 */
const ui = new UiHarness();
const outDir = process.env.UPDATE_SCREENSHOTS ? resolve('docs') : mkdtempSync(join(tmpdir(), 'mdb-shots-'));
const dataDir = mkdtempSync(join(tmpdir(), 'mdb-shots-demo-'));
let demo: DemoApp;
let printer: EscposPrinterSim;

function busyDesk(): FakeBridgeApi {
  const api = new FakeBridgeApi({
    devices: sampleDevices(),
    ports: {
      ports: [
        { path: '/dev/ttyUSB0', manufacturer: 'FTDI', serialNumber: null },
        { path: '/dev/ttyS0', manufacturer: null, serialNumber: null },
      ],
      error: null,
    },
  });
  api.settings.mews = { ...api.settings.mews, environment: 'production', clientTokenSet: true, accessTokenSet: true };
  api.settings.startAtLogin = true;
  api.connection = { ...api.connection, environment: 'production', since: ago(95), lastSyncAt: ago(2) };
  api.health.set('10000000-0000-4000-8000-000000000002', { health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
  api.commands.push(
    makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000001',
      deviceName: 'Front desk printer',
      phase: 'done',
      mewsState: 'Processed',
      summary: 'Print · registration card · Novák',
      createdUtc: ago(14),
      creator: 'Tomáš Dvořák',
    }),
    makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000002',
      deviceName: 'Reception printer (Ethernet)',
      phase: 'failed',
      mewsState: 'Error',
      summary: 'Print · invoice 2026-000416',
      notes: 'The printer is out of paper. Refill it and press Retry.',
      canRetry: true,
      canDismiss: true,
      createdUtc: ago(4),
      creator: 'Eva Horáková',
    }),
    makeCommand({
      deviceId: '10000000-0000-4000-8000-000000000001',
      deviceName: 'Front desk printer',
      phase: 'running',
      mewsState: 'Processing',
      progress: 0.62,
      summary: 'Print · invoice 2026-000417 · 2 copies',
      createdUtc: ago(0.3),
    }),
    makeCommand({
      deviceId: 'e0000000-0000-4000-8000-000000000001',
      deviceName: 'Encoder 1',
      deviceType: 'KeyCutter',
      phase: 'queued',
      summary: '2 keys · room 206 · Smith',
      createdUtc: ago(0.1),
      creator: 'Eva Horáková',
    }),
  );
  return api;
}

function ago(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

describe.runIf(hasChromium)('screenshots', () => {
  beforeAll(async () => {
    [demo, printer] = await startDemoStack(ui, dataDir);
  }, 120_000);
  afterAll(() => stopDemoStack(ui, demo, printer, dataDir));

  it('queue', async () => {
    const page = await ui.open(await ui.serve(busyDesk()));
    await page.getByTestId('queue-list').waitFor();
    await page.screenshot({ path: join(outDir, 'screenshot-queue.png'), fullPage: true });
    await page.close();
  });

  it('device configuration, with the receipt a real test print produced', async () => {
    // A real test print through the real core and ESC/POS driver onto the virtual printer…
    const { host, port } = printer.address as { host: string; port: number };
    await expect(
      demo.service.saveDevice({
        id: '20000000-0000-4000-8000-000000000004',
        name: 'Front desk printer',
        driver: 'escpos',
        connection: { type: 'tcp', host, port },
      }),
    ).resolves.toEqual({ ok: true });
    await expect(demo.service.testDevice('20000000-0000-4000-8000-000000000004')).resolves.toMatchObject({ ok: true });
    const paper = printer.renderPng();
    // …shown on the busy desk as the last printed receipt.
    const api = busyDesk();
    api.previews.set('10000000-0000-4000-8000-000000000001', `data:image/png;base64,${Buffer.from(paper).toString('base64')}`);
    const page = await ui.open(await ui.serve(api), 'devices');
    await page.locator('[data-device-id="10000000-0000-4000-8000-000000000001"]').click();
    await page.getByTestId('preview-image').waitFor();
    await page.screenshot({ path: join(outDir, 'screenshot-device.png'), fullPage: true });
    await page.close();
  });

  it('connection', async () => {
    const api = busyDesk();
    const page = await ui.open(await ui.serve(api), 'connection');
    await page.getByTestId('connection-form').waitFor();
    await page.screenshot({ path: join(outDir, 'screenshot-connection.png'), fullPage: true });
    await page.close();
  });
});

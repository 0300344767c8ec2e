import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { MemoryStore } from '../../src/config/settings-store.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { silentLogger } from '../../src/util/logger.js';
import { hasChromium } from '../helpers/chromium.js';
import { bridgeConfig, commandOf, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { makePdf, sampleReceipt } from '../helpers/pdf.js';
import { waitFor } from '../helpers/wait-for.js';
import { UiHarness } from '../ui/ui-harness.js';

/**
 * Retry is offered only where it can help (newcomer F8): a command that can never succeed as Mews sent it (copy count
 * over the driver's limit, not a PDF, too many pages, too large, damaged) fails without Retry, and retrying it through
 * the API is refused; a failure of the device itself (cover open) keeps Retry.
 */
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('which failed commands offer Retry', () => {
  let mews: FakeMews;
  let sim: EscposPrinterSim;
  let bridge: BridgeService;
  let printerId: string;
  const dir = tempDir('not-retryable-');
  const ui = new UiHarness();

  beforeAll(async () => {
    mews = await startMews();
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    printerId = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' }).Id;
    const port = (sim.address as { port: number }).port;
    const cfg = bridgeConfig(mews, dir.path, [
      {
        id: printerId,
        name: 'Desk printer',
        driver: 'escpos',
        connection: { type: 'tcp', host: '127.0.0.1', port },
        options: { maxPages: 1, maxPdfBytes: 64 * 1024 },
      },
    ]);
    bridge = await createBridge({ store: new MemoryStore(cfg), log: silentLogger(), version: 'test', tuning: FAST_TUNING });
    await waitFor(() => mews.socketCount() === 1, 'socket');
  });
  afterAll(async () => {
    await bridge.stop();
    await ui.teardown();
    await sim.close();
    await mews.close();
    dir.cleanup();
  });

  async function failed(fileData: string, copies = 1): Promise<string> {
    const id = mews.store.addRawCommand(printerId, { CopyCount: copies, FileType: 'application/pdf', FileData: fileData }).Id;
    await waitFor(async () => (await commandOf(bridge, id))?.phase === 'failed', `command ${id} to fail`, 30_000);
    return id;
  }

  const receipt = b64(makePdf([sampleReceipt()]));
  const cases: [string, () => string, number, RegExp][] = [
    ['a copy count over the limit', () => receipt, 30, /Cannot print 30 copies; choose between 1 and 20/],
    ['a document that is not a PDF', () => b64('Hello, this is not a PDF at all'), 1, /not a PDF/],
    ['too many pages', () => b64(makePdf([sampleReceipt(), sampleReceipt()])), 1, /2 pages; this printer is set to print at most 1/],
    [
      'too large',
      () => b64(Buffer.concat([makePdf([sampleReceipt()]), Buffer.alloc(80 * 1024, 0x25)])),
      1,
      /more than the .* MB this printer accepts/,
    ],
    ['damaged', () => b64('%PDF-1.4\n1 0 obj << /Type /Catalog >> broken'), 1, /damaged|cannot be printed/],
  ];
  const ids = new Map<string, string>();

  it.each(cases)('%s: failed, no Retry, and a retry is refused', async (name, data, copies, note) => {
    const id = await failed(data(), copies);
    ids.set(name, id);
    const view = (await commandOf(bridge, id))!;
    expect(view.notes).toMatch(note);
    expect(view.canRetry).toBe(false);
    expect(view.canDismiss).toBe(true);
    const r = await bridge.retryCommand(id);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/cannot succeed as Mews sent it/);
    expect((await commandOf(bridge, id))!.phase).toBe('failed');
  });

  it('a device failure (cover open) keeps Retry, and Retry then prints', async () => {
    sim.setCoverOpen(true);
    const id = await failed(receipt);
    expect((await commandOf(bridge, id))!.notes).toMatch(/cover open/);
    expect((await commandOf(bridge, id))!.canRetry).toBe(true);
    sim.setCoverOpen(false);
    expect((await bridge.retryCommand(id)).ok).toBe(true);
    await waitFor(async () => (await commandOf(bridge, id))?.phase === 'done', 'printed after Retry', 30_000);
    ids.set('cover', id);
  });

  it.runIf(hasChromium)('the queue screen shows Retry only on the failure that Retry can fix', async () => {
    await ui.setup();
    sim.setCoverOpen(true);
    const coverId = await failed(receipt);
    const page = await ui.open(await ui.serve(bridge), 'queue');
    await page.locator(`[data-command-id="${coverId}"]`).getByTestId('retry').waitFor();
    for (const [name, id] of ids) {
      if (name === 'cover') continue;
      const row = page.locator(`[data-command-id="${id}"]`);
      await row.waitFor();
      await expect(row.getByTestId('retry').count(), name).resolves.toBe(0);
      await expect(row.getByTestId('dismiss').count(), name).resolves.toBe(1);
    }
    sim.setCoverOpen(false);
    await page.close();
  });
});

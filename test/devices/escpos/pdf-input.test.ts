import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfRaster } from '../../../src/devices/pdf/pdf-raster.js';
import { DeviceError } from '../../../src/devices/driver.js';
import type { EscposDriver } from '../../../src/devices/escpos/index.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../../src/sim/escpos-printer-sim.js';
import { makePdf, sampleReceipt } from '../../helpers/pdf.js';
import { barsPage, inkRuns, makeCtx, makeDriver } from './fixtures.js';

describe('EscposDriver rejects bad documents before printing anything', () => {
  let sim: EscposPrinterSim;
  let driver: EscposDriver;
  beforeAll(async () => {
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    const { host, port } = sim.address as { host: string; port: number };
    driver = makeDriver({ type: 'tcp', host, port }, { maxPdfBytes: 64 * 1024, maxPages: 3 });
    await driver.start();
  });
  afterAll(async () => {
    await driver.stop();
    await sim.close();
  });

  const attempt = async (pdf: Uint8Array) => {
    const ctx = makeCtx();
    const received = sim.device.received;
    const err = await driver.execute({ kind: 'print', pdf, copies: 1, printerName: 'x' }, ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(ctx.sideEffects).toBe(0);
    // Only status queries (3 bytes each) may have reached the printer, never print data.
    expect((sim.device.received - received) % 3).toBe(0);
    expect(sim.jobs.every((j) => j.rows.length === 0)).toBe(true);
    expect(err).toBeInstanceOf(DeviceError);
    return (err as DeviceError).message;
  };

  it('says so when the bytes are not a PDF (e.g. badly decoded base64)', async () => {
    expect(await attempt(new Uint8Array(Buffer.from('JVBERi0xLjQK garbage that is not base64-decoded')))).toBe(
      'The document to print is not a PDF file, so nothing was printed.',
    );
    expect(await attempt(new Uint8Array(0))).toMatch(/empty/);
  });

  it('says a truncated PDF is damaged', async () => {
    const full = makePdf([sampleReceipt()]);
    expect(await attempt(full.subarray(0, Math.floor(full.length / 3)))).toMatch(/^The document is damaged or incomplete/);
  });

  it('refuses a PDF over maxPdfBytes with both sizes in MB', async () => {
    const huge = new Uint8Array(200 * 1024);
    huge.set(Buffer.from('%PDF-1.4\n'));
    expect(await attempt(huge)).toBe('The document is too large to print (0.2 MB; this printer accepts up to 0.1 MB).');
  });

  it('refuses more pages than maxPages', async () => {
    expect(await attempt(makePdf([1, 2, 3, 4].map(barsPage)))).toBe('The document has 4 pages; this printer is set to print at most 3.');
  });

  it('refuses a key job and a silly copy count', async () => {
    const ctx = makeCtx();
    await expect(driver.execute({ kind: 'print', pdf: makePdf([barsPage(1)]), copies: 0, printerName: 'x' }, ctx)).rejects.toThrow(
      /choose between 1 and 20/,
    );
  });

  it("prints a PDF handed over as a Node Buffer, and leaves the caller's Buffer intact", async () => {
    const bytes = makePdf([barsPage(1)]);
    // A pooled Buffer view (as Buffer.from / base64 decoding give) and a standalone one.
    const pooled = Buffer.from(Buffer.from(bytes).toString('base64'), 'base64');
    const standalone = Buffer.alloc(bytes.length);
    standalone.set(bytes);
    for (const pdf of [pooled, standalone]) {
      const before = Buffer.from(pdf);
      const res = await driver.execute({ kind: 'print', pdf, copies: 1, printerName: 'x' }, makeCtx());
      expect(res.notes).toMatch(/Printed 1 page/);
      await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
      expect(inkRuns(sim.jobs.at(-1)!.rows)).toHaveLength(2);
      expect(pdf.buffer.byteLength).toBeGreaterThan(0);
      expect(pdf.equals(before)).toBe(true);
    }
  });
});

describe('PdfRaster input types', () => {
  const opts = { widthDots: 576, monochrome: 'threshold' as const, threshold: 128, maxPages: 5, maxPdfBytes: 1024 * 1024 };

  it('accepts a Buffer, a Uint8Array and a Uint8Array view into a larger buffer alike', async () => {
    const bytes = makePdf([barsPage(1), barsPage(2)]);
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const inputs: Uint8Array[] = [Buffer.from(bytes), new Uint8Array(bytes), padded.subarray(10, 10 + bytes.length)];
    const rendered: string[] = [];
    for (const input of inputs) {
      const raster = await PdfRaster.open(input, opts);
      try {
        expect(raster.pageCount).toBe(2);
        const page = await raster.renderPage(2);
        expect(page.width).toBe(576);
        rendered.push(Buffer.from(page.data).toString('base64'));
      } finally {
        await raster.close();
      }
      expect(input.byteLength).toBe(bytes.length);
    }
    expect(new Set(rendered).size).toBe(1);
  });
});

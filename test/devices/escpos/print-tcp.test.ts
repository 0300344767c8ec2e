import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceError, type DeviceStatus } from '../../../src/devices/driver.js';
import type { EscposDriver } from '../../../src/devices/escpos/index.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../../src/sim/escpos-printer-sim.js';
import { makePdf, RECEIPT_WIDTH_PT } from '../../helpers/pdf.js';
import { waitFor } from '../../helpers/wait-for.js';
import { barsPage, DOTS_PER_PT, inkColumns, inkRuns, makeCtx, makeDriver } from './fixtures.js';

const job = (pdf: Uint8Array, copies = 1) => ({ kind: 'print' as const, pdf, copies, printerName: 'Receipts' });

describe('EscposDriver printing over loopback TCP to the simulator', () => {
  let sim: EscposPrinterSim;
  let driver: EscposDriver;

  beforeEach(async () => {
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    const { host, port } = sim.address as { host: string; port: number };
    driver = makeDriver({ type: 'tcp', host, port });
    await driver.start();
  });
  afterEach(async () => {
    await driver.stop();
    await sim.close();
  });

  it('prints every page of every copy, cuts after each copy, sends blank gaps as feeds', async () => {
    const ctx = makeCtx();
    const res = await driver.execute(job(makePdf([barsPage(1), barsPage(2), barsPage(3)]), 2), ctx);
    expect(res.notes).toMatch(/3 pages × 2 copies/);
    expect(ctx.sideEffects).toBe(1);
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 2);
    const j = sim.jobs.at(-1)!;
    expect(sim.jobs).toHaveLength(1);
    expect(j.cuts).toBe(2);

    // Per copy: 3 pages × (big bar, small bar) = 6 runs of ink.
    const runs = inkRuns(j.rows);
    expect(runs).toHaveLength(12);
    const bigBar = 40 * DOTS_PER_PT;
    const smallBar = 20 * DOTS_PER_PT;
    const gap = 140 * DOTS_PER_PT;
    for (let i = 0; i < 12; i += 2) {
      expect(Math.abs(runs[i]![1] - bigBar)).toBeLessThanOrEqual(2);
      expect(Math.abs(runs[i + 1]![1] - smallBar)).toBeLessThanOrEqual(2);
      expect(Math.abs(runs[i + 1]![0] - (runs[i]![0] + runs[i]![1]) - gap)).toBeLessThanOrEqual(2);
    }
    // The small bar moves right by 20 pt per page: columns come from the PDF geometry.
    for (let page = 0; page < 3; page++) {
      const [y, len] = runs[page * 2 + 1]!;
      const [left, right] = inkColumns(j.rows, y, y + len);
      expect(Math.abs(left - (40 + (page + 1) * 20) * DOTS_PER_PT)).toBeLessThanOrEqual(2);
      expect(Math.abs(right + 1 - (60 + (page + 1) * 20) * DOTS_PER_PT)).toBeLessThanOrEqual(2);
    }
    // Blank gaps travel as ESC J feeds, not as white raster rows.
    // (ESC J takes at most 255 dots, so each gap is two feeds.)
    expect(j.feeds.filter((f) => f === 255)).toHaveLength(6);
    expect(j.feeds.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(6 * (gap - 2));
    expect(j.rasterRows).toBeLessThan(2 * 3 * (bigBar + smallBar) + 12);
    expect(j.bands.every((b) => b.rows <= 255)).toBe(true);
    // Bands are cut to the rightmost ink: the widest bar ends at 140 pt.
    expect(Math.max(...j.bands.map((b) => b.widthBytes))).toBeLessThanOrEqual(Math.ceil((140 * DOTS_PER_PT) / 8) + 1);
    // Both copies are identical.
    const [c1, c2] = [j.rows.slice(0, j.cutRows[0]), j.rows.slice(j.cutRows[0], j.cutRows[1])];
    expect(Buffer.concat(c1).equals(Buffer.concat(c2))).toBe(true);
    expect(ctx.progressValues.at(-1)).toBe(1);

    const preview = PNG.sync.read(Buffer.from(driver.lastPreview()!));
    expect(preview.width).toBe(576);
  });

  it('fails fast, before any print byte, when the printer is out of paper', async () => {
    sim.setPaperOut(true);
    const ctx = makeCtx();
    const err = await driver.execute(job(makePdf([barsPage(1)])), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as DeviceError).message).toMatch(/^Printer "Front desk" is out of paper/);
    expect((err as DeviceError).mayHaveActed).toBe(false);
    expect(ctx.sideEffects).toBe(0);
    expect(sim.jobs.every((j) => j.rows.length === 0)).toBe(true);
    expect(driver.status()).toMatchObject({ health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
  });

  it('names the printer when paper runs out in the middle of a job', async () => {
    sim.setPaperRows(150);
    const ctx = makeCtx();
    const pdf = makePdf([barsPage(1), barsPage(2), barsPage(3), barsPage(4)]);
    const err = await driver.execute(job(pdf), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as DeviceError).message).toMatch(/^Printer "Front desk" is out of paper\. Printing stopped at page [12] of 4/);
    expect((err as DeviceError).mayHaveActed).toBe(true);
    expect(ctx.sideEffects).toBe(1);
    expect(sim.jobs.at(-1)!.cuts).toBe(0);
  });

  it('waits paperOutWaitSeconds for paper to be loaded, reporting it, then prints', async () => {
    await driver.stop();
    const { host, port } = sim.address as { host: string; port: number };
    driver = makeDriver({ type: 'tcp', host, port }, { paperOutWaitSeconds: 10 });
    await driver.start();
    const statuses: DeviceStatus[] = [];
    driver.onStatus((s) => statuses.push(s));
    sim.setPaperOut(true);
    const ctx = makeCtx();
    const running = driver.execute(job(makePdf([barsPage(1)])), ctx);
    await new Promise((r) => setTimeout(r, 600));
    expect(ctx.sideEffects).toBe(0);
    expect(ctx.warnings).toContain('waiting for the printer');
    expect(statuses.some((s) => s.health === 'attention' && /waiting/.test(s.detail ?? ''))).toBe(true);
    sim.setPaperOut(false);
    await running;
    expect(ctx.sideEffects).toBe(1);
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
  });

  it('reports a cover left open and a cutter jam in words', async () => {
    sim.setCoverOpen(true);
    await expect(driver.execute(job(makePdf([barsPage(1)])), makeCtx())).rejects.toThrow('Printer "Front desk" has its cover open');
    sim.setCoverOpen(false);
    sim.setCutterJam(true);
    await expect(driver.execute(job(makePdf([barsPage(1)])), makeCtx())).rejects.toThrow(/paper jam at the cutter/);
    sim.setCutterJam(false);
    sim.setPaperNearEnd(true);
    await driver.execute(job(makePdf([barsPage(1)])), makeCtx());
    expect(driver.status()).toMatchObject({ health: 'online', detail: 'Paper running low' });
  });

  it('prints a self-test receipt with the bridge version and settings', async () => {
    const res = await driver.test({ signal: new AbortController().signal, log: makeCtx().log });
    expect(res).toMatchObject({ ok: true, message: 'Test receipt printed on Front desk.' });
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
    const text = sim.jobs.at(-1)!.text.join('\n');
    expect(text).toContain('Version 9.8.7-test');
    expect(text).toMatch(/Connection +Network 127\.0\.0\.1:\d+/);
    expect(text).toMatch(/Paper width +576 dots at 203 dpi/);
    expect(text).toMatch(/Status +Ready/);
  });

  it('sets the preview to the self-test receipt, as printed', async () => {
    expect(driver.lastPreview()).toBeNull();
    const before = sim.jobs.length; // earlier tests' jobs are already cut: wait for this one's own cut
    const res = await driver.test({ signal: new AbortController().signal, log: makeCtx().log });
    expect(res).toMatchObject({ ok: true, message: 'Test receipt printed on Front desk.' });
    await sim.waitFor((s) => s.jobs[before]?.cuts === 1);
    const preview = PNG.sync.read(Buffer.from(driver.lastPreview()!));
    expect(preview.width).toBe(576);
    // The same paper the printer produced: same height, same dark pixels in every row.
    const rows = sim.jobs[before]!.rows;
    expect(preview.height).toBe(rows.length);
    const dark = (y: number) => {
      let n = 0;
      for (let x = 0; x < preview.width; x++) if (preview.data[(y * preview.width + x) * 4]! < 128) n++;
      return n;
    };
    const inked = (row: Uint8Array) => row.reduce((n, b) => n + popcount(b), 0);
    rows.forEach((row, y) => expect(dark(y)).toBe(inked(row)));
    expect(rows.some((row) => inked(row) > 0)).toBe(true);
  });

  it('reports the printer offline and fails the job when it is switched off', async () => {
    await waitFor(() => driver.status().health === 'online', 'the first status reply');
    await sim.powerOff();
    const err = await driver.execute(job(makePdf([barsPage(1)])), makeCtx()).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^Printer "Front desk" is not connected/);
    expect(driver.status().health).toBe('offline');
    await sim.powerOn();
    await driver.execute(job(makePdf([barsPage(1)])), makeCtx());
    expect(driver.status().health).toBe('online');
  });

  it('keeps the page width in dots whatever the PDF page size', () => {
    expect(Math.round(RECEIPT_WIDTH_PT * DOTS_PER_PT)).toBe(576);
  });
});

function popcount(b: number): number {
  let n = 0;
  for (; b; b &= b - 1) n++;
  return n;
}

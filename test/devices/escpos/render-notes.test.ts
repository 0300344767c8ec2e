import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EscposDriver } from '../../../src/devices/escpos/index.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../../src/sim/escpos-printer-sim.js';
import { textPdf } from '../../helpers/text-pdf.js';
import { makeCtx, makeDriver } from './fixtures.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const job = (pdf: Uint8Array) => ({ kind: 'print' as const, pdf, copies: 1, printerName: 'Receipts' });

/** Height (rows) of the tallest run of consecutive inked rows: the height of one line of text. */
function tallestInkRun(rows: Uint8Array[]): number {
  let best = 0;
  let run = 0;
  for (const r of rows) {
    run = r.some((b) => b !== 0) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

describe('receipt printer: orientation and what did not print, in the note', () => {
  let sim: EscposPrinterSim;
  const drivers: EscposDriver[] = [];
  beforeAll(async () => {
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
  });
  afterAll(async () => {
    for (const d of drivers) await d.stop();
    await sim.close();
  });
  async function driver(options: Parameters<typeof makeDriver>[1] = {}) {
    const { host, port } = sim.address as { host: string; port: number };
    const d = makeDriver({ type: 'tcp', host, port }, options);
    drivers.push(d);
    await d.start();
    return d;
  }

  it('landscape-a4.pdf prints along the paper (turned 90°), so its 12 pt text is readable, and the note says so (case)', async () => {
    const d = await driver();
    const ctx = makeCtx();
    const res = await d.execute(job(fixture('landscape-a4.pdf')), ctx);
    expect(res.notes).toBe('Printed 1 page on Front desk. The document was turned 90° to print along the paper.');
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
    const rows = sim.jobs.at(-1)!.rows;
    // Turned, the A4 page's 297 mm run along the paper: 576 / 595.28 pt → about 815 dot rows.
    expect(rows.length).toBeGreaterThan(780);
    // The text line runs along the paper: its ink spans hundreds of rows, not the ~10 rows of a line
    // scaled across the width (12 pt × 576 / 841.89 ≈ 8 dots).
    expect(tallestInkRun(rows)).toBeGreaterThan(400);
  });

  it('orientation portrait keeps the page across the paper and says the text is too small to read', async () => {
    const d = await driver({ orientation: 'portrait' });
    const res = await d.execute(job(fixture('landscape-a4.pdf')), makeCtx());
    expect(res.notes).toMatch(
      /^Printed 1 page on Front desk\. The document is not receipt-sized: its text printed about 1\.0 mm high on page 1/,
    );
  });

  it('a receipt-sized page is never turned', async () => {
    const d = await driver();
    const res = await d.execute(job(fixture('cjk-cmap.pdf')), makeCtx());
    expect(res.notes).toBe('Printed 1 page on Front desk.');
  });

  it('characters no installed font can draw are named (count and script, not the text) in the note and the log', async () => {
    const d = await driver();
    const ctx = makeCtx();
    const lines = [{ x: 10, y: 30, size: 14, text: 'Guest: Ꮎ Ꮜ Ꮒ' }]; // Cherokee: no font here has it
    const res = await d.execute(job(textPdf({ width: 226.77, height: 60, baseFont: 'Helvetica', lines })), ctx);
    expect(res.notes).toBe(
      'Printed 1 page on Front desk. Not printed: 3 characters (other) on page 1, for which no font is installed or embedded in the document.',
    );
    expect(ctx.warnings).toContain('part of the document did not print');
  });
});

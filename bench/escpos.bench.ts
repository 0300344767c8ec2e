/** PDF → ESC/POS raster: ms per page (ours vs pdftoppm -mono -r 203) and bytes sent vs a plain raster. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trimVertical } from '../src/devices/pdf/bitmap.js';
import { PdfRaster } from '../src/devices/pdf/pdf-raster.js';
import { encodeBitmap, plainRasterBytes } from '../src/devices/escpos/raster-encoder.js';
import { makePdf, sampleInvoice, sampleReceipt } from '../test/helpers/pdf.js';
import { report } from './report.js';

const RUNS = 5;

async function ours(pdf: Uint8Array): Promise<{ msPerPage: number; sent: number; plain: number }> {
  let sent = 0;
  let plain = 0;
  const t0 = performance.now();
  for (let run = 0; run < RUNS; run++) {
    const raster = await PdfRaster.open(pdf, {
      widthDots: 576,
      monochrome: 'threshold',
      threshold: 160,
      maxPages: 50,
      maxPdfBytes: 20 << 20,
    });
    sent = plain = 0;
    for (let n = 1; n <= raster.pageCount; n++) {
      const page = await raster.renderPage(n);
      plain += plainRasterBytes(page);
      for (const seg of encodeBitmap(trimVertical(page))) sent += seg.bytes.length;
    }
    await raster.close();
  }
  return { msPerPage: (performance.now() - t0) / RUNS, sent, plain };
}

function poppler(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const t0 = performance.now();
    for (let run = 0; run < RUNS; run++) execFileSync('pdftoppm', ['-mono', '-r', '203', file, join(dir, `out${run}`)]);
    const ms = (performance.now() - t0) / RUNS;
    if (readdirSync(dir).length < 2) throw new Error('pdftoppm produced nothing');
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function main(): Promise<void> {
  // Warm up pdf.js (module load, fonts) so the first case is not charged for it.
  await ours(makePdf([sampleReceipt()]));
  const cases = { 'receipt-80mm': makePdf([sampleReceipt()]), 'invoice-a4': makePdf([sampleInvoice()]) };
  for (const [name, pdf] of Object.entries(cases)) {
    const r = await ours(pdf);
    report('escpos', `${name}.rasterise+encode`, r.msPerPage, 'ms/page', { widthDots: 576 });
    report('escpos', `${name}.pdftoppm-mono-r203`, poppler(pdf), 'ms/page', { note: 'native poppler, process spawn included' });
    report('escpos', `${name}.bytes-sent`, r.sent, 'bytes');
    report('escpos', `${name}.bytes-plain-raster`, r.plain, 'bytes');
    report('escpos', `${name}.bytes-saved`, 100 * (1 - r.sent / r.plain), '%');
  }
}

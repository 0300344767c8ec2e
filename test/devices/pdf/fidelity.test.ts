import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PdfRaster, type RasterOptions } from '../../../src/devices/pdf/rasterize.js';
import { installedPdfjsDir, type PdfjsResources } from '../../../src/devices/pdf/resources.js';
import { inkMatch, inkOfBitmap, popplerInk, type InkMap } from '../../helpers/reference-render.js';
import { textPdf, trueTypeWidths, type TextLine } from '../../helpers/text-pdf.js';

/**
 * Output checks: what the driver's rasteriser draws is compared dot by dot (1-dot tolerance) with an
 * independent renderer (poppler's pdftoppm). A fallback font, blank boxes or missing text all fail.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const WIDTH = 576;
const OPTS: RasterOptions = { widthDots: WIDTH, monochrome: 'threshold', threshold: 128, maxPages: 5, maxPdfBytes: 10_000_000 };

/** Resources pdf.js accepts (trailing "/") but, on Node, never loads: it warns and falls back. */
const base = `${pathToFileURL(installedPdfjsDir()).href}/`;
const fileUrls: PdfjsResources = { cMapUrl: `${base}cmaps/`, cMapPacked: true, standardFontDataUrl: `${base}standard_fonts/`, wasmUrl: `${base}wasm/` };

async function render(pdf: Uint8Array, resources?: PdfjsResources): Promise<InkMap> {
  const raster = await PdfRaster.open(pdf, { ...OPTS, resources });
  try {
    return inkOfBitmap(await raster.renderPage(1));
  } finally {
    await raster.close();
  }
}

describe('PDF rendering uses pdf.js’s resources from the installed package (checked by output)', () => {
  it('draws Latin, Cyrillic and Greek in a non-embedded Helvetica with the standard font pdf.js ships', async () => {
    // pdf.js draws a non-embedded Helvetica with its LiberationSans-Regular.ttf: the reference is the same
    // text with that very font embedded, rendered by poppler.
    const ttf = readFileSync(join(installedPdfjsDir(), 'standard_fonts', 'LiberationSans-Regular.ttf'));
    const widthOf = trueTypeWidths(ttf);
    const lines: TextLine[] = [
      { x: 10, y: 40, size: 22, text: 'Rag Gty 1R' },
      { x: 10, y: 80, size: 22, text: 'Иван Петров' },
      { x: 10, y: 120, size: 22, text: 'Γιώργος Παπάς' },
    ];
    const page = { width: 226.77, height: 140, lines, widthOf };
    const plain = textPdf({ ...page, baseFont: 'Helvetica' });
    const reference = await popplerInk(textPdf({ ...page, baseFont: 'LiberationSans', embedTrueType: ttf }), WIDTH);
    const lineRows: [number, number][] = [[0, 110], [110, 210], [210, 330]];
    for (const [top, bottom] of lineRows) {
      const m = inkMatch(await render(plain), reference, { top, bottom });
      expect(m.precision, `rows ${top}-${bottom}`).toBeGreaterThan(0.99);
      expect(m.recall, `rows ${top}-${bottom}`).toBeGreaterThan(0.99);
    }
    // The same check catches a font pdf.js silently substituted (resources given as file:// URLs).
    const fallback = await render(plain, fileUrls);
    const worst = Math.min(...lineRows.map(([top, bottom]) => Math.min(...Object.values(inkMatch(fallback, reference, { top, bottom })))));
    expect(worst).toBeLessThan(0.97);
  });

  it('prints a Japanese guest name set with a standard CJK character map and a font that is not embedded (cjk-cmap.pdf)', async () => {
    // Needs an installed CJK font (fonts-droid-fallback, from .ci/setup); poppler finds it through fontconfig.
    const pdf = new Uint8Array(readFileSync(join(FIXTURES, 'cjk-cmap.pdf')));
    const reference = await popplerInk(pdf, WIDTH);
    // The name line: 220 pt from the bottom of a 300 pt page at 16 pt, i.e. rows ~150–215 at 576 dots.
    const nameRows = { top: 140, bottom: 230 };
    expect(Math.min(...Object.values(inkMatch(await render(pdf), reference, nameRows)))).toBeGreaterThan(0.99);
    // Without its character maps pdf.js leaves that line blank: the check sees it.
    expect(inkMatch(await render(pdf, fileUrls), reference, nameRows).recall).toBeLessThan(0.1);
  });
});

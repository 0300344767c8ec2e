import { readFileSync } from 'node:fs';
import { englishNote, renderMessage } from '../../../src/i18n/render-note.js';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PdfRaster, type RasterOptions } from '../../../src/devices/pdf/pdf-raster.js';
import { installedPdfjsDir, type PdfjsResources } from '../../../src/devices/pdf/resources.js';
import { inkMatch, inkOfBitmap, popplerInk, type InkMap } from '../../helpers/reference-render.js';
import { renderReport } from '../../../src/devices/pdf/render-report.js';
import { imagePdf, textPdf, trueTypeWidths, type TextLine } from '../../helpers/text-pdf.js';

/**
 * Output checks: what the driver's rasteriser draws is compared dot by dot (1-dot tolerance) with an
 * independent renderer (poppler's pdftoppm). A fallback font, blank boxes or missing text all fail.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const WIDTH = 576;
const OPTS: RasterOptions = { widthDots: WIDTH, monochrome: 'threshold', threshold: 128, maxPages: 5, maxPdfBytes: 10_000_000 };

/** Resources pdf.js accepts (trailing "/") but, on Node, never loads: it warns and falls back. */
const base = `${pathToFileURL(installedPdfjsDir()).href}/`;
const fileUrls: PdfjsResources = {
  cMapUrl: `${base}cmaps/`,
  cMapPacked: true,
  standardFontDataUrl: `${base}standard_fonts/`,
  wasmUrl: `${base}wasm/`,
};

async function renderWithLosses(pdf: Uint8Array, resources?: PdfjsResources) {
  const raster = await PdfRaster.open(pdf, { ...OPTS, resources });
  try {
    const ink = inkOfBitmap(await raster.renderPage(1));
    return { ink, losses: raster.losses, report: renderReport(raster.layouts, raster.losses) };
  } finally {
    await raster.close();
  }
}

const render = async (pdf: Uint8Array, resources?: PdfjsResources): Promise<InkMap> => (await renderWithLosses(pdf, resources)).ink;

/** The 96 × 64 grey test image (black box and stripe on white) and the same as JPEG 2000 (opj_compress). */
const BOX_PGM = readFileSync(join(FIXTURES, 'box.pgm'));
const BOX_GREY = BOX_PGM.subarray(BOX_PGM.length - 96 * 64);
const BOX_J2K = new Uint8Array(readFileSync(join(FIXTURES, 'box.j2k')));
const PAGE = { width: 226.77, height: 160 };
const BOX: [number, number, number, number] = [20, 10, 180, 120];

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
    const lineRows: [number, number][] = [
      [0, 110],
      [110, 210],
      [210, 330],
    ];
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

  it('decodes a JPEG 2000 image with the wasm decoder pdf.js ships (no fallback, nothing lost)', async () => {
    const pdf = imagePdf(PAGE, BOX, { width: 96, height: 64, colorSpace: '/DeviceGray', filter: '/JPXDecode', data: BOX_J2K });
    const { ink, losses } = await renderWithLosses(pdf);
    const m = inkMatch(ink, await popplerInk(pdf, WIDTH), { tolerance: 2 });
    expect(Math.min(m.precision, m.recall)).toBeGreaterThan(0.97);
    expect(losses.allWarnings.filter((w) => /JpxImage|wasm/i.test(w))).toEqual([]);
    expect(losses.warnings).toEqual([]);
  });

  it('draws an ICC-based (CMYK profile) image like poppler does (pdf.js on Node uses its alternate space)', async () => {
    const profile = new Uint8Array(readFileSync(join(installedPdfjsDir(), 'iccs', 'CGATS001Compat-v2-micro.icc')));
    const cmyk = new Uint8Array(96 * 64 * 4);
    BOX_GREY.forEach((g, i) => (cmyk[i * 4 + 3] = 255 - g));
    const pdf = imagePdf(PAGE, BOX, { width: 96, height: 64, colorSpace: 'ICC', iccProfile: profile, iccComponents: 4, data: cmyk });
    const { ink, losses } = await renderWithLosses(pdf);
    const m = inkMatch(ink, await popplerInk(pdf, WIDTH), { tolerance: 2 });
    expect(Math.min(m.precision, m.recall)).toBeGreaterThan(0.97);
    expect(losses.warnings).toEqual([]);
  });

  it('names an image that cannot be decoded (a damaged JPEG 2000 stream) instead of printing without it silently', async () => {
    const pdf = imagePdf(PAGE, BOX, {
      width: 96,
      height: 64,
      colorSpace: '/DeviceGray',
      filter: '/JPXDecode',
      data: BOX_J2K.subarray(0, 40),
    });
    const { report } = await renderWithLosses(pdf);
    expect(report.note.map((m) => renderMessage('en', m))).toContain('Not printed: an image that could not be decoded on page 1.');
  });

  it('says text may be missing when a character map cannot be loaded (resources unreachable)', async () => {
    const { report } = await renderWithLosses(new Uint8Array(readFileSync(join(FIXTURES, 'cjk-cmap.pdf'))), fileUrls);
    expect(englishNote(report.note)).toMatch(
      /Some text may be missing( on pages? [\d, and]+)?: a font of the document could not be loaded/,
    );
  });
});

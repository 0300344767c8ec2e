import { AbortedError } from '../../util/abort.js';
import type { Message } from '../../i18n/note.js';
import type { Bitmap } from './bitmap.js';
import type { RasterOptions } from './pdf-raster.js';

/** Which pages to render: all of them (printing) or only the last (a thumbnail). */
export type PageSelection = 'all' | 'last';

/** A rendered document: its pages and what the rendering has to say about them. */
export interface RenderedDocument {
  pages: Bitmap[];
  /** Sentences for the command's note as message keys (pages turned, text too small, what did not print) and a short list of losses for the log (renderReport). */
  report: { note: Message[]; lost: string[] };
  /** Every pdf.js warning (for the debug log) and those that meant something did not print. */
  warnings: string[];
  lossWarnings: string[];
}

/**
 * Renders the `which` pages of `pdf` to 1-bit bitmaps `opts.widthDots` wide, in this process. pdf.js
 * and the canvas are imported on the first call. Throws DeviceError for a document that cannot be
 * printed (too large, not a PDF, damaged, too many pages), AbortedError when `signal` aborts.
 */
export async function renderDocument(
  pdf: Uint8Array,
  opts: RasterOptions,
  signal?: AbortSignal,
  which: PageSelection = 'all',
): Promise<RenderedDocument> {
  const [{ PdfRaster }, { renderReport }] = await Promise.all([import('./pdf-raster.js'), import('./render-report.js')]);
  if (signal?.aborted) throw new AbortedError(signal.reason);
  const raster = await PdfRaster.open(pdf, opts);
  try {
    const pages: Bitmap[] = [];
    for (let n = which === 'last' ? raster.pageCount : 1; n <= raster.pageCount; n++) pages.push(await raster.renderPage(n, signal));
    return {
      pages,
      report: renderReport(raster.layouts, raster.losses),
      warnings: raster.losses.allWarnings,
      lossWarnings: raster.losses.warnings.map((w) => w.message),
    };
  } finally {
    await raster.close();
  }
}

import { AbortedError } from '../../util/abort.js';
import type { Bitmap } from './bitmap.js';
import type { RasterOptions } from './rasterize.js';

/** Which pages to render: all of them (printing) or only the last (a thumbnail). */
export type PageSelection = 'all' | 'last';

/**
 * Renders the `which` pages of `pdf` to 1-bit bitmaps `opts.widthDots` wide, in this process. pdf.js
 * and the canvas are imported on the first call. Throws DeviceError for a document that cannot be
 * printed (too large, not a PDF, damaged, too many pages), AbortedError when `signal` aborts.
 */
export async function renderDocument(pdf: Uint8Array, opts: RasterOptions, signal?: AbortSignal, which: PageSelection = 'all'): Promise<Bitmap[]> {
  const { PdfRaster } = await import('./rasterize.js');
  if (signal?.aborted) throw new AbortedError(signal.reason);
  const raster = await PdfRaster.open(pdf, opts);
  try {
    const pages: Bitmap[] = [];
    for (let n = which === 'last' ? raster.pageCount : 1; n <= raster.pageCount; n++) pages.push(await raster.renderPage(n, signal));
    return pages;
  } finally {
    await raster.close();
  }
}

import { AbortedError } from '../../util/abort.js';
import type { Bitmap } from './bitmap.js';
import type { RasterOptions } from './rasterize.js';

/**
 * Renders every page of `pdf` to a 1-bit bitmap `opts.widthDots` wide, in this process. pdf.js and
 * the canvas are imported on the first call. Throws DeviceError for a document that cannot be
 * printed (too large, not a PDF, damaged, too many pages), AbortedError when `signal` aborts.
 */
export async function renderDocument(pdf: Uint8Array, opts: RasterOptions, signal?: AbortSignal): Promise<Bitmap[]> {
  const { PdfRaster } = await import('./rasterize.js');
  if (signal?.aborted) throw new AbortedError(signal.reason);
  const raster = await PdfRaster.open(pdf, opts);
  try {
    const pages: Bitmap[] = [];
    for (let n = 1; n <= raster.pageCount; n++) pages.push(await raster.renderPage(n, signal));
    return pages;
  } finally {
    await raster.close();
  }
}

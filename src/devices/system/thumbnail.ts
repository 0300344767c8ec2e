import { bitmapsToPng } from '../escpos/preview.js';
import { PdfRaster } from '../pdf/rasterize.js';

/** Width of the thumbnail in pixels (a readable A4 page preview in the device screen). */
const THUMB_WIDTH = 400;

/**
 * PNG thumbnail of the last page of a PDF (what the device screen shows after a system print).
 * Rendered after the job has been handed over, so it never delays printing. Null when the PDF
 * cannot be rendered (the print itself does not depend on it).
 */
export async function lastPageThumbnail(pdf: Uint8Array, maxPdfBytes: number): Promise<Uint8Array | null> {
  let raster: PdfRaster | null = null;
  try {
    raster = await PdfRaster.open(pdf, { widthDots: THUMB_WIDTH, monochrome: 'threshold', threshold: 200, maxPages: 100_000, maxPdfBytes });
    const page = await raster.renderPage(raster.pageCount);
    return bitmapsToPng([page]);
  } catch {
    return null;
  } finally {
    await raster?.close().catch(() => undefined);
  }
}

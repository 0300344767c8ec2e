import type { MessageLog } from '../../util/bound-log.js';
import { sharedRasterProcess } from '../pdf/raster-process.js';

/** Width of the thumbnail in pixels (a readable A4 page preview in the device screen). */
const THUMB_WIDTH = 400;

/**
 * PNG thumbnail of the last page of a PDF (what the device screen shows after a system print).
 * Rendered after the job has been handed over, so it never delays printing, and in the renderer
 * process, so pdf.js and the canvas are not kept in the bridge's memory. Null when the PDF cannot
 * be rendered (the print itself does not depend on it). `log` (the job's) hears if the renderer process cannot start.
 */
export async function lastPageThumbnail(pdf: Uint8Array, maxPdfBytes: number, log?: MessageLog): Promise<Uint8Array | null> {
  try {
    const opts = { widthDots: THUMB_WIDTH, monochrome: 'threshold', threshold: 200, maxPages: 100_000, maxPdfBytes } as const;
    const { pages } = await sharedRasterProcess.render(pdf, opts, undefined, 'last', log);
    return (await import('../escpos/preview.js')).bitmapsToPng(pages);
  } catch {
    return null;
  }
}

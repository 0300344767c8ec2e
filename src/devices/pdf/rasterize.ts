import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AbortedError } from '../../util/abort.js';
import { DeviceError } from '../driver.js';
import type { Bitmap } from './bitmap.js';
import { installFontFallback } from './font-fallback.js';
import { checkPdfBytes } from './pdf-header.js';
import { floydSteinberg, threshold, toGrey } from './monochrome.js';
import { pdfjsResources, type PdfjsResources } from './resources.js';

export interface RasterOptions {
  widthDots: number;
  monochrome: 'threshold' | 'dither';
  threshold: number;
  maxPages: number;
  maxPdfBytes: number;
  /** Where pdf.js finds its character maps, fonts and decoders (default: the installed pdfjs-dist). */
  resources?: PdfjsResources;
}

/** About 3.7 m of paper at 203 dpi: anything longer is a mistake, not a receipt. */
const MAX_PAGE_ROWS = 30_000;

/** Character maps, standard fonts and wasm decoders, from the installed pdfjs-dist (see resources.ts). */
const installedResources = pdfjsResources();

/**
 * A plain Uint8Array copy of `bytes`. pdf.js refuses a Node Buffer ("provide binary data as
 * Uint8Array") and transfers (detaches) the buffer it is given; `Buffer#slice` would return a
 * Buffer sharing memory (often Node's shared pool), so copy into a fresh Uint8Array here instead.
 */
function plainCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

/** An opened, validated PDF whose pages are rendered one at a time at the printer's dot width. */
export class PdfRaster {
  private constructor(
    private readonly doc: PDFDocumentProxy,
    private readonly opts: RasterOptions,
  ) {}

  static async open(pdf: Uint8Array, opts: RasterOptions): Promise<PdfRaster> {
    checkPdfBytes(pdf, opts.maxPdfBytes);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = getDocument({ data: plainCopy(pdf), ...(opts.resources ?? installedResources), verbosity: 0, isEvalSupported: false, stopAtErrors: true });
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (err) {
      await task.destroy().catch(() => {});
      throw describeOpenError(err);
    }
    if (doc.numPages > opts.maxPages) {
      const n = doc.numPages;
      await doc.destroy();
      throw new DeviceError(`The document has ${n} pages; this printer is set to print at most ${opts.maxPages}.`);
    }
    return new PdfRaster(doc, opts);
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  /** Renders page `n` (1-based) to a 1-bit bitmap `widthDots` wide. */
  async renderPage(n: number, signal?: AbortSignal): Promise<Bitmap> {
    if (signal?.aborted) throw new AbortedError(signal.reason);
    try {
      const page = await this.doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: this.opts.widthDots / base.width });
      const width = this.opts.widthDots;
      const height = Math.ceil(viewport.height);
      if (height > MAX_PAGE_ROWS)
        throw new DeviceError(`Page ${n} of the document is too long to print on a receipt printer.`);
      const canvas = createCanvas(width, Math.max(1, height));
      const ctx = canvas.getContext('2d');
      installFontFallback(ctx);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      // pdf.js types its parameters for the DOM canvas; @napi-rs/canvas implements the same API.
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
      page.cleanup();
      const grey = toGrey(ctx.getImageData(0, 0, width, height).data, width, height);
      return this.opts.monochrome === 'dither'
        ? floydSteinberg(grey, width, height, this.opts.threshold)
        : threshold(grey, width, height, this.opts.threshold);
    } catch (err) {
      if (err instanceof DeviceError) throw err;
      throw new DeviceError(`Page ${n} of the document is damaged and cannot be printed (${errMessage(err)}).`);
    }
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }
}

function describeOpenError(err: unknown): DeviceError {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException')
    return new DeviceError('The document is password-protected and cannot be printed. Please send it without a password.');
  return new DeviceError(`The document is damaged or incomplete and cannot be printed (${errMessage(err)}). Please send it again.`);
}

const errMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));

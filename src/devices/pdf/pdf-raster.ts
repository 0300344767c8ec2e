import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AbortedError } from '../../util/abort.js';
import { DeviceError, UnrunnableCommandError } from '../driver.js';
import { msg } from '../../i18n/note.js';
import type { Bitmap } from './bitmap.js';
import { installFontFallback } from './font-fallback.js';
import { missingCharacters } from './glyph-check.js';
import { lostContent, withPdfjsWarnings } from './pdfjs-warnings.js';
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
  /**
   * `portrait` (default): page width onto the paper width. `landscape`: every page turned 90°.
   * `auto`: a page wider than tall is turned when its text would otherwise print smaller than
   * {@link READABLE_EM_MM} (receipt printers).
   */
  orientation?: 'auto' | 'portrait' | 'landscape';
  /** Printer resolution (dots per inch), for text sizes in millimetres; default 203. */
  dpi?: number;
}

/** Smallest text size (em height) taken as readable on a receipt: about that of a 4 pt font printed full size. */
export const READABLE_EM_MM = 1.4;

/** How one page went onto the paper. */
export interface PageLayout {
  /** Turned 90° clockwise (the page's top along the paper's right edge). */
  turned: boolean;
  /** Typical text size on the paper (em height, mm), null for a page without text. */
  textEmMm: number | null;
}

/** What of the document did not print, as found while rendering (for the log and the command's note). */
export interface RenderLosses {
  /** Characters no font could draw, per page (1-based). */
  missingCharacters: Map<number, string[]>;
  /** pdf.js warnings meaning an image or text was lost, with the page they came from (0 = while opening). */
  warnings: { page: number; kind: 'image' | 'text'; message: string }[];
  /** Every pdf.js warning (for the log). */
  allWarnings: string[];
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
  /** Layout of each page rendered so far (index = page number − 1). */
  readonly layouts: PageLayout[] = [];
  readonly losses: RenderLosses = { missingCharacters: new Map(), warnings: [], allWarnings: [] };

  private constructor(
    private readonly doc: PDFDocumentProxy,
    private readonly opts: RasterOptions,
    private readonly OPS: { setFont: number; showText: number },
  ) {}

  private warningSink(page: number): (w: string) => void {
    return (w) => {
      this.losses.allWarnings.push(w);
      const kind = lostContent(w);
      if (kind) this.losses.warnings.push({ page, kind, message: w });
    };
  }

  static async open(pdf: Uint8Array, opts: RasterOptions): Promise<PdfRaster> {
    checkPdfBytes(pdf, opts.maxPdfBytes);
    const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const early: string[] = [];
    let doc: PDFDocumentProxy;
    // verbosity 1: pdf.js reports what it could not load or decode (captured, see pdfjs-warnings.ts).
    const task = getDocument({
      data: plainCopy(pdf),
      ...(opts.resources ?? installedResources),
      verbosity: 1,
      isEvalSupported: false,
      stopAtErrors: true,
    });
    try {
      doc = await withPdfjsWarnings(
        (w) => early.push(w),
        () => task.promise,
      );
    } catch (err) {
      await task.destroy().catch(() => {});
      throw describeOpenError(err);
    }
    if (doc.numPages > opts.maxPages) {
      const n = doc.numPages;
      await doc.destroy();
      throw new UnrunnableCommandError(msg('pdf.tooManyPages', { pages: n, max: opts.maxPages }));
    }
    const raster = new PdfRaster(doc, opts, OPS);
    for (const w of early) raster.warningSink(0)(w);
    return raster;
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  /**
   * Renders page `n` (1-based) to a 1-bit bitmap `widthDots` wide, turned as `orientation` says; records
   * its layout in `layouts` and what did not print in `losses`.
   */
  async renderPage(n: number, signal?: AbortSignal): Promise<Bitmap> {
    if (signal?.aborted) throw new AbortedError(signal.reason);
    try {
      return await withPdfjsWarnings(this.warningSink(n), async () => {
        const page = await this.doc.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const em = await this.typicalTextPt(page);
        const turned = this.turns(base.width, base.height, em);
        const width = this.opts.widthDots;
        const scale = width / (turned ? base.height : base.width);
        const viewport = page.getViewport({ scale, rotation: (page.rotate + (turned ? 90 : 0)) % 360 });
        const height = Math.ceil(viewport.height);
        if (height > MAX_PAGE_ROWS) throw new UnrunnableCommandError(msg('pdf.pageTooLong', { page: n }));
        const canvas = createCanvas(width, Math.max(1, height));
        const ctx = canvas.getContext('2d');
        installFontFallback(ctx);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, width, height);
        // pdf.js types its parameters for the DOM canvas; @napi-rs/canvas implements the same API.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: `tsc -p src` (no DOM) rejects the napi Canvas without it
        await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
        const missing = await missingCharacters(page, this.OPS);
        if (missing.length) this.losses.missingCharacters.set(n, missing);
        this.layouts[n - 1] = { turned, textEmMm: em === null ? null : this.mm(em * scale) };
        page.cleanup();
        const grey = toGrey(ctx.getImageData(0, 0, width, height).data, width, height);
        return this.opts.monochrome === 'dither'
          ? floydSteinberg(grey, width, height, this.opts.threshold)
          : threshold(grey, width, height, this.opts.threshold);
      });
    } catch (err) {
      if (err instanceof DeviceError) throw err;
      throw new UnrunnableCommandError(msg('pdf.pageDamaged', { page: n, error: errMessage(err) }));
    }
  }

  private mm(dots: number): number {
    return (dots / (this.opts.dpi ?? 203)) * 25.4;
  }

  /** Whether a page of w × h points (as displayed) with typical text size `em` (pt) is turned 90° on the paper. */
  private turns(w: number, h: number, em: number | null): boolean {
    const o = this.opts.orientation ?? 'portrait';
    if (o !== 'auto') return o === 'landscape';
    if (w <= h) return false;
    return em !== null && this.mm((em * this.opts.widthDots) / w) < READABLE_EM_MM;
  }

  /** The page's typical text size in points (the median over characters), null without text. */
  private async typicalTextPt(page: PDFPageProxy): Promise<number | null> {
    const content = await page.getTextContent();
    const sizes: [size: number, chars: number][] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , c, d] = item.transform as number[];
      sizes.push([Math.hypot(c ?? 0, d ?? 0), item.str.trim().length]);
    }
    if (!sizes.length) return null;
    sizes.sort((a, b) => a[0] - b[0]);
    let half = sizes.reduce((s, x) => s + x[1], 0) / 2;
    for (const [size, chars] of sizes) if ((half -= chars) <= 0) return size;
    return sizes.at(-1)![0];
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }
}

function describeOpenError(err: unknown): DeviceError {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return new UnrunnableCommandError(msg('pdf.passwordProtected'));
  return new UnrunnableCommandError(msg('pdf.damaged', { error: errMessage(err) }));
}

/** pdf.js's own words (English, kept for support as a marked detail at the end of the note), without a final full stop. */
const errMessage = (err: unknown) => (err instanceof Error ? err.message : String(err)).trim().replace(/\.+$/, '');

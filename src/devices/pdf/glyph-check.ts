import { createCanvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fallbackFamilies, type GenericFamily } from './font-fallback.js';

/** A code point in a private-use plane: no installed font draws it, so it shows what "no glyph" looks like. */
const NO_GLYPH = '\u{10FFFD}';
const coverage = new Map<string, boolean>();
const blanks = new Map<GenericFamily, string>();

function drawn(text: string, generic: GenericFamily): string {
  const canvas = createCanvas(48, 48);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 48, 48);
  ctx.fillStyle = '#000';
  ctx.font = `32px ${fallbackFamilies(generic)}, ${generic}`;
  ctx.fillText(text, 4, 38);
  return Buffer.from(ctx.getImageData(0, 0, 48, 48).data).toString('base64');
}

/**
 * True when some installed font draws `char` (it does not come out as the box a missing glyph gives).
 * Text in a font the PDF does not embed is drawn with installed fonts (font-fallback.ts).
 */
export function installedFontsDraw(char: string, generic: GenericFamily): boolean {
  const key = `${generic}\u0000${char}`;
  let has = coverage.get(key);
  if (has === undefined) {
    let blank = blanks.get(generic);
    if (blank === undefined) blanks.set(generic, (blank = drawn(NO_GLYPH, generic)));
    has = drawn(char, generic) !== blank;
    coverage.set(key, has);
  }
  return has;
}

interface GlyphLike {
  unicode?: string;
  fontChar?: string;
  isSpace?: boolean;
  isInFont?: boolean;
}

interface FontLike {
  missingFile?: boolean;
  isType3Font?: boolean;
  fallbackName?: string;
}

/**
 * The characters of page text that do not print: glyphs the page's own (or pdf.js's standard) font lacks,
 * and characters of fonts pdf.js has no file for that no installed font draws either. Read from the
 * page's operator list (after rendering, so it is cached) and the fonts pdf.js loaded for it.
 * `OPS` is pdf.js's operator table.
 */
export async function missingCharacters(page: PDFPageProxy, OPS: { setFont: number; showText: number }): Promise<string[]> {
  const ops = await page.getOperatorList();
  const missing: string[] = [];
  let font: FontLike | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.setFont) {
      const name = args[0] as string;
      font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as FontLike) : null;
    } else if (fn === OPS.showText && font && !font.isType3Font) {
      for (const g of args[0] as (GlyphLike | number | null)[]) {
        if (!g || typeof g !== 'object' || g.isSpace) continue;
        const ch = (font.missingFile ? g.fontChar : g.unicode) ?? '';
        if (!ch.trim()) continue;
        const generic = (
          ['serif', 'sans-serif', 'monospace'].includes(font.fallbackName ?? '') ? font.fallbackName : 'sans-serif'
        ) as GenericFamily;
        const prints = font.missingFile ? installedFontsDraw(ch, generic) : g.isInFont !== false;
        if (!prints) missing.push(ch);
      }
    }
  }
  return missing;
}

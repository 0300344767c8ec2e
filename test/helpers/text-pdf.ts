import { writePdf } from '../../src/sim/sample-pdf.js';

export interface TextLine {
  x: number;
  /** Baseline from the top, in points. */
  y: number;
  size: number;
  /** Any Unicode text of at most 128 distinct non-ASCII characters (BMP only). */
  text: string;
}

export interface TextPdfOptions {
  width: number;
  height: number;
  /** PDF font name, e.g. `Helvetica` (one of the standard 14: not embedded unless `embedTrueType`). */
  baseFont: string;
  /** A TrueType font program to embed (FontFile2) under `baseFont`. */
  embedTrueType?: Uint8Array;
  /** Advance width of a character in 1/1000 em, written as the font's /Widths (codes 32–255). */
  widthOf?: (ch: string) => number;
  lines: TextLine[];
}

/**
 * A one-page PDF whose text uses one simple font: ASCII through WinAnsiEncoding, every other character
 * through an `/Encoding /Differences` entry naming its glyph `uniXXXX` (which pdf.js and poppler both map
 * to Unicode). This is how documents set Cyrillic or Greek in a font they do not embed.
 */
export function textPdf(o: TextPdfOptions): Uint8Array {
  const extra = new Map<string, number>();
  const encode = (text: string) =>
    [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0)!;
        if (cp >= 32 && cp < 127) return ch === '(' || ch === ')' || ch === '\\' ? `\\${ch}` : ch;
        if (cp > 0xffff) throw new Error('BMP only');
        if (!extra.has(ch)) extra.set(ch, 128 + extra.size);
        if (extra.size > 128) throw new Error('at most 128 distinct non-ASCII characters');
        return `\\${extra.get(ch)!.toString(8).padStart(3, '0')}`;
      })
      .join('');
  const content = o.lines.map((l) => `BT /F1 ${l.size} Tf ${l.x} ${o.height - l.y} Td (${encode(l.text)}) Tj ET`).join('\n');
  const differences = [...extra]
    .map(([ch, code]) => `${code} /uni${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
  const codeToChar = new Map<number, string>([...extra].map(([ch, code]) => [code, ch]));
  for (let c = 32; c < 127; c++) codeToChar.set(c, String.fromCharCode(c));
  const widths = o.widthOf
    ? ` /FirstChar 32 /LastChar 255 /Widths [${Array.from({ length: 224 }, (_, i) => {
        const ch = codeToChar.get(32 + i);
        return ch ? Math.round(o.widthOf!(ch)) : 0;
      }).join(' ')}]`
    : '';
  const encoding = `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${differences}] >>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${o.width} ${o.height}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  if (o.embedTrueType) {
    const program = Buffer.from(o.embedTrueType).toString('latin1');
    objects.push(
      `<< /Type /Font /Subtype /TrueType /BaseFont /${o.baseFont} /Encoding ${encoding}${widths} /FontDescriptor 6 0 R >>`,
      `<< /Type /FontDescriptor /FontName /${o.baseFont} /Flags 32 /FontBBox [-1000 -500 2000 1200] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 /FontFile2 7 0 R >>`,
      `<< /Length ${o.embedTrueType.length} /Length1 ${o.embedTrueType.length} >>\nstream\n${program}\nendstream`,
    );
  } else {
    objects.push(`<< /Type /Font /Subtype /Type1 /BaseFont /${o.baseFont} /Encoding ${encoding}${widths} >>`);
  }
  return writePdf(objects);
}

/**
 * Advance widths (1/1000 em) of the characters of a TrueType font, read from its `cmap` (format 4,
 * Unicode BMP), `hmtx`, `hhea` and `head` tables. Characters the font lacks get 0.
 */
export function trueTypeWidths(ttf: Uint8Array): (ch: string) => number {
  const b = Buffer.from(ttf);
  const tables = new Map<string, number>();
  for (let i = 0, n = b.readUInt16BE(4); i < n; i++)
    tables.set(b.toString('latin1', 12 + i * 16, 16 + i * 16), b.readUInt32BE(20 + i * 16));
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`no ${tag} table`);
    return at;
  };
  const unitsPerEm = b.readUInt16BE(table('head') + 18);
  const longMetrics = b.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0, n = b.readUInt16BE(cmap + 2); i < n; i++) {
    const platform = b.readUInt16BE(cmap + 4 + i * 8);
    const encoding = b.readUInt16BE(cmap + 6 + i * 8);
    const at = cmap + b.readUInt32BE(cmap + 8 + i * 8);
    if (platform === 3 && encoding === 1 && b.readUInt16BE(at) === 4) sub = at;
  }
  if (sub < 0) throw new Error('no format-4 Unicode cmap');
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const offsets = deltas + segs * 2;
  const glyphOf = (cp: number) => {
    for (let s = 0; s < segs; s++) {
      if (cp > b.readUInt16BE(ends + s * 2)) continue;
      const start = b.readUInt16BE(starts + s * 2);
      if (cp < start) return 0;
      const delta = b.readInt16BE(deltas + s * 2);
      const ro = b.readUInt16BE(offsets + s * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = b.readUInt16BE(offsets + s * 2 + ro + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  return (ch) => {
    const g = glyphOf(ch.codePointAt(0)!);
    if (g === 0) return 0;
    return (b.readUInt16BE(hmtx + Math.min(g, longMetrics - 1) * 4) * 1000) / unitsPerEm;
  };
}

export interface ImageXObject {
  width: number;
  height: number;
  /** A colour space name (`/DeviceGray`) or `ICC` to use `iccProfile` (ICCBased, N = `iccComponents`). */
  colorSpace: string;
  iccProfile?: Uint8Array;
  iccComponents?: 1 | 3 | 4;
  bitsPerComponent?: number;
  /** `/JPXDecode` etc.; raw samples when absent. */
  filter?: string;
  data: Uint8Array;
}

/** A one-page PDF showing one image, scaled to `box` = [x, y from top, w, h] in points. */
export function imagePdf(page: { width: number; height: number }, box: [number, number, number, number], img: ImageXObject): Uint8Array {
  const [x, y, w, h] = box;
  const content = `q ${w} 0 0 ${h} ${x} ${page.height - y - h} cm /Im1 Do Q`;
  const cs = img.colorSpace === 'ICC' ? '[/ICCBased 6 0 R]' : img.colorSpace;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace ${cs} /BitsPerComponent ${img.bitsPerComponent ?? 8}${img.filter ? ` /Filter ${img.filter}` : ''} /Length ${img.data.length} >>\nstream\n${Buffer.from(img.data).toString('latin1')}\nendstream`,
  ];
  if (img.colorSpace === 'ICC') {
    const p = img.iccProfile!;
    objects.push(`<< /N ${img.iccComponents ?? 3} /Length ${p.length} >>\nstream\n${Buffer.from(p).toString('latin1')}\nendstream`);
  }
  return writePdf(objects);
}

import { PNG } from 'pngjs';
import { Paper } from './paper.js';
import { EscposParser, INCOMPLETE } from './escpos-parser.js';
import type { Bitmap } from '../pdf/bitmap.js';

const GAP = 12;

/** PNG of bitmaps stacked top to bottom, separated by a grey gap: what a receipt will look like. */
export function bitmapsToPng(pages: Bitmap[]): Uint8Array {
  const width = Math.max(8, ...pages.map((p) => p.width));
  const height = Math.max(1, pages.reduce((h, p) => h + p.height, 0) + GAP * Math.max(0, pages.length - 1));
  const png = new PNG({ width, height });
  png.data.fill(255);
  let top = 0;
  pages.forEach((page, i) => {
    if (i > 0) {
      for (let y = top; y < top + GAP; y++) png.data.fill(200, y * width * 4, (y + 1) * width * 4);
      top += GAP;
    }
    for (let y = 0; y < page.height; y++) {
      for (let x = 0; x < page.width; x++) {
        if (page.data[y * page.stride + (x >> 3)]! & (0x80 >> (x & 7))) {
          const o = ((top + y) * width + x) * 4;
          png.data[o] = png.data[o + 1] = png.data[o + 2] = 0;
        }
      }
    }
    top += page.height;
  });
  return new Uint8Array(PNG.sync.write(png));
}

/**
 * PNG of what ESC/POS bytes print (text, raster, feeds), interpreted by the same parser as the
 * virtual printer: used for the self-test receipt, which is sent as text rather than as a bitmap.
 */
export function escposToPng(bytes: Uint8Array, widthDots: number): Uint8Array {
  const width = Math.max(8, Math.ceil(widthDots / 8) * 8);
  const paper = new Paper(width);
  const parser = new EscposParser(paper);
  let rest = bytes;
  while (rest.length > 0) {
    const used = parser.step(rest);
    if (used === INCOMPLETE || used <= 0) break;
    rest = rest.subarray(used);
  }
  const rows = paper.jobs.flatMap((j) => j.rows);
  const stride = width / 8;
  const data = new Uint8Array(stride * rows.length);
  rows.forEach((row, y) => data.set(row.subarray(0, stride), y * stride));
  return bitmapsToPng([{ width, height: rows.length, stride, data }]);
}

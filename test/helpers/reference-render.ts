import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Bitmap } from '../../src/devices/pdf/bitmap.js';

const run = promisify(execFile);

/** A 1-bit image as one boolean per dot (true = ink), row-major. */
export interface InkMap {
  width: number;
  height: number;
  ink: Uint8Array;
}

/** Unpacks a driver bitmap (MSB = leftmost dot). */
export function inkOfBitmap(bmp: Bitmap): InkMap {
  const ink = new Uint8Array(bmp.width * bmp.height);
  for (let y = 0; y < bmp.height; y++)
    for (let x = 0; x < bmp.width; x++) ink[y * bmp.width + x] = (bmp.data[y * bmp.stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
  return { width: bmp.width, height: bmp.height, ink };
}

/**
 * Page `page` (1-based) rendered by poppler's `pdftoppm` (an independent renderer, installed by .ci/setup)
 * `widthDots` wide, thresholded at 50 % grey. Poppler finds substitute fonts through fontconfig.
 */
export async function popplerInk(pdf: Uint8Array, widthDots: number, page = 1): Promise<InkMap> {
  const dir = await mkdtemp(join(tmpdir(), 'poppler-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', [
      '-gray',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      '-scale-to-x',
      String(widthDots),
      '-scale-to-y',
      '-1',
      join(dir, 'in.pdf'),
      join(dir, 'out'),
    ]);
    return parsePgm(await readFile(join(dir, 'out.pgm')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function parsePgm(b: Buffer): InkMap {
  // P5\n<w> <h>\n<max>\n<bytes>
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(b[i]!))) i++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(b[i]!))) s += String.fromCharCode(b[i++]!);
    fields.push(s);
  }
  i++;
  const [magic, w, h] = [fields[0], Number(fields[1]), Number(fields[2])];
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic}`);
  const ink = new Uint8Array(w * h);
  for (let k = 0; k < w * h; k++) ink[k] = b[i + k]! < 128 ? 1 : 0;
  return { width: w, height: h, ink };
}

/** Ink dots in the rows [top, bottom) (whole width). */
export function inkIn(m: InkMap, top = 0, bottom = m.height): number {
  let n = 0;
  for (let y = Math.max(0, top); y < Math.min(bottom, m.height); y++) for (let x = 0; x < m.width; x++) n += m.ink[y * m.width + x]!;
  return n;
}

function covered(m: InkMap, x: number, y: number, r: number): boolean {
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const xx = x + dx;
      const yy = y + dy;
      if (xx >= 0 && yy >= 0 && xx < m.width && yy < m.height && m.ink[yy * m.width + xx]) return true;
    }
  return false;
}

/**
 * How well `a` matches `b` within `tolerance` dots, over rows [top, bottom): the share of a's ink that has
 * b's ink nearby and the share of b's ink that has a's ink nearby (1 = same shapes; a different font,
 * blank boxes or missing text score far lower).
 */
export function inkMatch(
  a: InkMap,
  b: InkMap,
  { top = 0, bottom = Math.min(a.height, b.height), tolerance = 1 } = {},
): { precision: number; recall: number } {
  let aInk = 0;
  let aHit = 0;
  let bInk = 0;
  let bHit = 0;
  const width = Math.min(a.width, b.width);
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < width; x++) {
      if (a.ink[y * a.width + x]) {
        aInk++;
        if (covered(b, x, y, tolerance)) aHit++;
      }
      if (b.ink[y * b.width + x]) {
        bInk++;
        if (covered(a, x, y, tolerance)) bHit++;
      }
    }
  return { precision: aInk ? aHit / aInk : bInk ? 0 : 1, recall: bInk ? bHit / bInk : aInk ? 0 : 1 };
}

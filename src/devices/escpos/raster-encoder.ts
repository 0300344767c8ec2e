import { rowInkBytes, type Bitmap } from '../pdf/bitmap.js';
import { DLE, ESC, GS } from './protocol.js';

export type Segment = { kind: 'raster'; rows: number; bytes: Uint8Array } | { kind: 'feed'; rows: number; bytes: Uint8Array };

export interface RasterEncodeOptions {
  /** Rows per GS v 0 band; some clones read only the low byte of the height, so at most 255. */
  bandRows?: number;
  /** Blank runs at least this tall are sent as paper feed instead of white raster rows. */
  minFeedRows?: number;
}

/** ESC J n, split in steps of at most 255 dots. */
export function feedDots(dots: number): Uint8Array {
  const out: number[] = [];
  for (let left = dots; left > 0; left -= 255) out.push(ESC, 0x4a, Math.min(255, left));
  return Uint8Array.from(out);
}

/**
 * Turns a bitmap into GS v 0 bands and ESC J feeds. Each band is only as wide as its rightmost ink,
 * so short text lines cost fewer bytes; the printer prints bands left-aligned.
 */
export function* encodeBitmap(bmp: Bitmap, opts: RasterEncodeOptions = {}): Generator<Segment> {
  const bandRows = Math.min(255, Math.max(1, opts.bandRows ?? 255));
  const minFeed = Math.max(1, opts.minFeedRows ?? 16);
  const ink = new Uint16Array(bmp.height);
  for (let y = 0; y < bmp.height; y++) ink[y] = rowInkBytes(bmp, y);
  // blankRun[y] = number of consecutive blank rows starting at y.
  const blankRun = new Uint32Array(bmp.height + 1);
  for (let y = bmp.height - 1; y >= 0; y--) blankRun[y] = ink[y] === 0 ? blankRun[y + 1]! + 1 : 0;

  let y = 0;
  while (y < bmp.height) {
    const blank = blankRun[y]!;
    if (blank >= minFeed || (blank > 0 && y + blank === bmp.height)) {
      yield { kind: 'feed', rows: blank, bytes: feedDots(blank) };
      y += blank;
      continue;
    }
    let end = y;
    while (end < bmp.height && end - y < bandRows) {
      const run = blankRun[end]!;
      if (run >= minFeed) break;
      end += run > 0 ? Math.min(run, bandRows - (end - y)) : 1;
    }
    yield { kind: 'raster', rows: end - y, bytes: rasterBand(bmp, ink, y, end) };
    y = end;
  }
}

function rasterBand(bmp: Bitmap, ink: Uint16Array, from: number, to: number): Uint8Array {
  let width = 1;
  for (let y = from; y < to; y++) width = Math.max(width, ink[y]!);
  const rows = to - from;
  const out = new Uint8Array(8 + width * rows);
  out.set([GS, 0x76, 0x30, 0x00, width & 0xff, width >> 8, rows & 0xff, rows >> 8]);
  for (let r = 0; r < rows; r++) {
    const src = (from + r) * bmp.stride;
    out.set(bmp.data.subarray(src, src + width), 8 + r * width);
  }
  neutralizeRealtimeCommands(out, 8);
  return out;
}

/** Second bytes after DLE that make a real-time command: EOT (status), ENQ (request), DC4 (drawer pulse, power-off). */
const REALTIME_AFTER_DLE = new Set([0x04, 0x05, 0x14]);

/**
 * Removes every real-time command byte pattern (DLE EOT / DLE ENQ / DLE DC4) from image data, from
 * `start` on, in place. Printers execute these on reception even inside GS v 0 data
 * (hardware-protocols.md §1.6.5): a status reply nobody asked for, an opened cash drawer, a power-off.
 * GS ( D can switch off only DLE DC4, and not on every printer, so the data itself never contains one:
 * the DLE byte (0x10, a single dot) is cleared, one dot in that image byte. Scanning left to right, a
 * cleared byte (0x00) can neither start nor continue a new pattern. Returns the number of dots cleared.
 */
export function neutralizeRealtimeCommands(bytes: Uint8Array, start = 0): number {
  let cleared = 0;
  for (let i = start; i + 1 < bytes.length; i++) {
    if (bytes[i] === DLE && REALTIME_AFTER_DLE.has(bytes[i + 1]!)) {
      bytes[i] = 0;
      cleared++;
    }
  }
  return cleared;
}

/** The same bitmap as one plain full-width raster (for comparison in benchmarks). */
export function plainRasterBytes(bmp: Bitmap): number {
  const bands = Math.ceil(bmp.height / 255);
  return bands * 8 + bmp.stride * bmp.height;
}

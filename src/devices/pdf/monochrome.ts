import { createBitmap, type Bitmap } from './bitmap.js';

/** Luma of RGBA pixels composited onto white paper (0 = black, 255 = white). */
export function toGrey(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const grey = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < grey.length; i++, p += 4) {
    const a = rgba[p + 3]! / 255;
    const l = 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!;
    grey[i] = Math.round(l * a + 255 * (1 - a));
  }
  return grey;
}

/** Dots darker than `threshold` print. Best for text and lines. */
export function threshold(grey: Uint8Array, width: number, height: number, level: number): Bitmap {
  const bmp = createBitmap(width, height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const out = y * bmp.stride;
    for (let x = 0; x < width; x++) {
      if (grey[row + x]! < level) bmp.data[out + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return bmp;
}

/** Floyd–Steinberg error diffusion around `level`. Best for photos and logos. */
export function floydSteinberg(grey: Uint8Array, width: number, height: number, level = 128): Bitmap {
  const bmp = createBitmap(width, height);
  let cur = new Float32Array(width + 2);
  let next = new Float32Array(width + 2);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const out = y * bmp.stride;
    for (let x = 0; x < width; x++) {
      const v = grey[row + x]! + cur[x + 1]!;
      const black = v < level;
      const err = v - (black ? 0 : 255);
      if (black) bmp.data[out + (x >> 3)]! |= 0x80 >> (x & 7);
      cur[x + 2]! += (err * 7) / 16;
      next[x]! += (err * 3) / 16;
      next[x + 1]! += (err * 5) / 16;
      next[x + 2]! += err / 16;
    }
    [cur, next] = [next, cur];
    next.fill(0);
  }
  return bmp;
}

/** A 1-bit image packed like ESC/POS raster data: rows top to bottom, MSB = leftmost dot, 1 = black. */
export interface Bitmap {
  width: number;
  height: number;
  /** Bytes per row = ceil(width / 8). */
  stride: number;
  data: Uint8Array;
}

export function createBitmap(width: number, height: number): Bitmap {
  const stride = Math.ceil(width / 8);
  return { width, height, stride, data: new Uint8Array(stride * height) };
}

export function rowIsBlank(bmp: Bitmap, y: number): boolean {
  const start = y * bmp.stride;
  for (let i = start; i < start + bmp.stride; i++) if (bmp.data[i] !== 0) return false;
  return true;
}

/** Bytes of the row up to and including its last inked byte (0 for a blank row). */
export function rowInkBytes(bmp: Bitmap, y: number): number {
  const start = y * bmp.stride;
  for (let i = bmp.stride - 1; i >= 0; i--) if (bmp.data[start + i] !== 0) return i + 1;
  return 0;
}

/** Removes blank rows above the first and below the last inked row. */
export function trimVertical(bmp: Bitmap): Bitmap {
  let top = 0;
  while (top < bmp.height && rowIsBlank(bmp, top)) top++;
  if (top === bmp.height) return { ...bmp, height: 0, data: new Uint8Array(0) };
  let bottom = bmp.height - 1;
  while (bottom > top && rowIsBlank(bmp, bottom)) bottom--;
  const height = bottom - top + 1;
  return { ...bmp, height, data: bmp.data.slice(top * bmp.stride, (bottom + 1) * bmp.stride) };
}

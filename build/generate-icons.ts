/**
 * `npm run icons`: renders every app icon from the ONE source image `build/icon.svg`:
 *   build/icon.png            1024×1024 (macOS; electron-builder turns it into .icns)
 *   build/icons/<N>x<N>.png   16 … 512 (Linux AppImage / deb, hicolor sizes)
 *   build/icon.ico            16 … 256, PNG-compressed entries (Windows exe and NSIS installer)
 * The outputs are committed, so packaging needs no rendering step.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export const BUILD_DIR = fileURLToPath(new URL('.', import.meta.url));
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const MAIN_SIZE = 1024;

/** Rasterises the SVG at `size`×`size` (the SVG is re-sized, not the bitmap, so small sizes stay crisp). */
export async function renderPng(svg: string, size: number): Promise<Buffer> {
  const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\s+height="\d+"/, `<svg$1 width="${size}" height="${size}"`);
  const img = await loadImage(Buffer.from(sized));
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(img, 0, 0, size, size);
  return canvas.toBuffer('image/png');
}

/**
 * An ICO file whose images are PNGs (supported since Windows Vista): ICONDIR (6 bytes), one
 * ICONDIRENTRY (16 bytes) per image, then the PNG bytes. A width/height byte of 0 means 256.
 */
export function encodeIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size < 1 || size > 256) throw new Error(`ICO images must be 1…256 px, got ${size}`);
    const e = Buffer.alloc(16);
    e.writeUInt8(size === 256 ? 0 : size, 0); // width
    e.writeUInt8(size === 256 ? 0 : size, 1); // height
    e.writeUInt8(0, 2); // colours in palette (none)
    e.writeUInt8(0, 3); // reserved
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

export async function generateIcons(dir = BUILD_DIR): Promise<string[]> {
  const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
  const written: string[] = [];
  const write = (path: string, data: Buffer) => {
    writeFileSync(path, data);
    written.push(path);
  };
  write(join(dir, 'icon.png'), await renderPng(svg, MAIN_SIZE));
  mkdirSync(join(dir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) write(join(dir, 'icons', `${size}x${size}.png`), await renderPng(svg, size));
  const ico = await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await renderPng(svg, size) })));
  write(join(dir, 'icon.ico'), encodeIco(ico));
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const path of await generateIcons()) process.stdout.write(`${path}\n`);
}

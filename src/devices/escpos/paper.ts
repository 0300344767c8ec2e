import { createRequire } from 'node:module';
import { PNG } from 'pngjs';

type CanvasLib = typeof import('@napi-rs/canvas');
let canvasLib: CanvasLib | null = null;
/** The native canvas (about 35 MB resident) is loaded when text is first drawn, so a bitmap-only preview never loads it. */
function createCanvas(width: number, height: number): import('@napi-rs/canvas').Canvas {
  canvasLib ??= createRequire(import.meta.url)('@napi-rs/canvas') as CanvasLib;
  return canvasLib.createCanvas(width, height);
}

/** Everything a printer received between two ESC @ (one job), as the virtual printer and the preview see it. */
export interface SimJob {
  index: number;
  /** GS v 0 bands as received: their height and width in bytes. */
  bands: { rows: number; widthBytes: number }[];
  rasterRows: number;
  /** Paper feeds in dots, in order: ESC J n as n, ESC d n as n × line spacing. */
  feeds: number[];
  cuts: number;
  /** Text lines printed with LF. */
  text: string[];
  /** Printed paper, one packed row (paperWidth / 8 bytes, MSB = leftmost dot) per dot row. */
  rows: Uint8Array[];
  /** Row indexes at which the paper was cut. */
  cutRows: number[];
}

export interface TextStyle {
  align: 0 | 1 | 2;
  bold: boolean;
  widthMul: number;
  heightMul: number;
}

const CHAR_W = 12;
const CHAR_H = 24;

/** The roll of paper: raster rows, text lines rendered in a 12 × 24 font, feeds and cuts. */
export class Paper {
  readonly jobs: SimJob[] = [];
  private job: SimJob | null = null;

  constructor(readonly widthDots: number) {}

  get stride(): number {
    return this.widthDots / 8;
  }

  get current(): SimJob {
    if (!this.job) {
      this.job = { index: this.jobs.length, bands: [], rasterRows: 0, feeds: [], cuts: 0, text: [], rows: [], cutRows: [] };
      this.jobs.push(this.job);
    }
    return this.job;
  }

  /** ESC @: a new job starts unless nothing was printed since the last one. */
  initialize(): void {
    const j = this.job;
    if (j && (j.rows.length > 0 || j.cuts > 0)) this.job = null;
  }

  raster(widthBytes: number, rows: number, data: Uint8Array): void {
    const j = this.current;
    j.bands.push({ rows, widthBytes });
    j.rasterRows += rows;
    const copy = Math.min(widthBytes, this.stride);
    for (let r = 0; r < rows; r++) {
      const row = new Uint8Array(this.stride);
      row.set(data.subarray(r * widthBytes, r * widthBytes + copy));
      j.rows.push(row);
    }
  }

  feed(dots: number): void {
    const j = this.current;
    j.feeds.push(dots);
    for (let i = 0; i < dots; i++) j.rows.push(new Uint8Array(this.stride));
  }

  cut(): void {
    const j = this.current;
    j.cuts++;
    j.cutRows.push(j.rows.length);
  }

  text(line: string, style: TextStyle, lineHeight: number): void {
    const j = this.current;
    j.text.push(line);
    const h = Math.max(lineHeight, CHAR_H * style.heightMul);
    const canvas = createCanvas(this.widthDots, h);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, this.widthDots, h);
    const textWidth = line.length * CHAR_W * style.widthMul;
    const x = style.align === 1 ? (this.widthDots - textWidth) / 2 : style.align === 2 ? this.widthDots - textWidth : 0;
    ctx.fillStyle = '#000';
    ctx.textBaseline = 'bottom';
    ctx.font = `${style.bold ? 'bold ' : ''}20px "DejaVu Sans Mono", "Liberation Mono", monospace`;
    ctx.save();
    ctx.translate(Math.max(0, x), h - 3 * style.heightMul);
    ctx.scale(style.widthMul, style.heightMul);
    for (let i = 0; i < line.length; i++) ctx.fillText(line[i]!, i * CHAR_W, 0);
    ctx.restore();
    const img = ctx.getImageData(0, 0, this.widthDots, h).data;
    for (let y = 0; y < h; y++) {
      const row = new Uint8Array(this.stride);
      for (let x2 = 0; x2 < this.widthDots; x2++) if (img[(y * this.widthDots + x2) * 4]! < 128) row[x2 >> 3]! |= 0x80 >> (x2 & 7);
      j.rows.push(row);
    }
  }

  /** PNG of one job (default: the last), with cuts drawn as dashed lines. */
  renderPng(jobIndex = this.jobs.length - 1): Uint8Array {
    const job = this.jobs[jobIndex];
    const rows = job?.rows ?? [];
    const cuts = new Set(job?.cutRows ?? []);
    const margin = 8;
    const width = this.widthDots + 2 * margin;
    const height = Math.max(1, rows.length + cuts.size * 6 + 2 * margin);
    const png = new PNG({ width, height });
    png.data.fill(235);
    const put = (x: number, y: number, v: number) => {
      const o = (y * width + x) * 4;
      png.data[o] = png.data[o + 1] = png.data[o + 2] = v;
      png.data[o + 3] = 255;
    };
    let y = margin;
    const cutLine = () => {
      for (let x = 0; x < width; x++) put(x, y + 2, (x >> 3) % 2 ? 235 : 90);
      y += 6;
    };
    rows.forEach((row, i) => {
      if (cuts.has(i)) cutLine();
      for (let x = 0; x < this.widthDots; x++) put(margin + x, y, row[x >> 3]! & (0x80 >> (x & 7)) ? 0 : 255);
      y++;
    });
    if (cuts.has(rows.length)) cutLine();
    return new Uint8Array(PNG.sync.write(png));
  }
}

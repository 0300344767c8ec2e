import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PdfRaster, type RasterOptions } from '../../src/devices/pdf/pdf-raster.js';
import { DeviceError } from '../../src/devices/driver.js';
import { makePdf, sampleInvoice, sampleReceipt } from '../../src/sim/sample-pdf.js';

/**
 * PDF input to the rasteriser: random bytes, truncated PDFs and mutated valid PDFs always end in success or
 * a DeviceError with a clear message — never another exception, never a hang (each input is time-bounded).
 */

const OPTS: RasterOptions = { widthDots: 384, monochrome: 'threshold', threshold: 160, maxPages: 5, maxPdfBytes: 2 * 1024 * 1024 };
const PER_INPUT_MS = 8_000;
const receipt = makePdf([sampleReceipt()]);
const twoPages = makePdf([sampleReceipt(), sampleInvoice()]);

type Outcome =
  { kind: 'ok'; pages: number } | { kind: 'device-error'; message: string } | { kind: 'other'; err: unknown } | { kind: 'hang' };

async function rasterise(pdf: Uint8Array): Promise<Outcome> {
  const work = (async (): Promise<Outcome> => {
    let raster: PdfRaster | null = null;
    try {
      raster = await PdfRaster.open(pdf, OPTS);
      for (let n = 1; n <= raster.pageCount; n++) {
        const bmp = await raster.renderPage(n);
        expect(bmp.width).toBe(OPTS.widthDots);
      }
      return { kind: 'ok', pages: raster.pageCount };
    } catch (err) {
      return err instanceof DeviceError ? { kind: 'device-error', message: err.message } : { kind: 'other', err };
    } finally {
      await raster?.close().catch(() => undefined);
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((r) => (timer = setTimeout(() => r({ kind: 'hang' }), PER_INPUT_MS)));
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

function expectDefined(o: Outcome): void {
  if (o.kind === 'other')
    throw new Error(`rasteriser threw something other than a DeviceError: ${String((o.err as Error)?.stack ?? o.err)}`);
  expect(o.kind).not.toBe('hang');
  if (o.kind === 'device-error') {
    expect(o.message.length).toBeGreaterThan(20);
    expect(o.message).toMatch(/document|page|PDF/i);
  }
}

describe('fuzz: PDF input to the rasteriser', () => {
  it('the sample PDFs render', async () => {
    expect(await rasterise(receipt)).toEqual({ kind: 'ok', pages: 1 });
    expect(await rasterise(twoPages)).toEqual({ kind: 'ok', pages: 2 });
  });

  it('random bytes (with and without a PDF header) fail with a clear DeviceError', async () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.uint8Array({ maxLength: 2048 }).map((b) => Uint8Array.from([...Buffer.from('%PDF-1.7\n'), ...b])),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        const o = await rasterise(bytes);
        expectDefined(o);
        expect(o.kind).toBe('device-error');
      }),
      { seed: 4242, numRuns: 100 },
    );
  });

  it('truncated PDFs: success or a clear DeviceError, never a crash or hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(receipt, twoPages), fc.double({ min: 0, max: 1, noNaN: true }), async (pdf, frac) => {
        expectDefined(await rasterise(pdf.subarray(0, Math.floor(pdf.length * frac))));
      }),
      { seed: 4242, numRuns: 40 },
    );
  });

  it('mutated valid PDFs (flipped bytes, spliced junk, deleted ranges): success or a clear DeviceError', async () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        val: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 12, maxLength: 12 }),
      }),
      fc.record({
        kind: fc.constant('splice' as const),
        at: fc.array(fc.nat(), { minLength: 1, maxLength: 1 }),
        junk: fc.uint8Array({ maxLength: 64 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }) }),
      fc.record({
        kind: fc.constant('token' as const),
        at: fc.array(fc.nat(), { minLength: 1, maxLength: 1 }),
        token: fc.constantFrom(
          'obj',
          'endobj',
          '<<',
          '>>',
          'R',
          '/Length 999999',
          'stream',
          '-1',
          '1e308',
          '/Kids [1 0 R]',
          '/Parent 2 0 R',
          'xref',
          'trailer',
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(receipt, twoPages), mutation, async (pdf, m) => {
        const b = Buffer.from(pdf);
        let out: Buffer;
        const pos = (i: number) => m.at[i]! % b.length;
        switch (m.kind) {
          case 'flip':
            out = Buffer.from(b);
            m.at.forEach((_, i) => (out[pos(i)] = m.val[i]!));
            break;
          case 'splice':
            out = Buffer.concat([b.subarray(0, pos(0)), m.junk, b.subarray(pos(0))]);
            break;
          case 'delete': {
            const [a, z] = [pos(0), pos(1)].sort((x, y) => x - y);
            out = Buffer.concat([b.subarray(0, a), b.subarray(z)]);
            break;
          }
          case 'token':
            out = Buffer.concat([b.subarray(0, pos(0)), Buffer.from(` ${m.token} `), b.subarray(pos(0))]);
            break;
        }
        expectDefined(await rasterise(Uint8Array.from(out)));
      }),
      { seed: 4242, numRuns: 80 },
    );
  });
});

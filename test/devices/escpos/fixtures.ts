import { escposOptionsSchema, type EscposOptions } from '../../../src/config/schema.js';
import type { JobContext } from '../../../src/devices/driver.js';
import { EscposDriver, type EscposDevice, type EscposDriverTuning } from '../../../src/devices/escpos/index.js';
import type { TransportConnection } from '../../../src/transport/index.js';
import { RECEIPT_WIDTH_PT, type PdfPage } from '../../helpers/pdf.js';

export const DOTS_PER_PT = 576 / RECEIPT_WIDTH_PT;

export function makeDriver(
  connection: TransportConnection,
  options: Partial<EscposOptions> = {},
  name = 'Front desk',
  tuning: EscposDriverTuning = {},
): EscposDriver {
  const device: EscposDevice = {
    id: '10000000-0000-4000-8000-000000000001',
    name,
    enabled: true,
    driver: 'escpos',
    connection,
    options: escposOptionsSchema.parse({ monochrome: 'threshold', ...options }),
  };
  return new EscposDriver(device, '9.8.7-test', {
    statusTimeoutMs: 300,
    busyStatusTimeoutMs: 3000,
    pollIntervalMs: 0,
    connectWaitMs: 1500,
    bandRows: 64,
    transport: { initialDelayMs: 50, maxDelayMs: 200 },
    ...tuning,
  });
}

export interface TestCtx extends JobContext {
  sideEffects: number;
  progressValues: number[];
  warnings: string[];
}

export function makeCtx(signal = new AbortController().signal): TestCtx {
  const ctx: TestCtx = {
    jobId: 'job-1',
    signal,
    sideEffects: 0,
    progressValues: [],
    warnings: [],
    progress: (f) => ctx.progressValues.push(f),
    beforeSideEffect: async () => {
      ctx.sideEffects++;
    },
    log: { debug() {}, info() {}, warn: (m) => ctx.warnings.push(m), error() {} },
  };
  return ctx;
}

/**
 * A receipt-width page with two black bars separated by a tall blank gap. Rows and columns of ink
 * are known exactly, so what the printer received can be checked against geometry, not against
 * the driver's own rasteriser.
 */
export function barsPage(label: number): PdfPage {
  return {
    width: RECEIPT_WIDTH_PT,
    height: 300,
    rects: [
      { x: 40, y: 20, w: 100, h: 40 },
      { x: 40 + label * 20, y: 200, w: 20, h: 20 },
    ],
  };
}

/** Runs of inked rows in a job's paper: [firstRow, length][] */
export function inkRuns(rows: Uint8Array[]): [number, number][] {
  const runs: [number, number][] = [];
  rows.forEach((row, y) => {
    const ink = row.some((b) => b !== 0);
    const last = runs.at(-1);
    if (ink && last && last[0] + last[1] === y) last[1]++;
    else if (ink) runs.push([y, 1]);
  });
  return runs;
}

/** Leftmost and rightmost inked dot over rows [from, to). */
export function inkColumns(rows: Uint8Array[], from: number, to: number): [number, number] {
  let min = Infinity;
  let max = -1;
  for (let y = from; y < to; y++) {
    rows[y]!.forEach((b, i) => {
      for (let bit = 0; bit < 8; bit++)
        if (b & (0x80 >> bit)) {
          min = Math.min(min, i * 8 + bit);
          max = Math.max(max, i * 8 + bit);
        }
    });
  }
  return [min, max];
}

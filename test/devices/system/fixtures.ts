import { execFile } from 'node:child_process';
import { systemOptionsSchema, type SystemOptions } from '../../../src/config/schema.js';
import type { JobContext } from '../../../src/devices/driver.js';
import { CupsBackend, SystemPrinterDriver } from '../../../src/devices/system/index.js';
import { makeCtx } from '../escpos/fixtures.js';

export { makeCtx };

/** A system driver that talks to the private CUPS server `env.CUPS_SERVER` (polls fast for tests). */
export function cupsDriver(env: NodeJS.ProcessEnv, options: Partial<SystemOptions> = {}, name = 'Office printer'): SystemPrinterDriver {
  return new SystemPrinterDriver(
    { id: 'dev-system', name, enabled: true, driver: 'system', options: systemOptionsSchema.parse(options) },
    new CupsBackend({ env, busyRetryMs: 60_000 }),
    'test',
    { jobPollMs: 100, statusPollMs: 0, downRetryMs: 100 },
  );
}

export const printJob = (
  pdf: Uint8Array,
  copies = 1,
  printerName = '',
  extra: { printerDriverName?: string; printerPortName?: string } = {},
) => ({
  kind: 'print' as const,
  pdf,
  copies,
  printerName,
  ...extra,
});

/** Runs a poppler tool (pdfinfo, pdftotext) on a file and returns its output. */
export function poppler(tool: 'pdfinfo' | 'pdftotext', file: string): Promise<string> {
  const args = tool === 'pdftotext' ? ['-layout', file, '-'] : [file];
  return new Promise((resolve, reject) =>
    execFile(tool, args, (err, out) => (err ? reject(new Error(err.message, { cause: err })) : resolve(String(out)))),
  );
}

export type Ctx = JobContext & { sideEffects: number };

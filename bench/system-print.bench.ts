/**
 * System printers through a private CUPS (started here, as the tests do): time from a print command to
 * "job accepted by CUPS" through the `system` driver (printer lookup + state + IPP Print-Job) against
 * `lp` on the same file in the same run (ratio; goal ≤ 1.2), and the hand-over time of a 20-page A4 PDF.
 * Needs cupsd, lp and ippeveprinter (.ci/setup installs them); says so and skips otherwise.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemOptionsSchema } from '../src/config/schema.js';
import type { JobContext } from '../src/devices/driver.js';
import { CupsBackend, SystemPrinterDriver } from '../src/devices/system/index.js';
import { startCupsServer, startIppPrinter } from '../test/helpers/cups-stack.js';
import { makePdf, sampleInvoice } from '../test/helpers/pdf.js';
import { percentile, report } from './report.js';

const RUNS = 15;

function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** ms from execute() to the driver's "print job accepted" (the IPP Print-Job answer); the job then runs to completion. */
async function ours(driver: SystemPrinterDriver, pdf: Uint8Array): Promise<number> {
  let accepted = 0;
  const t0 = performance.now();
  const ctx: JobContext = {
    jobId: `bench-${Math.random().toString(16).slice(2)}`,
    signal: new AbortController().signal,
    progress: () => undefined,
    beforeSideEffect: async () => undefined,
    log: {
      debug: () => undefined,
      info: (msg: string) => {
        if (msg === 'print job accepted') accepted = performance.now();
      },
      warn: () => undefined,
      error: () => undefined,
    },
  };
  await driver.execute({ kind: 'print', pdf, copies: 1, printerName: 'office' }, ctx);
  return accepted - t0;
}

function lp(env: NodeJS.ProcessEnv, file: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) =>
    execFile('lp', ['-d', 'office', file], { env }, (err, out) =>
      err || !/request id is/.test(String(out)) ? reject(err ?? new Error(String(out))) : resolve(performance.now() - t0),
    ),
  );
}

export default async function main(): Promise<void> {
  const missing = ['cupsd', 'lp', 'ippeveprinter'].filter((c) => !have(c));
  if (missing.length) {
    report('system-print', 'skipped', 0, 'n/a', { reason: `missing ${missing.join(', ')} (run .ci/setup)` });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-cups-'));
  const printer = await startIppPrinter({ dir, name: 'Bench A4' });
  const cups = await startCupsServer({ dir });
  try {
    await cups.addQueue('office', printer.uri, { defaults: { 'media-default': 'iso_a4_210x297mm' } });
    const driver = new SystemPrinterDriver(
      { id: 'bench', name: 'Office', enabled: true, driver: 'system', options: systemOptionsSchema.parse({}) },
      new CupsBackend({ env: cups.env }),
      'bench',
      { jobPollMs: 20, statusPollMs: 0 },
    );
    const cases = {
      'invoice-1-page': makePdf([sampleInvoice()]),
      'invoice-20-pages': makePdf(Array.from({ length: 20 }, () => sampleInvoice())),
    };
    for (const [name, pdf] of Object.entries(cases)) {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, pdf);
      await ours(driver, pdf); // warm-up (module load, first connection)
      await lp(cups.env, file);
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // Alternate so both see the same load.
        a.push(await ours(driver, pdf));
        b.push(await lp(cups.env, file));
      }
      a.sort((x, y) => x - y);
      b.sort((x, y) => x - y);
      const [oursMed, lpMed] = [percentile(a, 50), percentile(b, 50)];
      report('system-print', `${name}: command → job accepted by CUPS (median)`, oursMed, 'ms', {
        p90: percentile(a, 90),
        bytes: pdf.length,
        runs: RUNS,
      });
      report('system-print', `${name}: lp → job accepted (median)`, lpMed, 'ms', { p90: percentile(b, 90) });
      report('system-print', `${name}: ours / lp`, oursMed / lpMed, 'ratio', { goal: '<= 1.2' });
    }
  } finally {
    await cups.stop();
    await printer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

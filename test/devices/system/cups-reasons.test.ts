import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import { makePdf, sampleInvoice } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/core-harness.js';
import { paperOutBackend, startCupsServer, type CupsServerSim } from '../../helpers/cups-stack.js';
import { waitFor } from '../../helpers/wait-for.js';
import { cupsDriver, makeCtx, printJob } from './fixtures.js';

/**
 * printer-state-reasons as a real CUPS reports them: a backend says `STATE: +media-empty-error` while
 * it cannot print (as CUPS's own ipp/usb backends do for a printer out of paper), and the queue's
 * printer-state-reasons carry it to the driver, which turns it into a note staff can act on.
 */
describe('printer-state-reasons from a CUPS backend (out of paper)', () => {
  const tmp = tempDir('cups-reasons-');
  let cups: CupsServerSim;
  const paperOut = join(tmp.path, 'paper-out');
  // The backend runs as user lp: it records the print in a folder lp may write to.
  const outDir = join(tmp.path, 'out');
  const printed = join(outDir, 'printed');
  const invoice = makePdf([sampleInvoice()]);

  beforeAll(async () => {
    mkdirSync(outDir, { mode: 0o777 });
    chmodSync(outDir, 0o777);
    // While the paper-out file exists the "printer" reports media-empty-error and waits (at most 30 s).
    const backend = paperOutBackend(paperOut, printed);
    cups = await startCupsServer({ dir: tmp.path, backends: { paperout: backend } });
    await cups.addQueue('office', 'paperout://x', { model: 'raw' });
  }, 60_000);
  afterAll(async () => {
    rmSync(paperOut, { force: true });
    await cups?.stop();
    tmp.cleanup();
  });

  it('out of paper: the job waits with "Refill the paper tray", and prints once paper is back', async () => {
    writeFileSync(paperOut, '');
    rmSync(printed, { force: true });
    const driver = cupsDriver(cups.env, { printer: 'office', attentionWaitSeconds: 60 });
    const run = driver.execute(printJob(invoice, 1), makeCtx());
    await waitFor(() => driver.status().health === 'attention', 'the out-of-paper note', 20_000);
    expect(driver.status().detail).toBe(
      'The printer "office" is out of paper. Refill the paper tray. The document will print when the printer is ready.',
    );
    rmSync(paperOut, { force: true });
    await expect(run).resolves.toMatchObject({ notes: 'Printed on "office".' });
    await waitFor(() => existsSync(printed), 'the backend to print');
  });

  it('out of paper past the wait: fails with the plain note and the job is taken off the queue', async () => {
    writeFileSync(paperOut, '');
    try {
      const err = await cupsDriver(cups.env, { printer: 'office', attentionWaitSeconds: 1 })
        .execute(printJob(invoice, 1), makeCtx())
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeviceError);
      expect((err as Error).message).toMatch(
        /^The printer "office" is out of paper\. Refill the paper tray\. The document was taken off the print queue after waiting 1 s/,
      );
      expect(await cups.client('lpstat', ['-o', 'office'])).toBe('');
    } finally {
      rmSync(paperOut, { force: true });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../src/devices/driver.js';
import { renderNote } from '../../src/i18n/render-note.js';
import { listCupsPrinters } from '../../src/devices/system/cups-printers.js';
import { startIppPrinterSim, type IppPrinterSim } from '../../src/sim/ipp-printer-sim.js';
import { makePdf, sampleInvoice } from '../helpers/pdf.js';
import { waitFor } from '../helpers/wait-for.js';
import { cupsDriver, makeCtx, printJob } from '../devices/system/fixtures.js';

/** The demo's simulated A4 office printer, driven by the real system driver over IPP on loopback. */
describe('simulated IPP Everywhere printer (demo A4 office printer)', () => {
  let sim: IppPrinterSim;
  const env = { CUPS_SERVER: '127.0.0.1:1' }; // no CUPS: the direct ipp:// path needs none
  const invoice = makePdf([sampleInvoice()]);
  beforeAll(async () => {
    sim = await startIppPrinterSim({ jobMs: 50 });
  });
  afterAll(() => sim.close());

  it('prints a PDF with copies, paper size and duplex as IPP attributes; the document arrives byte for byte', async () => {
    const res = await cupsDriver(env, { printer: sim.uri, media: 'A4', sides: 'two-sided-long-edge' }).execute(
      printJob(invoice, 2),
      makeCtx(),
    );
    expect(res.notes).toContain(`Printed on "Office printer (A4)" (${sim.uri}) × 2 copies.`);
    // The printer's name in each language's quotation marks, as every other note writes names.
    expect(renderNote('de', res.note!)).toContain(`Auf „Office printer (A4)“ (${sim.uri}) gedruckt × 2 Exemplare.`);
    expect(renderNote('fr', res.note!)).toContain(`Imprimé sur « Office printer (A4) » (${sim.uri}) × 2 exemplaires.`);
    expect(renderNote('cs', res.note!)).toContain(`Vytištěno na tiskárně „Office printer (A4)“ (${sim.uri}) × 2 kopie.`);
    const job = sim.jobs.at(-1)!;
    expect(job.state).toBe('completed');
    expect(Buffer.compare(job.document, Buffer.from(invoice))).toBe(0);
    expect(job.attributes).toMatchObject({
      copies: 2,
      media: 'iso_a4_210x297mm',
      sides: 'two-sided-long-edge',
      'multiple-document-handling': 'separate-documents-collated-copies',
    });
  });

  it('out of paper: the job waits with a note for staff, and prints when paper is back', async () => {
    sim.setReasons(['media-empty-error']);
    const driver = cupsDriver(env, { printer: sim.uri, attentionWaitSeconds: 30 });
    const run = driver.execute(printJob(invoice, 1), makeCtx());
    await waitFor(() => driver.status().health === 'attention', 'the out-of-paper note');
    expect(driver.status().detail).toBe(
      `The printer "Office printer (A4)" is out of paper. Refill the paper tray. The document will print when the printer is ready.`,
    );
    sim.setReasons([]);
    await expect(run).resolves.toMatchObject({ notes: expect.stringContaining('Printed on') });
  });

  it('out of paper past the wait: the command fails with the note and the job is cancelled', async () => {
    sim.setReasons(['media-empty-error']);
    try {
      const err = await cupsDriver(env, { printer: sim.uri, attentionWaitSeconds: 0 })
        .execute(printJob(invoice, 1), makeCtx())
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeviceError);
      expect((err as Error).message).toMatch(/is out of paper\. Refill the paper tray\. The document was taken off the print queue/);
      expect(sim.jobs.at(-1)!.state).toBe('canceled');
    } finally {
      sim.setReasons([]);
    }
  });

  it('an unreachable CUPS server gives a clear list error', async () => {
    const list = await listCupsPrinters(env);
    expect(list.error).toMatch(/CUPS at 127\.0\.0\.1:1\) is not running or cannot be reached/);
  });
});

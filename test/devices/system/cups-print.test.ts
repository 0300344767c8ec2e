import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import { makePdf, sampleInvoice } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/core-harness.js';
import { startCupsServer, startIppPrinter, type CupsServerSim, type IppPrinterSim } from '../../helpers/cups-stack.js';
import { waitFor } from '../../helpers/wait-for.js';
import { listCupsPrinters } from '../../../src/devices/system/cups-printers.js';
import { cupsDriver, makeCtx, poppler, printJob } from './fixtures.js';

/**
 * The system driver against real CUPS parts: a private cupsd with a driverless queue to an
 * ippeveprinter that keeps each job's document and attributes (see test/helpers/cups-stack.ts).
 */
describe('system printer driver → private CUPS → IPP Everywhere printer', () => {
  const tmp = tempDir('cups-print-');
  let printer: IppPrinterSim;
  let cups: CupsServerSim;
  const invoice3 = makePdf([sampleInvoice(), sampleInvoice(), sampleInvoice()]);

  beforeAll(async () => {
    printer = await startIppPrinter({ dir: tmp.path, name: 'Office A4', duplex: true });
    cups = await startCupsServer({ dir: tmp.path });
    // An office printer in Europe: A4 paper loaded (the queue's default media).
    await cups.addQueue('office', printer.uri, {
      info: 'Office A4 printer',
      makeDefault: true,
      defaults: { 'media-default': 'iso_a4_210x297mm' },
    });
  }, 60_000);
  afterAll(async () => {
    void printer?.hold(false);
    await cups?.stop();
    await printer?.stop();
    tmp.cleanup();
  });

  const jobsAfter = async (before: number) => (await printer.waitForJobs(before + 1)).slice(before);

  it('prints a 3-page A4 PDF with CopyCount 2 on a queue named in options.printer: same pages, 2 collated copies as attributes, Processed only once completed', async () => {
    const driver = cupsDriver(cups.env, { printer: 'office' });
    const before = printer.jobs().length;
    await printer.hold(true);
    const ctx = makeCtx();
    let settled = false;
    const run = driver.execute(printJob(invoice3, 2, 'ignored when options.printer is set'), ctx).finally(() => (settled = true));
    const [job] = await jobsAfter(before);
    // At the printer, still printing: the command is not done yet.
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    void printer.hold(false);
    const res = await run;
    expect(res.notes).toMatch(/Printed on "office" × 2 copies/);
    expect(ctx.sideEffects).toBe(1);

    expect(job!.attributes.IPP_COPIES).toBe('2');
    expect(job!.attributes.IPP_MULTIPLE_DOCUMENT_HANDLING).toBe('separate-documents-collated-copies');
    expect(job!.attributes.IPP_DOCUMENT_FORMAT_SUPPLIED ?? job!.attributes.IPP_DOCUMENT_FORMAT).toMatch(/application\/pdf/);
    // CUPS's pdftopdf rewrites the file but neither rasterises nor multiplies pages: the same 3 A4 pages.
    const info = await poppler('pdfinfo', job!.file);
    expect(info).toMatch(/Pages:\s+3\b/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = await poppler('pdftotext', job!.file);
    expect(text.match(/INVOICE 2026-000417/g)).toHaveLength(3);
  });

  it('sends the document byte for byte to an ipp:// printer address, with copies, paper size, duplex and tray as IPP attributes', async () => {
    const driver = cupsDriver(cups.env, { printer: printer.uri, media: 'A4', sides: 'two-sided-long-edge', mediaSource: 'manual' });
    const before = printer.jobs().length;
    const res = await driver.execute(printJob(invoice3, 2), makeCtx());
    expect(res.notes).toContain(printer.uri);
    const [job] = await jobsAfter(before);
    expect(Buffer.compare(job!.pdf, Buffer.from(invoice3))).toBe(0);
    expect(job!.attributes.IPP_COPIES).toBe('2');
    expect(job!.attributes.IPP_SIDES).toBe('two-sided-long-edge');
    expect(job!.attributes.IPP_MEDIA_COL).toMatch(/x-dimension=21000 y-dimension=29700/);
    expect(job!.attributes.IPP_MEDIA_COL).toMatch(/media-source=manual/);
  });

  it('passes paper size, duplex, tray and colour through the CUPS queue as IPP attributes', async () => {
    const driver = cupsDriver(cups.env, {
      printer: 'office',
      media: 'A4',
      sides: 'two-sided-short-edge',
      mediaSource: 'by-pass-tray',
      printColorMode: 'monochrome',
    });
    const before = printer.jobs().length;
    await driver.execute(printJob(invoice3, 1), makeCtx());
    const [job] = await jobsAfter(before);
    expect(job!.attributes.IPP_SIDES).toBe('two-sided-short-edge');
    expect(job!.attributes.IPP_MEDIA_COL).toMatch(/x-dimension=21000 y-dimension=29700/);
    expect(job!.attributes.IPP_MEDIA_COL).toMatch(/media-source=by-pass-tray/);
    expect(job!.attributes.IPP_PRINT_COLOR_MODE).toBe('monochrome');
  });

  it("uses the command's PrinterName, matched case-insensitively on the queue name or the name shown in the settings", async () => {
    const driver = cupsDriver(cups.env);
    const before = printer.jobs().length;
    const res = await driver.execute(printJob(invoice3, 1, 'OFFICE a4 PRINTER'), makeCtx());
    expect(res.notes).toMatch(/Printed on "office"/);
    await jobsAfter(before);
  });

  it('reports Mews legacy driver/port names that contradict the printer, and prints by name', async () => {
    const driver = cupsDriver(cups.env);
    const before = printer.jobs().length;
    const res = await driver.execute(
      printJob(invoice3, 1, 'office', { printerDriverName: 'HP Universal PCL6', printerPortName: 'USB001' }),
      makeCtx(),
    );
    expect(res.notes).toMatch(/Mews names the printer driver "HP Universal PCL6", but "office" uses "Printer - IPP Everywhere"/);
    expect(res.notes).toMatch(/Mews names the port "USB001", but "office" is on "ipp:\/\/127\.0\.0\.1/);
    await jobsAfter(before);
  });

  it('fails a command naming a printer that does not exist with a note naming it and listing the printers here; nothing is sent', async () => {
    const driver = cupsDriver(cups.env);
    const before = printer.jobs().length;
    const ctx = makeCtx();
    const err = await driver.execute(printJob(invoice3, 1, 'Reception Laser'), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as Error).message).toMatch(/No printer named "Reception Laser" on this computer/);
    expect((err as Error).message).toMatch(/"office" \(Office A4 printer\) \(default\)/);
    expect(ctx.sideEffects).toBe(0);
    expect(printer.jobs().length).toBe(before);
  });

  it('a printer name with spaces, quotes and ; prints on that printer and runs nothing else', async () => {
    const marker = join(tmp.path, 'INJECTED');
    // CUPS queue names cannot hold spaces, quotes or "/"; the name shown in the settings can.
    const queue = `desk;touch${'$'}{IFS}INJECTED&|$(touch${'$'}{IFS}INJECTED)`;
    const info = `Front Desk "A4"; touch ${marker}`;
    await cups.addQueue(queue, printer.uri, { info });
    const before = printer.jobs().length;
    // Named by Mews (as shown in the settings) …
    const byInfo = await cupsDriver(cups.env).execute(printJob(invoice3, 1, info), makeCtx());
    expect(byInfo.notes).toContain(`Printed on "${queue}"`);
    // … and chosen on the device by its queue name.
    const byName = await cupsDriver(cups.env, { printer: queue }).execute(printJob(invoice3, 1), makeCtx());
    expect(byName.notes).toContain(`Printed on "${queue}"`);
    await printer.waitForJobs(before + 2);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync('INJECTED')).toBe(false);
  });

  it("lists this computer's printers with state, default and what each supports (CUPS_SERVER honoured)", async () => {
    const list = await listCupsPrinters(cups.env);
    expect(list.error).toBeNull();
    expect(list.defaultPrinter).toBe('office');
    const office = list.printers.find((p) => p.name === 'office')!;
    expect(office).toMatchObject({ info: 'Office A4 printer', state: 'idle', isDefault: true, acceptingJobs: true, problem: null });
    expect(office.supported.media).toEqual(expect.arrayContaining(['iso_a4_210x297mm', 'na_letter_8.5x11in']));
    expect(office.supported.sides).toEqual(expect.arrayContaining(['one-sided', 'two-sided-long-edge', 'two-sided-short-edge']));
    expect(office.supported.mediaSources).toEqual(expect.arrayContaining(['auto', 'main', 'manual', 'by-pass-tray']));
    await cups.setQueueStopped('office', true);
    try {
      const stopped = (await listCupsPrinters(cups.env)).printers.find((p) => p.name === 'office')!;
      expect(stopped).toMatchObject({
        state: 'stopped',
        reasons: expect.arrayContaining(['paused']),
        problem: 'Paused in the print settings of this computer',
      });
    } finally {
      await cups.setQueueStopped('office', false);
    }
    const down = await listCupsPrinters({ ...cups.env, CUPS_SERVER: '127.0.0.1:1' });
    expect(down).toMatchObject({
      printers: [],
      error: expect.stringMatching(/CUPS at 127\.0\.0\.1:1\) is not running or cannot be reached/),
    });
  });

  it('a stopped (paused) queue makes the job wait, then fails with a plain note after the configured wait and takes the job off the queue', async () => {
    await cups.setQueueStopped('office', true);
    try {
      const driver = cupsDriver(cups.env, { printer: 'office', attentionWaitSeconds: 1 });
      const before = printer.jobs().length;
      const statuses: string[] = [];
      driver.onStatus((s) => statuses.push(`${s.health}: ${s.detail}`));
      const err = await driver.execute(printJob(invoice3, 1), makeCtx()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeviceError);
      expect((err as Error).message).toMatch(/The printer "office" is paused in the print settings of this computer\. Resume the printer/);
      expect((err as Error).message).toMatch(/taken off the print queue after waiting 1 second,/);
      expect(statuses.some((s) => s.startsWith('attention: ') && s.includes('will print when the printer is ready'))).toBe(true);
      expect(await cups.client('lpstat', ['-o', 'office'])).toBe('');
      expect(printer.jobs().length).toBe(before);
    } finally {
      await cups.setQueueStopped('office', false);
    }
  });

  it('a queue set to reject jobs fails the command at once with what to do; nothing is sent', async () => {
    await cups.client('cupsreject', ['-h', cups.server, 'office']);
    try {
      const ctx = makeCtx();
      const err = await cupsDriver(cups.env, { printer: 'office' })
        .execute(printJob(invoice3, 1), ctx)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeviceError);
      expect((err as Error).message).toMatch(
        /The printer "office" is not accepting jobs .* Allow it to accept jobs, then print again from Mews\./,
      );
      expect(ctx.sideEffects).toBe(0);
    } finally {
      await cups.client('cupsaccept', ['-h', cups.server, 'office']);
    }
  });

  it('a stopped queue resumed within the wait prints the job', async () => {
    await cups.setQueueStopped('office', true);
    const driver = cupsDriver(cups.env, { printer: 'office', attentionWaitSeconds: 60 });
    const before = printer.jobs().length;
    const run = driver.execute(printJob(invoice3, 1), makeCtx());
    await waitFor(() => driver.status().health === 'attention', 'the driver to report the paused queue');
    expect(driver.status().detail).toMatch(/paused/);
    await cups.setQueueStopped('office', false);
    await expect(run).resolves.toMatchObject({ notes: expect.stringMatching(/Printed on "office"/) });
    await jobsAfter(before);
  });

  it('a job cancelled in the print queue of this computer reports an error', async () => {
    const driver = cupsDriver(cups.env, { printer: 'office' });
    const before = printer.jobs().length;
    await printer.hold(true);
    const run = driver.execute(printJob(invoice3, 1), makeCtx()).catch((e: unknown) => e);
    await jobsAfter(before);
    await cups.client('cancel', ['-a', 'office']);
    void printer.hold(false);
    const err = await run;
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as Error).message).toMatch(/cancelled at the printer or in the print queue/);
  });

  it('a job cancelled at the IPP printer itself reports an error', async () => {
    const driver = cupsDriver(cups.env, { printer: printer.uri });
    const before = printer.jobs().length;
    await printer.hold(true);
    const run = driver.execute(printJob(invoice3, 1), makeCtx()).catch((e: unknown) => e);
    const [job] = await jobsAfter(before);
    await cups.client('ipptool', ['-d', `job-id=${job!.id}`, printer.uri, join(__dirname, 'cancel-job.test')]);
    void printer.hold(false);
    const err = await run;
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as Error).message).toMatch(/cancelled at the printer/);
  });

  it('CUPS being down gives a clear note and sends nothing; started again within the wait, the job prints', async () => {
    await cups.stop();
    let restarted = false;
    try {
      const err = await cupsDriver(cups.env, { printer: 'office', attentionWaitSeconds: 0 })
        .execute(printJob(invoice3, 1), makeCtx())
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeviceError);
      expect((err as Error).message).toMatch(
        /The print service of this computer \(CUPS at 127\.0\.0\.1:\d+\) is not running or cannot be reached\..*Nothing was printed\./,
      );

      const before = printer.jobs().length;
      const driver = cupsDriver(cups.env, { printer: 'office', attentionWaitSeconds: 60 });
      const ctx = makeCtx();
      const run = driver.execute(printJob(invoice3, 1), ctx);
      await waitFor(() => driver.status().health === 'offline', 'the driver to report CUPS down');
      expect(ctx.sideEffects).toBe(0);
      await cups.start();
      restarted = true;
      await expect(run).resolves.toMatchObject({ notes: expect.stringMatching(/Printed on "office"/) });
      await jobsAfter(before);
    } finally {
      if (!restarted) await cups.start();
    }
  });
});

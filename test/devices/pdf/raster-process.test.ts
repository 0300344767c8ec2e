import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import { RasterProcess } from '../../../src/devices/pdf/raster-process.js';
import { renderDocument } from '../../../src/devices/pdf/render-document.js';
import type { RasterOptions } from '../../../src/devices/pdf/pdf-raster.js';
import { AbortedError } from '../../../src/util/abort.js';
import { makePdf, sampleInvoice, sampleReceipt } from '../../helpers/pdf.js';
import { waitFor } from '../../helpers/wait-for.js';

const OPTS: RasterOptions = { widthDots: 576, monochrome: 'threshold', threshold: 160, maxPages: 50, maxPdfBytes: 20_000_000 };

describe('PDF renderer child process', () => {
  let renderer: RasterProcess | undefined;
  afterEach(() => renderer?.close());

  it('renders in a child process exactly what the renderer draws in this process, then ends when idle', async () => {
    renderer = new RasterProcess(200);
    const pdf = makePdf([sampleReceipt(), sampleInvoice()]);
    const inChild = await renderer.render(pdf, OPTS);
    expect(renderer.running).toBe(true);
    const here = await renderDocument(pdf, OPTS);
    expect(inChild.pages.map((p) => [p.width, p.height])).toEqual(here.pages.map((p) => [p.width, p.height]));
    expect(inChild.pages.map((p) => Buffer.from(p.data).toString('base64'))).toEqual(
      here.pages.map((p) => Buffer.from(p.data).toString('base64')),
    );
    expect(inChild.report).toEqual(here.report); // the same note for the command
    await waitFor(() => !renderer!.running, 'the idle renderer to end');
    const again = await renderer.render(makePdf([sampleReceipt()]), OPTS); // started again for the next document
    expect(again.pages).toHaveLength(1);
  });

  it('passes a document error through with its message for staff', async () => {
    renderer = new RasterProcess();
    const err = await renderer.render(new TextEncoder().encode('not a pdf at all'), OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as Error).message).toMatch(/not a PDF file/);
    const tooMany = await renderer.render(makePdf([sampleReceipt(), sampleReceipt()]), { ...OPTS, maxPages: 1 }).catch((e: unknown) => e);
    expect((tooMany as Error).message).toMatch(/2 pages; this printer is set to print at most 1/);
  });

  it('stops waiting for an aborted job at once and keeps serving the next one', async () => {
    renderer = new RasterProcess();
    const ctl = new AbortController();
    const job = renderer.render(makePdf(Array.from({ length: 20 }, () => sampleInvoice())), OPTS, ctl.signal);
    ctl.abort(new Error('Cancelled in Mews'));
    await expect(job).rejects.toBeInstanceOf(AbortedError);
    expect((await renderer.render(makePdf([sampleReceipt()]), OPTS)).pages).toHaveLength(1);
  });

  it('fails the document, not the bridge, when the renderer dies mid-document', async () => {
    renderer = new RasterProcess();
    await renderer.render(makePdf([sampleReceipt()]), OPTS); // up and ready
    const job = renderer.render(makePdf(Array.from({ length: 40 }, () => sampleInvoice())), OPTS);
    process.kill(renderer.pid!, 'SIGKILL');
    const err = await job.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as Error).message).toMatch(/PDF renderer stopped \(SIGKILL\)/);
    expect((await renderer.render(makePdf([sampleReceipt()]), OPTS)).pages).toHaveLength(1); // a new renderer serves the next one
  });

  it('renders in this process when the renderer cannot start, and says so once at warn with the reason', async () => {
    const missing = join(tmpdir(), 'no-such-dir', 'renderer-child.js');
    renderer = new RasterProcess(200, missing);
    const warnings: { msg: string; fields?: Record<string, unknown> }[] = [];
    const log = {
      debug() {},
      info() {},
      warn: (msg: string, fields?: Record<string, unknown>) => void warnings.push({ msg, fields }),
      error() {},
    };
    const pdf = makePdf([sampleReceipt()]);
    const first = await renderer.render(pdf, OPTS, undefined, 'all', log);
    const second = await renderer.render(pdf, OPTS, undefined, 'all', log);
    expect(renderer.running).toBe(false);
    const here = await renderDocument(pdf, OPTS);
    for (const doc of [first, second])
      expect(doc.pages.map((p) => Buffer.from(p.data).toString('base64'))).toEqual(
        here.pages.map((p) => Buffer.from(p.data).toString('base64')),
      );
    expect(warnings).toEqual([
      {
        msg: expect.stringMatching(/PDF renderer process could not start; documents are rendered in the bridge process/),
        fields: { reason: 'it exited (code 1) before it was ready' },
      },
    ]);
  });
});

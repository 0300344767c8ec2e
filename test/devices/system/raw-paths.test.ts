import { execFileSync } from 'node:child_process';
import { renderNote } from '../../../src/i18n/render-note.js';
import { createReadStream, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escposOptionsSchema } from '../../../src/config/schema.js';
import { DeviceError } from '../../../src/devices/driver.js';
import { EscposDriver, type EscposDevice } from '../../../src/devices/escpos/index.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../../src/sim/escpos-printer-sim.js';
import { makePdf, sampleReceipt } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/core-harness.js';
import { startCupsServer, type CupsServerSim } from '../../helpers/cups-stack.js';
import { makeCtx } from './fixtures.js';

/**
 * ESC/POS receipt printers installed as OS printers: raw jobs through a real (private) CUPS queue to
 * the virtual ESC/POS printer, and the Linux USB printer device file (a FIFO stands in for
 * /dev/usb/lp0). Neither path gives status back: the driver says "status unknown".
 */
const receipt = makePdf([sampleReceipt()]);
const job = (copies = 1) => ({ kind: 'print' as const, pdf: receipt, copies, printerName: 'Receipts' });

function driver(connection: EscposDevice['connection']): EscposDriver {
  return new EscposDriver(
    {
      id: 'p',
      name: 'Bar receipts',
      enabled: true,
      driver: 'escpos',
      connection,
      options: escposOptionsSchema.parse({ monochrome: 'threshold' }),
    },
    'test',
    { pollIntervalMs: 0, connectWaitMs: 2000 },
  );
}

describe('ESC/POS through an OS print queue (system-queue) and the USB printer device file (usb-lp)', () => {
  const tmp = tempDir('raw-paths-');
  let cups: CupsServerSim;
  let sim: EscposPrinterSim;
  const savedServer = process.env.CUPS_SERVER;

  beforeAll(async () => {
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    cups = await startCupsServer({ dir: tmp.path });
    const { port } = sim.address as { port: number };
    await cups.addQueue('bar-receipts', `socket://127.0.0.1:${port}`, { model: 'raw', info: 'Bar receipt printer' });
    // The product finds CUPS the standard way, as lp does.
    process.env.CUPS_SERVER = cups.server;
  }, 60_000);
  afterAll(async () => {
    if (savedServer === undefined) delete process.env.CUPS_SERVER;
    else process.env.CUPS_SERVER = savedServer;
    await cups?.stop();
    await sim?.close();
    tmp.cleanup();
  });

  it('sends the receipt as one raw job to the named queue; it prints (2 copies, 2 cuts) and the status says it is unknown', async () => {
    const d = driver({ type: 'system-queue', queue: 'bar-receipts' });
    await d.start();
    try {
      expect(d.status()).toMatchObject({ health: 'unknown', detail: 'Status unknown (the print queue "bar-receipts" gives none back)' });
      const before = sim.jobs.length;
      const ctx = makeCtx();
      const res = await d.execute(job(2), ctx);
      expect(res.notes).toMatch(/Printed 1 page × 2 copies on Bar receipts/);
      expect(ctx.sideEffects).toBe(1);
      await sim.waitFor((s) => s.jobs.length > before && s.jobs.at(-1)!.cuts === 2, 20_000);
      expect(sim.jobs.at(-1)!.rows.length).toBeGreaterThan(100);
      // No status request went to the printer through the queue.
      expect(sim.statusLog).toHaveLength(0);
      expect(await cups.client('lpstat', ['-W', 'completed', '-o', 'bar-receipts'])).toMatch(/bar-receipts-\d+/);
    } finally {
      await d.stop();
    }
  });

  it('a queue that does not exist fails the receipt with the printers this computer has; nothing is sent', async () => {
    const d = driver({ type: 'system-queue', queue: 'Kitchen' });
    await d.start();
    try {
      expect(d.status().health).toBe('offline');
      const err = await d.execute(job(), makeCtx()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeviceError);
      expect((err as Error).message).toMatch(
        /not connected: this computer has no print queue "Kitchen"; its printers: "bar-receipts" \(Bar receipt printer\)\./,
      );
      expect(renderNote('de', (err as DeviceError).note)).toMatch(
        /nicht verbunden: dieser Computer hat keine Druckwarteschlange „Kitchen“; seine Drucker: „bar-receipts“ \(Bar receipt printer\)\./,
      );
    } finally {
      await d.stop();
    }
  });

  it('writes the receipt to the USB printer device file; status unknown', async () => {
    const fifo = `/dev/shm/bridge-usblp-${process.pid}`;
    rmSync(fifo, { force: true });
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = createReadStream(fifo);
    reader.on('data', (b) => chunks.push(b as Buffer));
    const d = driver({ type: 'usb-lp', path: fifo });
    try {
      await d.start();
      expect(d.status()).toMatchObject({ health: 'unknown', detail: `Status unknown (the ${fifo} gives none back)` });
      const res = await d.execute(job(), makeCtx());
      expect(res.notes).toMatch(/Printed 1 page on Bar receipts/);
      await d.stop();
      await new Promise<void>((r) => reader.once('close', () => r()));
      const bytes = Buffer.concat(chunks);
      expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40])); // ESC @
      expect(bytes.includes(Buffer.from([0x1d, 0x76, 0x30]))).toBe(true); // GS v 0 raster
      expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true); // GS V cut
      expect(bytes.includes(Buffer.from([0x10, 0x04]))).toBe(false); // no DLE EOT status request
    } finally {
      await d.stop();
      reader.destroy();
      rmSync(fifo, { force: true });
    }
  });
});

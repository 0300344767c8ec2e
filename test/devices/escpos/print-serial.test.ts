import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/devices/driver.js';
import type { EscposDriver } from '../../../src/devices/escpos/index.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../../src/sim/escpos-printer-sim.js';
import { makePdf } from '../../helpers/pdf.js';
import { createPtyPair, type PtyPair } from '../../helpers/pty-pair.js';
import { barsPage, DOTS_PER_PT, inkRuns, makeCtx, makeDriver } from './fixtures.js';

const serial = (path: string, flowControl: 'none' | 'xonxoff' = 'none') =>
  ({ type: 'serial', path, baudRate: 115200, dataBits: 8, parity: 'none', stopBits: 1, flowControl }) as const;
const job = (pdf: Uint8Array, copies = 1) => ({ kind: 'print' as const, pdf, copies, printerName: 'Receipts' });

describe('EscposDriver over a serial line (socat pty pair)', () => {
  let pty: PtyPair;
  let sim: EscposPrinterSim;
  let driver: EscposDriver;

  beforeEach(async () => {
    pty = await createPtyPair();
  });
  afterEach(async () => {
    await driver?.stop();
    await sim?.close();
    await pty.dispose();
  });

  it('prints on a line set to XON/XOFF, paced by a slow printer', async () => {
    sim = await startEscposPrinterSim({ path: pty.b, flowControl: 'xonxoff', bufferBytes: 16 * 1024, baudRate: 200_000 });
    driver = makeDriver(serial(pty.a, 'xonxoff'));
    await driver.start();
    await driver.execute(job(makePdf([barsPage(1), barsPage(2)])), makeCtx());
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
    expect(inkRuns(sim.jobs.at(-1)!.rows)).toHaveLength(4);
  });

  it('prints a multi-band job through repeated XOFF / XON from a small, slow printer buffer', async () => {
    // 1 KB buffer at 115200 Bd: the printer says XOFF whenever a band lands on a full buffer and XON
    // when it has worked through it, so the driver's status queries meet a stopped line again and again.
    sim = await startEscposPrinterSim({ path: pty.b, flowControl: 'xonxoff', bufferBytes: 1024, baudRate: 115_200 });
    driver = makeDriver(serial(pty.a, 'xonxoff'));
    await driver.start();
    const pages = [1, 2].map((i) => ({ ...barsPage(i), rects: [{ x: 0, y: 0, w: 60, h: 300, grey: 0.5 }] }));
    const ctx = makeCtx();
    const res = await driver.execute(job(makePdf(pages)), ctx);
    expect(res.notes).toMatch(/Printed 2 pages/);
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1);
    expect(sim.device.xoffSent).toBeGreaterThanOrEqual(3);
    expect(sim.device.xonSent).toBe(sim.device.xoffSent);
    // Every dot row of both pages arrived: one solid grey column per page, 300 pt tall.
    const runs = inkRuns(sim.jobs.at(-1)!.rows);
    expect(runs).toHaveLength(2);
    for (const [, len] of runs) expect(Math.abs(len - 300 * DOTS_PER_PT)).toBeLessThanOrEqual(2);
  });

  it('fails only the job in flight when the printer is unplugged, and prints the next one when it is back', async () => {
    // 115200 Bd: the job takes several seconds, so the unplug lands mid-job.
    sim = await startEscposPrinterSim({ path: pty.b, bufferBytes: 1024, baudRate: 115_200 });
    driver = makeDriver(serial(pty.a));
    await driver.start();
    const ctx = makeCtx();
    const pages = [1, 2, 3, 4, 5, 6].map((i) => ({ ...barsPage(i), rects: [{ x: 0, y: 0, w: 226, h: 300, grey: 0.5 }] }));
    const running = driver.execute(job(makePdf(pages)), ctx).catch((e: unknown) => e);
    await sim.waitFor((s) => s.device.received > 8 * 1024, 5000);
    const t0 = Date.now();
    await pty.kill();
    const err = await running;
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as DeviceError).message).toBe(
      'Printer "Front desk" was disconnected while printing. Check the printer and print again if needed.',
    );
    expect((err as DeviceError).mayHaveActed).toBe(true);
    await expect(driver.execute(job(makePdf([barsPage(1)])), makeCtx())).rejects.toThrow(/not connected/);

    const reopened = sim.device.lineResets;
    await pty.restart();
    sim.setBaudRate(null);
    // The simulator reopens its end by itself; bytes sent before that are lost, as on a real line.
    await sim.waitFor((s) => s.device.lineResets > reopened, 5000);
    const ctx2 = makeCtx();
    const res = await driver.execute(job(makePdf([barsPage(1)])), ctx2);
    expect(res.notes).toMatch(/Printed 1 page/);
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1, 5000);
    expect(inkRuns(sim.jobs.at(-1)!.rows)).toHaveLength(2);
  });

  it('says how many copies had been sent in full when the printer is unplugged mid-job', async () => {
    sim = await startEscposPrinterSim({ path: pty.b, bufferBytes: 1024, baudRate: 115_200 });
    driver = makeDriver(serial(pty.a));
    await driver.start();
    const pages = [1, 2].map((i) => ({ ...barsPage(i), rects: [{ x: 0, y: 0, w: 226, h: 300, grey: 0.5 }] }));
    const running = driver.execute(job(makePdf(pages), 3), makeCtx()).catch((e: unknown) => e);
    // The first copy is cut: it was sent in full; the second is on its way (each takes seconds at 115200 Bd).
    await sim.waitFor((s) => s.jobs.at(-1)?.cuts === 1, 30_000);
    await pty.kill();
    const err = await running;
    expect(err).toBeInstanceOf(DeviceError);
    expect((err as DeviceError).message).toMatch(
      /^Printer "Front desk" was disconnected while printing\. [12] of 3 copies had been sent to it in full; Retry prints all of them again\. Check the printer and print again if needed\.$/,
    );
    expect((err as DeviceError).retryable).toBe(true);
  });

  it('calls a printer that answered status and then stops answering "not responding"', async () => {
    sim = await startEscposPrinterSim({ path: pty.b });
    // A status wait a loaded test machine does not run out of before the printer's reply (300 ms did once, under load).
    driver = makeDriver(serial(pty.a), {}, 'Front desk', { statusTimeoutMs: 1000 });
    await driver.start();
    // A first print: the printer has answered status (it reports status).
    await driver.execute(job(makePdf([barsPage(1)])), makeCtx());
    expect(driver.status()).toMatchObject({ health: 'online', detail: null });
    await sim.powerOff();
    const ctx = makeCtx();
    await expect(driver.execute(job(makePdf([barsPage(1)])), ctx)).rejects.toThrow(
      'Printer "Front desk" is not responding; check that it is switched on.',
    );
    expect(ctx.sideEffects).toBe(0);
    expect(driver.status()).toMatchObject({ health: 'offline', detail: 'Not responding' });
  });
});

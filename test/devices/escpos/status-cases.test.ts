import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../src/devices/driver.js';
import type { EscposDriver } from '../../../src/devices/escpos/index.js';
import type { StatusReplyBehaviour } from '../../../src/sim/escpos-device.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../../src/sim/escpos-printer-sim.js';
import { makePdf } from '../../helpers/pdf.js';
import { waitFor } from '../../helpers/wait-for.js';
import { barsPage, inkRuns, makeCtx, makeDriver } from './fixtures.js';

const job = (pdf: Uint8Array) => ({ kind: 'print' as const, pdf, copies: 1, printerName: 'Receipts' });

/** Healthy status bytes of the field case: 0x16 for DLE EOT 1 (drawer pin high), 0x12 for 2..4. */
const caseBytes: StatusReplyBehaviour['byte'] = (n) => (n === 1 ? 0x16 : 0x12);

describe('ESC/POS status the printer answers late, never, or not at all (field cases)', () => {
  let sim: EscposPrinterSim | null = null;
  let driver: EscposDriver | null = null;
  afterEach(async () => {
    await driver?.stop();
    await sim?.close();
    driver = null;
    sim = null;
  });

  async function setUp(
    statusReplies: StatusReplyBehaviour,
    options: Parameters<typeof makeDriver>[1] = {},
    tuning: Parameters<typeof makeDriver>[3] = {},
  ) {
    sim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 }, statusReplies });
    const { host, port } = sim.address as { host: string; port: number };
    driver = makeDriver({ type: 'tcp', host, port }, options, 'Front desk', tuning);
    const statuses: DeviceStatus[] = [];
    driver.onStatus((s) => statuses.push(s));
    await driver.start();
    return { sim, driver, statuses };
  }

  async function printsThree(d: EscposDriver, s: EscposPrinterSim) {
    for (let i = 1; i <= 3; i++) {
      const res = await d.execute(job(makePdf([barsPage(i)])), makeCtx());
      expect(res.notes).toMatch(/^Printed 1 page/);
      await s.waitFor((x) => x.jobs.at(-1)?.cuts === 1 && x.jobs.length === i);
      expect(inkRuns(s.jobs.at(-1)!.rows)).toHaveLength(2);
    }
  }

  it('a printer that answers its first status request after 1.3 s and every later one at once keeps printing (case, default timings)', async () => {
    const {
      sim: s,
      driver: d,
      statuses,
    } = await setUp({ delayMs: (k) => (k === 0 ? 1300 : 0), byte: caseBytes }, {}, { statusTimeoutMs: 1000, busyStatusTimeoutMs: 30_000 });
    await printsThree(d, s);
    // The late 0x16 (answer to DLE EOT 1) was never taken for the answer to DLE EOT 2 ("cover open").
    expect(statuses.some((x) => /cover/i.test(x.detail ?? ''))).toBe(false);
    expect(d.status()).toMatchObject({ health: 'online', detail: null });
    expect(s.statusLog.length).toBeGreaterThan(6);
  });

  it('the same kind with short timings: late replies to several requests, some overtaken by later replies', async () => {
    // Requests 0, 1 and 5 are answered 2.5 status-waits late; the others at once.
    const late = new Set([0, 1, 5]);
    const { sim: s, driver: d, statuses } = await setUp({ delayMs: (k) => (late.has(k) ? 750 : 0), byte: caseBytes });
    await printsThree(d, s);
    expect(statuses.some((x) => x.health === 'attention')).toBe(false);
  });

  it('a printer that prints but never answers status: prints, and the device screen says status unknown (case)', async () => {
    const { sim: s, driver: d } = await setUp({ silent: true });
    const res = await d.execute(job(makePdf([barsPage(1)])), makeCtx());
    expect(res.notes).toMatch(/^Printed 1 page/);
    await s.waitFor((x) => x.jobs.at(-1)?.cuts === 1);
    expect(d.status()).toMatchObject({ health: 'unknown', detail: 'Status unknown (the printer does not report it)' });
    // Once known not to answer, later jobs do not wait for status again.
    const asked = s.statusLog.length;
    await d.execute(job(makePdf([barsPage(2)])), makeCtx());
    expect(s.statusLog.length).toBe(asked);
  });

  it('status off: no status request is ever sent, the job prints, the screen says status unknown', async () => {
    const { sim: s, driver: d } = await setUp({}, { status: 'off' });
    await d.execute(job(makePdf([barsPage(1)])), makeCtx());
    await s.waitFor((x) => x.jobs.at(-1)?.cuts === 1);
    expect(s.statusLog).toHaveLength(0);
    expect(d.status()).toMatchObject({ health: 'unknown', detail: 'Status unknown (status checks are off)' });
  });

  it('a printer that is gone is reported as gone, also with status off or never answered', async () => {
    for (const options of [{ status: 'off' as const }, { status: 'auto' as const }]) {
      const { sim: s, driver: d } = await setUp({ silent: true }, options);
      await d.execute(job(makePdf([barsPage(1)])), makeCtx());
      await s.close();
      await waitFor(() => d.status().health === 'offline', 'the printer to be reported offline');
      await expect(d.execute(job(makePdf([barsPage(1)])), makeCtx())).rejects.toThrow(/^Printer "Front desk" is not connected/);
      expect(d.status().health).toBe('offline');
      await d.stop();
    }
  });

  it('unsolicited Automatic Status Back frames and XON/XOFF are never taken for a status reply', async () => {
    const { sim: s, driver: d, statuses } = await setUp({ delayMs: () => 30 });
    const asb = setInterval(() => s.sendAutomaticStatus(), 5);
    try {
      s.setCoverOpen(true);
      s.setCoverOpen(false);
      await printsThree(d, s);
    } finally {
      clearInterval(asb);
    }
    expect(statuses.at(-1)).toMatchObject({ health: 'online' });
  });
});

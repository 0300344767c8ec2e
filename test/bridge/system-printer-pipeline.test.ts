import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { startCupsServer, startIppPrinter, type CupsServerSim, type IppPrinterSim } from '../helpers/cups-stack.js';
import { makePdf, sampleInvoice } from '../helpers/pdf.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * A hotel moving from Mews's connector: its Mews printer devices are named like the OS printers, the
 * bridge's `system` devices name no printer, and every command prints on the printer its PrinterName
 * names. Fake Mews over loopback, the real bridge, a private CUPS and an IPP Everywhere printer.
 */
describe('Mews print commands → system driver → CUPS, end to end', () => {
  const tmp = tempDir('system-pipeline-');
  let mews: FakeMews;
  let bridge: BridgeService;
  let printer: IppPrinterSim;
  let cups: CupsServerSim;
  let officeId: string;
  let missingId: string;
  const saved = process.env.CUPS_SERVER;
  const pdf = Buffer.from(makePdf([sampleInvoice(), sampleInvoice()])).toString('base64');

  beforeAll(async () => {
    printer = await startIppPrinter({ dir: tmp.path, name: 'Pipeline A4' });
    cups = await startCupsServer({ dir: tmp.path });
    await cups.addQueue('Office_A4', printer.uri, { info: 'Office A4', defaults: { 'media-default': 'iso_a4_210x297mm' } });
    process.env.CUPS_SERVER = cups.server;
    mews = await startMews();
    // Mews's printer setup holds the printer name as the computer shows it.
    officeId = mews.store.addDevice({ Name: 'office a4', Type: 'Printer' }).Id;
    missingId = mews.store.addDevice({ Name: 'Reception Laser', Type: 'Printer' }).Id;
    bridge = await startBridge(
      bridgeConfig(mews, tmp.path, [
        { id: officeId, name: 'Office', driver: 'system', options: { attentionWaitSeconds: 5 } },
        { id: missingId, name: 'Reception', driver: 'system' },
      ]),
    );
  }, 60_000);
  afterAll(async () => {
    void printer?.hold(false);
    await bridge?.stop();
    await mews?.close();
    await cups?.stop();
    await printer?.stop();
    if (saved === undefined) delete process.env.CUPS_SERVER;
    else process.env.CUPS_SERVER = saved;
    tmp.cleanup();
  });

  const finalState = (id: string) =>
    waitFor(
      () => {
        const s = mews.store.commands.get(id)!.State;
        return s === 'Processed' || s === 'Error' ? s : null;
      },
      `command ${id} to finish`,
      40_000,
    );
  const note = (id: string) => mews.store.updatesFor(id).at(-1)?.Notes ?? '';

  it('prints on the OS printer the command names (case-insensitive), copies as an IPP attribute, Processed with a note', async () => {
    const before = printer.jobs().length;
    const id = mews.store.addPrinterCommand(officeId, pdf, 2).Id;
    expect(await finalState(id)).toBe('Processed');
    expect(note(id)).toMatch(/^Printed on "Office_A4" × 2 copies\.$/);
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    expect(job!.attributes.IPP_COPIES).toBe('2');
  });

  it('a job cancelled in the print queue reports Error to Mews', async () => {
    const before = printer.jobs().length;
    await printer.hold(true);
    const id = mews.store.addPrinterCommand(officeId, pdf, 1).Id;
    await printer.waitForJobs(before + 1);
    // Held in the queue, so it runs long: Mews shows it as Processing (after STATUS_AFTER_MS, status-updates.ts).
    await waitFor(() => mews.store.commands.get(id)!.State === 'Processing', 'Processing while held in the print queue');
    await cups.client('cancel', ['-a', 'Office_A4']);
    void printer.hold(false);
    expect(await finalState(id)).toBe('Error');
    expect(note(id)).toMatch(/cancelled at the printer or in the print queue of this computer/);
  });

  it('a command naming a printer this computer does not have fails with a note listing the printers here', async () => {
    const id = mews.store.addPrinterCommand(missingId, pdf, 1).Id;
    expect(await finalState(id)).toBe('Error');
    expect(note(id)).toMatch(/No printer named "Reception Laser" on this computer\. This computer's printers: "Office_A4" \(Office A4\)\./);
  });
});

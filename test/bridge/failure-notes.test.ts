import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/config/settings-store.js';
import { createBridge } from '../../src/bridge/bridge-service.js';
import { asSentence, finalNote, unexpectedNote as unexpectedMessage } from '../../src/bridge/notes.js';
import { englishNote } from '../../src/i18n/render-note.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { createLogger } from '../../src/util/logger.js';
import { makePdf, sampleReceipt } from '../helpers/pdf.js';
import { bridgeConfig, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { createDriver } from '../../src/devices/registry.js';

const unexpectedNote = (device: string, reached: boolean) => englishNote(unexpectedMessage(device, reached));

describe('command notes end with one sentence mark', () => {
  it('an unexpected error (a bug) says so and points to the log, without its own text (paths, library words)', () => {
    expect(unexpectedNote('Front desk printer', false)).toBe('Internal error on Front desk printer; the details are in the bridge log.');
    expect(unexpectedNote('P', true)).toBe('Internal error on P; the details are in the bridge log. Check the device before retrying.');
  });

  it('keeps question marks, exclamation marks and ellipses, and adds a full stop where none ends the note', () => {
    expect(asSentence('Is it on?')).toBe('Is it on?');
    expect(asSentence('Wait...')).toBe('Wait...');
    expect(asSentence('Wait…')).toBe('Wait…');
    expect(asSentence('No paper')).toBe('No paper.');
    expect(finalNote('Printer X is out of paper.. Reload it.')).toBe('Printer X is out of paper. Reload it.');
    expect(finalNote('Path C:\\a\\..\\b is wrong.')).toBe('Path C:\\a\\..\\b is wrong.');
    expect(finalNote('Check C:\\a\\..')).toBe('Check C:\\a\\..');
    expect(finalNote('No paper')).toBe('No paper');
  });

  it('never ends a note with a doubled full stop, whatever the message', () => {
    fc.assert(
      fc.property(fc.string(), (msg) => {
        for (const note of [finalNote(msg + '.'), finalNote(msg)]) expect(note).not.toMatch(/(^|[^./\\])\.\.$/);
      }),
    );
  });
});

describe('a command that fails on the device leaves a log line', () => {
  const dir = tempDir('bridge-failure-log-');
  let printerSim: EscposPrinterSim | null = null;
  afterAll(async () => {
    await printerSim?.close();
    dir.cleanup();
  });

  it('"has its cover open" (a device’s own error) is logged with the command id and its note', async () => {
    // A receipt printer on the network whose status says the cover is open.
    printerSim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    printerSim.setCoverOpen(true);
    const port = (printerSim.address as { port: number }).port;
    const mews = await startMews();
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({
      level: 'debug',
      destination: { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) },
    });
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const config = bridgeConfig(mews, `${dir.path}/data`, [
      { id: printer.Id, name: 'Desk printer', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port } },
    ]);
    const bridge = await createBridge({ store: new MemoryStore(config), log, version: 'test', tuning: FAST_TUNING });
    try {
      await waitFor(() => mews.socketCount() === 1, 'socket');
      const id = mews.store.addPrinterCommand(printer.Id, Buffer.from(makePdf([sampleReceipt()])).toString('base64')).Id;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Error', 'the command to fail', 30_000);
      const note = mews.store.updatesFor(id).at(-1)!.Notes!;
      expect(note).toMatch(/has its cover open/);
      const line = lines.find((l) => l.commandId === id && l.level === 40);
      expect(line, JSON.stringify(lines.map((l) => l.msg))).toBeDefined();
      expect(line).toMatchObject({ msg: 'Command failed', device: 'Desk printer', notes: note });
    } finally {
      await bridge.stop();
      await mews.close();
    }
  });
});

describe('an unexpected error (a bug) in a driver', () => {
  const dir = tempDir('bridge-unexpected-');
  afterAll(() => dir.cleanup());

  it('tells Mews "internal error — see the bridge log", without internal paths; the log keeps the detail', async () => {
    const mews = await startMews();
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({
      level: 'info',
      destination: { write: (l: string) => void lines.push(JSON.parse(l) as Record<string, unknown>) },
    });
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const path = "Cannot find module '/opt/mews-bridge/node_modules/pdfjs-dist/legacy/build/pdf.mjs' imported from /opt/mews-bridge/x.js";
    const bridge = await createBridge({
      store: new MemoryStore(bridgeConfig(mews, `${dir.path}/data`, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }])),
      log,
      version: 'test',
      tuning: FAST_TUNING,
      driverFactory: (d) => {
        const driver = createDriver(d, { dataDir: dir.path, version: 'test' });
        driver.execute = () => Promise.reject(new Error(path));
        return driver;
      },
    });
    try {
      const id = mews.store.addPrinterCommand(printer.Id, Buffer.from(makePdf([sampleReceipt()])).toString('base64')).Id;
      await waitFor(() => mews.store.commands.get(id)!.State === 'Error', 'the command to fail', 30_000);
      const note = mews.store.updatesFor(id).at(-1)!.Notes!;
      expect(note).toBe('Internal error on Desk printer; the details are in the bridge log.');
      expect(note).not.toContain('/opt/');
      expect(lines.find((l) => l.commandId === id && l.msg === 'Driver failed unexpectedly')!.err).toContain(path);
    } finally {
      await bridge.stop();
      await mews.close();
    }
  });
});

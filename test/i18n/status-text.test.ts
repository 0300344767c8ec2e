import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { publicSnapshot } from '../../src/bridge/views.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { StatusBoard } from '../../src/devices/status-board.js';
import { msg, type Note } from '../../src/i18n/note.js';
import { noteText } from '../../renderer/src/i18n/note-text.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * Core-made text the UI shows: the core keeps its English words (`detail`, `reason`, `message` — the `/api/status`
 * contract) and sends the same words as message keys beside them (`detailNote`, `reasonNote`, `messageNote`); the
 * UI renders those with the core's catalogs in its own language (`noteText`), and falls back to the English words.
 */

describe("the UI's noteText", () => {
  const note: Note = [msg('status.paperOut')];

  it('renders a note in the language asked for, keeping plain-string parts as they are', () => {
    expect(noteText(note, 'Paper out', 'de')).toBe('Papier leer');
    expect(noteText(note, 'Paper out', 'cs')).toBe('Došel papír');
    expect(noteText(note, 'Paper out', 'en')).toBe('Paper out');
    expect(noteText([msg('action.paused'), '(ENOENT /dev/x)'], '', 'fr')).toBe(
      'En pause\u202f: les nouvelles commandes attendent que vous repreniez (ENOENT /dev/x)',
    );
  });

  it('shows the English words when there is no note, or one this build cannot render (another version of the core)', () => {
    expect(noteText(undefined, 'Ready soon', 'de')).toBe('Ready soon');
    expect(noteText(null, 'Ready soon', 'cs')).toBe('Ready soon');
    expect(noteText([{ key: 'status.fromTheFuture' }] as unknown as Note, 'Future words', 'de')).toBe('Future words');
    expect(noteText({ key: 'status.paperOut' } as unknown as Note, 'Paper out', 'de')).toBe('Paper out');
    expect(noteText([{ key: 'status.paperOut', params: { x: { y: 1 } } }] as unknown as Note, 'Paper out', 'de')).toBe('Paper out');
  });
});

describe('StatusBoard with message keys', () => {
  it('keeps the English detail and the keys beside it; a plain-text detail has no note', () => {
    const board = new StatusBoard({ health: 'unknown', detail: 'Not started' });
    expect(board.current).not.toHaveProperty('detailNote');
    board.set({ health: 'attention', detail: msg('status.paperOut') });
    expect(board.current).toMatchObject({ detail: 'Paper out', detailNote: [{ key: 'status.paperOut' }] });
  });

  it('drops a repeat of the same note, and publishes the same English words with other keys', () => {
    const board = new StatusBoard({ health: 'unknown', detail: null });
    const seen: unknown[] = [];
    board.subscribe((s) => seen.push(s.detailNote));
    board.set({ health: 'attention', detail: [msg('status.coverOpen')] });
    board.set({ health: 'attention', detail: msg('status.coverOpen') });
    expect(seen).toHaveLength(1);
    board.set({ health: 'attention', detail: 'Cover open' }); // same English, no keys: the UI must fall back to it
    expect(seen).toEqual([[{ key: 'status.coverOpen' }], undefined]);
  });
});

describe('through the bridge: device details and action results arrive as notes', () => {
  let mews: FakeMews;
  let printer: EscposPrinterSim;
  let bridge: BridgeService | undefined;
  const dir = tempDir('status-text-');
  beforeAll(async () => {
    mews = await startMews();
    printer = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
  });
  afterEach(async () => {
    await bridge?.stop();
    bridge = undefined;
  });
  afterAll(async () => {
    await printer.close();
    await mews.close();
    dir.cleanup();
  });

  it('a paper-out printer and a disabled device: English detail unchanged (also in /api/status), the note in de and cs', async () => {
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const off = mews.store.addDevice({ Name: 'Q', Type: 'Printer' });
    const addr = printer.address as { host: string; port: number };
    bridge = await startBridge(
      bridgeConfig(mews, `${dir.path}/a`, [
        { id: p.Id, name: 'Desk', driver: 'escpos', connection: { type: 'tcp', host: addr.host, port: addr.port } },
        { id: off.Id, name: 'Spare', driver: 'null', enabled: false },
      ]),
    );
    printer.setPaperOut(true);
    const desk = async () => (await bridge!.getSnapshot()).devices.find((d) => d.name === 'Desk')!;
    await bridge.testDevice(p.Id); // reads the status now rather than at the next poll
    await waitFor(async () => (await desk()).detail === 'Paper out', 'paper out reported');
    const d = await desk();
    expect(noteText(d.detailNote, d.detail!, 'de')).toBe('Papier leer');
    expect(noteText(d.detailNote, d.detail!, 'cs')).toBe('Došel papír');
    const spare = (await bridge.getSnapshot()).devices.find((x) => x.name === 'Spare')!;
    expect(spare.detail).toBe('Disabled');
    expect(noteText(spare.detailNote, spare.detail!, 'de')).toBe('Deaktiviert');
    // The tokenless /api/status is built from the same views: its English words are as before.
    const pub = publicSnapshot(await bridge.getSnapshot());
    expect(pub.devices.map((x) => x.detail)).toEqual(['Paper out', 'Disabled']);
    printer.setPaperOut(false);
  });

  it('Pause and Resume: English message as before, and the note in German and Czech', async () => {
    const p = mews.store.addDevice({ Name: 'P2', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/b`, [{ id: p.Id, name: 'Desk', driver: 'null' }]));
    const paused = await bridge.setPaused(true);
    expect(paused.message).toBe('Paused: new commands wait until you resume');
    expect(noteText(paused.messageNote, paused.message, 'de')).toBe('Angehalten: Neue Aufträge warten, bis Sie fortsetzen');
    expect(noteText(paused.messageNote, paused.message, 'cs')).toBe('Pozastaveno: nové příkazy čekají, dokud nebudete pokračovat');
    const resumed = await bridge.setPaused(false);
    expect(resumed).toMatchObject({ ok: true, message: 'Resumed' });
    expect(noteText(resumed.messageNote, resumed.message, 'de')).toBe('Fortgesetzt');
  });
});

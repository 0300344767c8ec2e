import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { deviceView, publicSnapshot } from '../../src/bridge/views.js';
import { freePort } from '../../src/sim/free-port.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { StatusBoard } from '../../src/devices/status-board.js';
import { dateTimeIn, listOf, msg, type Note } from '../../src/i18n/note.js';
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

  it('renders list and date-time parameters too (a note from the lock drivers)', () => {
    const until = { key: 'status.printingOn', params: { printer: dateTimeIn(new Date('2026-11-30T13:00:00Z'), 'Europe/Prague') } } as const;
    expect(noteText([until], 'fallback', 'cs')).toBe('Tiskne se na 30. 11. 2026 14:00');
    expect(noteText([msg('status.printingOn', { printer: listOf(['A', 'B']) })], 'fallback', 'de')).toBe('Druckt auf A und B');
    const badZone = [{ key: 'status.printingOn', params: { printer: { dateTime: '2026-11-30T13:00:00Z', timeZone: 'Nowhere/City' } } }];
    expect(noteText(badZone as unknown as Note, 'fallback', 'de')).toBe('fallback');
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

  it('Retry, Dismiss and a device that is not running: English messages as before, the notes in de and cs', async () => {
    const p = mews.store.addDevice({ Name: 'P3', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/c`, [{ id: p.Id, name: 'Desk', driver: 'null' }]));
    const unknown = await bridge.retryCommand('00000000-0000-4000-8000-000000000000');
    expect(unknown).toMatchObject({ ok: false, message: 'Unknown command' });
    expect(noteText(unknown.messageNote, unknown.message, 'de')).toBe('Unbekannter Auftrag');
    const id = mews.store.addPrinterCommand(p.Id, 'JVBERi0xLjQ=').Id;
    await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'command processed');
    const notFailed = await bridge.retryCommand(id);
    expect(notFailed.message).toBe('Only failed commands can be retried');
    expect(noteText(notFailed.messageNote, notFailed.message, 'cs')).toBe('Znovu lze zkusit jen neúspěšné příkazy');
    const dismissed = await bridge.dismissCommand(id);
    expect(dismissed).toMatchObject({ ok: true, message: 'Dismissed' });
    expect(noteText(dismissed.messageNote, dismissed.message, 'de')).toBe('Ausgeblendet');
    const tested = await bridge.testDevice(p.Id);
    expect(tested).toMatchObject({ ok: true, message: 'Null device is always ready' });
    expect(noteText(tested.messageNote, tested.message, 'cs')).toBe('Virtuální zařízení je vždy připraveno');
    const removed = await bridge.removeDevice(p.Id);
    expect(noteText(removed.messageNote, removed.message, 'de')).toBe('Gerät entfernt');
    const gone = await bridge.testDevice(p.Id);
    expect(gone.message).toBe('This device is not running (disabled or not configured)');
    expect(noteText(gone.messageNote, gone.message, 'de')).toBe('Dieses Gerät läuft nicht (deaktiviert oder nicht eingerichtet)');
  });

  it('addresses: words around the address in the UI language, a bare address as it is', async () => {
    const p = mews.store.addDevice({ Name: 'L', Type: 'KeyCutter' });
    const q = mews.store.addDevice({ Name: 'T', Type: 'Printer' });
    const port = await freePort();
    bridge = await startBridge(
      bridgeConfig(mews, `${dir.path}/d`, [
        { id: p.Id, name: 'Locks', driver: 'fias', connection: { type: 'tcp-listen', host: '127.0.0.1', port } },
        { id: q.Id, name: 'Bar', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port: 1 } },
      ]),
    );
    const [locks, bar] = (await bridge.getSnapshot()).devices;
    expect(locks!.address).toBe(`listening on 127.0.0.1:${port}`);
    expect(noteText(locks!.addressNote, locks!.address, 'cs')).toBe(`naslouchá na 127.0.0.1:${port}`);
    expect(bar!.address).toBe('127.0.0.1:1');
    expect(bar!).not.toHaveProperty('addressNote');
    // The same view for a listening port open to the whole network (built from the config alone).
    const open = deviceView(
      { id: p.Id, name: 'Locks', driver: 'fias', enabled: true, connection: { type: 'tcp-listen', host: '0.0.0.0', port: 5010 } } as never,
      undefined,
    );
    expect(open.address).toBe('listening on 0.0.0.0:5010 · any computer on the network may connect (set allowedPeers)');
    expect(noteText(open.addressNote, open.address, 'de')).toBe(
      'wartet auf 0.0.0.0:5010 · jeder Computer im Netzwerk kann sich verbinden (allowedPeers festlegen)',
    );
    // The printer that refuses: "Not connected: <the OS's problem in plain words>".
    await waitFor(async () => (await bridge!.getSnapshot()).devices[1]!.detail?.startsWith('Not connected: ') === true, 'refused');
    const refused = (await bridge.getSnapshot()).devices[1]!;
    expect(refused.detail).toMatch(/^Not connected: 127\.0\.0\.1:1 refused the connection\./);
    expect(noteText(refused.detailNote, refused.detail!, 'de')).toBe(
      'Nicht verbunden: 127.0.0.1:1 hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob das Gerät oder der Dienst dort eingeschaltet ist.',
    );
  });
});

describe('the connection reason', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('status-reason-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    bridge = mews = undefined;
  });
  afterAll(() => dir.cleanup());

  it('Mews answering 503: English reason unchanged (also in /api/status), in German and Czech from its note', async () => {
    mews = await startMews({ noiseEvents: false });
    const p = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/a`, [{ id: p.Id, name: 'Desk', driver: 'null' }]));
    await waitFor(async () => (await bridge!.getSnapshot()).connection.lastSyncAt, 'first re-sync');
    mews.faults.failNext({ status: 503, times: 1_000_000 });
    void bridge.resync('test');
    await waitFor(async () => (await bridge!.getSnapshot()).connection.status === 'degraded', 'degraded');
    const c = publicSnapshot(await bridge.getSnapshot()).connection;
    expect(c.reason).toBe('Mews answers 503 — service unavailable; retrying');
    expect(noteText(c.reasonNote, c.reason!, 'de')).toBe('Mews antwortet mit 503 — Dienst nicht verfügbar; neuer Versuch läuft');
    expect(noteText(c.reasonNote, c.reason!, 'cs')).toBe('Mews odpovídá 503 — služba není dostupná; zkouší se znovu');
    mews.faults.clear();
  });

  it('Mews not reachable: the plain-words problem inside the sentence is translated too', async () => {
    const closed = await startMews();
    const url = closed.url;
    await closed.close(); // nothing listens there any more: connection refused
    const cfg = bridgeConfig({ url } as FakeMews, `${dir.path}/b`, []);
    bridge = await startBridge(cfg);
    await waitFor(async () => (await bridge!.getSnapshot()).connection.reason?.startsWith('Cannot reach Mews') === true, 'offline');
    const c = (await bridge.getSnapshot()).connection;
    const host = new URL(url).host;
    expect(c.reason).toBe(
      `Cannot reach Mews: ${host} refused the connection. Check the address and port, and that the device or service there is switched on.`,
    );
    expect(noteText(c.reasonNote, c.reason!, 'de')).toBe(
      `Mews ist nicht erreichbar: ${host} hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob das Gerät oder der Dienst dort eingeschaltet ist.`,
    );
    expect(noteText(c.reasonNote, c.reason!, 'cs')).toMatch(/^Mews není dostupný: .* odmítl spojení\./);
  });
});

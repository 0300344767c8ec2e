import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { summaryText } from '../../src/bridge/command-summary.js';
import { Journal } from '../../src/bridge/journal.js';
import { legacySummary } from '../../src/bridge/legacy-summary.js';
import { commandView, publicSnapshot } from '../../src/bridge/views.js';
import type { Language } from '../../src/i18n/languages.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const STAY = {
  LockIds: ['206'],
  FirstName: 'Jana',
  LastName: 'Novakova',
  StartUtc: '2026-11-30T14:00:00Z',
  EndUtc: '2026-12-02T10:00:00Z',
};

describe('command summaries kept as data (real core, fake Mews over real sockets)', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('summaries-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
  });
  afterAll(() => dir.cleanup());

  it('the journal keeps key + params and the guest apart; `summary` stays English in any core language; the parts render in each UI language', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const encoder = mews.store.addDevice({ Name: 'K', Type: 'KeyCutter' });
    bridge = await startBridge({
      ...bridgeConfig(mews, `${dir.path}/cs`, [
        { id: printer.Id, name: 'Tiskárna', driver: 'null' },
        { id: encoder.Id, name: 'Kodér', driver: 'null' },
      ]),
      language: 'cs', // the core's language: notes to Mews, not the summaries' language
    });
    const ids = [
      mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 1).Id,
      mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 3).Id,
      mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 5).Id,
      mews.store.addKeyCutterCommand(encoder.Id, 2, STAY).Id,
      mews.store.addKeyCutterCommand(encoder.Id, 5, { ...STAY, LockIds: ['206', '207'] }).Id,
    ];
    await waitFor(() => ids.every((id) => mews!.store.commands.get(id)!.State === 'Processed'), 'all processed');
    const views = async () => {
      const s = await bridge!.getSnapshot();
      return ids.map((id) => s.commands.find((c) => c.id === id)!);
    };
    const english = [
      'Print · 1 copy',
      'Print · 3 copies',
      'Print · 5 copies',
      '2 keys · room 206 · Novakova',
      '5 keys · room 206, 207 · Novakova',
    ];
    expect((await views()).map((c) => c.summary)).toEqual(english);
    const shown = async (lang: Language) => (await views()).map((c) => summaryText(lang, c.summaryParts!));
    expect(await shown('cs')).toEqual([
      'Tisk · 1 kopie',
      'Tisk · 3 kopie',
      'Tisk · 5 kopií',
      '2 klíče · pokoj 206 · Novakova',
      '5 klíčů · pokoj 206, 207 · Novakova',
    ]);
    expect(await shown('de')).toEqual([
      'Druck · 1 Exemplar',
      'Druck · 3 Exemplare',
      'Druck · 5 Exemplare',
      '2 Schlüssel · Zimmer 206 · Novakova',
      '5 Schlüssel · Zimmer 206, 207 · Novakova',
    ]);
    expect(await shown('en')).toEqual(english);
    expect((await views())[3]!.summaryParts).toEqual({
      what: [{ key: 'summary.keys', params: { count: 2, rooms: '206' } }],
      guest: 'Novakova',
    });

    // History search: the summary as a UI in `language` shows it, and the English form.
    const found = async (q: string, lang?: Language) => (await bridge!.searchHistory(q, 100, lang)).map((c) => c.id).sort();
    expect(await found('kopií', 'cs')).toEqual([ids[2]]);
    expect(await found('KLÍČŮ', 'cs')).toEqual([ids[4]]);
    expect(await found('5 copies', 'cs')).toEqual([ids[2]]);
    expect(await found('kopií')).toEqual([]); // a UI that does not say its language gets English matching only
    expect(await found('Exemplare', 'cs')).toEqual([]);

    // A change of the core's language changes nothing in `summary` (the /api/status contract).
    expect(await bridge.setLanguage('de')).toEqual({ ok: true });
    expect((await views()).map((c) => c.summary)).toEqual(english);

    // Without the dashboard token: cut at the first " · ", and no parts (they hold the room and the guest's name).
    const tokenless = publicSnapshot(await bridge.getSnapshot());
    const cut = ids.map((id) => tokenless.commands.find((c) => c.id === id)!);
    expect(cut.map((c) => c.summary)).toEqual(['Print', 'Print', 'Print', '2 keys', '5 keys']);
    expect(cut.map((c) => c.summaryParts)).toEqual([null, null, null, null, null]);
    expect(JSON.stringify(tokenless)).not.toContain('Novakova');

    // In the journal file: the message key and its parameters, the guest's name as its own field.
    const lines = readFileSync(`${dir.path}/cs/journal.jsonl`, 'utf8').split('\n').filter(Boolean);
    const created = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r.id === ids[4] && r.summaryParts);
    expect(created).toMatchObject({
      summary: '5 keys · room 206, 207 · Novakova',
      summaryParts: { what: [{ key: 'summary.keys', params: { count: 5, rooms: '206, 207' } }], guest: 'Novakova' },
    });
  });
});

describe('journals written before summaries were kept as data', () => {
  const dir = tempDir('summaries-old-');
  afterAll(() => dir.cleanup());
  const old = (id: string, deviceType: string, summary: string) => ({
    id,
    deviceId: 'd',
    deviceName: 'Desk',
    deviceType,
    createdUtc: '2026-11-20T10:00:00.000Z',
    creator: 'Petra',
    summary,
    phase: 'final',
    outcome: { state: 'Processed', notes: null },
    reported: true,
    dismissed: false,
    attempts: 1,
    firstSeen: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:01.000Z',
  });

  it('are read: their English lines become parts, render in each language, and retention removes the guest from both', () => {
    mkdirSync(dir.path, { recursive: true });
    const entries = [
      old('p', 'Printer', 'Print · 2 copies'),
      old('k', 'KeyCutter', '1 key · room 101, 102 · Smith'),
      old('r', 'KeyCutter', '2 keys · room 412'), // retention already ran over it
      old('u', 'unknown', 'Unreadable command'),
      old('t', 'Tablet', 'Tablet'),
    ];
    writeFileSync(`${dir.path}/journal.jsonl`, entries.map((e) => JSON.stringify(e)).join('\n') + '\n', { mode: 0o600 });
    const j = new Journal({ dataDir: dir.path });
    const view = (id: string) => commandView(j.get(id)!, false, null, false);
    expect(['p', 'k', 'r', 'u', 't'].map((id) => view(id).summary)).toEqual(entries.map((e) => e.summary));
    expect(['p', 'k', 'r', 'u', 't'].map((id) => summaryText('fr', view(id).summaryParts!))).toEqual([
      'Impression · 2 exemplaires',
      '1 clé · chambre 101, 102 · Smith',
      '2 clés · chambre 412',
      'Commande illisible',
      'Tablet',
    ]);
    expect(view('k').summaryParts!.guest).toBe('Smith');

    expect(j.forgetGuestData(new Date().toISOString(), (_id, n) => n).sort()).toEqual(['k', 'p', 'r', 't', 'u']);
    expect(view('k').summary).toBe('1 key · room 101, 102');
    expect(view('k').summaryParts).toEqual({ what: [{ key: 'summary.keys', params: { count: 1, rooms: '101, 102' } }], guest: null });
    j.close();
    expect(readFileSync(`${dir.path}/journal.jsonl`, 'utf8')).not.toContain('Smith');
  });

  it('legacySummary knows every form older bridges wrote and keeps any other text whole', () => {
    expect(summaryText('es', legacySummary('1 key · room 101, 102 · Smith'))).toBe('1 llave · habitación 101, 102 · Smith');
    expect(summaryText('cs', legacySummary('Key'))).toBe('Klíč');
    expect(summaryText('de', legacySummary('Print'))).toBe('Druck');
    expect(legacySummary('Printer')).toEqual({ what: ['Printer'], guest: null });
    expect(legacySummary('Print · invoice 2026-000416')).toEqual({ what: ['Print · invoice 2026-000416'], guest: null });
    // A last name holding the separator stays the guest's, whole.
    expect(legacySummary('2 keys · room 5 · Smith · Jones').guest).toBe('Smith · Jones');
  });
});

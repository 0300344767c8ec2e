import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { publicSnapshot } from '../../src/bridge/views.js';
import { localizedSummary } from '../../src/i18n/localized-summary.js';
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

describe('command summaries in the queue follow the language (real core, fake Mews over real sockets)', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('summaries-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
  });
  afterAll(() => dir.cleanup());

  it('cs, then de without a restart: copies and keys with their plural forms, the guest name kept, the tokenless cut intact', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const encoder = mews.store.addDevice({ Name: 'K', Type: 'KeyCutter' });
    bridge = await startBridge({
      ...bridgeConfig(mews, `${dir.path}/cs`, [
        { id: printer.Id, name: 'Tiskárna', driver: 'null' },
        { id: encoder.Id, name: 'Kodér', driver: 'null' },
      ]),
      language: 'cs',
    });
    const ids = [
      mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 1).Id,
      mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 3).Id,
      mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 5).Id,
      mews.store.addKeyCutterCommand(encoder.Id, 2, STAY).Id,
      mews.store.addKeyCutterCommand(encoder.Id, 5, STAY).Id,
    ];
    await waitFor(() => ids.every((id) => mews!.store.commands.get(id)!.State === 'Processed'), 'all processed');
    const summaries = async () => {
      const s = await bridge!.getSnapshot();
      return ids.map((id) => s.commands.find((c) => c.id === id)!.summary);
    };
    expect(await summaries()).toEqual([
      'Tisk · 1 kopie',
      'Tisk · 3 kopie',
      'Tisk · 5 kopií',
      '2 klíče · pokoj 206 · Novakova',
      '5 klíčů · pokoj 206 · Novakova',
    ]);

    expect(await bridge.setLanguage('de')).toEqual({ ok: true });
    expect(await summaries()).toEqual([
      'Druck · 1 Exemplar',
      'Druck · 3 Exemplare',
      'Druck · 5 Exemplare',
      '2 Schlüssel · Zimmer 206 · Novakova',
      '5 Schlüssel · Zimmer 206 · Novakova',
    ]);
    const tokenless = publicSnapshot(await bridge.getSnapshot());
    expect(ids.map((id) => tokenless.commands.find((c) => c.id === id)!.summary)).toEqual([
      'Druck',
      'Druck',
      'Druck',
      '2 Schlüssel',
      '5 Schlüssel',
    ]);
  });
});

describe('localizedSummary', () => {
  it('translates every form the bridge writes and keeps any other text as it is', () => {
    expect(localizedSummary('fr', 'Print · 1 copy')).toBe('Impression · 1 exemplaire');
    expect(localizedSummary('es', '1 key · room 101, 102 · Smith')).toBe('1 llave · habitación 101, 102 · Smith');
    expect(localizedSummary('de', '2 keys · room 412')).toBe('2 Schlüssel · Zimmer 412');
    expect(localizedSummary('cs', 'Unreadable command')).toBe('Nečitelný příkaz');
    expect(localizedSummary('cs', 'Key')).toBe('Klíč');
    expect(localizedSummary('de', 'Print')).toBe('Druck');
    expect(localizedSummary('de', 'Printer')).toBe('Printer');
    expect(localizedSummary('de', 'Print · invoice 2026-000416')).toBe('Print · invoice 2026-000416');
    expect(localizedSummary('en', '2 keys · room 412 · Smith')).toBe('2 keys · room 412 · Smith');
  });
});

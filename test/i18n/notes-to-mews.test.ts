import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { startSaltoSim, type SaltoSimHandle } from '../../src/sim/salto-sim.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { makePdf, sampleReceipt } from '../helpers/pdf.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/** The note Mews holds for a command once it is final (what staff read in Mews). */
async function finalNoteIn(mews: FakeMews, id: string): Promise<string> {
  await waitFor(() => ['Processed', 'Error'].includes(mews.store.commands.get(id)!.State), `command ${id} final in Mews`);
  return mews.store.updatesFor(id).at(-1)!.Notes ?? '';
}

describe('notes reach Mews in the chosen language (fake Mews over real sockets)', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  let salto: SaltoSimHandle | undefined;
  let printerSim: EscposPrinterSim | undefined;
  const dir = tempDir('notes-language-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    await salto?.close();
    await printerSim?.close();
    salto = undefined;
    printerSim = undefined;
  });
  afterAll(() => dir.cleanup());

  it('language de: a timeout and bad data are noted in German; switched to fr, the next note is French without a restart', async () => {
    mews = await startMews();
    const slow = mews.store.addDevice({ Name: 'Drucker Empfang', Type: 'Printer' });
    const config = bridgeConfig(mews, `${dir.path}/de`, [
      { id: slow.Id, name: 'Drucker Empfang', driver: 'null', options: { delayMs: 5_000, jobTimeoutSeconds: 1 } },
    ]);
    bridge = await startBridge({ ...config, language: 'de' });

    const timedOut = mews.store.addPrinterCommand(slow.Id, 'JVBERi0xLjQ=').Id;
    expect(await finalNoteIn(mews, timedOut)).toBe(
      'Drucker Empfang wurde nicht innerhalb von 1 s fertig. Bitte das Gerät prüfen, bevor der Vorgang wiederholt wird.',
    );
    const corrupt = mews.store.addPrinterCommand(slow.Id, '%%% not base64 %%%').Id;
    expect(await finalNoteIn(mews, corrupt)).toBe('Das von Mews gesendete Dokument ist beschädigt (ungültige Base64-Daten).');

    expect(await bridge.setLanguage('fr')).toEqual({ ok: true });
    const again = mews.store.addPrinterCommand(slow.Id, '%%% not base64 %%%').Id;
    expect(await finalNoteIn(mews, again)).toBe('Le document envoyé par Mews est corrompu (données base64 invalides).');
    // What the window shows is the note as written: each in the language of its moment.
    const history = await bridge.searchHistory('', 10);
    expect(history.find((c) => c.id === corrupt)!.notes).toMatch(/^Das von Mews/);
    expect(history.find((c) => c.id === again)!.notes).toMatch(/^Le document/);
  });

  it('language en, then es: what is wrong with the Data is said in the language, the Mews field name kept', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    bridge = await startBridge({
      ...bridgeConfig(mews, `${dir.path}/en`, [{ id: printer.Id, name: 'Desk', driver: 'null' }]),
      language: 'en',
    });
    const bad = mews.store.addRawCommand(printer.Id, { CopyCount: 'two', FileType: 'application/pdf', FileData: 'JVBERi0xLjQ=' }).Id;
    expect(await finalNoteIn(mews, bad)).toBe('Invalid print data from Mews (CopyCount must be a number).');
    await bridge.setLanguage('es');
    const again = mews.store.addRawCommand(printer.Id, { CopyCount: 'two', FileType: 'application/pdf', FileData: 'JVBERi0xLjQ=' }).Id;
    expect(await finalNoteIn(mews, again)).toBe('Datos de impresión no válidos de Mews (CopyCount debe ser un número).');
  });

  it('language cs: key notes from a Salto interface use Czech plurals (1, 2, 5 keys; 2 rooms) and its errors are Czech', async () => {
    mews = await startMews();
    salto = await startSaltoSim({ endpoint: { type: 'tcp', host: '127.0.0.1', port: 0 }, knownRooms: ['206', '207'] });
    const port = (salto.address as { port: number }).port;
    const encoder = mews.store.addDevice({ Name: 'Kodér recepce', Type: 'KeyCutter', Identifier: '1' });
    const config = bridgeConfig(mews, `${dir.path}/cs`, [
      {
        id: encoder.Id,
        name: 'Kodér recepce',
        driver: 'salto',
        connection: { type: 'tcp', host: '127.0.0.1', port },
        options: { timeZone: 'Europe/Prague' },
      },
    ]);
    bridge = await startBridge({ ...config, language: 'cs' });
    const newKeys = (count: number, LockIds = ['206']) =>
      mews!.store.addKeyCutterCommand(encoder.Id, count, {
        LockIds,
        KeyCutterData: JSON.stringify({ Type: 'IndustryStandardProtocol', KeyMode: 'New' }),
      }).Id;
    // Czech dates as ČSN 01 6910 writes them: "30. 11. 2026 14:00" (spaces after the dots, no leading zero).
    const validity = String.raw`platnost \d{1,2}\. \d{1,2}\. \d{4} \d\d:\d\d – \d{1,2}\. \d{1,2}\. \d{4} \d\d:\d\d \(čas zámků\)\.$`;
    expect(await finalNoteIn(mews, newKeys(1))).toMatch(new RegExp(`^Nový klíč zakódován pro pokoj 206 na kodéru „1“, ${validity}`));
    expect(await finalNoteIn(mews, newKeys(2))).toMatch(new RegExp(`^2 nové klíče zakódovány pro pokoj 206 na kodéru „1“, ${validity}`));
    expect(await finalNoteIn(mews, newKeys(5))).toMatch(new RegExp(`^5 nových klíčů zakódováno pro pokoj 206 na kodéru „1“, ${validity}`));
    expect(await finalNoteIn(mews, newKeys(2, ['206', '207']))).toMatch(/^2 nové klíče zakódovány pro pokoje 206, 207 na kodéru „1“/);
    // The lock system does not know room 999 (Salto answers TD).
    expect(await finalNoteIn(mews, newKeys(1, ['999']))).toBe(
      'Zámkový systém nezná pokoj 999. Zkontrolujte, zda název pokoje v Mews odpovídá názvu dveří v Salto.',
    );
    await bridge.setLanguage('de');
    expect(await finalNoteIn(mews, newKeys(5))).toMatch(/^5 neue Schlüssel für Zimmer 206 auf Codierer „1“ codiert, gültig /);
  });

  it('an ESC/POS printer on TCP: cover open noted in French, then a 2-page receipt × 2 copies noted in Czech', async () => {
    mews = await startMews();
    printerSim = await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } });
    printerSim.setCoverOpen(true);
    const port = (printerSim.address as { port: number }).port;
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const config = bridgeConfig(mews, `${dir.path}/escpos`, [
      { id: printer.Id, name: 'Réception', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port } },
    ]);
    bridge = await startBridge({ ...config, language: 'fr' });
    const pdf = (pages: number) => Buffer.from(makePdf(Array.from({ length: pages }, () => sampleReceipt()))).toString('base64');
    const blocked = mews.store.addPrinterCommand(printer.Id, pdf(1)).Id;
    expect(await finalNoteIn(mews, blocked)).toBe('Le capot de l’imprimante « Réception » est ouvert.');

    printerSim.setCoverOpen(false);
    await bridge.setLanguage('cs');
    const printed = mews.store.addPrinterCommand(printer.Id, pdf(2), 2).Id;
    expect(await finalNoteIn(mews, printed)).toMatch(/^Na zařízení Réception vytištěny 2 stránky × 2 kopie\./);
  });
});

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { DeviceError } from '../../src/devices/driver.js';
import { FiasDriver } from '../../src/devices/fias/fias-driver.js';
import { CupsBackend } from '../../src/devices/system/cups-backend.js';
import { SystemQueueTransport } from '../../src/devices/system/system-queue-transport.js';
import { WindowsBackend } from '../../src/devices/system/windows-backend.js';
import { NO_CAPABILITIES } from '../../src/devices/system/types.js';
import { systemOptionsSchema } from '../../src/config/schema.js';
import { msg, type Note } from '../../src/i18n/note.js';
import { renderNote } from '../../src/i18n/render-note.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { startEscposPrinterSim, type EscposPrinterSim } from '../../src/sim/escpos-printer-sim.js';
import { startFiasSim, type FiasSimHandle } from '../../src/sim/fias-sim.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { paperOutBackend, startCupsServer, type CupsServerSim } from '../helpers/cups-stack.js';
import { makePdf, sampleInvoice } from '../helpers/pdf.js';
import { textPdf } from '../helpers/text-pdf.js';
import { waitFor } from '../helpers/wait-for.js';
import { freePort, jobCtx, keyJob, lockOptions, rejection } from '../devices/keycutter/kit.js';
import { englishSentences, englishWords, noteLiterals } from './english-in-notes.js';

/**
 * No English left in the notes staff read in Mews when another language is chosen. Two checks that can fail:
 * a static scan of the code that makes notes (like the UI's literal scan), and representative failures of every
 * driver run in German against the real parts (ESC/POS simulator over TCP, a private CUPS with a printer that
 * runs out of paper, the FIAS simulator), with the notes read where Mews gets them (fake Mews over sockets)
 * where the bridge is involved.
 */
const ROOT = process.cwd();
const FIXTURES = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The note is German through and through: no English word of ours, no piece of an English catalog sentence. */
function expectNoEnglish(note: string): void {
  expect(note.length).toBeGreaterThan(0);
  expect({ note, words: englishWords(note), sentences: englishSentences(note) }).toEqual({ note, words: [], sentences: [] });
}

describe('no English in the code that makes notes (static scan)', () => {
  it('no English sentence is written where a note is made in src/devices or src/bridge', () => {
    const found = ['src/devices', 'src/bridge'].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((f) => noteLiterals(relative(ROOT, f), readFileSync(f, 'utf8'))),
    );
    expect(found).toEqual([]);
  });

  it('the scan finds English given to DeviceError, noted, a message parameter and a Note-returning function; not keys or log text', () => {
    const code = `
      function a(err: Error, label: string) {
        if (x) throw new DeviceError(\`\${err.message} Nothing was printed.\`, true);
        if (y) throw new DeviceError([msg('escpos.busy', { device: 'x' }), 'Check the printer.']);
        if (z) throw new PrintSystemDownError('The print service is down.');
        log.warn('print system down; waiting', { label });
        const reason = err.message.replace(/ Fix the printer name.*$/, '');
        return noted(msg('pdf.rendererStopped', { reason: how ?? 'unknown reason' }));
      }
      function b(printer: string): Note { return [\`The printer "\${printer}" is offline.\`]; }
      const c = (n: number): Message => msg(n === 1 ? 'render.turnedAll' : 'render.turnedPages');`;
    expect(noteLiterals('x.ts', code).map((f) => f.replace(/^x\.ts:\d+: /, ''))).toEqual([
      '`${err.message} Nothing was printed.`',
      "'Check the printer.'",
      "'The print service is down.'",
      "'unknown reason'",
      '`The printer "${printer}" is offline.`',
    ]);
  });

  it('the word check finds English of ours, and lets German, device names and the OS words through', () => {
    expect(englishWords('Der Drucker „Büro“ hat kein Papier mehr. Bitte das Papierfach auffüllen.')).toEqual([]);
    expect(englishWords('Auf diesem Computer gibt es keinen Drucker namens „Etagendrucker“ (client-error-not-found).')).toEqual([]);
    expect(englishWords('Der Drucker „Büro“ ist nicht verbunden: no connection.')).toEqual(['no', 'connection']);
    expect(englishSentences('1 Seite gedruckt. The document was turned 90° to print along the paper.')).toEqual([
      'The document was turned 90° to print along the paper.',
    ]);
  });
});

describe('representative failures in German: no English left (real parts)', () => {
  const dir = tempDir('notes-german-');
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  let sims: EscposPrinterSim[] = [];
  let cups: CupsServerSim | undefined;
  let fias: FiasSimHandle | undefined;
  let fiasDriver: FiasDriver | undefined;
  const savedCups = process.env.CUPS_SERVER;
  afterAll(async () => {
    await bridge?.stop();
    await mews?.close();
    for (const s of sims) await s.close();
    await fiasDriver?.stop();
    await fias?.close();
    await cups?.stop();
    if (savedCups === undefined) delete process.env.CUPS_SERVER;
    else process.env.CUPS_SERVER = savedCups;
    dir.cleanup();
  });

  async function finalNote(id: string): Promise<string> {
    await waitFor(() => ['Processed', 'Error'].includes(mews!.store.commands.get(id)!.State), `command ${id} final in Mews`, 40_000);
    return mews!.store.updatesFor(id).at(-1)!.Notes ?? '';
  }

  it('receipt printer (ESC/POS simulator over TCP) through fake Mews: page turned, text too small, characters without a font, switched off', async () => {
    mews = await startMews();
    sims = [
      await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } }),
      await startEscposPrinterSim({ tcp: { host: '127.0.0.1', port: 0 } }),
    ];
    const portOf = (s: EscposPrinterSim) => (s.address as { port: number }).port;
    const [turning, upright] = [portOf(sims[0]!), portOf(sims[1]!)];
    const bon = mews.store.addDevice({ Name: 'Bondrucker', Type: 'Printer' }).Id;
    const hoch = mews.store.addDevice({ Name: 'Bondrucker hochkant', Type: 'Printer' }).Id;
    const aus = mews.store.addDevice({ Name: 'Bondrucker aus', Type: 'Printer' }).Id;
    const nobody = await freePort(); // nothing listens: the printer is switched off
    bridge = await startBridge({
      ...bridgeConfig(mews, join(dir.path, 'escpos'), [
        { id: bon, name: 'Bondrucker', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port: turning } },
        {
          id: hoch,
          name: 'Bondrucker hochkant',
          driver: 'escpos',
          connection: { type: 'tcp', host: '127.0.0.1', port: upright },
          options: { orientation: 'portrait' },
        },
        { id: aus, name: 'Bondrucker aus', driver: 'escpos', connection: { type: 'tcp', host: '127.0.0.1', port: nobody } },
      ]),
      language: 'de',
    });
    const landscape = readFileSync(join(FIXTURES, 'landscape-a4.pdf')).toString('base64');
    const cherokee = Buffer.from(
      textPdf({ width: 226.77, height: 60, baseFont: 'Helvetica', lines: [{ x: 10, y: 30, size: 14, text: 'Gast: Ꮎ Ꮜ Ꮒ' }] }),
    ).toString('base64');

    const turned = await finalNote(mews.store.addPrinterCommand(bon, landscape).Id);
    expect(turned).toBe('1 Seite auf Bondrucker gedruckt. Das Dokument wurde um 90° gedreht und längs auf das Papier gedruckt.');
    const small = await finalNote(mews.store.addPrinterCommand(hoch, landscape).Id);
    expect(small).toMatch(
      /^1 Seite auf Bondrucker hochkant gedruckt\. Das Dokument hat kein Bonformat: Sein Text wurde auf Seite 1 nur etwa 1,0 mm hoch gedruckt/,
    );
    const font = await finalNote(mews.store.addPrinterCommand(bon, cherokee).Id);
    expect(font).toBe(
      '1 Seite auf Bondrucker gedruckt. Nicht gedruckt: 3 Zeichen (sonstige) auf Seite 1, für die keine Schrift installiert oder im Dokument eingebettet ist.',
    );
    const off = await finalNote(mews.store.addPrinterCommand(aus, landscape).Id);
    expect(off).toBe(
      `Der Drucker „Bondrucker aus“ ist nicht verbunden: 127.0.0.1:${nobody} hat die Verbindung abgelehnt. ` +
        'Prüfen Sie Adresse und Port und ob das Gerät oder der Dienst dort eingeschaltet ist.',
    );
    for (const note of [turned, small, font, off]) expectNoEnglish(note);
    await bridge.stop();
    bridge = undefined;
  });

  it('printers of this computer (a private CUPS) through fake Mews: unknown printer, out of paper past the wait, print service down', async () => {
    const paperOut = join(dir.path, 'paper-out');
    writeFileSync(paperOut, '');
    // The printer reports media-empty-error (as CUPS's usb/ipp backends do) while the paper-out file exists.
    const backend = paperOutBackend(paperOut);
    cups = await startCupsServer({ dir: dir.path, backends: { paperout: backend } });
    await cups.addQueue('buero', 'paperout://x', { model: 'raw', info: 'Büro', makeDefault: true });
    process.env.CUPS_SERVER = cups.server;
    mews ??= await startMews();
    const buero = mews.store.addDevice({ Name: 'buero', Type: 'Printer' }).Id;
    const etage = mews.store.addDevice({ Name: 'Etagendrucker', Type: 'Printer' }).Id;
    bridge = await startBridge({
      ...bridgeConfig(mews, join(dir.path, 'system'), [
        { id: buero, name: 'Büro', driver: 'system', options: { printer: 'buero', attentionWaitSeconds: 1 } },
        { id: etage, name: 'Etage', driver: 'system' },
      ]),
      language: 'de',
    });
    const pdf = Buffer.from(makePdf([sampleInvoice()])).toString('base64');

    const unknown = await finalNote(mews.store.addPrinterCommand(etage, pdf).Id);
    expect(unknown).toBe(
      'Auf diesem Computer gibt es keinen Drucker namens „Etagendrucker“. Drucker dieses Computers: „buero“ (Büro) (Standard). ' +
        'Bitte den Druckernamen in Mews korrigieren oder den Drucker in den Einstellungen dieses Geräts wählen.',
    );
    const paper = await finalNote(mews.store.addPrinterCommand(buero, pdf).Id);
    expect(paper).toBe(
      'Der Drucker „buero“ hat kein Papier mehr. Bitte das Papierfach auffüllen. Das Dokument wurde nach 1 Sekunde Wartezeit aus der ' +
        'Druckwarteschlange genommen und wird nicht nachträglich gedruckt; bitte erneut aus Mews drucken, sobald der Drucker bereit ist.',
    );
    rmSync(paperOut, { force: true });
    await cups.stop();
    const down = await finalNote(mews.store.addPrinterCommand(buero, pdf).Id);
    expect(down).toMatch(
      /^Der Druckdienst dieses Computers \(CUPS unter 127\.0\.0\.1:\d+\) läuft nicht oder ist nicht erreichbar\. .* Es wurde nichts gedruckt\.$/,
    );
    for (const note of [unknown, paper, down]) expectNoEnglish(note);
    await bridge.stop();
    bridge = undefined;
    await cups.start();
  }, 90_000);

  it('a receipt printer on a raw CUPS queue and the Windows spooler: German notes', async () => {
    // CUPS (restarted above) has no queue "bon": the raw-queue transport names this computer's printers.
    const raw = new SystemQueueTransport('bon', new CupsBackend({ env: { CUPS_SERVER: cups!.server } }));
    await raw.open();
    await raw.write(new Uint8Array([0x1b, 0x40]));
    const missing = (await rejection(raw.flush())) as DeviceError;
    expect(renderNote('de', missing.note)).toMatch(
      /^Auf diesem Computer gibt es keinen Drucker namens „bon“\. Drucker dieses Computers: „buero“/,
    );

    const noProgram = Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' });
    const windows = new WindowsBackend({ run: () => Promise.reject(noProgram), tempDir: join(dir.path, 'win') });
    const list = await windows.list();
    const failed = (await rejection(
      windows.submit({
        printer: { kind: 'queue', name: 'Rezeption' },
        status: { name: 'Rezeption', supported: NO_CAPABILITIES } as never,
        pdf: makePdf([sampleInvoice()]),
        copies: 1,
        options: systemOptionsSchema.parse({}),
        jobName: 'Mews 1',
        signal: new AbortController().signal,
      }),
    )) as DeviceError;
    const notes = [renderNote('de', missing.note), renderNote('de', list.errorNote!), renderNote('de', failed.note)];
    expect(notes[1]).toBe('Die Windows-Drucker konnten nicht aufgelistet werden (Programm nicht gefunden).');
    expect(notes[2]).toMatch(
      /^Windows konnte nicht auf „Rezeption“ drucken \(Programm nicht gefunden\)\. Bitte den Drucker unter Windows-Einstellungen/,
    );
    for (const note of notes) expectNoEnglish(note);
  });

  it('FIAS lock system (simulator): the listening port taken, the link lost after the request, no answer in time', async () => {
    const notes: string[] = [];
    const net = await import('node:net');
    const blocker = net.createServer();
    const taken = await new Promise<number>((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as { port: number }).port)));
    try {
      const d = new FiasDriver({
        connection: { type: 'tcp-listen', host: '127.0.0.1', port: taken },
        options: lockOptions(),
        linkWaitMs: 500,
      });
      await d.start();
      notes.push(renderNote('de', ((await rejection(d.execute(keyJob(), jobCtx()))) as DeviceError).note));
      await d.stop();
    } finally {
      await new Promise((r) => blocker.close(r));
    }
    expect(notes[0]).toMatch(
      /^Die Bridge kann auf 127\.0\.0\.1:\d+ keine Verbindungen vom Schließsystem annehmen: ein anderes Programm verwendet diesen Port bereits\./,
    );

    const port = await freePort();
    fiasDriver = new FiasDriver({
      connection: { type: 'tcp-listen', host: '127.0.0.1', port },
      options: lockOptions(),
      linkWaitMs: 3000,
      answerMs: 700,
      linkStartWaitMs: 100,
      keepAliveMs: 0,
    });
    await fiasDriver.start();
    fias = await startFiasSim({ endpoint: { role: 'client', host: '127.0.0.1', port, reconnectDelayMs: 50 } });
    await fias.waitLinked();
    fias.dropNextAnswer();
    const lost = (await rejection(fiasDriver.execute(keyJob(), jobCtx('lost')))) as DeviceError;
    notes.push(renderNote('de', lost.note));
    expect(notes[1]).toMatch(
      /^Die Schlüsselanfrage wurde an das Schließsystem \(Port \d+\) gesendet, aber die Verbindung zum Schließsystem ist abgebrochen;/,
    );
    await waitFor(() => fias!.connections === 2 && fias!.linked, 'the lock system to reconnect');
    fias.swallowNextAnswer();
    const silent = (await rejection(fiasDriver.execute(keyJob({ reservationId: 'silent' }), jobCtx('silent')))) as DeviceError;
    notes.push(renderNote('de', silent.note));
    expect(notes[2]).toMatch(/gesendet, aber innerhalb von 0,7 s kam keine Antwort; die Karte ist möglicherweise schon codiert\./);
    for (const note of notes) expectNoEnglish(note);
  });
});

describe('plurals in the new notes (Czech one/few/many)', () => {
  it('taken off the queue after 1, 2, 5 seconds; pages turned', () => {
    const cs = (note: Note) => renderNote('cs', note);
    expect(cs([msg('system.takenOffQueue', { seconds: 1 })])).toMatch(/^Dokument byl po 1 sekundě čekání odebrán/);
    expect(cs([msg('system.takenOffQueue', { seconds: 2 })])).toMatch(/^Dokument byl po 2 sekundách čekání odebrán/);
    expect(cs([msg('system.takenOffQueue', { seconds: 5 })])).toMatch(/^Dokument byl po 5 sekundách čekání odebrán/);
    expect(cs([msg('render.turnedPages', { count: 2, pages: { list: [1, 3] } })])).toBe(
      'Strany 1 a\u00a03 byly otočeny o 90°, aby se vytiskly podél papíru.',
    );
    expect(renderNote('de', [msg('system.takenOffQueue', { seconds: 30 })])).toMatch(/^Das Dokument wurde nach 30 Sekunden Wartezeit/);
  });
});

import { describe, expect, it } from 'vitest';
import { problemNote, statusWords, summarizeReasons } from '../../../src/devices/system/state-reasons.js';
import type { Note } from '../../../src/i18n/note.js';
import { englishNote, renderNote } from '../../../src/i18n/render-note.js';

const en = (note: Note | null) => (note ? englishNote(note) : null);

describe('printer-state-reasons in words for staff', () => {
  it('turns each blocking reason into what to do, with or without the severity suffix', () => {
    expect(en(problemNote('Office', ['media-empty-error'], 'stopped', true))).toBe(
      'The printer "Office" is out of paper. Refill the paper tray. The document will print when the printer is ready.',
    );
    expect(en(problemNote('Office', ['media-jam'], 'stopped', false))).toBe(
      'The printer "Office" has a paper jam. Open the printer and remove the jammed paper.',
    );
    expect(en(problemNote('Office', ['door-open-error', 'toner-empty'], 'stopped', false))).toBe(
      'The printer "Office" has a door or cover open and is out of toner. Close the printer door. Replace the toner cartridge.',
    );
    expect(problemNote('Office', ['offline-report'], 'idle', false)).toBeNull();
    expect(en(problemNote('Office', ['offline'], 'idle', false))).toMatch(
      /is offline\. Check that the printer is switched on and connected/,
    );
    expect(en(problemNote('Office', ['paused'], 'stopped', true))).toMatch(
      /is paused in the print settings of this computer\. Resume the printer/,
    );
  });

  it('in German, Czech, French and Spanish: the problems as one list in that language, each action a sentence', () => {
    const note = problemNote('Büro', ['media-empty-error', 'door-open', 'toner-empty'], 'stopped', true)!;
    expect(renderNote('de', note)).toBe(
      'Der Drucker „Büro“ hat kein Papier mehr, hat eine offene Klappe oder Abdeckung und hat keinen Toner mehr. ' +
        'Bitte das Papierfach auffüllen. Bitte die Klappe des Druckers schließen. Bitte die Tonerkartusche ersetzen. ' +
        'Das Dokument wird gedruckt, sobald der Drucker bereit ist.',
    );
    expect(renderNote('cs', problemNote('Recepce', ['media-jam', 'shutdown'], 'stopped', false)!)).toBe(
      // Czech typography: a non-breaking space after the one-letter conjunction (Intl.ListFormat).
      'Tiskárna „Recepce“ má zaseknutý papír a\u00a0je vypnutá. Otevřete tiskárnu a vyjměte zaseknutý papír. Zapněte tiskárnu.',
    );
    expect(renderNote('fr', problemNote('Accueil', ['paused'], 'stopped', false)!)).toBe(
      'L’imprimante « Accueil » est en pause dans les paramètres d’impression de cet ordinateur. Relancez l’imprimante dans les paramètres d’impression.',
    );
    expect(renderNote('es', problemNote('Recepción', ['cover-open-error'], 'stopped', false)!)).toBe(
      'La impresora «Recepción» tiene la tapa abierta. Cierre la tapa de la impresora.',
    );
  });

  it('a warning (low paper, low toner) or a CUPS bookkeeping reason never blocks a job', () => {
    expect(summarizeReasons(['media-low-warning', 'toner-low', 'cups-waiting-for-job-completed', 'none'])).toEqual({
      blocking: [],
      warnings: ['media-low', 'toner-low'],
    });
    expect(problemNote('Office', ['toner-low-warning'], 'processing', true)).toBeNull();
    expect(statusWords(['toner-low-warning'], 'idle')).toBe('Low on toner');
  });

  it('a stopped printer with no reason still counts as stopped; unknown reasons keep their IPP keyword as the detail', () => {
    expect(en(problemNote('Office', [], 'stopped', false))).toMatch(/paused/);
    expect(summarizeReasons(['spool-area-full-error']).blocking).toEqual(['spool-area-full']);
    expect(en(problemNote('Office', ['spool-area-full-error'], 'idle', false))).toBe(
      'The printer "Office" reports "spool-area-full". Check the printer display.',
    );
    expect(renderNote('de', problemNote('Büro', ['spool-area-full-error'], 'idle', false)!)).toBe(
      'Der Drucker „Büro“ meldet „spool-area-full“. Bitte die Anzeige des Druckers prüfen.',
    );
  });
});

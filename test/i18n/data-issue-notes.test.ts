import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bridge/command-data.js';
import { renderNote } from '../../src/i18n/render-note.js';
import { LANGUAGES, type Language } from '../../src/i18n/languages.js';
import { commandSchema } from '../../src/mews/wire.js';

const KEY_DATA = {
  KeyCutterId: '3f1c2a10-0d5e-4a8b-9c1e-6a7b8c9d0e03',
  KeyCount: 2,
  LockIds: ['206'],
  StartUtc: '2026-11-30T14:00:00Z',
  EndUtc: '2026-12-02T10:00:00Z',
  LastName: 'Novakova',
  KeyCutterData: '{"Type":"FiasProtocol"}',
};

const command = (Type: 'KeyCutter' | 'Printer', Data: unknown) =>
  commandSchema.parse({ Id: 'c', State: 'Pending', CreatedUtc: 'x', Device: { Id: 'd', Name: 'Desk', Type }, Data });

/** The note staff read in Mews for a command whose Data is wrong, in `language`. */
function noteFor(language: Language, Type: 'KeyCutter' | 'Printer', Data: unknown): string {
  const parsed = parseCommand(command(Type, Data));
  if (parsed.ok) throw new Error('expected the command to be refused');
  return renderNote(language, parsed.note);
}

const key = (changes: Record<string, unknown>) => ({ ...KEY_DATA, ...changes });

describe('invalid command data is explained in the note’s language (field names stay Mews’s)', () => {
  it('an empty LockIds (the field case) in en, de, fr, cs, es', () => {
    const data = key({ LockIds: [] });
    expect(noteFor('en', 'KeyCutter', data)).toBe('Invalid key data from Mews (LockIds needs at least 1 entry).');
    expect(noteFor('de', 'KeyCutter', data)).toBe('Ungültige Schlüsseldaten von Mews (LockIds braucht mindestens 1 Eintrag).');
    expect(noteFor('fr', 'KeyCutter', data)).toBe('Données de clé invalides reçues de Mews (LockIds doit contenir au moins 1 élément).');
    expect(noteFor('cs', 'KeyCutter', data)).toBe('Neplatná data klíče z Mews (LockIds musí mít alespoň 1 položku).');
    expect(noteFor('es', 'KeyCutter', data)).toBe('Datos de llave no válidos de Mews (LockIds necesita al menos 1 elemento).');
  });

  it('other members of the kind: limits, types, a missing field, an empty entry, a bad time, no object at all', () => {
    expect(noteFor('de', 'KeyCutter', key({ KeyCount: 21 }))).toBe('Ungültige Schlüsseldaten von Mews (KeyCount darf höchstens 20 sein).');
    expect(noteFor('fr', 'KeyCutter', key({ KeyCount: 0 }))).toBe(
      'Données de clé invalides reçues de Mews (KeyCount doit être supérieur ou égal à 1).',
    );
    expect(noteFor('cs', 'KeyCutter', key({ KeyCount: 2.5 }))).toBe('Neplatná data klíče z Mews (KeyCount musí být celé číslo).');
    expect(noteFor('de', 'KeyCutter', key({ LastName: undefined }))).toBe('Ungültige Schlüsseldaten von Mews (LastName fehlt).');
    expect(noteFor('cs', 'KeyCutter', key({ LockIds: [''] }))).toBe('Neplatná data klíče z Mews (LockIds.0 je prázdné).');
    expect(noteFor('fr', 'KeyCutter', key({ StartUtc: 'tomorrow 2pm' }))).toBe(
      'Données de clé invalides reçues de Mews (StartUtc n’est pas une date et heure avec décalage horaire (ISO 8601, par ex. 2026-11-30T14:00:00Z)).',
    );
    expect(noteFor('en', 'KeyCutter', null)).toBe('Invalid key data from Mews (Data must be an object).');
    expect(noteFor('de', 'Printer', { CopyCount: 'two', FileType: 'application/pdf', FileData: 'JVBERi0xLjQ=' })).toBe(
      'Ungültige Druckdaten von Mews (CopyCount muss eine Zahl sein).',
    );
    expect(noteFor('cs', 'Printer', { CopyCount: 1, FileType: 'application/pdf', FileData: '' })).toBe(
      'Neplatná tisková data z Mews (FileData je prázdné).',
    );
  });

  it('no zod English in any language', () => {
    const cases: ['KeyCutter' | 'Printer', unknown][] = [
      ['KeyCutter', key({ LockIds: [] })],
      ['KeyCutter', key({ KeyCount: 'x' })],
      ['KeyCutter', key({ EndUtc: 5 })],
      ['KeyCutter', key({ LockIds: 'abc' })],
      ['Printer', { CopyCount: 101, FileType: 'pdf', FileData: 'x' }],
      ['Printer', 'text'],
    ];
    for (const language of LANGUAGES)
      for (const [type, data] of cases)
        expect(noteFor(language, type, data), `${language} ${JSON.stringify(data)}`).not.toMatch(
          /Too (small|big)|Invalid (input|ISO)|expected \w+|received \w+/,
        );
  });
});

import { describe, expect, it } from 'vitest';
import { dateTimeIn, listOf, msg, type Note } from '../../src/i18n/note.js';
import { englishNote, isRenderableNote, renderNote, renderNoteOr } from '../../src/i18n/render-note.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

// A stay over the spring DST change in Prague: 00:30 UTC is 01:30 CET, 08:00 UTC two days later is 10:00 CEST.
const start = new Date('2026-03-29T00:30:00Z');
const end = new Date('2026-03-31T08:00:00Z');
const zone = 'Europe/Prague';

const encoded: Note = [
  msg('salto.encodedNew', {
    count: 2,
    rooms: msg('lock.rooms', { count: 1, list: listOf(['206']) }),
    encoder: '1',
    from: dateTimeIn(start, zone),
    until: dateTimeIn(end, zone),
  }),
];

describe('dates and times in notes are written the language’s way, in the lock system’s zone', () => {
  it('renders a key’s validity per language (en as en-GB: day first, 24-hour clock)', () => {
    expect(renderNote('en', encoded)).toBe(
      '2 new keys encoded for Room 206 on encoder "1", valid 29/03/2026, 01:30 – 31/03/2026, 10:00 (lock time).',
    );
    expect(renderNote('de', encoded)).toContain('gültig 29.03.2026, 01:30 – 31.03.2026, 10:00');
    expect(renderNote('fr', encoded)).toContain('valable du 29/03/2026 01:30 au 31/03/2026 10:00');
    expect(renderNote('cs', encoded)).toContain('platnost 29. 3. 2026 01:30 – 31. 3. 2026 10:00');
    expect(renderNote('es', encoded)).toContain('29/03/2026, 01:30');
  });

  it('uses the zone it was given, not the computer’s', () => {
    const until = (timeZone: string) =>
      renderNote('fr', [msg('fias.encodedNew', { count: 1, rooms: '301', encoder: '1', until: dateTimeIn(end, timeZone) })]);
    expect(until('Europe/Prague')).toContain('31/03/2026 10:00');
    expect(until('America/New_York')).toContain('31/03/2026 04:00');
    expect(until('Asia/Tokyo')).toContain('31/03/2026 17:00');
  });

  it('keeps the note as plain JSON, so the journal and the UI render the same later', () => {
    const copy: unknown = JSON.parse(JSON.stringify(encoded));
    expect(isRenderableNote(copy)).toBe(true);
    for (const language of LANGUAGES) expect(renderNote(language, copy as Note)).toBe(renderNote(language, encoded));
    expect(englishNote(copy as Note)).toContain('valid 29/03/2026, 01:30');
  });

  it('a reader given a broken date or zone falls back to the English text sent beside it', () => {
    const broken = (dateTime: string, timeZone: string): Note => [
      msg('fias.encodedNew', { count: 1, rooms: '301', encoder: '1', until: { dateTime, timeZone } }),
    ];
    expect(renderNoteOr('de', broken('not a date', zone), 'English text')).toBe('English text');
    expect(renderNoteOr('de', broken(end.toISOString(), 'Mars/Olympus'), 'English text')).toBe('English text');
    expect(isRenderableNote([msg('fias.encodedNew', { until: { dateTime: 5 } as never })])).toBe(false);
  });

  it('refuses an invalid instant when the note is built', () => {
    expect(() => dateTimeIn(new Date('nope'), zone)).toThrow(RangeError);
  });
});

import { createInstance, type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { CATALOGS } from './catalogs/index.js';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages.js';
import { asNote, isMessage, type DateTimeParam, type Message, type MessageParam, type Note, type NotePart } from './note.js';

/**
 * Renders notes with i18next + i18next-icu (ICU MessageFormat: `{name}`, `{count, plural, one {…} other {…}}`
 * with each language's CLDR plural rules from `Intl.PluralRules`). One private instance
 * (`createInstance`, never the global `i18next`), initialised once with every catalog and never changed
 * afterwards: the language is passed with each call, so bridges in one process cannot affect each other.
 */
let instance: i18n | null = null;

function messages(): i18n {
  if (instance) return instance;
  const created = createInstance();
  created.use(ICU);
  void created.init({
    initAsync: false,
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGS[l] }])),
    // Keys are dotted names ("escpos.paperOut"), not paths; ICU does the formatting.
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
  });
  instance = created;
  return created;
}

/** One message in `language`; a `Message` parameter is rendered first in the same language. */
export function renderMessage(language: Language, message: Message): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = renderParam(language, value);
  return messages().t(message.key, { ...params, lng: language });
}

function renderParam(language: Language, value: MessageParam): string | number {
  if (typeof value !== 'object') return value;
  if ('dateTime' in value) return renderDateTime(language, value);
  if ('list' in value)
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(value.list.map((item) => String(renderParam(language, item))));
  return renderMessage(language, value);
}

/**
 * How each language's notes write a date and time: the locale whose CLDR order and separators are used, and
 * whether day and month get a leading zero. English notes follow British usage (30/11/2026, 14:00: day first,
 * 24-hour clock): hotels on Mews are mostly in Europe and lock systems keep 24-hour times, and en-US's
 * 11/30/26 would be misread there. Czech writes no leading zeros (ČSN 01 6910: 2. 1. 2026); German, French
 * and Spanish documents write them (DIN 5008: 02.01.2026).
 */
export const DATE_STYLES: Readonly<Record<Language, { locale: string; dayMonth: '2-digit' | 'numeric' }>> = {
  en: { locale: 'en-GB', dayMonth: '2-digit' },
  de: { locale: 'de', dayMonth: '2-digit' },
  fr: { locale: 'fr', dayMonth: '2-digit' },
  es: { locale: 'es', dayMonth: '2-digit' },
  cs: { locale: 'cs', dayMonth: 'numeric' },
};

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A `DateTimeParam` as the wall-clock date and time of its zone, in `language`; `RangeError` for a bad date or zone. */
function renderDateTime(language: Language, value: DateTimeParam): string {
  const instant = new Date(value.dateTime);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`invalid date: ${value.dateTime}`);
  const id = `${language} ${value.timeZone}`;
  let format = dateTimeFormats.get(id);
  if (!format) {
    const style = DATE_STYLES[language];
    format = new Intl.DateTimeFormat(style.locale, {
      year: 'numeric',
      month: style.dayMonth,
      day: style.dayMonth,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: value.timeZone,
    });
    dateTimeFormats.set(id, format);
  }
  return format.format(instant);
}

/** A note as text in `language`: its parts rendered (strings kept as they are) and joined with a space. */
export function renderNote(language: Language, note: Note): string {
  return note
    .map((part) => (isMessage(part) ? renderMessage(language, part) : part))
    .filter((text) => text.length > 0)
    .join(' ');
}

/**
 * Text the core made, in `language`: `note` rendered when this build can render it (`isRenderableNote`), else
 * `fallback` (the English text sent beside it) as it came; also the fallback when the note renders empty or throws.
 */
export function renderNoteOr(language: Language, note: Note | null | undefined, fallback: string): string {
  if (note === null || note === undefined || !isRenderableNote(note)) return fallback;
  try {
    return renderNote(language, note) || fallback;
  } catch {
    return fallback;
  }
}

/** The note in English: what the logs and a `DeviceError`'s `message` say. */
export function englishNote(note: Note): string {
  return renderNote('en', note);
}

/**
 * True when `value` is a note this build can render: an array of plain strings and messages whose keys are in
 * the catalogs and whose parameters are text, numbers, such messages or lists of these. A reader of notes from another build of
 * the core (a UI talking to an older or newer bridge) checks with it and falls back to the English text.
 */
export function isRenderableNote(value: unknown): value is Note {
  return Array.isArray(value) && value.every((part) => typeof part === 'string' || isKnownMessage(part));
}

function isKnownMessage(value: unknown): boolean {
  if (!isMessage(value) || !Object.hasOwn(CATALOGS.en, value.key)) return false;
  const params: unknown = value.params;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null) return false;
  return Object.values(params).every(isKnownParam);
}

function isKnownParam(p: unknown): boolean {
  if (typeof p === 'string' || typeof p === 'number') return true;
  if (typeof p === 'object' && p !== null && 'dateTime' in p)
    return typeof p.dateTime === 'string' && 'timeZone' in p && typeof p.timeZone === 'string';
  if (typeof p === 'object' && p !== null && 'list' in p) return Array.isArray(p.list) && p.list.every(isKnownParam);
  if (typeof p === 'object' && p !== null && 'dateTime' in p)
    return typeof p.dateTime === 'string' && 'timeZone' in p && typeof p.timeZone === 'string';
  return isKnownMessage(p);
}

/**
 * A result's words from message keys (`ActionResult`, `TestResult`): `message` the note in English (what readers
 * of `message` always got) and `messageNote` the keys, for a UI to show them in its language.
 */
export function noteMessage(note: Note | NotePart): { message: string; messageNote: Note } {
  const parts = asNote(note);
  return { message: englishNote(parts), messageNote: parts };
}

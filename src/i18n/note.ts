import type { MessageKey } from './catalogs/en.js';

/**
 * A note staff read in Mews, kept as message keys and parameters until it is written, so that it is
 * rendered in the language chosen at that moment (`renderNote`). Drivers and the bridge build notes;
 * only `renderNote` turns them into text.
 */

/**
 * A parameter: text and numbers go in as they are; a `Message` is rendered first, in the same language; a
 * `ListParam` becomes the language's list ("a, b and c", "a, b und c": `Intl.ListFormat`, conjunction); a
 * `DateTimeParam` becomes the language's date and time in its zone ("30.11.2026, 14:00", "30/11/2026 14:00").
 */
export type MessageParam = string | number | Message | ListParam | DateTimeParam;

/** Several parameters shown as one list in the note's language. */
export interface ListParam {
  readonly list: readonly MessageParam[];
}

/**
 * A moment shown as the wall-clock date and time of `timeZone` (an IANA zone, e.g. a lock system's
 * `Europe/Prague`), written the language's way when the note is rendered (`Intl.DateTimeFormat`).
 * `dateTime` is the instant as ISO 8601 in UTC (`2026-11-30T13:00:00.000Z`): plain JSON, so a note kept
 * in the journal or sent to the UI renders the same later.
 */
export interface DateTimeParam {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** One sentence (or phrase) of the catalogs: `key` names it, `params` fill its ICU placeholders. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/**
 * A note: its parts are rendered and joined with a space. A string part is kept as it is: a library's,
 * the OS's or a device's own words (a detail inside a translated sentence), or a text not translated yet.
 */
export type NotePart = Message | string;
export type Note = readonly NotePart[];

/** `{ key, params }`, typed: the one way code names a message. */
export function msg(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

/** `{ list }`: the items as the language's list (`Intl.ListFormat`, "a, b and c"). */
export function listOf(items: readonly MessageParam[]): ListParam {
  return { list: items };
}

/** `{ dateTime, timeZone }`: `instant` as the date and time of `timeZone`, in the note's language. Throws `RangeError` for an invalid date. */
export function dateTimeIn(instant: Date, timeZone: string): DateTimeParam {
  return { dateTime: instant.toISOString(), timeZone };
}

/** True for a `Message` (as opposed to text kept as it is). */
export function isMessage(part: unknown): part is Message {
  return typeof part === 'object' && part !== null && typeof (part as Message).key === 'string';
}

/** A note from one part or several (`Note`), for APIs that take either. */
export function asNote(note: Note | NotePart): Note {
  return Array.isArray(note) ? (note as Note) : [note as NotePart];
}

import type { SummaryParts } from './api.js';
import type { Language } from '../i18n/languages.js';
import { msg } from '../i18n/note.js';
import { renderNote } from '../i18n/render-note.js';

/**
 * A command's one-line summary kept as data (`SummaryParts`): what the command is, as a message of the core
 * catalogs, and the guest's last name apart from it. The journal stores it with each new command; the
 * English text (`summaryText('en', …)`) is what `/api/status` shows in `summary`, and a UI renders the
 * parts in its own language.
 */

/** The parts of the summary and the join between them; the tokenless status cuts at the first one. */
export const SUMMARY_SEPARATOR = ' · ';

/** A print command: "Print · 2 copies". */
export function printSummary(copies: number): SummaryParts {
  return { what: [msg('summary.print', { copies })], guest: null };
}

/** A key command: "2 keys · room 206, 207" with the guest's last name apart ("· Novák" when shown). */
export function keySummary(keyCount: number, rooms: readonly string[], lastName: string): SummaryParts {
  return { what: [msg('summary.keys', { count: keyCount, rooms: rooms.join(', ') })], guest: lastName };
}

/** Print data Mews sent that does not validate ("Print"). */
export const INVALID_PRINT_SUMMARY: SummaryParts = { what: [msg('summary.printInvalid')], guest: null };
/** Key data Mews sent that does not validate ("Key"). */
export const INVALID_KEY_SUMMARY: SummaryParts = { what: [msg('summary.keyInvalid')], guest: null };
/** A command that does not read at all ("Unreadable command"). */
export const UNREADABLE_SUMMARY: SummaryParts = { what: [msg('summary.unreadable')], guest: null };

/** A device type the bridge does not run: its Mews name, kept as it is ("Tablet"). */
export function otherSummary(deviceType: string): SummaryParts {
  return { what: [deviceType], guest: null };
}

/** The summary as one line in `language`: "2 Schlüssel · Zimmer 206 · Novák" (the guest's name as written). */
export function summaryText(language: Language, parts: SummaryParts): string {
  const what = renderNote(language, parts.what);
  return parts.guest ? `${what}${SUMMARY_SEPARATOR}${parts.guest}` : what;
}

/** The same summary without the guest's name (retention, the tokenless status keeps even less). */
export function withoutGuest(parts: SummaryParts): SummaryParts {
  return { what: parts.what, guest: null };
}

/** The journal's two summary fields of a new command: the parts, and the English line next to them. */
export function summaryFields(parts: SummaryParts): { summary: string; summaryParts: SummaryParts } {
  return { summary: summaryText('en', parts), summaryParts: parts };
}

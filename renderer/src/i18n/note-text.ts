import { renderNoteOr } from '../../../src/i18n/render-note.js';
import type { FieldIssueView, Note } from '../../../src/bridge/api.js';
import { useT } from './i18n.js';
import type { Language } from './languages.js';

/**
 * Text the core made, in the UI's language: the core sends its English words (`detail`, `reason`, `message`, …)
 * and, beside them, the same words as message keys (`detailNote`, `reasonNote`, `messageNote`, …, a `Note` of
 * `src/i18n/note.ts`). The note is rendered with the core's own catalogs (`src/i18n/catalogs`, i18next + ICU);
 * a string part (a device's or the OS's own words) stays as it is. Without a note, or with one this build cannot
 * render (an unknown key from another version of the core), the English `fallback` is shown as it came.
 */
export function noteText(note: Note | null | undefined, fallback: string, lang: Language): string {
  return renderNoteOr(lang, note, fallback);
}

/** A form issue from the core in the UI's language (its `messageNote`), else its English `message`. */
export function issueText(issue: FieldIssueView, lang: Language): string {
  return noteText(issue.messageNote, issue.message, lang);
}

/** In a component: `noteText` in the UI's current language; the component re-renders when the language changes. */
export function useNoteText(): (note: Note | null | undefined, fallback: string) => string {
  const { lang } = useT();
  return (note, fallback) => noteText(note, fallback, lang);
}

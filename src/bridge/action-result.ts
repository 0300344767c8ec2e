import { asNote, type Note, type NotePart } from '../i18n/note.js';
import { englishNote } from '../i18n/render-note.js';
import type { ActionResult } from './api.js';

/**
 * An action's result from message keys: `message` in English (what `/api/status`-era readers and logs see),
 * `messageNote` the keys for a UI to show in its language.
 */
export function actionResult(ok: boolean, note: Note | NotePart): ActionResult {
  const parts = asNote(note);
  return { ok, message: englishNote(parts), messageNote: parts };
}

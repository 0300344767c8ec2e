import { plainProblem, type PlainProblem } from '../util/plain-error.js';
import { msg, type Message } from './note.js';

/**
 * A problem's words as a message without the final stop (`plainError.<kind>` with its address), for a sentence that
 * goes on ("…; retrying"); the error's own words as they are when it is of no known kind.
 */
export function plainErrorWords(p: PlainProblem): Message | string {
  return p.kind ? msg(`plainError.${p.kind}`, { target: p.target }) : p.text;
}

/** `plainError(err, target)` as message keys: the same English sentence, and the UI's language where it has one. */
export function plainErrorNote(err: unknown, target: string): Message | string {
  return plainProblemNote(plainProblem(err, target));
}

/** `plainProblemText(p)` as message keys (a known kind's sentence with its stop; other words as they are). */
export function plainProblemNote(p: PlainProblem): Message | string {
  return p.kind ? msg('plainError.sentence', { words: plainErrorWords(p) }) : p.text;
}

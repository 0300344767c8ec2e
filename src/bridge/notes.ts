import { msg, type Note } from '../i18n/note.js';

/**
 * Notes a receptionist reads in Mews when a command fails. Plain words, an action where there is one.
 * They are message keys (`src/i18n/catalogs`), rendered in the bridge's language when the command ends.
 */

export const INTERRUPTED_NOTE: Note = [msg('bridge.interrupted')];

export function timeoutNote(device: string, seconds: number, reachedDevice: boolean): Note {
  return [msg(reachedDevice ? 'bridge.timeoutFinish' : 'bridge.timeoutStart', { device, seconds })];
}

/**
 * A bug, not something staff can act on: the note says so and points to the log, where the runner writes the error
 * with its stack. The error's own text stays out of the note (it may hold internal paths such as
 * "Cannot find module '/opt/bridge/node_modules/…'", or a guest's name).
 */
export function unexpectedNote(device: string, reachedDevice: boolean): Note {
  return [msg('bridge.unexpected', { device }), ...(reachedDevice ? [msg('bridge.checkDevice')] : [])];
}

export function deviceRemovedNote(device: string): Note {
  return [msg('bridge.deviceRemoved', { device })];
}

/**
 * `text` ending in exactly one sentence mark: a full stop is added when none ends it, and a doubled
 * one ("…slash..", from a message that already ended in a full stop) becomes single. An ellipsis
 * ("...", "…") is left alone.
 */
export function asSentence(text: string): string {
  const t = text.trimEnd();
  if (/(?<!\.)\.\.$/.test(t)) return t.slice(0, -1);
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * Every note a command ends with, as Mews and the UI show it: sentences joined from driver and
 * library messages lose the doubled full stops that joining can make, wherever a sentence ends
 * (an ellipsis and a path's `..` stay).
 */
export function finalNote(notes: string): string {
  return notes.replace(/(?<![.\\/])\.\.(?=\s|$)/g, '.');
}

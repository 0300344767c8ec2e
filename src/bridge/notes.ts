/** Notes a receptionist reads in Mews when a command fails. Plain words, an action where there is one. */

export const INTERRUPTED_NOTE =
  'Interrupted — the bridge stopped while this was running. Check the device (was it printed / was the key encoded?) before retrying.';

export function timeoutNote(device: string, seconds: number, reachedDevice: boolean): string {
  return reachedDevice
    ? `${device} did not finish within ${seconds} s. Check the device before retrying.`
    : `${device} did not start within ${seconds} s. Check that it is switched on and connected.`;
}

export function unexpectedNote(device: string, err: unknown, reachedDevice: boolean): string {
  const msg = err instanceof Error ? err.message : String(err);
  return `${asSentence(`Unexpected error on ${device}: ${msg}`)}${reachedDevice ? ' Check the device before retrying.' : ''}`;
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

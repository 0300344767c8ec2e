import { msg, type Message, type Note } from '../../i18n/note.js';

/**
 * FIAS answer status (AS) of a KA. Only `OK` is confirmed in public material; the others are the
 * usual FIAS answer statuses, worded for staff (`fias.answer.<status>` in the catalogs). The lock
 * system's clear text (CT) is always shown, as it is.
 */
const AS_KNOWN = ['BY', 'NR', 'UR', 'RY', 'NF', 'NM', 'DE', 'TO'] as const;
type KnownStatus = (typeof AS_KNOWN)[number];

export function fiasAnswerNote(status: string, clearText: string, encoder: string, rooms: Message): Note {
  const known = (AS_KNOWN as readonly string[]).includes(status) ? (status as KnownStatus) : null;
  const base = known
    ? msg(`fias.answer.${known}`, { encoder, rooms })
    : status
      ? msg('fias.refused', { rooms, encoder, status })
      : msg('fias.refusedNoStatus', { rooms, encoder });
  const ct = clearText.trim();
  return ct && ct.toUpperCase() !== status ? [base, msg('fias.lockSays', { text: ct })] : [base];
}

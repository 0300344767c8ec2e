/**
 * FIAS answer status (AS) of a KA. Only `OK` is confirmed in public material; the others are the
 * usual FIAS answer statuses, worded for staff. The lock system's clear text (CT) is always shown.
 */
const AS_NOTES: Record<string, string> = {
  BY: 'Encoder {encoder} is busy. Wait a moment, then issue the key again.',
  NR: 'Encoder {encoder} did not respond to the lock system. Check that it is switched on and connected.',
  UR: 'The lock system could not process the key request for {rooms}. Check the room and encoder set up in Mews and in the lock system.',
  RY: 'The lock system asks to retry. Issue the key again.',
  NF: 'The lock system does not support this request. Check the FIAS interface settings of the lock system.',
  NM: '{rooms} is unknown to the lock system. Check that the room number in Mews matches the lock system.',
  DE: 'The lock system rejected the request data. Check the room and dates of the reservation.',
  TO: 'No card inserted in encoder {encoder} in time. Insert a card and issue the key again.',
};

export function fiasAnswerNote(status: string, clearText: string, encoder: string, rooms: string): string {
  const known = AS_NOTES[status];
  const base = known
    ? known.replaceAll('{encoder}', `"${encoder}"`).replaceAll('{rooms}', rooms)
    : `The lock system refused the key for ${rooms} on encoder "${encoder}" (answer ${status || 'without status'}).`;
  const ct = clearText.trim();
  return ct && ct.toUpperCase() !== status ? `${base} Lock system says: "${ct}".` : base;
}

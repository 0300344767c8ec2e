/** Salto Industry Standard error answers, as notes a receptionist can act on. */

export interface SaltoErrorInfo {
  /** Note for staff. `{encoder}` and `{rooms}` are filled in. */
  note: string;
  /** True when a card may already have been written when this answer comes (card-stage errors). */
  cardStage: boolean;
}

export const SALTO_ERRORS: Record<string, SaltoErrorInfo> = {
  ES: {
    note: 'The Salto interface rejected the key request as malformed (syntax error). Check the encoder name and room names set up in Mews and Salto.',
    cardStage: false,
  },
  NC: {
    note: 'Encoder {encoder} does not answer the Salto system (switched off or disconnected). Check its power and network cable, then issue the key again.',
    cardStage: false,
  },
  NF: {
    note: 'The Salto PC interface cannot find its database. Ask your Salto administrator to check the Salto server.',
    cardStage: false,
  },
  // OV only ever comes as the answer to a request that already left (after beforeSideEffect), so it is
  // reported, not retried: the interface states it did nothing, hence no "may have encoded".
  OV: { note: 'Encoder {encoder} is still busy with a previous card. Wait a moment, then issue the key again.', cardStage: false },
  EP: {
    note: 'The card in encoder {encoder} was not found or is inserted the wrong way. Re-insert the card and issue the key again.',
    cardStage: true,
  },
  EF: {
    note: 'The card in encoder {encoder} is damaged or belongs to another system. Use a different card and issue the key again.',
    cardStage: true,
  },
  TD: { note: '{rooms} is unknown to the lock system. Check that the room name in Mews matches the door name in Salto.', cardStage: false },
  ED: { note: 'No card inserted in encoder {encoder} in time. Insert a card and issue the key again.', cardStage: true },
  EA: { note: 'Salto refused a copy because {rooms} is checked out in the lock system. Issue a new key instead.', cardStage: false },
  OS: { note: '{rooms} is out of service in the lock system. Choose another room or put it back in service in Salto.', cardStage: false },
  EO: {
    note: 'A guest card for {rooms} is being encoded at another station right now. Wait until it is finished, then try again.',
    cardStage: false,
  },
  EV: {
    note: 'The card in encoder {encoder} belongs to a valid staff user and cannot be overwritten. Use a blank guest card.',
    cardStage: true,
  },
  EG: { note: 'The Salto system reported a general error{detail}. Check the card, then issue the key again.', cardStage: true },
};

export function saltoErrorNote(code: string, encoder: string, rooms: string, detail: string): string | null {
  const info = SALTO_ERRORS[code];
  if (!info) return null;
  return info.note
    .replaceAll('{encoder}', `"${encoder}"`)
    .replaceAll('{rooms}', rooms)
    .replaceAll('{detail}', detail ? `: ${detail}` : '');
}

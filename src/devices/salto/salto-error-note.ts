import { msg, type Message } from '../../i18n/note.js';

/** Salto Industry Standard error answers, as notes a receptionist can act on (`salto.error.<code>` in the catalogs). */

export interface SaltoErrorInfo {
  /** True when a card may already have been written when this answer comes (card-stage errors). */
  cardStage: boolean;
}

/**
 * The error codes Salto answers with. OV only ever comes as the answer to a request that already left
 * (after beforeSideEffect), so it is reported, not retried: the interface states it did nothing, hence no
 * "may have encoded".
 */
export const SALTO_ERRORS: Record<string, SaltoErrorInfo> = {
  ES: { cardStage: false },
  NC: { cardStage: false },
  NF: { cardStage: false },
  OV: { cardStage: false },
  EP: { cardStage: true },
  EF: { cardStage: true },
  TD: { cardStage: false },
  ED: { cardStage: true },
  EA: { cardStage: false },
  OS: { cardStage: false },
  EO: { cardStage: false },
  EV: { cardStage: true },
  EG: { cardStage: true },
};

type SaltoErrorCode = 'ES' | 'NC' | 'NF' | 'OV' | 'EP' | 'EF' | 'TD' | 'ED' | 'EA' | 'OS' | 'EO' | 'EV';

/** The note for a Salto error answer, or null for a code that is not one; `detail` is EG's own words (kept as they are). */
export function saltoErrorNote(code: string, encoder: string, rooms: Message | string, detail: string): Message | null {
  if (!Object.hasOwn(SALTO_ERRORS, code)) return null;
  if (code === 'EG') return detail ? msg('salto.error.EGDetail', { detail }) : msg('salto.error.EG');
  return msg(`salto.error.${code as SaltoErrorCode}`, { encoder, rooms });
}

import type { KeyJob } from '../driver.js';
import { saltoDateTime } from '../lock/local-time.js';
import type { KeyAction } from '../lock/key-plan.js';

export const SALTO_MAX_ROOMS = 4;

export interface SaltoRequestOptions {
  encoder: string;
  timeZone: string;
  /** Operator name shown in Salto's audit trail. */
  operator: string;
  /** `E` eject (waits for removal), `R` retain, `T` rear eject. */
  eject: 'E' | 'R' | 'T';
  /** Text lines printed on the card (≤3). */
  printedLines: string[];
}

/** Fields of a check-in (`CN`/`CN<n>`), copy (`CC`/`CC<n>`) or check-out (`CO`) request. */
export function saltoFields(job: KeyJob, action: KeyAction, o: SaltoRequestOptions): string[] {
  if (action === 'checkout') return ['CO', '0', job.lockIds[0]!];
  const base = action === 'new' ? 'CN' : 'CC';
  const command = job.keyCount > 1 ? `${base}${job.keyCount}` : base;
  const rooms = [0, 1, 2, 3].map((i) => job.lockIds[i] ?? '');
  const lines = [0, 1, 2].map((i) => (o.printedLines[i] ?? '').slice(0, 24));
  return [
    command,
    o.encoder,
    o.eject,
    ...rooms.map((r) => r.slice(0, 24)),
    '', // granted authorizations
    '', // denied authorizations
    saltoDateTime(job.startUtc, o.timeZone),
    saltoDateTime(job.endUtc, o.timeZone),
    o.operator.slice(0, 24),
    ...lines,
    '', // serial number return: none
  ];
}

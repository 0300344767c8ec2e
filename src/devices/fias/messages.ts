import type { KeyJob } from '../driver.js';
import type { KeyAction } from '../lock/key-plan.js';
import { fiasClock, fiasDate, fiasTime } from '../lock/local-time.js';
import type { FiasField } from './codec.js';
import { lockName } from '../lock/text.js';

/** Field order of a key request as documented (and as dormakaba's LR for KR lists it). */
export const KR_FIELDS = ['K#', 'KC', 'KT', 'RN', 'WS', 'DA', 'DT', 'G#', 'GN', 'GA', 'GD', 'TI', 'KO'] as const;
export const KD_FIELDS = ['KC', 'RN', 'WS', 'DA', 'TI', 'G#'] as const;

export interface FiasRequestOptions {
  encoder: string;
  workstation: string;
  timeZone: string;
  now: Date;
  /** Field ids the lock system declared for this record in LR; null = the documented set. */
  declared: string[] | null;
}

export interface FiasRequest {
  type: 'KR' | 'KD';
  fields: FiasField[];
  /** Values the answer must echo. */
  WS: string;
  DA: string;
  TI: string;
}

/** "Last First" for the lock, each part Mews's normalized name or transliterated (lock/text.ts); empty parts left out. */
export function guestName(job: KeyJob): string {
  const last = lockName(job.lastName, job.normalizedLastName);
  const first = lockName(job.firstName, job.normalizedFirstName);
  return [last, first].filter(Boolean).join(' ');
}

export function fiasRequest(job: KeyJob, action: KeyAction, o: FiasRequestOptions): FiasRequest {
  const DA = fiasDate(o.now, o.timeZone);
  const TI = fiasTime(o.now, o.timeZone);
  const values: Record<string, string> = {
    'K#': String(job.keyCount),
    KC: o.encoder,
    KT: action === 'copy' ? 'D' : 'N',
    RN: job.lockIds[0]!,
    WS: o.workstation,
    DA,
    DT: fiasClock(job.endUtc, o.timeZone),
    'G#': job.reservationNumber ?? '',
    GN: guestName(job),
    GA: fiasDate(job.startUtc, o.timeZone),
    GD: fiasDate(job.endUtc, o.timeZone),
    TI,
    KO: '',
  };
  const type = action === 'checkout' ? 'KD' : 'KR';
  const standard: readonly string[] = type === 'KD' ? KD_FIELDS : KR_FIELDS;
  const wanted = o.declared ? o.declared.filter((id) => id in values) : standard;
  // The answer is matched on WS/DA/TI, so they are always sent.
  const ids = [...wanted, ...(['WS', 'DA', 'TI'] as const).filter((id) => !wanted.includes(id))];
  return { type, fields: ids.map((id) => [id, values[id]!] as const), WS: o.workstation, DA, TI };
}

import { DeviceError, type KeyJob } from '../driver.js';
import { msg, type Message } from '../../i18n/note.js';

/**
 * What a key job asks the lock system to do. Mews no longer sends a key mode, so the first key of a
 * stay is a new key (it invalidates older cards) and further keys for the same stay are copies.
 * `KeyCutterData.KeyMode` / `KeyType` ("New", "Duplicate"/"Copy", "CheckOut") overrides that.
 */
export type KeyAction = 'new' | 'copy' | 'checkout';

export function requestedAction(job: KeyJob): KeyAction | null {
  const raw = job.keyCutterData.KeyMode ?? job.keyCutterData.KeyType ?? job.keyCutterData.Action;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const v = raw.trim().toLowerCase();
  if (v === 'new' || v === 'checkin' || v === 'check-in') return 'new';
  if (v === 'duplicate' || v === 'copy' || v === 'additional') return 'copy';
  if (v === 'checkout' || v === 'check-out' || v === 'delete') return 'checkout';
  throw new DeviceError(msg('lock.keyModeUnknown', { mode: raw }));
}

/** Identity of a stay: reservation (or guest name) + rooms + start. `StayMemory` keeps only its digest. */
export function stayKey(job: KeyJob): string {
  const who = job.reservationId ?? job.reservationNumber ?? `${job.lastName}/${job.firstName ?? ''}`;
  return `${who}|${[...job.lockIds].sort().join(',')}|${job.startUtc.toISOString()}`;
}

/** "Room 412" / "Rooms 412, 413" (in the note's language). */
export function roomsLabel(job: KeyJob): Message {
  return msg('lock.rooms', { count: job.lockIds.length, list: job.lockIds.join(', ') });
}

export function validateKeyJob(job: KeyJob, maxRooms: number): void {
  if (job.lockIds.length === 0) throw new DeviceError(msg('lock.noRoom'));
  if (job.lockIds.length > maxRooms)
    throw new DeviceError(msg('lock.tooManyRooms', { max: maxRooms, count: job.lockIds.length, list: job.lockIds.join(', ') }));
  if (!Number.isInteger(job.keyCount) || job.keyCount < 1 || job.keyCount > 9)
    throw new DeviceError(msg('lock.keyCountImpossible', { count: String(job.keyCount) }));
  if (Number.isNaN(job.startUtc.getTime()) || Number.isNaN(job.endUtc.getTime())) throw new DeviceError(msg('lock.invalidTimes'));
  if (job.endUtc.getTime() <= job.startUtc.getTime()) throw new DeviceError(msg('lock.expiresBeforeValid'));
}

const DAY_MS = 24 * 3600_000;

/** A stay is remembered a day past its end (and at least a day), so late copies are still copies. */
export function rememberUntil(job: KeyJob, now = Date.now()): number {
  return Math.max(job.endUtc.getTime(), now) + DAY_MS;
}

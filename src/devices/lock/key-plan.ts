import { DeviceError, type KeyJob } from '../driver.js';

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
  throw new DeviceError(`The key mode "${raw}" in the key cutter's Data JSON is not known; use New, Duplicate or CheckOut.`);
}

/** Identity of a stay: reservation (or guest name) + rooms + start. `StayMemory` keeps only its digest. */
export function stayKey(job: KeyJob): string {
  const who = job.reservationId ?? job.reservationNumber ?? `${job.lastName}/${job.firstName ?? ''}`;
  return `${who}|${[...job.lockIds].sort().join(',')}|${job.startUtc.toISOString()}`;
}

export function roomsLabel(job: KeyJob): string {
  return job.lockIds.length === 1 ? `Room ${job.lockIds[0]}` : `Rooms ${job.lockIds.join(', ')}`;
}

export function validateKeyJob(job: KeyJob, maxRooms: number): void {
  if (job.lockIds.length === 0) throw new DeviceError('The key command names no room (LockIds is empty).');
  if (job.lockIds.length > maxRooms)
    throw new DeviceError(
      `This lock system takes at most ${maxRooms} room${maxRooms === 1 ? '' : 's'} per key; the command names ${job.lockIds.length} (${job.lockIds.join(', ')}).`,
    );
  if (!Number.isInteger(job.keyCount) || job.keyCount < 1 || job.keyCount > 9)
    throw new DeviceError(`Key count ${job.keyCount} is not possible; ask for 1 to 9 keys.`);
  if (Number.isNaN(job.startUtc.getTime()) || Number.isNaN(job.endUtc.getTime()))
    throw new DeviceError('The key command has an invalid start or end time.');
  if (job.endUtc.getTime() <= job.startUtc.getTime())
    throw new DeviceError('The key would expire before it becomes valid (end time is not after start time).');
}

const DAY_MS = 24 * 3600_000;

/** A stay is remembered a day past its end (and at least a day), so late copies are still copies. */
export function rememberUntil(job: KeyJob, now = Date.now()): number {
  return Math.max(job.endUtc.getTime(), now) + DAY_MS;
}

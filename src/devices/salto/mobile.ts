import { DeviceError, type KeyJob } from '../driver.js';
import type { KeyAction } from '../lock/key-plan.js';
import { saltoDateTime } from '../lock/local-time.js';
import { msg } from '../../i18n/note.js';

/**
 * Salto mobile keys (JustIN Mobile) through the PMS Industry Standard: `CNM` (check-in) / `CCM` (copy).
 * Fields (hardware-protocols.md §3.1.3; rohsyl/salto `EncodeMobileMessage`): 0 command · 1 the guest's phone
 * number in E.164 (in place of the encoder) · 2–5 rooms · 6 granted / 7 denied authorizations · 8 start ·
 * 9 expiry (`HHMMddmmyy`, lock time) · 10 operator (≤ 24) · 11–13 unused · 14 text message to the phone (≤ 256).
 * There is no eject field.
 */

/** Mews's Salto setting: `KeyCutterData.MobileKeys` is `"true"` (a string in Mews's Data JSON; `true` accepted too). */
export function wantsMobileKey(job: KeyJob): boolean {
  const v = job.keyCutterData.MobileKeys;
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}

/**
 * `phone` in E.164 (`+` country code and number, 8–15 digits), or null when it cannot be one: spaces, dots,
 * dashes and brackets are dropped and a leading `00` becomes `+`; a number without its country code is refused
 * (the bridge cannot know the country).
 */
export function e164(phone: string | null): string | null {
  if (!phone) return null;
  const compact = phone
    .trim()
    .replace(/[\s.\-()/]/g, '')
    .replace(/^00/, '+');
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}

export interface MobileKeyOptions {
  timeZone: string;
  operator: string;
}

/** The message shown on the guest's phone (ASCII, well under Salto's 256 characters). */
export function mobileKeyMessage(job: KeyJob): string {
  return `Your mobile key for ${job.lockIds.length === 1 ? `room ${job.lockIds[0]}` : `rooms ${job.lockIds.join(', ')}`} is ready in the Salto app.`;
}

/** Fields of a `CNM` / `CCM` request; throws a DeviceError (nothing sent) when the phone number is missing or invalid. */
export function mobileKeyFields(job: KeyJob, action: Exclude<KeyAction, 'checkout'>, o: MobileKeyOptions): string[] {
  const phone = e164(job.telephone);
  if (!phone) throw new DeviceError(msg(job.telephone?.trim() ? 'salto.mobileBadPhone' : 'salto.mobileNoPhone'));
  const rooms = [0, 1, 2, 3].map((i) => (job.lockIds[i] ?? '').slice(0, 24));
  return [
    action === 'new' ? 'CNM' : 'CCM',
    phone,
    ...rooms,
    '', // granted authorizations
    '', // denied authorizations
    saltoDateTime(job.startUtc, o.timeZone),
    saltoDateTime(job.endUtc, o.timeZone),
    o.operator.slice(0, 24),
    '',
    '',
    '',
    mobileKeyMessage(job).slice(0, 256),
  ];
}

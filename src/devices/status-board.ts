import type { DeviceStatus, StatusReport } from './device-status.js';
import { asNote, isMessage, type Note, type NotePart } from '../i18n/note.js';
import { englishNote } from '../i18n/render-note.js';

/**
 * A driver's published status: the one place every driver keeps it and tells the bridge about changes.
 *
 * - Shape: `DeviceStatus` (`src/devices/device-status.ts`) — `{ health, detail, detailNote?, flags, updatedAt }`,
 *   with `health` one of online | busy | attention | offline | unknown, `detail` short words for staff or null,
 *   `flags` a flat `Record<string, boolean>`, `updatedAt` an ISO-8601 UTC time stamp.
 * - Detail: a driver writes it as message keys (`msg('status.notConnected', …)`, a `Note`, or a plain string
 *   for words that are not ours). The board keeps the English text in `detail` and, when a message is in it,
 *   the keys in `detailNote` for the UI to render in its language.
 * - Dedup: `set` with the same health, the same detail (text and keys) and the same flags (same keys with the
 *   same values, in any order) as the current status changes nothing: no new object, no listener call,
 *   `updatedAt` kept.
 *   Drivers may therefore report on every poll; the bridge's `ProblemLog` sees only real changes.
 * - `updatedAt`: when the status last changed (set at construction for the initial status), not when it was
 *   last checked.
 * - Listeners: called synchronously inside `set`, once per change, in the order they subscribed, after
 *   `current` already holds the new status (they receive it). A listener subscribed during a call waits for
 *   the next change; one unsubscribed during a call is not called any more. Listeners must not throw: an
 *   error reaches the driver's `set` call. The bridge unsubscribes before it stops a driver
 *   (`src/bridge/device-set.ts`), so a driver's "closed" status on the way down is nobody's problem.
 */
export class StatusBoard {
  private value: DeviceStatus;
  private readonly listeners = new Set<(status: DeviceStatus) => void>();

  /** `initial` is the status before the driver reports anything, e.g. `{ health: 'unknown', detail: 'Not started' }`. */
  constructor(initial: StatusInput) {
    this.value = stamp(initial);
  }

  get current(): DeviceStatus {
    return this.value;
  }

  /** Publishes `report` unless it equals the current status (see the dedup rule above); `flags` default to `{}`. */
  set(report: StatusInput): void {
    const next = published(report);
    if (sameStatus(this.value, next)) return;
    this.value = { ...next, updatedAt: new Date().toISOString() };
    for (const listener of [...this.listeners]) if (this.listeners.has(listener)) listener(this.value);
  }

  /** Calls `listener` on every change from now on; returns the function that stops it. */
  subscribe(listener: (status: DeviceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/**
 * A report as drivers write it: `detail` as message keys (one `Message` or a `Note`), plain text, or null; flags
 * may be left out when the driver has none. A status passed on from another board (the keycutter's) keeps its
 * `detailNote`.
 */
export type StatusInput = Omit<StatusReport, 'flags' | 'detail'> & {
  detail: Note | NotePart | null;
  flags?: Record<string, boolean>;
};

/** The report as published: English `detail`, and `detailNote` when a message is in it. */
function published(input: StatusInput): StatusReport {
  const flags = input.flags ?? {};
  if (input.detail === null) return { health: input.health, detail: null, flags };
  if (typeof input.detail === 'string')
    return input.detailNote
      ? { health: input.health, detail: input.detail, detailNote: input.detailNote, flags }
      : { health: input.health, detail: input.detail, flags };
  const note = asNote(input.detail);
  const detail = englishNote(note);
  return note.some(isMessage) ? { health: input.health, detail, detailNote: note, flags } : { health: input.health, detail, flags };
}

function stamp(report: StatusInput): DeviceStatus {
  return { ...published(report), updatedAt: new Date().toISOString() };
}

function sameStatus(a: StatusReport, b: StatusReport): boolean {
  if (a.health !== b.health || a.detail !== b.detail) return false;
  if (JSON.stringify(a.detailNote) !== JSON.stringify(b.detailNote)) return false;
  const keys = Object.keys(a.flags);
  return keys.length === Object.keys(b.flags).length && keys.every((k) => Object.hasOwn(b.flags, k) && a.flags[k] === b.flags[k]);
}

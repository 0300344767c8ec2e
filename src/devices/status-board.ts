import type { DeviceStatus, StatusReport } from './device-status.js';

/**
 * A driver's published status: the one place every driver keeps it and tells the bridge about changes.
 *
 * - Shape: `DeviceStatus` (`src/devices/device-status.ts`) — `{ health, detail, flags, updatedAt }`, with
 *   `health` one of online | busy | attention | offline | unknown, `detail` short words for staff or null,
 *   `flags` a flat `Record<string, boolean>`, `updatedAt` an ISO-8601 UTC time stamp.
 * - Dedup: `set` with the same health, the same detail and the same flags (same keys with the same values,
 *   in any order) as the current status changes nothing: no new object, no listener call, `updatedAt` kept.
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
    const next = { health: report.health, detail: report.detail, flags: report.flags ?? {} };
    if (sameStatus(this.value, next)) return;
    this.value = stamp(next);
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

/** A report as drivers write it: flags may be left out when the driver has none. */
export type StatusInput = Omit<StatusReport, 'flags'> & { flags?: Record<string, boolean> };

function stamp(report: StatusInput): DeviceStatus {
  return { health: report.health, detail: report.detail, flags: report.flags ?? {}, updatedAt: new Date().toISOString() };
}

function sameStatus(a: StatusReport, b: StatusReport): boolean {
  if (a.health !== b.health || a.detail !== b.detail) return false;
  const keys = Object.keys(a.flags);
  return keys.length === Object.keys(b.flags).length && keys.every((k) => Object.hasOwn(b.flags, k) && a.flags[k] === b.flags[k]);
}

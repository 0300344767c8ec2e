import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { guestValues, scrubGuestData } from '../util/guest-data.js';
import type { Logger } from '../util/logger.js';
import type { Journal } from './journal.js';

export interface RetentionOptions {
  journal: Journal;
  dataDir: string;
  /** `privacy.guestDataRetentionHours` (≥ 1). */
  retentionHours: number;
  log: Logger;
  /** Longest time between sweeps; guest data outlives the retention by at most this (default 10 min). */
  maxSweepIntervalMs?: number;
}

/** Files the bridge writes next to the journal that may hold older (pre-scrubbing) personal data. */
const OLD_FILES = [
  { dir: 'logs', name: /^bridge\.log\.\d+$/ }, // rotated logs; the live bridge.log is never deleted
  { dir: '.', name: /^(bridge-)?diagnostics-[\dTZ-]+\.zip$/ }, // bundles exported for support (src/support/diagnostics-path.ts names them)
];

/**
 * Keeps guest data only for the retention period: finished commands first seen longer ago lose the guest's name
 * and the creator in the journal and history (ids, device, state, times and notes stay, so nothing is re-run or
 * reported twice), their values leave the log scrubber's memory, and rotated logs and diagnostics bundles older
 * than the period are deleted. Runs at start and then every `min(retention / 6, 10 min)`.
 */
export class GuestDataRetention {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: RetentionOptions) {}

  get retentionMs(): number {
    return Math.max(1, this.opts.retentionHours) * 3_600_000;
  }

  start(): void {
    this.sweep();
    const every = Math.min(this.opts.maxSweepIntervalMs ?? 600_000, this.retentionMs / 6);
    this.timer = setInterval(() => this.sweep(), every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One pass at time `now` (ms since epoch). Returns the command ids whose guest data was removed. */
  sweep(now = Date.now()): string[] {
    const cutoff = now - this.retentionMs;
    let ids: string[] = [];
    try {
      ids = this.opts.journal.forgetGuestData(new Date(cutoff).toISOString(), (id, notes) =>
        scrubGuestData(notes, guestValues.valuesOf(id)),
      );
      guestValues.forget(ids);
      this.deleteOldFiles(cutoff);
    } catch (err) {
      this.opts.log.warn({ err: String(err) }, 'Guest-data retention sweep failed; will try again');
    }
    if (ids.length) this.opts.log.info({ commands: ids.length }, 'Removed guest data past the retention period');
    return ids;
  }

  private deleteOldFiles(cutoffMs: number): void {
    for (const { dir, name } of OLD_FILES) {
      const path = join(this.opts.dataDir, dir);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        continue;
      }
      for (const n of names) {
        if (!name.test(n)) continue;
        const file = join(path, n);
        try {
          if (statSync(file).mtimeMs < cutoffMs) unlinkSync(file);
        } catch {
          // gone already or not ours to delete
        }
      }
    }
  }
}

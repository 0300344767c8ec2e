import type { DeviceSlot } from './device-slot.js';
import type { LocalCommands } from './local-commands.js';
import type { Reporter } from './reporter.js';

/** A job running this long shows Processing in Mews, and what waits behind it shows Received. */
export const STATUS_AFTER_MS = 2_000;
/** A command waiting this long shows Received even while the jobs ahead of it move. */
export const LONG_WAIT_MS = 30_000;

/**
 * The request rule for everything between a command's read and its final state (ARCHITECTURE.md,
 * "What Mews is told"). Mews counts every request of the token (200 per 30 s, shared by every bridge
 * and integration of the hotel), so `Received`, `Processing` and `Progress` are sent only when they
 * tell staff something they would otherwise miss:
 * - `Processing` when a job has been running for `STATUS_AFTER_MS` (then Progress may follow, as the
 *   budget has room), or at once for a key card: it needs a guest's card on the encoder, which staff
 *   are waiting to be asked for, and it always takes seconds;
 * - `Received` for a command waiting behind a job that has been running that long (the queue is held
 *   up: paper out, a guest who has not put the card on the encoder), or waiting `LONG_WAIT_MS` in all.
 * A command that runs at once and quickly costs its read and its final state only: Mews allows
 * `Pending → Processed` (mews-device-commands.md §3.4: the documented usage is to mark a processed
 * command `Processed`; no transition table is published).
 */
export class StatusUpdates {
  constructor(
    private readonly reporter: Reporter,
    private readonly local: LocalCommands,
    private readonly statusAfterMs = STATUS_AFTER_MS,
  ) {}

  /** `id` joined `slot`'s waiting line (now). */
  queued(id: string, slot: DeviceSlot): void {
    this.local.set(id, { queuedAt: Date.now() });
    if (slot.current && slot.current !== id && this.local.get(slot.current).told === 'Processing') this.tell(id, 'Received');
  }

  /**
   * `id` starts on `slot`: the long waiters get Received now, and a timer sends Processing (and Received
   * for those behind) if the job is still running after `statusAfterMs`. Call the returned function
   * when the job ends.
   */
  started(id: string, slot: DeviceSlot, atOnce = false): () => void {
    this.local.set(id, { queuedAt: null });
    if (atOnce) this.tell(id, 'Processing', 0);
    const now = Date.now();
    for (const q of slot.queued()) {
      const at = this.local.get(q).queuedAt;
      if (at !== null && now - at >= LONG_WAIT_MS) this.tell(q, 'Received');
    }
    const timer = setTimeout(() => {
      if (slot.current !== id) return;
      this.tell(id, 'Processing', this.local.get(id).progress ?? 0);
      for (const q of slot.queued()) this.tell(q, 'Received');
    }, this.statusAfterMs);
    return () => clearTimeout(timer);
  }

  /** Progress of a running job: sent (as the budget allows) only once Mews shows it as Processing. */
  progress(id: string, fraction: number): void {
    if (this.local.get(id).told === 'Processing') this.reporter.progress(id, fraction);
  }

  /** The command left the bridge's hands (final, handed over, removed): nothing more to tell. */
  done(id: string): void {
    this.local.set(id, { told: null, queuedAt: null });
  }

  private tell(id: string, state: 'Received' | 'Processing', progress?: number): void {
    const told = this.local.get(id).told;
    if (told === state || (told === 'Processing' && state === 'Received')) return;
    this.local.set(id, { told: state });
    void this.reporter.send({
      CommandId: id,
      State: state,
      ...(progress !== undefined ? { Progress: Math.round(progress * 100) / 100 } : {}),
    });
  }
}

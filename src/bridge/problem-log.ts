import type { Logger } from '../util/logger.js';

interface Open {
  since: number;
  /** Times it was seen since it started. */
  count: number;
  /** Times seen since the last line written. */
  unreported: number;
  lastLineAt: number;
  /** The latest words (the next summary line says them). */
  message: string;
}

/**
 * Log lines an admin can read: each problem once when it starts and once when it ends, with a summary
 * (how often, since when, the latest words) at most every `summaryEveryMs` while it lasts — never one
 * line per retry (a missing Mews once wrote 239 "Re-sync failed" lines and nothing else).
 *
 * A problem is identified by its `key` (e.g. `device:<id>`, `mews`), never by its words: the same problem
 * reported with other words (another detail — "Not connected: refused" then "Not connected: timed out" —,
 * or the same detail in another language) is one more occurrence of it, counted in `times`, not a new problem.
 */
export class ProblemLog {
  private readonly open = new Map<string, Open>();

  constructor(
    private readonly log: Logger,
    private readonly summaryEveryMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `key` is a problem right now. */
  has(key: string): boolean {
    return this.open.has(key);
  }

  /**
   * The problem `key` is present (again). The first call writes a warning; each later call until `ok(key)` is
   * another occurrence of the same problem, whatever its words: counted, and summarised (with the latest words
   * and fields) at most every `summaryEveryMs`.
   */
  failing(key: string, message: string, fields: Record<string, unknown> = {}): void {
    const t = this.now();
    const o = this.open.get(key);
    if (!o) {
      this.open.set(key, { since: t, count: 1, unreported: 0, lastLineAt: t, message });
      this.log.warn(fields, message);
      return;
    }
    o.count++;
    o.unreported++;
    o.message = message;
    if (t - o.lastLineAt >= this.summaryEveryMs) {
      this.log.warn(
        { ...fields, times: o.count, since: new Date(o.since).toISOString() },
        `${message} (still, ${o.unreported} more times)`,
      );
      o.unreported = 0;
      o.lastLineAt = t;
    }
  }

  /** The problem `key` is over: one info line (with how long and how often), only if it was open. */
  ok(key: string, message: string, fields: Record<string, unknown> = {}): void {
    const o = this.open.get(key);
    if (!o) return;
    this.open.delete(key);
    this.log.info({ ...fields, times: o.count, lastedSeconds: Math.round((this.now() - o.since) / 1000) }, message);
  }
}

import type { Logger } from '../util/logger.js';

interface Open {
  since: number;
  /** Times it was seen since it started. */
  count: number;
  /** Times seen since the last line written. */
  unreported: number;
  lastLineAt: number;
  message: string;
}

/**
 * Log lines an admin can read: each problem once when it starts and once when it ends, with a summary
 * (how often, since when, the latest words) at most every `summaryEveryMs` while it lasts — never one
 * line per retry (a missing Mews once wrote 239 "Re-sync failed" lines and nothing else).
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
   * The problem `key` is present (again). The first call, or a call with different words, writes a
   * warning; repeats are counted and summarised at most every `summaryEveryMs`.
   */
  failing(key: string, message: string, fields: Record<string, unknown> = {}): void {
    const t = this.now();
    const o = this.open.get(key);
    if (!o || o.message !== message) {
      this.open.set(key, { since: o?.since ?? t, count: (o?.count ?? 0) + 1, unreported: 0, lastLineAt: t, message });
      this.log.warn(fields, message);
      return;
    }
    o.count++;
    o.unreported++;
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

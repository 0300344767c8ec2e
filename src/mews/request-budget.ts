import { AbortedError } from '../util/abort.js';

/**
 * What a Connector API request is for, most important first:
 * - `final`: a command's final state (Processed / Error / Cancelled): it frees staff and Mews;
 * - `read`: reads that let work start (`getAllByIds`, `getAllActive`);
 * - `state`: `Received` / `Processing` and other requests that only inform (`devices/getAll`);
 * - `progress`: `Processing` with a Progress figure; never waits: dropped when there is no room.
 */
export type RequestPriority = 'final' | 'read' | 'state' | 'progress';

const RANK: Record<RequestPriority, number> = { final: 0, read: 1, state: 2, progress: 3 };

/**
 * How much of the current ceiling each priority may fill the window up to. The rest is kept for the
 * priorities above it, so a burst of Received/Processing never leaves a final state waiting for the
 * window to slide, and Progress only uses a window that is at most half full.
 */
const SHARE: Record<RequestPriority, number> = { final: 1, read: 0.95, state: 0.8, progress: 0.5 };

export interface RequestBudgetOptions {
  /** Requests per window the bridge allows itself when no 429 is seen (Mews: 200 per 30 s per AccessToken). */
  limit: number;
  /** Length of the sliding window in ms (Mews: 30 000). */
  windowMs?: number;
  /** The ceiling never decreases below this many requests per window (default a tenth of `limit`, at least 1). */
  floor?: number;
  now?: () => number;
}

interface Waiter {
  rank: number;
  share: number;
  resolve: () => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * One request budget per AccessToken, shared by everything the bridge sends (Mews counts every client
 * on the token against the same 200 per 30 s sliding window; `mews-device-commands.md` §1.5).
 *
 * - Priorities: waiting requests start highest priority first, FIFO within one priority; each priority
 *   may only fill the window up to its share of the ceiling (see `SHARE`); Progress never waits.
 * - AIMD of the local ceiling: a 429 halves it (once per Retry-After pause, so one burst of 429s is one
 *   decrease) down to `floor`; every full window without a 429 adds a tenth of `limit` back, up to `limit`.
 *   Other bridges and integrations on the token are invisible except through 429s, so they are the signal.
 * - Nothing starts before a Retry-After has passed.
 */
export class RequestBudget {
  private readonly starts: number[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly windowMs: number;
  private readonly floor: number;
  private readonly step: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private base: number;
  private decreasedAt = -Infinity;
  /** Nothing starts before this (ms since epoch): the end of the last Retry-After. */
  pausedUntil = 0;
  /** 429s seen, and how many of them decreased the ceiling. */
  rateLimitedCount = 0;
  decreases = 0;

  constructor(private readonly opts: RequestBudgetOptions) {
    this.windowMs = opts.windowMs ?? 30_000;
    this.floor = Math.max(1, Math.min(opts.limit, opts.floor ?? Math.round(opts.limit / 10)));
    this.step = Math.max(1, Math.round(opts.limit / 10));
    this.now = opts.now ?? Date.now;
    this.base = opts.limit;
  }

  /** The local ceiling now (requests per window): `limit`, lower after 429s, growing back while they stay away. */
  get ceiling(): number {
    const windows = Math.floor((this.now() - this.decreasedAt) / this.windowMs);
    return Math.min(this.opts.limit, this.base + this.step * Math.max(0, windows));
  }

  /** Requests started within the current window. */
  get used(): number {
    this.prune();
    return this.starts.length;
  }

  /**
   * Resolves when a request of `priority` may start (the start is counted then). Rejects with
   * AbortedError if `signal` aborts first. Progress does not wait: use `tryTake`.
   */
  take(priority: Exclude<RequestPriority, 'progress'>, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new AbortedError(signal.reason));
    return new Promise<void>((resolve, reject) => {
      const w: Waiter = { rank: RANK[priority], share: SHARE[priority], resolve, reject, signal };
      if (signal) {
        w.onAbort = () => {
          const i = this.waiters.indexOf(w);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new AbortedError(signal.reason));
          this.pump();
        };
        signal.addEventListener('abort', w.onAbort, { once: true });
      }
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1]!.rank > w.rank) i--;
      this.waiters.splice(i, 0, w);
      this.pump();
    });
  }

  /** Starts a request now if there is room for `priority` and nobody is waiting; false otherwise (not queued). */
  tryTake(priority: RequestPriority): boolean {
    if (this.waiters.length > 0 || this.waitMs(SHARE[priority]) > 0) return false;
    this.starts.push(this.now());
    return true;
  }

  /**
   * Mews answered 429: nothing starts for `retryAfterMs`, and the ceiling halves unless this 429 belongs
   * to a pause already under way (requests that were in flight when the first 429 came back).
   */
  rateLimited(retryAfterMs: number): void {
    const t = this.now();
    this.rateLimitedCount++;
    if (t >= this.pausedUntil) {
      this.base = Math.max(this.floor, Math.floor(this.ceiling / 2));
      this.decreasedAt = t;
      this.decreases++;
    }
    this.pausedUntil = Math.max(this.pausedUntil, t + retryAfterMs);
    this.pump();
  }

  private prune(): void {
    const t = this.now();
    while (this.starts.length && this.starts[0]! <= t - this.windowMs) this.starts.shift();
  }

  /** Ms until a request that may fill the window up to `share` of the ceiling may start (0 or less: now). */
  private waitMs(share: number): number {
    this.prune();
    const t = this.now();
    const cap = Math.max(1, Math.floor(this.ceiling * share));
    let wait = this.pausedUntil - t;
    if (this.starts.length >= cap) wait = Math.max(wait, this.starts[this.starts.length - cap]! + this.windowMs - t);
    return wait;
  }

  private pump(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (;;) {
      const w = this.waiters[0];
      if (!w) return;
      const wait = this.waitMs(w.share);
      if (wait > 0) {
        this.timer = setTimeout(() => this.pump(), Math.ceil(wait));
        return;
      }
      this.waiters.shift();
      if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
      this.starts.push(this.now());
      w.resolve();
    }
  }
}

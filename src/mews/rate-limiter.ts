import { abortableDelay } from '../util/abort.js';

/**
 * Sliding-window limiter: at most `limit` starts within any `windowMs`. Callers wait their turn in
 * order. A 429 from Mews can push everything back with `pauseFor`.
 */
export class SlidingWindowLimiter {
  private readonly starts: number[] = [];
  private pausedUntil = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.chain.then(() => this.waitForSlot(signal));
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  /** Starts still allowed in the current window (0 while paused after a 429). */
  available(): number {
    const t = this.now();
    if (this.pausedUntil > t) return 0;
    return Math.max(0, this.limit - this.starts.filter((s) => s > t - this.windowMs).length);
  }

  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private async waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.starts.length && this.starts[0]! <= t - this.windowMs) this.starts.shift();
      let wait = this.pausedUntil - t;
      if (this.starts.length >= this.limit) wait = Math.max(wait, this.starts[0]! + this.windowMs - t);
      if (wait <= 0) {
        this.starts.push(t);
        return;
      }
      await abortableDelay(wait, signal);
    }
  }
}

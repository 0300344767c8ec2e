import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../src/mews/rate-limiter.js';
import { backoffDelay } from '../../src/util/backoff.js';

describe('client-side rate limit', () => {
  it('never lets more than the limit start within any window', async () => {
    const limiter = new SlidingWindowLimiter(5, 200);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => limiter.acquire().then(() => starts.push(Date.now()))));
    starts.sort((a, b) => a - b);
    for (let i = 5; i < starts.length; i++) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(195);
  });

  it('pauses everyone after a 429', async () => {
    const limiter = new SlidingWindowLimiter(100, 1000);
    limiter.pauseFor(150);
    const t = Date.now();
    await limiter.acquire();
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
  });

  it('grants a full budget at once, then holds the next request until the window slides', async () => {
    const limiter = new SlidingWindowLimiter(180, 300);
    const t = Date.now();
    for (let i = 0; i < 180; i++) await limiter.acquire();
    expect(Date.now() - t).toBeLessThan(250);
    await limiter.acquire();
    expect(Date.now() - t).toBeGreaterThanOrEqual(295);
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter and respects the cap', () => {
    expect(backoffDelay(0, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(3, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffDelay(20, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffDelay(20, 1000, 60_000, () => 0)).toBe(30_000);
  });
});

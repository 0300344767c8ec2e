import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestBudget } from '../../src/mews/request-budget.js';
import { AbortedError } from '../../src/util/abort.js';
import { backoffDelay } from '../../src/util/backoff-delay.js';

/** Budget tests run on vitest's fake clock: what is asserted is order and who may start, never wall time. */
describe('request budget', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** Records the order in which taken requests were granted. */
  function recorder() {
    const order: string[] = [];
    return { order, mark: (name: string) => () => void order.push(name) };
  }

  it('never lets more than the limit start within any window', async () => {
    const budget = new RequestBudget({ limit: 5, windowMs: 1000 });
    const starts: number[] = [];
    const all = Promise.all(Array.from({ length: 12 }, () => budget.take('final').then(() => starts.push(Date.now()))));
    await vi.advanceTimersByTimeAsync(3000);
    await all;
    expect(starts).toHaveLength(12);
    for (let i = 5; i < starts.length; i++) expect(starts[i]! - starts[i - 5]!).toBeGreaterThanOrEqual(1000);
  });

  it('grants a full budget at once, then holds the next request until the window slides', async () => {
    const budget = new RequestBudget({ limit: 180, windowMs: 30_000 });
    for (let i = 0; i < 180; i++) await budget.take('final');
    let granted = false;
    void budget.take('final').then(() => (granted = true));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toBe(true);
  });

  it('under a saturated budget, final states start first, then reads, then Received/Processing; Progress is dropped', async () => {
    const budget = new RequestBudget({ limit: 10, windowMs: 1000 });
    for (let i = 0; i < 10; i++) await budget.take('final');
    const { order, mark } = recorder();
    const waiting = [
      budget.take('state').then(mark('Processing A')),
      budget.take('read').then(mark('read B')),
      budget.take('final').then(mark('Processed C')),
      budget.take('state').then(mark('Received D')),
      budget.take('final').then(mark('Error E')),
    ];
    expect(budget.tryTake('progress')).toBe(false); // dropped at once, never queued
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(waiting);
    expect(order).toEqual(['Processed C', 'Error E', 'read B', 'Processing A', 'Received D']);
  });

  it('keeps room for final states: Received/Processing fill the window only to 80 %, Progress only to 50 %', async () => {
    const budget = new RequestBudget({ limit: 10, windowMs: 1000 });
    for (let i = 0; i < 4; i++) await budget.take('state');
    expect(budget.tryTake('progress')).toBe(true); // 5th of 10: still within half
    expect(budget.tryTake('progress')).toBe(false);
    for (let i = 0; i < 3; i++) await budget.take('state'); // 8 used
    let ninth = false;
    void budget.take('state').then(() => (ninth = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(ninth).toBe(false);
    await expect(budget.take('final')).resolves.toBeUndefined(); // a final state still goes while the state waits
  });

  it('a 429 with Retry-After stops every request, of every priority, for that long', async () => {
    const budget = new RequestBudget({ limit: 100, windowMs: 30_000 });
    await budget.take('read');
    budget.rateLimited(5000);
    const { order, mark } = recorder();
    const waiting = [
      budget.take('final').then(mark('final')),
      budget.take('read').then(mark('read')),
      budget.take('state').then(mark('state')),
    ];
    expect(budget.tryTake('progress')).toBe(false);
    await vi.advanceTimersByTimeAsync(4999);
    expect(order).toEqual([]);
    expect(budget.tryTake('final')).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(waiting);
    expect(order).toEqual(['final', 'read', 'state']);
  });

  it('halves its ceiling on a 429 (once per pause), never below the floor, and grows back while 429s stay away', async () => {
    const budget = new RequestBudget({ limit: 200, windowMs: 30_000, floor: 20 });
    expect(budget.ceiling).toBe(200);
    budget.rateLimited(1000);
    budget.rateLimited(1000); // in flight with the first: the same congestion, one decrease
    expect(budget.ceiling).toBe(100);
    expect(budget.decreases).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    budget.rateLimited(1000);
    expect(budget.ceiling).toBe(50);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(1000);
      budget.rateLimited(1000);
    }
    expect(budget.ceiling).toBe(20);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(budget.ceiling).toBe(40); // +10 % of the limit per window without a 429
    await vi.advanceTimersByTimeAsync(10 * 30_000);
    expect(budget.ceiling).toBe(200);
  });

  it('a lower ceiling holds requests until the window has room under it', async () => {
    const budget = new RequestBudget({ limit: 10, windowMs: 1000, floor: 1 });
    for (let i = 0; i < 8; i++) await budget.take('final');
    budget.rateLimited(100); // ceiling 5 with 8 in the window
    let granted = false;
    void budget.take('final').then(() => (granted = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(granted).toBe(true);
  });

  it('a withdrawn request leaves the queue without using a slot', async () => {
    const budget = new RequestBudget({ limit: 1, windowMs: 1000 });
    await budget.take('final');
    const ctl = new AbortController();
    const withdrawn = budget.take('state', ctl.signal);
    ctl.abort(new Error('superseded'));
    await expect(withdrawn).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(1000);
    expect(budget.used).toBe(0);
    expect(budget.tryTake('final')).toBe(true);
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

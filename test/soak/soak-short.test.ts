import { describe, expect, it } from 'vitest';
import { DEFAULT_SOAK, runSoak } from '../../bench/run-soak.js';

/**
 * A short soak (about 20 s of load plus the drain): the demo-like stack under load with random faults
 * (socket drops, lost events, 429/500/503, latency, unanswered requests, printer unplug, lock server
 * restarts). Nothing may be lost and nothing may run twice. The full run is `npm run soak`.
 */
describe('soak (short)', () => {
  it('loses nothing and runs nothing twice under load with random faults', async () => {
    const r = await runSoak({
      ...DEFAULT_SOAK,
      seconds: 20,
      ratePerSecond: 4,
      warmupSeconds: 8,
      // Longer than the longest job timeout (printer 60 s): a job that waits for its timeout is slow, not lost.
      drainSeconds: 70,
      faultEveryMs: 1_500,
      sampleEveryMs: 10_000,
      seed: 7,
    });
    const { memory, samples, ...figures } = r;
    void samples;
    // On failure the whole figure set is printed: which ids were lost, under which faults, with which notes.
    expect({ lostDetails: r.lostDetails, faults: r.faults }).toMatchObject({ lostDetails: [] });
    expect({ ...figures, handlesAfterStop: memory.afterStop.handles }).toMatchObject({
      lost: 0,
      lostIds: [],
      executedTwice: 0,
      foreignTouched: 0,
      tokenInLog: false,
    });
    expect(r.created).toBeGreaterThan(20); // arrivals are timer-driven: fewer on a loaded machine
    expect(r.processed + r.errored + r.cancelled + r.foreign).toBe(r.created);
    expect(r.processed).toBeGreaterThan(r.created / 2);
    expect(Object.keys(r.faults).length).toBeGreaterThan(3);
    // Everything the stack opened is closed again.
    const which = JSON.stringify({ start: memory.start.handles, afterStop: memory.afterStop.handles });
    expect(memory.afterStop.handleCount, `handles by kind: ${which}`).toBeLessThanOrEqual(memory.start.handleCount);
  }, 180_000);
});

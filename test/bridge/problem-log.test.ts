import { describe, expect, it } from 'vitest';
import { ProblemLog } from '../../src/bridge/problem-log.js';
import { createLogger } from '../../src/util/logger.js';

describe('ProblemLog', () => {
  it('writes a problem once, a summary at most every interval while it lasts, and once when it ends', () => {
    const lines: { level: number; msg: string; times?: number }[] = [];
    const log = createLogger({ destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
    let now = 0;
    const p = new ProblemLog(log, 60_000, () => now);
    for (let i = 0; i < 100; i++) {
      p.failing('resync', 'Re-sync failed', { err: `attempt ${i}` });
      now += 1_000; // 100 failures over 100 s
    }
    p.failing('resync', 'Re-sync failed');
    p.ok('resync', 'Re-sync works again');
    p.ok('resync', 'Re-sync works again'); // nothing open any more: no second line
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'Re-sync failed'],
      [40, 'Re-sync failed (still, 60 more times)'],
      [30, 'Re-sync works again'],
    ]);
    expect(lines.at(-1)!.times).toBe(101);
    // Different words for the same problem are news.
    p.failing('dev', 'Paper out');
    p.failing('dev', 'Cover open');
    expect(lines.slice(-2).map((l) => l.msg)).toEqual(['Paper out', 'Cover open']);
  });
});

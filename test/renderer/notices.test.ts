import { describe, expect, it } from 'vitest';
import { dropNotice, NOTICE_MS, pushNotice, type Notice } from '../../renderer/src/use-bridge.js';

describe('notices', () => {
  it('counts a repeated message instead of stacking copies, and keeps at most five', () => {
    let list: Notice[] = [];
    for (let i = 0; i < 4; i++) list = pushNotice(list, 'error', 'Printer Desk is out of paper.', `t${i}`);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ count: 4, at: 't3' });
    for (let i = 0; i < 7; i++) list = pushNotice(list, 'warn', `other ${i}`, 'x');
    expect(list).toHaveLength(5);
    expect(list.map((n) => n.message)).toEqual(['other 2', 'other 3', 'other 4', 'other 5', 'other 6']);
    expect(pushNotice(list, 'info', 'other 6', 'y')).toHaveLength(5); // same text, other level: a new notice
  });

  it('runs each notice time from when it arrived: closing the newest also drops older ones whose time is up', () => {
    let list: Notice[] = [];
    list = pushNotice(list, 'info', 'Paused', 'a', undefined, 0);
    list = pushNotice(list, 'error', 'Printer Desk is out of paper.', 'b', undefined, 1_000);
    list = pushNotice(list, 'info', 'Resumed', 'c', undefined, 2_000);
    const resumed = list.at(-1)!;
    expect(resumed.until).toBe(2_000 + NOTICE_MS.info);
    // "Resumed" closes after its 5 s: "Paused" (5 s from 0) is gone with it, the error (15 s from 1 s) is not.
    expect(dropNotice(list, resumed.id, resumed.until).map((n) => n.message)).toEqual(['Printer Desk is out of paper.']);
    // Closed by hand at once: both older ones are still within their time.
    expect(dropNotice(list, resumed.id, 2_100).map((n) => n.message)).toEqual(['Paused', 'Printer Desk is out of paper.']);
    // A repeat starts its time again.
    const again = pushNotice(list, 'info', 'Paused', 'd', undefined, 4_000);
    expect(again.at(-1)).toMatchObject({ message: 'Paused', count: 2, until: 4_000 + NOTICE_MS.info });
  });
});

import { describe, expect, it } from 'vitest';
import { pushNotice, type Notice } from '../../renderer/src/use-bridge.js';

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
});

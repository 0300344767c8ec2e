import { describe, expect, it, vi } from 'vitest';
import type { DeviceStatus } from '../../src/devices/device-status.js';
import { StatusBoard } from '../../src/devices/status-board.js';

describe('StatusBoard', () => {
  it('starts with the initial status, flags {} and a time stamp', () => {
    const board = new StatusBoard({ health: 'unknown', detail: 'Not started' });
    expect(board.current).toMatchObject({ health: 'unknown', detail: 'Not started', flags: {} });
    expect(new Date(board.current.updatedAt).toISOString()).toBe(board.current.updatedAt);
  });

  it('tells every listener about a change, in order, after current holds it', () => {
    const board = new StatusBoard({ health: 'unknown', detail: null });
    const seen: string[] = [];
    board.subscribe((s) => seen.push(`a:${s.health}:${board.current === s}`));
    board.subscribe((s) => seen.push(`b:${s.health}:${s.detail}`));
    board.set({ health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
    expect(seen).toEqual(['a:attention:true', 'b:attention:Paper out']);
    expect(board.current).toMatchObject({ health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
  });

  it('drops a report equal to the current status: no call, same object, same updatedAt', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T10:00:00Z') });
    try {
      const board = new StatusBoard({ health: 'unknown', detail: null });
      const listener = vi.fn();
      board.subscribe(listener);
      board.set({ health: 'attention', detail: 'Paper out', flags: { paperOut: true, coverOpen: false } });
      const first = board.current;
      vi.setSystemTime(new Date('2026-11-30T10:05:00Z'));
      board.set({ health: 'attention', detail: 'Paper out', flags: { paperOut: true, coverOpen: false } });
      board.set({ health: 'attention', detail: 'Paper out', flags: { coverOpen: false, paperOut: true } }); // key order does not matter
      expect(listener).toHaveBeenCalledTimes(1);
      expect(board.current).toBe(first);
      expect(board.current.updatedAt).toBe('2026-11-30T10:00:00.000Z');

      // Any difference is a change, with a new time stamp.
      board.set({ health: 'attention', detail: 'Paper out', flags: { paperOut: true, coverOpen: true } });
      board.set({ health: 'attention', detail: 'Paper out', flags: { paperOut: true } });
      board.set({ health: 'attention', detail: 'Cover open', flags: { paperOut: true } });
      board.set({ health: 'offline', detail: 'Cover open', flags: { paperOut: true } });
      board.set({ health: 'offline', detail: null, flags: { paperOut: true } });
      expect(listener).toHaveBeenCalledTimes(6);
      expect(board.current.updatedAt).toBe('2026-11-30T10:05:00.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('treats left-out flags as {} (so a flagless driver repeating itself is still one status)', () => {
    const board = new StatusBoard({ health: 'unknown', detail: null });
    const listener = vi.fn();
    board.subscribe(listener);
    board.set({ health: 'online', detail: null });
    board.set({ health: 'online', detail: null, flags: {} });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(board.current.flags).toEqual({});
    // The initial status counts too: reporting it again is no change.
    const quiet = new StatusBoard({ health: 'online', detail: null });
    const none = vi.fn();
    quiet.subscribe(none);
    quiet.set({ health: 'online', detail: null });
    expect(none).not.toHaveBeenCalled();
  });

  it('stops calling a listener once unsubscribed, also when that happens during a call', () => {
    const board = new StatusBoard({ health: 'unknown', detail: null });
    const seen: string[] = [];
    let offB = (): void => undefined;
    const offA = board.subscribe((s) => {
      seen.push(`a:${s.health}`);
      offB(); // a earlier listener drops a later one mid-call (the bridge unsubscribes before it stops a driver)
    });
    offB = board.subscribe((s) => seen.push(`b:${s.health}`));
    board.set({ health: 'online', detail: null });
    offA();
    board.set({ health: 'offline', detail: 'Link down' });
    expect(seen).toEqual(['a:online']);
  });

  it('calls a listener subscribed during a call only from the next change on', () => {
    const board = new StatusBoard({ health: 'unknown', detail: null });
    const late: DeviceStatus[] = [];
    let once = true;
    board.subscribe(() => {
      if (once) board.subscribe((s) => late.push(s));
      once = false;
    });
    board.set({ health: 'busy', detail: 'Printing' });
    expect(late).toEqual([]);
    board.set({ health: 'online', detail: null });
    expect(late.map((s) => s.health)).toEqual(['online']);
  });

  it('unsubscribing twice is harmless and leaves other listeners alone', () => {
    const board = new StatusBoard({ health: 'unknown', detail: null });
    const a = vi.fn();
    const b = vi.fn();
    const offA = board.subscribe(a);
    board.subscribe(b);
    offA();
    offA();
    board.set({ health: 'online', detail: null });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
  });
});

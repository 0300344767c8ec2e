import { describe, expect, it } from 'vitest';
import { finishedOrder, liveOrder } from '../../renderer/src/queue-order.js';
import { makeCommand } from '../helpers/fake-bridge-api.js';

describe('queue order', () => {
  it('puts undismissed failures first (newest first), then running, then waiting in run order; the rest is history', () => {
    const at = (min: number) => new Date(Date.parse('2026-11-30T10:00:00Z') - min * 60_000).toISOString();
    const d = { deviceId: 'p', deviceName: 'P' };
    const c = {
      doneNew: makeCommand({ ...d, phase: 'done', createdUtc: at(0) }),
      waitLate: makeCommand({ ...d, phase: 'waiting', createdUtc: at(1) }),
      waitEarly: makeCommand({ ...d, phase: 'queued', createdUtc: at(2) }),
      run: makeCommand({ ...d, phase: 'running', createdUtc: at(3) }),
      failNew: makeCommand({ ...d, phase: 'failed', createdUtc: at(10) }),
      failOld: makeCommand({ ...d, phase: 'failed', createdUtc: at(60) }),
      dismissed: makeCommand({ ...d, phase: 'failed', dismissed: true, createdUtc: at(5) }),
      cancelled: makeCommand({ ...d, phase: 'cancelled', createdUtc: at(7) }),
    };
    const all = Object.values(c);
    expect(liveOrder(all).map((x) => x.id)).toEqual([c.failNew, c.failOld, c.run, c.waitEarly, c.waitLate].map((x) => x.id));
    expect(finishedOrder(all).map((x) => x.id)).toEqual([c.doneNew, c.dismissed, c.cancelled].map((x) => x.id));
  });
});

import { describe, expect, it } from 'vitest';
import { CommandFetcher } from '../../src/bridge/command-fetcher.js';
import { DeviceSlot } from '../../src/bridge/device-slot.js';
import type { FetchedCommands, MewsApiClient } from '../../src/mews/mews-api-client.js';
import type { MewsCommand } from '../../src/mews/wire.js';
import type { DeviceConfig } from '../../src/config/schema.js';
import type { Driver } from '../../src/devices/driver.js';

// Found by the 500-command pipeline test under load: a device ran its commands out of creation order when
// answers to two reads came back in the other order, or a re-sync found a command before its event.

function slotRecording(ran: string[], gate: Promise<void>): DeviceSlot {
  return new DeviceSlot({ id: 'd', name: 'Desk' } as DeviceConfig, {} as Driver, async (id) => {
    ran.push(id);
    await gate;
  });
}

describe('commands run in the order Mews created them', () => {
  it('a device queue puts a command before the waiting ones created after it; ties and retries keep arrival order', async () => {
    const ran: string[] = [];
    let open!: () => void;
    const slot = slotRecording(ran, new Promise<void>((r) => (open = r)));
    slot.enqueue('running', '2026-03-01T10:00:00Z');
    slot.enqueue('c3', '2026-03-01T10:00:03Z');
    slot.enqueue('c1', '2026-03-01T10:00:01.500Z');
    slot.enqueue('c2a', '2026-03-01T10:00:02Z');
    slot.enqueue('c2b', '2026-03-01T10:00:02Z');
    slot.enqueue('retry'); // asked for now: last
    slot.enqueue('c0', '2026-03-01T09:59:59Z');
    expect(slot.queued()).toEqual(['c0', 'c1', 'c2a', 'c2b', 'c3', 'retry']);
    open();
    await new Promise<void>((r) => setTimeout(r, 10));
    expect(ran).toEqual(['running', 'c0', 'c1', 'c2a', 'c2b', 'c3', 'retry']);
  });

  it('answers to coalesced reads are handed out in the order the reads were asked, even when a later one returns first', async () => {
    const answers: { ids: string[]; resolve: (r: FetchedCommands) => void }[] = [];
    const api = {
      getAllByIds: (ids: string[]) => new Promise<FetchedCommands>((resolve) => answers.push({ ids, resolve })),
    } as unknown as MewsApiClient;
    const fetcher = new CommandFetcher(api, 1);
    const got: string[] = [];
    const first = ['a', 'b'].map((id) => fetcher.fetch(id).then((c) => got.push(c!.Id)));
    await new Promise<void>((r) => setTimeout(r, 5));
    const second = ['c', 'd'].map((id) => fetcher.fetch(id).then((c) => got.push(c!.Id)));
    await new Promise<void>((r) => setTimeout(r, 5));
    expect(answers.map((a) => a.ids)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const answer = (ids: string[]): FetchedCommands => ({ commands: ids.map((Id) => ({ Id }) as MewsCommand), invalid: [] });
    answers[1]!.resolve(answer(answers[1]!.ids));
    await new Promise<void>((r) => setTimeout(r, 5));
    expect(got).toEqual([]); // the later answer waits for the earlier one
    answers[0]!.resolve(answer(answers[0]!.ids));
    await Promise.all([...first, ...second]);
    expect(got).toEqual(['a', 'b', 'c', 'd']);
  });
});

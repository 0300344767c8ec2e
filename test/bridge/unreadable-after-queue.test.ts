import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, commandOf, FINISHED_PHASES, nullDriver, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * Found by the hardening work: a command that read fine, was queued, and then reads back in a shape the
 * bridge cannot read (say Mews adds a new state) stayed queued and was re-read at every re-sync for ever —
 * about two requests a second out of the token's 200 per 30 s, for each such command.
 */
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('a queued command that becomes unreadable', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('bridge-unreadable-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    bridge = mews = undefined;
  });

  it('fails with a note, is never run, and stops costing requests', async () => {
    mews = await startMews();
    const m = mews;
    const p = m.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(m, dir.path, [{ id: p.Id, name: 'P', driver: 'null', options: { delayMs: 1500 } }]));
    const b = bridge;
    await waitFor(() => m.socketCount() === 1, 'socket');
    const first = m.store.addPrinterCommand(p.Id, PDF).Id;
    const second = m.store.addPrinterCommand(p.Id, PDF).Id;
    await waitFor(() => commandOf(b, second), 'second journaled and queued');
    (m.store.commands.get(second) as unknown as Record<string, unknown>).CreatedUtc = 20261125; // no longer the documented shape
    await waitFor(() => m.store.commands.get(first)!.State === 'Processed', 'first processed');
    await waitFor(async () => FINISHED_PHASES.includes((await commandOf(b, second))?.phase ?? 'queued'), 'second failed', 10_000);
    await waitFor(() => m.store.updatesFor(second).some((u) => u.State === 'Error'), 'second reported', 10_000);
    // Its read and its final state only: it waited behind a job shorter than STATUS_AFTER_MS, so no Received (status-updates.ts).
    expect(m.store.updatesFor(second).map((u) => u.State)).toEqual(['Error']);
    expect(m.store.updatesFor(second).at(-1)!.Notes).toMatch(/cannot read/);
    expect(nullDriver(b, p.Id).executed).toEqual([first]);

    const total = () => [...m.requests.values()].reduce((x, y) => x + y, 0);
    await new Promise((r) => setTimeout(r, 500));
    const before = total();
    await new Promise((r) => setTimeout(r, 3_000));
    expect(total() - before).toBeLessThanOrEqual(2); // idle again (no re-read loop)
  });
});

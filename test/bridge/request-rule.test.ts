import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { bridgeConfig, FAST_TUNING, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * What Mews is told between a command's read and its final state (ARCHITECTURE.md, "What Mews is told";
 * src/bridge/status-updates.ts). Counted at the fake Mews, never timed.
 */
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('the request rule', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('bridge-request-rule-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
    bridge = mews = undefined;
  });

  const states = (id: string) => mews!.store.updatesFor(id).map((u) => u.State);
  const reads = () => mews!.requests.get('commands/getAllByIds') ?? 0;

  it('a quick command costs one read and its final state (Pending → Processed)', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/quick`, [{ id: p.Id, name: 'P', driver: 'null' }]));
    await waitFor(() => mews!.socketCount() === 1, 'socket');
    for (let i = 0; i < 3; i++) {
      const before = reads();
      const id = mews.store.addPrinterCommand(p.Id, PDF).Id;
      await waitFor(() => mews!.store.commands.get(id)!.State === 'Processed', 'processed');
      expect(states(id)).toEqual(['Processed']);
      expect(reads() - before).toBe(1);
    }
  });

  it('a burst costs about one request per command: reads coalesced, no Received/Processing while the queue moves', async () => {
    mews = await startMews();
    const p = [mews.store.addDevice({ Name: 'P0', Type: 'Printer' }), mews.store.addDevice({ Name: 'P1', Type: 'Printer' })];
    bridge = await startBridge(
      bridgeConfig(
        mews,
        `${dir.path}/burst`,
        p.map((d) => ({ id: d.Id, name: d.Name, driver: 'null' as const, options: { delayMs: 20 } })),
      ),
      { ...FAST_TUNING, statusAfterMs: 60_000 },
    );
    await waitFor(() => mews!.socketCount() === 1, 'socket');
    const before = reads();
    const ids = Array.from({ length: 60 }, (_, i) => mews!.store.addPrinterCommand(p[i % 2]!.Id, PDF).Id);
    await waitFor(() => ids.every((id) => mews!.store.commands.get(id)!.State === 'Processed'), 'all processed', 30_000);
    for (const id of ids) expect(states(id)).toEqual(['Processed']);
    expect(reads() - before).toBeLessThanOrEqual(15); // 60 commands: a few coalesced reads, not one or two each
  });

  it('a held-up job shows Processing, and what waits behind it Received', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(
      bridgeConfig(mews, `${dir.path}/held`, [{ id: p.Id, name: 'P', driver: 'null', options: { delayMs: 1500 } }]),
      {
        ...FAST_TUNING,
        statusAfterMs: 300,
      },
    );
    await waitFor(() => mews!.socketCount() === 1, 'socket');
    const first = mews.store.addPrinterCommand(p.Id, PDF).Id;
    const second = mews.store.addPrinterCommand(p.Id, PDF).Id;
    await waitFor(() => mews!.store.commands.get(first)!.State === 'Processing', 'the long job shows Processing');
    await waitFor(() => mews!.store.commands.get(second)!.State === 'Received', 'the one behind it shows Received');
    const third = mews.store.addPrinterCommand(p.Id, PDF).Id; // joins a queue that is held up: Received at once
    await waitFor(() => mews!.store.commands.get(third)!.State === 'Received', 'a newcomer behind the held-up job shows Received');
    await waitFor(() => [first, second, third].every((id) => mews!.store.commands.get(id)!.State === 'Processed'), 'all processed', 20_000);
    expect(states(first)[0]).toBe('Processing');
    expect(states(first).at(-1)).toBe('Processed');
    expect([...new Set(states(second))]).toEqual(['Received', 'Processing', 'Processed']); // it ran long too (Progress repeats Processing)
    expect(states(third)[0]).toBe('Received');
  });
});

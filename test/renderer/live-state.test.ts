import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeEvent, Snapshot } from '../../src/bridge/api.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { applyEvent } from '../../renderer/src/use-bridge.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * The UI keeps its state by applying pushed events to a first snapshot. After every step it must
 * equal a fresh snapshot of the core (a printer once stayed "Busy · 1 waiting" until a reload).
 */
const deviceState = (s: Snapshot) =>
  s.devices.map((d) => ({ id: d.id, health: d.health, waiting: d.waiting, queueLength: d.queueLength, current: d.current }));
const commandState = (s: Snapshot) =>
  s.commands.map((c) => ({ id: c.id, phase: c.phase, mewsState: c.mewsState })).sort((a, b) => a.id.localeCompare(b.id));

describe('UI state follows the core', () => {
  let mews: FakeMews;
  let bridge: BridgeService | undefined;
  const dir = tempDir('live-state-');
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
  });

  it('after a burst of commands on one device, events leave the UI equal to /api/status', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(
      bridgeConfig(mews, `${dir.path}/a`, [{ id: p.Id, name: 'Desk', driver: 'null', options: { delayMs: 150 } }]),
    );
    let ui = await bridge.getSnapshot();
    const seen: Snapshot[] = [];
    bridge.subscribe((e: BridgeEvent) => {
      ui = applyEvent(ui, e);
      seen.push(ui);
    });
    const ids = [1, 2, 3].map(() => mews.store.addPrinterCommand(p.Id, 'JVBERi0xLjQ=').Id);
    await waitFor(() => ids.every((id) => mews.store.commands.get(id)!.State === 'Processed'), 'all three processed');
    await waitFor(
      async () => JSON.stringify(deviceState(ui)) === JSON.stringify(deviceState(await bridge!.getSnapshot())),
      'UI devices to equal the core',
    );
    const core = await bridge.getSnapshot();
    expect(deviceState(ui)).toEqual(deviceState(core));
    expect(commandState(ui)).toEqual(commandState(core));
    expect(deviceState(core)).toEqual([{ id: p.Id, health: 'online', waiting: 0, queueLength: 0, current: null }]);
    // While one ran and two waited, the running one was never counted as waiting.
    const busiest = seen.map((s) => s.devices[0]!).find((d) => d.queueLength === 3);
    expect(busiest).toMatchObject({ health: 'busy', waiting: 2 });
    expect(
      seen.some(
        (s) => s.commands.filter((c) => c.phase === 'running').length === 1 && s.commands.filter((c) => c.phase === 'waiting').length === 2,
      ),
    ).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { bridgeConfig, executedBy, nullDriver, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('command pipeline against the fake Mews over loopback', () => {
  let mews: FakeMews;
  let bridge: BridgeService | undefined;
  const dir = tempDir();
  afterEach(async () => {
    await bridge?.stop();
    await mews?.close();
  });

  it('runs a burst of 500 commands over 4 devices exactly once each, leaving foreign devices alone', { timeout: 180_000 }, async () => {
    mews = await startMews();
    const printers = [0, 1, 2, 3].map((i) => mews.store.addDevice({ Name: `Printer ${i}`, Type: 'Printer' }));
    const foreign = mews.store.addDevice({ Name: 'Other bridge printer', Type: 'Printer' });
    bridge = await startBridge(
      bridgeConfig(
        mews,
        `${dir.path}/burst`,
        printers.map((p) => ({ id: p.Id, name: p.Name, driver: 'null' as const })),
      ),
    );
    await waitFor(() => mews.socketCount() === 1, 'socket');
    const ids: string[] = [];
    for (let i = 0; i < 500; i++) ids.push(mews.store.addPrinterCommand(printers[i % 4]!.Id, PDF).Id);
    const foreignIds = [0, 1, 2].map(() => mews.store.addPrinterCommand(foreign.Id, PDF).Id);

    // About 2 s on an idle machine; a loaded 2-core CI machine has needed over 30 s.
    await waitFor(() => ids.every((id) => mews.store.commands.get(id)!.State === 'Processed'), 'all processed', 150_000);
    const executed = executedBy(bridge);
    expect(executed).toHaveLength(500);
    expect(new Set(executed).size).toBe(500);
    for (const id of ids) expect(mews.store.updatesFor(id).filter((u) => u.State === 'Processed')).toHaveLength(1);
    for (const id of foreignIds) {
      expect(mews.store.commands.get(id)!.State).toBe('Pending');
      expect(mews.store.updatesFor(id)).toHaveLength(0);
    }
    // Each device ran its own commands in creation order.
    for (const p of printers) {
      const mine = ids.filter((_, i) => printers[i % 4] === p);
      expect(nullDriver(bridge, p.Id).executed).toEqual(mine);
    }
  });

  it('fails commands with invalid data with a clear Error note and keeps going', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/invalid`, [{ id: p.Id, name: 'Desk', driver: 'null' }]));
    await waitFor(() => mews.socketCount() === 1, 'socket');
    const bad = mews.store.addRawCommand(p.Id, { CopyCount: 1, FileType: 'application/pdf', FileData: '@@not base64@@' }).Id;
    const missing = mews.store.addRawCommand(p.Id, { FileType: 'application/pdf' }).Id;
    const unreadable = mews.store.addPrinterCommand(p.Id, PDF);
    delete (unreadable as Partial<typeof unreadable>).CreatedUtc; // fails the command schema itself
    const good = mews.store.addPrinterCommand(p.Id, PDF).Id;
    await waitFor(
      () => [bad, missing, good, unreadable.Id].every((id) => ['Error', 'Processed'].includes(mews.store.commands.get(id)!.State)),
      'final',
    );
    expect(mews.store.updatesFor(unreadable.Id).at(-1)).toMatchObject({
      State: 'Error',
      Notes: expect.stringMatching(/cannot read \(CreatedUtc/),
    });
    expect(mews.store.commands.get(good)!.State).toBe('Processed');
    expect(mews.store.updatesFor(bad).at(-1)).toMatchObject({ State: 'Error', Notes: expect.stringMatching(/corrupt/) });
    expect(mews.store.updatesFor(missing).at(-1)).toMatchObject({ State: 'Error', Notes: expect.stringMatching(/CopyCount/) });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { bridgeConfig, executedBy, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('two bridges on the same tokens', () => {
  let mews: FakeMews;
  const bridges: BridgeService[] = [];
  const dir = tempDir('multi-');
  afterEach(async () => {
    for (const b of bridges.splice(0)) await b.stop();
    await mews?.close();
  });

  const processed = (ids: string[]) => ids.every((id) => mews.store.commands.get(id)!.State === 'Processed');

  it('with disjoint devices, each handles only its own', async () => {
    mews = await startMews();
    const [x, y] = [mews.store.addDevice({ Name: 'X', Type: 'Printer' }), mews.store.addDevice({ Name: 'Y', Type: 'Printer' })];
    const a = await startBridge(bridgeConfig(mews, `${dir.path}/a1`, [{ id: x.Id, name: 'X', driver: 'null' }]));
    const b = await startBridge(bridgeConfig(mews, `${dir.path}/b1`, [{ id: y.Id, name: 'Y', driver: 'null' }]));
    bridges.push(a, b);
    await waitFor(() => mews.socketCount() === 2, 'both sockets');
    const forX = Array.from({ length: 30 }, () => mews.store.addPrinterCommand(x.Id, PDF).Id);
    const forY = Array.from({ length: 30 }, () => mews.store.addPrinterCommand(y.Id, PDF).Id);
    await waitFor(() => processed([...forX, ...forY]), 'all processed');
    expect(executedBy(a).sort()).toEqual([...forX].sort());
    expect(executedBy(b).sort()).toEqual([...forY].sort());
  });

  it('with an overlapping device, the second bridge refuses it with a visible warning instead of racing', async () => {
    mews = await startMews();
    const x = mews.store.addDevice({ Name: 'X', Type: 'Printer' });
    const z = mews.store.addDevice({ Name: 'Z', Type: 'Printer' });
    const a = await startBridge(
      bridgeConfig(mews, `${dir.path}/a2`, [{ id: x.Id, name: 'Desk X', driver: 'null', options: { delayMs: 100 } }]),
    );
    bridges.push(a);
    await waitFor(() => mews.socketCount() === 1, 'first socket');
    const forX = Array.from({ length: 40 }, () => mews.store.addPrinterCommand(x.Id, PDF).Id);
    // Waiting commands stay Pending in Mews (only a held-up queue shows Received): the first bridge's own view says it has a queue.
    await waitFor(async () => ((await a.getSnapshot()).devices.find((d) => d.id === x.Id)?.waiting ?? 0) > 0, 'first bridge has a queue');

    const b = await startBridge(
      bridgeConfig(mews, `${dir.path}/b2`, [
        { id: x.Id, name: 'Desk X', driver: 'null' },
        { id: z.Id, name: 'Desk Z', driver: 'null' },
      ]),
    );
    bridges.push(b);
    await waitFor(
      async () => (await b.getSnapshot()).devices.find((d) => d.id === x.Id)?.health === 'attention',
      'X refused by the second bridge',
    );
    const view = (await b.getSnapshot()).devices.find((d) => d.id === x.Id)!;
    expect(view.detail).toMatch(/Another bridge is also serving "Desk X"/);

    const moreX = Array.from({ length: 10 }, () => mews.store.addPrinterCommand(x.Id, PDF).Id);
    const forZ = Array.from({ length: 10 }, () => mews.store.addPrinterCommand(z.Id, PDF).Id);
    await waitFor(() => processed([...forX, ...moreX, ...forZ]), 'all processed', 30_000);
    expect(executedBy(b).sort()).toEqual([...forZ].sort()); // nothing of X ran on the second bridge
    expect(executedBy(a).sort()).toEqual([...forX, ...moreX].sort());
    for (const id of [...forX, ...moreX]) expect(mews.store.updatesFor(id).filter((u) => u.State === 'Processed')).toHaveLength(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { bridgeConfig, connectionOf, executedBy, nullDriver, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('the bridge under Mews faults', () => {
  let mews: FakeMews;
  let bridge: BridgeService | undefined;
  const dir = tempDir();
  afterEach(async () => {
    await bridge?.stop();
    bridge = undefined;
    await mews?.close();
  });

  async function setup(name: string, devices = 2, delayMs = 0) {
    mews = await startMews();
    const printers = Array.from({ length: devices }, (_, i) => mews.store.addDevice({ Name: `P${i}`, Type: 'Printer' }));
    bridge = await startBridge(
      bridgeConfig(
        mews,
        `${dir.path}/${name}`,
        printers.map((p) => ({ id: p.Id, name: p.Name, driver: 'null' as const, options: { delayMs } })),
      ),
    );
    await waitFor(() => mews.socketCount() === 1, 'socket');
    return printers;
  }

  const executed = () => executedBy(bridge!);
  const allProcessed = (ids: string[]) => ids.every((id) => mews.store.commands.get(id)!.State === 'Processed');

  it('loses nothing when the socket drops mid-burst and events are lost meanwhile', async () => {
    const printers = await setup('drop', 2, 2);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(mews.store.addPrinterCommand(printers[i % 2]!.Id, PDF).Id);
    mews.faults.dropEvents = true;
    mews.dropSockets();
    for (let i = 0; i < 60; i++) ids.push(mews.store.addPrinterCommand(printers[i % 2]!.Id, PDF).Id); // no events for these
    mews.faults.dropEvents = false;
    await waitFor(() => allProcessed(ids), 'all processed after reconnect', 20_000);
    expect(executed().sort()).toEqual([...ids].sort());
    // The offline poll can find the lost commands before the socket's backoff has reconnected it.
    await waitFor(async () => (await connectionOf(bridge!)).status === 'online', 'the socket back online');
  });

  it('retries 429 (honouring Retry-After) and 500 answers without running anything twice', async () => {
    const printers = await setup('retry');
    mews.faults.failNext({ status: 429, retryAfter: 1, times: 3 });
    mews.faults.failNext({ status: 500, times: 4 });
    mews.faults.failNext({ status: 503, path: 'commands/update', times: 3 });
    const ids = Array.from({ length: 40 }, (_, i) => mews.store.addPrinterCommand(printers[i % 2]!.Id, PDF).Id);
    await waitFor(() => allProcessed(ids), 'all processed despite faults', 30_000);
    expect(executed()).toHaveLength(40);
    expect(new Set(executed()).size).toBe(40);
    for (const id of ids) expect(mews.store.updatesFor(id).filter((u) => u.State === 'Processed')).toHaveLength(1);
  });

  it('survives a request that is never answered (client timeout) and a slow Mews', async () => {
    const printers = await setup('slow');
    mews.faults.hangNext = 2;
    mews.faults.latencyMs = 200;
    const ids = Array.from({ length: 6 }, () => mews.store.addPrinterCommand(printers[0]!.Id, PDF).Id);
    await waitFor(() => allProcessed(ids), 'processed after timeouts', 30_000);
    expect(executed()).toHaveLength(6);
  });

  it('does not run a command cancelled in Mews before its turn', async () => {
    const printers = await setup('cancel', 1, 300);
    const ids = Array.from({ length: 4 }, () => mews.store.addPrinterCommand(printers[0]!.Id, PDF).Id);
    await waitFor(() => executed().length >= 1, 'first running');
    mews.store.cancel(ids[3]!);
    await waitFor(() => allProcessed(ids.slice(0, 3)), 'others processed');
    await new Promise((r) => setTimeout(r, 500));
    expect(executed()).not.toContain(ids[3]);
    expect(mews.store.commands.get(ids[3]!)!.State).toBe('Cancelled');
    expect(mews.store.updatesFor(ids[3]!).map((u) => u.State)).not.toContain('Processing');
  });

  it('shows unauthorized when the tokens are wrong, and never runs anything', async () => {
    mews = await startMews();
    const p = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    mews.store.addPrinterCommand(p.Id, PDF);
    const cfg = bridgeConfig(mews, `${dir.path}/unauth`, [{ id: p.Id, name: 'P', driver: 'null' }], { accessToken: 'WRONG-TOKEN-123456' });
    bridge = await startBridge(cfg);
    await waitFor(async () => (await connectionOf(bridge!)).status === 'unauthorized', 'unauthorized state');
    expect((await connectionOf(bridge)).reason).toMatch(/401/);
    expect(executed()).toHaveLength(0);
  });

  it('a failed command can be retried and then succeeds', async () => {
    const printers = await setup('retry-cmd', 1);
    nullDriver(bridge!, printers[0]!.Id).failNext = 'Printer P0 is out of paper';
    const id = mews.store.addPrinterCommand(printers[0]!.Id, PDF).Id;
    await waitFor(() => mews.store.commands.get(id)!.State === 'Error', 'error');
    expect(mews.store.updatesFor(id).at(-1)!.Notes).toBe('Printer P0 is out of paper');
    const snap = await bridge!.getSnapshot();
    expect(snap.commands.find((c) => c.id === id)).toMatchObject({ phase: 'failed', canRetry: true });
    expect(await bridge!.retryCommand(id)).toMatchObject({ ok: true });
    await waitFor(() => mews.store.commands.get(id)!.State === 'Processed', 'processed after retry');
    expect(executed()).toEqual([id]);
  });
});

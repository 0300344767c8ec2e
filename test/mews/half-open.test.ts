import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import { DEFAULT_TUNING } from '../../src/bridge/tuning.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { FAST_TUNING, bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { startFreezableProxy, type FreezableProxy } from '../helpers/freezable-proxy.js';
import { waitFor } from '../helpers/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

describe('a half-open WebSocket (the network stops answering without closing)', () => {
  let mews: FakeMews | undefined;
  let proxy: FreezableProxy | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('bridge-halfopen-');
  afterEach(async () => {
    await bridge?.stop();
    await proxy?.close();
    await mews?.close();
  });

  it('is replaced within 15 s with the production ping timings, and a command sent meanwhile still runs', async () => {
    expect(DEFAULT_TUNING.pingIntervalMs + DEFAULT_TUNING.pongTimeoutMs).toBeLessThanOrEqual(10_000);
    mews = await startMews();
    const port = Number(new URL(mews.url).port);
    proxy = await startFreezableProxy({ host: '127.0.0.1', port });
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const cfg = bridgeConfig(mews, dir.path, [{ id: printer.Id, name: 'Desk printer', driver: 'null' }], {
      webSocketUrl: `ws://127.0.0.1:${proxy.port}`,
    });
    // Production liveness and reconnect timings; only the re-sync timers are pushed out of the way, so the
    // command below can only be found through the replaced socket (its event, then the reconnect re-sync).
    bridge = await startBridge(cfg, {
      ...FAST_TUNING,
      pingIntervalMs: DEFAULT_TUNING.pingIntervalMs,
      pongTimeoutMs: DEFAULT_TUNING.pongTimeoutMs,
      reconnectBaseMs: DEFAULT_TUNING.reconnectBaseMs,
      resyncIntervalMs: 600_000,
      offlinePollMs: 600_000,
    });
    await waitFor(
      async () => (await bridge!.getSnapshot()).connection.status === 'online' && mews!.socketCount() === 1,
      'online through the proxy',
    );

    proxy.freeze();
    const frozenAt = Date.now();
    const id = mews.store.addPrinterCommand(printer.Id, PDF).Id; // its event is swallowed by the frozen link
    await waitFor(
      async () => proxy!.accepted >= 2 && (await bridge!.getSnapshot()).connection.status === 'online',
      'a new connection',
      20_000,
      50,
    );
    const replacedAfterMs = Date.now() - frozenAt;
    expect(replacedAfterMs).toBeLessThan(15_000);
    await waitFor(() => mews!.store.commands.get(id)!.State === 'Processed', 'the command sent while the link was dead');
  }, 40_000);
});

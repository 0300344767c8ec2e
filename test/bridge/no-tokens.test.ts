import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/config/settings-store.js';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { createDriver } from '../../src/devices/registry.js';
import { renderNote } from '../../src/i18n/render-note.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { captureLog } from '../helpers/capture-log.js';
import { bridgeConfig, connectionOf, FAST_TUNING, startMews, TOKENS, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * A bridge.json without tokens and no MEWS_* variables (newcomer3 N8): the bridge said "Mews rejected the tokens
 * (HTTP 401)" in the log, the connection and the UI, though nothing had been sent. Now it sends nothing, says that
 * no tokens are set and where to set them, and connects as soon as the tokens are saved, without a restart.
 */
describe('no Mews tokens set', () => {
  const dir = tempDir('no-tokens-');
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  afterAll(async () => {
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  it('connects to nothing, says why and where to set them, then connects once they are saved', async () => {
    mews = await startMews();
    const printer = mews.store.addDevice({ Name: 'Desk', Type: 'Printer' });
    const waiting = mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=').Id;
    const { lines, raw, log } = captureLog();
    bridge = await createBridge({
      store: new MemoryStore(
        bridgeConfig(mews, dir.path, [{ id: printer.Id, name: 'Desk', driver: 'null' }], { clientToken: '', accessToken: '' }),
      ),
      log,
      version: 'test',
      tuning: FAST_TUNING,
      driverFactory: (d) => createDriver(d, { dataDir: dir.path, version: 'test' }),
    });

    const c = await connectionOf(bridge);
    expect(c.status).toBe('offline'); // an existing status: Mews refused nothing
    expect(c.reason).toMatch(/^No Mews tokens set.*Connection screen.*MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN/);
    expect(c.reason).not.toMatch(/rejected|401/);
    expect(c.reasonNote).toEqual([{ key: 'mews.tokensMissing' }]);
    expect(renderNote('de', c.reasonNote!)).toMatch(/^Keine Mews-Tokens gesetzt.*„Verbindung“.*MEWS_CLIENT_TOKEN/);
    const warning = lines.find((l) => l.level === 40 && /No Mews tokens set/.test(l.msg));
    expect(warning).toMatchObject({ clientTokenSet: false, accessTokenSet: false });
    expect(lines.some((l) => /rejected/i.test(JSON.stringify(l)))).toBe(false);

    // What a person may press meanwhile sends nothing either.
    await bridge.reconnect();
    await bridge.setPaused(true);
    await bridge.setPaused(false);
    // Absence cannot be awaited: give the offline poll (1 s) and the socket's reconnect (50 ms) two rounds.
    await new Promise((r) => setTimeout(r, 2 * FAST_TUNING.offlinePollMs!));
    expect(Object.fromEntries(mews.requests)).toEqual({});
    expect(mews.socketAttempts()).toBe(0);
    expect((await connectionOf(bridge)).reasonNote).toEqual([{ key: 'mews.tokensMissing' }]);

    const url = mews.url;
    expect(await bridge.saveConnection({ environment: 'custom', apiUrl: url, webSocketUrl: url.replace('http', 'ws'), ...TOKENS })).toEqual(
      {
        ok: true,
      },
    );
    await waitFor(async () => (await connectionOf(bridge!)).status === 'online', 'online after the tokens were saved');
    await waitFor(() => mews!.store.commands.get(waiting)!.State === 'Processed', 'the waiting command ran');
    expect((await connectionOf(bridge)).reason).toBeNull();
    expect(raw.join('\n')).not.toContain(TOKENS.clientToken);
    expect(raw.join('\n')).not.toContain(TOKENS.accessToken);
  }, 60_000);
});

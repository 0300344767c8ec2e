import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridge, type BridgeService } from '../../src/bridge/bridge-service.js';
import { FileSettingsStore } from '../../src/config/file-settings-store.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { silentLogger } from '../../src/util/logger.js';
import { hasChromium } from '../helpers/chromium.js';
import { bridgeConfig, FAST_TUNING, startMews, tempDir } from '../helpers/core-harness.js';
import { FakeBridgeApi } from '../helpers/fake-bridge-api.js';
import { UiHarness } from './ui-harness.js';

/**
 * The Connection screen says where the tokens really are (newcomer F13): the headless dashboard keeps them in plain
 * text in the config file, so it must not say "stored encrypted"; only the desktop app's store encrypts them.
 */
const ui = new UiHarness();

describe.runIf(hasChromium)('where the Connection screen says the tokens are kept', () => {
  let mews: FakeMews;
  const dir = tempDir('token-storage-');
  const bridges: BridgeService[] = [];
  beforeAll(async () => {
    mews = await startMews();
    await ui.setup();
  }, 120_000);
  afterAll(async () => {
    for (const b of bridges) await b.stop();
    await ui.teardown();
    await mews.close();
    dir.cleanup();
  });

  async function headlessWith(name: string, withTokens: boolean): Promise<{ file: string; bridge: BridgeService }> {
    const file = join(dir.path, `${name}.json`);
    const cfg = bridgeConfig(mews, join(dir.path, `${name}-data`), []);
    if (!withTokens) {
      delete cfg.mews!.clientToken;
      delete cfg.mews!.accessToken;
    }
    writeFileSync(file, JSON.stringify(cfg));
    const bridge = await createBridge({ store: new FileSettingsStore(file), log: silentLogger(), version: 'test', tuning: FAST_TUNING });
    bridges.push(bridge);
    return { file, bridge };
  }

  it('headless with tokens in the config file: plain text in that file, never "encrypted"', async () => {
    const { file, bridge } = await headlessWith('with-tokens', true);
    expect((await bridge.getSettings()).tokenStorage).toEqual({ kind: 'config-file', path: file });
    const page = await ui.open(await ui.serve(bridge), 'connection');
    const text = await page.getByTestId('token-storage').textContent();
    expect(text).toContain(`plain text in the config file ${file}`);
    expect(text).not.toMatch(/encrypted/i);
    // What to do instead, as the log says at start (test/headless/plain-text-tokens.test.ts).
    const warning = await page.getByTestId('token-warning').textContent();
    expect(warning).toContain(`Anyone who can read ${file} can read these tokens.`);
    expect(warning).toContain('environment variables MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN');
    expect(warning).toContain('delete clientToken and accessToken from the file');
    await page.close();
  });

  it('headless without tokens in the file: kept until the bridge stops, not written, never "encrypted"', async () => {
    const { bridge } = await headlessWith('no-tokens', false);
    const page = await ui.open(await ui.serve(bridge), 'connection');
    const text = await page.getByTestId('token-storage').textContent();
    expect(text).toContain('last until the bridge stops');
    expect(text).not.toMatch(/encrypted/i);
    expect(await page.getByTestId('token-warning').count()).toBe(0);
    await page.close();
  });

  it('the desktop app (its store encrypts): "stored encrypted"', async () => {
    const page = await ui.open(await ui.serve(new FakeBridgeApi()), 'connection');
    await expect(page.getByTestId('token-storage').textContent()).resolves.toContain('stored encrypted');
    await page.close();
  });
});

describe('FileSettingsStore.tokenStorage', () => {
  const dir = tempDir('token-storage-file-');
  afterAll(() => dir.cleanup());

  it('says environment when MEWS_CLIENT_TOKEN or MEWS_ACCESS_TOKEN is set, the file when it holds a token, else memory', () => {
    const file = join(dir.path, 'bridge.json');
    writeFileSync(file, JSON.stringify({ mews: { accessToken: 'A' }, devices: [] }));
    const store = new FileSettingsStore(file);
    expect(store.tokenStorage({})).toEqual({ kind: 'config-file', path: file });
    expect(store.tokenStorage({ MEWS_ACCESS_TOKEN: 'X' })).toEqual({ kind: 'environment', plainTextFile: file }); // still in the file too
    expect(store.tokenStorage({ MEWS_CLIENT_TOKEN: ' ' })).toEqual({ kind: 'config-file', path: file });
    writeFileSync(file, JSON.stringify({ mews: {}, devices: [] }));
    expect(store.tokenStorage({})).toEqual({ kind: 'memory' });
    expect(store.tokenStorage({ MEWS_ACCESS_TOKEN: 'X' })).toEqual({ kind: 'environment' });
  });
});

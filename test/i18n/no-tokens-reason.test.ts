import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { noteText } from '../../renderer/src/i18n/note-text.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * No tokens given at all (a fresh bridge.json, no MEWS_* variables) is not "Mews rejected the tokens": the reason
 * says none are set and where to put them — found running the headless bridge as an IT admin. Wrong tokens still
 * say rejected. Both keep the `unauthorized` status of the /api/status contract.
 */
describe('the connection reason without tokens', () => {
  let mews: FakeMews | undefined;
  let bridge: BridgeService | undefined;
  const dir = tempDir('no-tokens-');
  afterEach(async () => {
    await bridge?.stop();
    bridge = undefined;
  });
  afterAll(async () => {
    await mews?.close();
    dir.cleanup();
  });

  async function connectionWith(tokens: { clientToken: string; accessToken: string }, sub: string) {
    mews ??= await startMews({ noiseEvents: false });
    bridge = await startBridge(bridgeConfig(mews, `${dir.path}/${sub}`, [], tokens));
    await waitFor(async () => (await bridge!.getSnapshot()).connection.status === 'unauthorized', 'unauthorized');
    return (await bridge.getSnapshot()).connection;
  }

  it('says no tokens are set (not rejected), in English and in German', async () => {
    const c = await connectionWith({ clientToken: '', accessToken: '' }, 'none');
    expect(c.reason).toBe(
      'No Mews tokens set: enter the Client and Access tokens on the Connection screen (or set MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN)',
    );
    expect(noteText(c.reasonNote, c.reason!, 'de')).toMatch(/^Keine Mews-Tokens gesetzt: Geben Sie das Client- und das Access-Token/);
  });

  it('one token missing is still "not set"; wrong tokens are "rejected"', async () => {
    expect((await connectionWith({ clientToken: 'SOME-CLIENT', accessToken: '' }, 'half')).reason).toMatch(/^No Mews tokens set/);
    await bridge!.stop();
    expect((await connectionWith({ clientToken: 'WRONG', accessToken: 'WRONG' }, 'wrong')).reason).toBe(
      'Mews rejected the tokens (HTTP 401): check the Client and Access tokens',
    );
  });
});

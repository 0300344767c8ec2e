import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeService } from '../../src/bridge/bridge-service.js';
import type { Dashboard } from '../../src/headless/dashboard/index.js';
import type { FakeMews } from '../../src/sim/fake-mews/server.js';
import { hasChromium } from '../helpers/chromium.js';
import { bridgeConfig, startBridge, startMews, tempDir } from '../helpers/core-harness.js';
import { waitFor } from '../helpers/wait-for.js';
import { findsInHistory, openHistory as openSharedHistory } from './history-search.js';
import { UiHarness } from './ui-harness.js';

/**
 * History search by the state words a row shows (newcomer3 N5): the badge ("Erreur", "Écartée", "Chyba", "Skryto")
 * and "Mews: <state>" are the UI's catalog words, not the core's; a search for them finds the rows that show them,
 * in the UI's language and in English. The core here writes English; the browser asks for French or Czech.
 */
const ui = new UiHarness();

describe.runIf(hasChromium)('History search by the state words a row shows (real core, Chromium)', () => {
  let mews: FakeMews;
  let bridge: BridgeService;
  let dash: Dashboard;
  const dir = tempDir('ui-history-words-');
  const ids = { done: '', failed: '', dismissed: '' };

  beforeAll(async () => {
    [mews] = await Promise.all([startMews(), ui.setup()]);
    const printer = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    bridge = await startBridge(bridgeConfig(mews, join(dir.path, 'data'), [{ id: printer.Id, name: 'Desk', driver: 'null' }]));
    ids.done = mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 2).Id;
    ids.failed = mews.store.addRawCommand(printer.Id, { CopyCount: 1, FileType: 'application/pdf', FileData: '@@not base64@@' }).Id;
    ids.dismissed = mews.store.addRawCommand(printer.Id, { CopyCount: 3, FileType: 'application/pdf', FileData: '@@not base64@@' }).Id;
    const state = (id: string) => mews.store.commands.get(id)?.State;
    await waitFor(
      () => state(ids.done) === 'Processed' && state(ids.failed) === 'Error' && state(ids.dismissed) === 'Error',
      'all reported',
    );
    expect((await bridge.dismissCommand(ids.dismissed)).ok).toBe(true);
    dash = await ui.serve(bridge);
  }, 120_000);
  afterAll(async () => {
    await ui.teardown();
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  /** The badge word History search lists, by command id. */
  async function listed(page: Page): Promise<Record<string, string>> {
    const found: Record<string, string> = {};
    for (const row of await page.locator('[data-testid="history-list"] [data-testid="command-row"]').all())
      found[(await row.getAttribute('data-command-id'))!] = await row.getByTestId('command-state').evaluate((b) =>
        [...b.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(''),
      ); // words, not the icon
    return found;
  }

  const finds = (page: Page, query: string, want: Record<string, string>) => findsInHistory(page, query, want, listed);
  const openHistory = (locale: string) => openSharedHistory(ui, dash, locale);

  it('French UI: «Erreur» finds the failed row (badge) and the dismissed one («Mews : Erreur»); «Écartée», «Traitée», English words', async () => {
    expect((await bridge.getSnapshot()).language.resolved).toBe('en');
    const page = await openHistory('fr-FR');
    await finds(page, 'Erreur', { [ids.failed]: 'Erreur', [ids.dismissed]: 'Écartée' });
    await expect(
      page.locator(`[data-testid="history-list"] [data-command-id="${ids.dismissed}"] .command-meta`).innerText(),
    ).resolves.toMatch(/Mews\s:\sErreur/); // French puts a narrow no-break space before ':'
    await finds(page, 'écartée', { [ids.dismissed]: 'Écartée' });
    await finds(page, 'TRAITÉE', { [ids.done]: 'Traitée' });
    await finds(
      page,
      'Mews : erreur', // typed with plain spaces
      { [ids.failed]: 'Erreur', [ids.dismissed]: 'Écartée' },
    );
    await finds(page, 'Dismissed', { [ids.dismissed]: 'Écartée' }); // the English word still matches
    await finds(page, 'Chyba', {}); // Czech words do not match a French UI
    await page.close();
  });

  it('Czech UI: «Chyba», «Skryto», «Zpracováno»', async () => {
    const page = await openHistory('cs-CZ');
    await finds(page, 'chyba', { [ids.failed]: 'Chyba', [ids.dismissed]: 'Skryto' });
    await finds(page, 'Skryto', { [ids.dismissed]: 'Skryto' });
    await finds(page, 'Zpracováno', { [ids.done]: 'Zpracováno' });
    await finds(page, 'Écartée', {});
    await page.close();
  });
});

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
 * Command summaries in the UI's own language, not the core's: the core here writes English (its setting is `auto`
 * and tests pin the host's language to English), the browser asks for Czech or German. History search finds a
 * command by its summary as shown, by the English form and by its id.
 */
const ui = new UiHarness();

describe.runIf(hasChromium)('command summaries and history search in the UI’s language (real core, Chromium)', () => {
  let mews: FakeMews;
  let bridge: BridgeService;
  let dash: Dashboard;
  const dir = tempDir('ui-summaries-');
  const ids: { print: string; keys: string; other: string } = { print: '', keys: '', other: '' };

  beforeAll(async () => {
    [mews] = await Promise.all([startMews(), ui.setup()]);
    const printer = mews.store.addDevice({ Name: 'P', Type: 'Printer' });
    const encoder = mews.store.addDevice({ Name: 'K', Type: 'KeyCutter' });
    bridge = await startBridge(
      bridgeConfig(mews, join(dir.path, 'data'), [
        { id: printer.Id, name: 'Desk', driver: 'null' },
        { id: encoder.Id, name: 'Encoder', driver: 'null' },
      ]),
    );
    ids.print = mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 2).Id;
    ids.keys = mews.store.addKeyCutterCommand(encoder.Id, 5, {
      LockIds: ['206'],
      FirstName: 'Jana',
      LastName: 'Novakova',
      StartUtc: '2026-11-30T14:00:00Z',
      EndUtc: '2026-12-02T10:00:00Z',
    }).Id;
    ids.other = mews.store.addPrinterCommand(printer.Id, 'JVBERi0xLjQ=', 1).Id;
    await waitFor(() => Object.values(ids).every((id) => mews.store.commands.get(id)?.State === 'Processed'), 'all processed');
    dash = await ui.serve(bridge);
  }, 120_000);
  afterAll(async () => {
    await ui.teardown();
    await bridge?.stop();
    await mews?.close();
    dir.cleanup();
  });

  /** The summaries History search lists, by command id. */
  async function listed(page: Page): Promise<Record<string, string>> {
    const found: Record<string, string> = {};
    for (const row of await page.locator('[data-testid="history-list"] [data-testid="command-row"]').all())
      found[(await row.getAttribute('data-command-id'))!] = await row.locator('.command-summary').innerText();
    return found;
  }

  const finds = (page: Page, query: string, want: Record<string, string>) => findsInHistory(page, query, want, listed);
  const openHistory = (locale: string) => openSharedHistory(ui, dash, locale);

  it('Czech UI over an English core: rows in Czech, found by the Czech words, the English ones, the guest and the id', async () => {
    expect((await bridge.getSnapshot()).language.resolved).toBe('en');
    const page = await openHistory('cs-CZ');
    const rows = page.locator('[data-testid="command-row"]');
    await expect
      .poll(async () => (await rows.locator('.command-summary').allInnerTexts()).sort())
      .toEqual(['5 klíčů · pokoj 206 · Novakova', 'Tisk · 1 kopie', 'Tisk · 2 kopie']);

    await finds(page, 'kopie', { [ids.print]: 'Tisk · 2 kopie', [ids.other]: 'Tisk · 1 kopie' });
    await finds(page, '2 KOPIE', { [ids.print]: 'Tisk · 2 kopie' });
    await finds(page, 'klíčů · pokoj 206', { [ids.keys]: '5 klíčů · pokoj 206 · Novakova' });
    await finds(page, '2 copies', { [ids.print]: 'Tisk · 2 kopie' }); // the English form still matches
    await finds(page, 'novakova', { [ids.keys]: '5 klíčů · pokoj 206 · Novakova' });
    await finds(page, ids.other, { [ids.other]: 'Tisk · 1 kopie' });
    await finds(page, 'Exemplare', {}); // German words do not match a Czech UI
    await expect(page.getByTestId('history-empty').innerText()).resolves.toContain('Exemplare');
    await page.close();
  });

  it('German UI: its own words match; /api/status keeps the English summary', async () => {
    const page = await openHistory('de-DE');
    await finds(page, 'exemplare', { [ids.print]: 'Druck · 2 Exemplare' });
    await finds(page, 'Schlüssel · Zimmer', { [ids.keys]: '5 Schlüssel · Zimmer 206 · Novakova' });
    await page.close();
    const status = (await (await fetch(`${dash.url}/api/status`, { headers: { authorization: `Bearer ${dash.token}` } })).json()) as {
      commands: { id: string; summary: string }[];
    };
    expect(status.commands.find((c) => c.id === ids.keys)!.summary).toBe('5 keys · room 206 · Novakova');
  });
});

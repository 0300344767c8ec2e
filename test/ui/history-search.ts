import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Dashboard } from '../../src/headless/dashboard/index.js';
import type { UiHarness } from './ui-harness.js';

/** Opens the queue in `locale` and goes to History, ready for a search. */
export async function openHistory(ui: UiHarness, dash: Dashboard, locale: string): Promise<Page> {
  const page = await ui.open(dash, 'queue', undefined, locale);
  await page.getByTestId('go-history').click();
  await page.getByTestId('history-query').waitFor();
  return page;
}

/**
 * Searches History for `query` and waits until `listed(page)` (rows by command id → what the test reads of
 * each) equals `want`; an empty `want` also waits for the "nothing found" line naming the query.
 */
export async function findsInHistory(
  page: Page,
  query: string,
  want: Record<string, string>,
  listed: (page: Page) => Promise<Record<string, string>>,
): Promise<void> {
  await page.getByTestId('history-query').fill(query);
  await page.getByTestId('history-query').press('Enter');
  if (Object.keys(want).length === 0)
    await expect
      .poll(() =>
        page
          .getByTestId('history-empty')
          .innerText()
          .catch(() => ''),
      )
      .toContain(query);
  await expect.poll(() => listed(page)).toEqual(want);
}

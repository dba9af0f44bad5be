import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { historyWritten } from './history-helpers';
import { openArticle } from './page-helpers';

// Screenshots of the history's pages with more than one outlet and month, for the report (DRAMATIS_SHOTS=dir; skipped
// otherwise). Six fixture pages are read from two hosts (the fixture server answers on 127.0.0.1 and on localhost);
// then, to show a trend, the dates of some records are moved back one and two months in the database (the only data
// not produced by reading).

test.skip(!process.env.DRAMATIS_SHOTS, 'screenshots only (DRAMATIS_SHOTS=dir)');

type Db = { history: { toArray(): Promise<{ id: number; url: string; readAt: number }[]>; update(id: number, changes: object): Promise<number> } };
type Dramatis = { memory: { pending: Map<number, Promise<unknown>> }; db: Db };

async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.DRAMATIS_SHOTS!;
  for (const [scheme, width] of [['light', 1000], ['dark', 1000], ['light', 400], ['dark', 400]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${dir}/${name}-${scheme}-${width}.png`, fullPage: true });
  }
}

test('screenshots: outlet page, Read view and outlets with two outlets over three months', async ({ context, serviceWorker, siteURL, extensionId }) => {
  test.setTimeout(180_000);
  const other = siteURL.replace('127.0.0.1', 'localhost');
  const pages = [`${other}/memory-1.html`, `${other}/memory-2.html`, `${siteURL}/outlet-1.html`, `${other}/memory-3.html`, `${siteURL}/outlet-2.html`, `${other}/article.html`];
  for (const url of pages) {
    const { page, tabId } = await openArticle({ context, serviceWorker }, url);
    await historyWritten(serviceWorker, tabId);
    await page.close();
  }
  const DAY = 24 * 3600 * 1000;
  await serviceWorker.evaluate(async (day) => {
    const db = (globalThis as unknown as { dramatis: Dramatis }).dramatis.db;
    const rows = await db.history.toArray();
    const back: Record<string, number> = { 'memory-1.html': 62, 'memory-2.html': 33, 'outlet-1.html': 31, 'memory-3.html': 12 };
    for (const r of rows) {
      const file = r.url.split('/').pop()!;
      if (back[file]) await db.history.update(r.id, { readAt: r.readAt - back[file] * day });
    }
  }, DAY);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html#/outlet/localhost`);
  await expect(library.locator('[data-outlet="compare"]')).toBeVisible();
  await shots(library, 'many-outlet-page');
  await library.goto(`chrome-extension://${extensionId}/library.html#/read`);
  await expect(library.locator('.dr-history__row').first()).toBeVisible();
  await shots(library, 'many-read-view');
  await library.goto(`chrome-extension://${extensionId}/library.html#/outlets`);
  await expect(library.locator('.dr-outlets__row').first()).toBeVisible();
  await shots(library, 'many-outlets');
  // The actor page's outlets link to the outlet pages.
  await library.goto(`chrome-extension://${extensionId}/library.html#/actor/${encodeURIComponent('person:maria okafor')}`);
  const outlets = library.getByRole('list', { name: 'Outlets' });
  await expect(outlets.getByRole('link').first()).toHaveAttribute('href', '#/outlet/localhost');
  await outlets.getByRole('link').first().click();
  await expect(library.getByRole('heading', { level: 1 })).toBeVisible();
  expect(library.url()).toMatch(/#\/outlet\/localhost$/);
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { historyCount, historyWritten } from './history-helpers';
import { openArticle } from './page-helpers';

// The outlet page, the "Read" view and the outlets compared (issue 15) in a real Chromium. Two fixture articles of one
// outlet (outlet-1.html, outlet-2.html, "Valley Courier"), counted by hand:
//   outlet-1: Elena Varga twice (said …; "We will not sign …"), a senior city official (anonymous), two people familiar
//             with the talks (anonymous)                                      -> 4 claims, 2 anonymous, 1 actor
//   outlet-2: Elena Varga, Jonas Weber, a council official (anonymous)     -> 3 claims, 1 anonymous, 3 actors
//             (Elena Varga, Jonas Weber, and "Council" from "Council member")
//   the outlet: 2 articles, 7 claims, 3 anonymous = 43%; quoted most: Elena Varga (3), Jonas Weber (1). They are the
//   only articles read, so the reader's average is the same 3 of 7.

/** Screenshots for the report when asked (DRAMATIS_SHOTS=dir): light and dark at full width, and 400 px wide. */
async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.DRAMATIS_SHOTS;
  if (!dir) return;
  for (const [scheme, width] of [['light', 1000], ['dark', 1000], ['light', 400], ['dark', 400]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/${name}-${scheme}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('two articles of one outlet: the popup line opens the outlet page with the hand-counted numbers; Read and Outlets list them; forget the site, undo, forget', async ({
  context,
  serviceWorker,
  siteURL,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const host = new URL(siteURL).hostname;
  const first = await openArticle({ context, serviceWorker }, `${siteURL}/outlet-1.html`);
  await historyWritten(serviceWorker, first.tabId);
  await first.page.close();
  const { tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/outlet-2.html`);
  await historyWritten(serviceWorker, tabId);
  expect(await historyCount(serviceWorker)).toBe(2);

  // The popup's outlet line, and its link to the outlet page.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const line = popup.locator('[data-memory="outlet"]');
  await expect(line).toContainText('This outlet: 43% anonymous across 2 articles you read since');
  await expect(line).toContainText('Quoted most: Elena Varga (3), Jonas Weber (1).');
  const opened = context.waitForEvent('page');
  await line.getByRole('link', { name: 'This outlet (Valley Courier): open its page' }).click();
  const library = await opened;
  await library.waitForLoadState();
  expect(library.url()).toBe(`chrome-extension://${extensionId}/library.html#/outlet/${host}`);

  // The outlet page: the numbers counted above.
  await expect(library.getByRole('heading', { level: 1, name: 'Valley Courier' })).toBeVisible();
  await expect(library.getByText('2 articles you read, on ')).toBeVisible();
  await expect(library.getByText(/with 7 attributed claims\./)).toBeVisible();
  const compare = library.locator('.dr-outlet__compare');
  await expect(compare.locator('dd').first()).toHaveText('3 of 7 claims anonymous (43%)');
  await expect(compare.locator('dd').nth(1)).toHaveText('3 of 7 claims anonymous (43%) across 2 articles');
  await expect(library.locator('[data-outlet="compare"]')).toHaveText('43% here: the same as your average.');
  const sources = library.getByRole('list', { name: 'Quoted most' });
  await expect(sources.getByRole('listitem')).toHaveText(['Elena Varga 3 claims', 'Jonas Weber 1 claim']);
  await expect(sources.getByRole('link', { name: 'Elena Varga' })).toHaveAttribute('href', `#/actor/${encodeURIComponent('person:elena varga')}`);
  // The trend: a chart and its table (both articles were read this month).
  await expect(library.locator('.dr-trend canvas').first()).toBeVisible();
  const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date());
  await expect(library.locator('.dr-trend tbody tr')).toHaveText([`${month}2743%`]);
  // The articles, newest first, linking to the pages.
  const articles = library.getByRole('list', { name: 'Articles read' });
  await expect(articles.locator('.dr-history__title')).toHaveText(['Tram talks resume after a month of silence', 'City council delays the tram vote']);
  await expect(articles.locator('.dr-history__title').first()).toHaveAttribute('href', `${siteURL}/outlet-2.html`);
  await expect(articles.locator('.dr-history__meta').nth(1)).toContainText('1 actor');
  await expect(articles.locator('.dr-history__meta').nth(1)).toContainText('2 of 4 claims anonymous (50%)');
  await shots(library, 'outlet-page');

  // A quoted source opens its actor page, whose outlets lead back to this outlet's page.
  await sources.getByRole('link', { name: 'Elena Varga' }).click();
  const across = library.getByRole('region', { name: 'Elena Varga across your reading' });
  await expect(across.getByRole('list', { name: 'Outlets' }).getByRole('link', { name: 'Valley Courier' })).toHaveAttribute('href', `#/outlet/${host}`);
  await across.getByRole('list', { name: 'Outlets' }).getByRole('link', { name: 'Valley Courier' }).click();
  await expect(library.getByRole('heading', { level: 1, name: 'Valley Courier' })).toBeVisible();

  // The Read view: both rows, a search, the link back to the outlet page.
  await library.getByRole('link', { name: 'Read', exact: true }).click();
  await expect(library).toHaveURL(/#\/read$/);
  const rows = library.getByRole('list', { name: 'Remembered articles' });
  await expect(rows.getByRole('listitem')).toHaveCount(2);
  await expect(library.locator('[data-history="about"]')).toContainText('Records are kept 90 days.');
  await expect(rows.getByRole('listitem').nth(1)).toContainText('2 of 4 claims anonymous (50%)');
  await shots(library, 'read-view');
  // Save: the second article is still open in its tab (saved from there); the first one's tab was closed (Dramatis
  // opens it in a background tab, saves it once analysed, and closes that tab). Both then link to their saved copy.
  await rows.getByRole('button', { name: 'Save: Tram talks resume after a month of silence' }).click();
  await expect(rows.getByText('Saved from its open tab.')).toBeVisible({ timeout: 20_000 });
  await expect(rows.getByRole('link', { name: 'Saved copy: Tram talks resume after a month of silence' })).toBeVisible();
  const tabsBefore = context.pages().length;
  await rows.getByRole('button', { name: 'Save: City council delays the tram vote' }).click();
  await expect(rows.getByText('Saved: Dramatis opened the page in a background tab, read it and closed the tab.')).toBeVisible({ timeout: 40_000 });
  await expect(rows.getByRole('link', { name: 'Saved copy: City council delays the tram vote' })).toHaveAttribute('href', /^#\/article\/\d+$/);
  await expect.poll(() => context.pages().length).toBe(tabsBefore);
  const saved = await serviceWorker.evaluate(() => (globalThis as unknown as { dramatis: { db: { articles: { toArray(): Promise<{ url: string; text: string }[]> } } } }).dramatis.db.articles.toArray());
  expect(saved.map((a) => a.url).sort()).toEqual([`${siteURL}/outlet-1.html`, `${siteURL}/outlet-2.html`]);
  expect(saved.find((a) => a.url.endsWith('outlet-1.html'))!.text).toContain('according to two people familiar with the talks');
  await library.getByRole('searchbox', { name: 'Search the articles you read' }).fill('talks resume');
  await expect(library.getByRole('list', { name: 'Remembered articles matching talks resume' }).getByRole('listitem')).toHaveCount(1);
  await library.getByRole('searchbox', { name: 'Search the articles you read' }).fill('');

  // The outlets compared.
  await library.getByRole('link', { name: 'Outlets', exact: true }).click();
  const outlets = library.getByRole('list', { name: 'Outlets by articles read' });
  await expect(outlets.getByRole('listitem')).toHaveCount(1);
  await expect(outlets.getByRole('listitem')).toContainText('2 articles');
  await expect(outlets.getByRole('listitem')).toContainText('3 of 7 claims anonymous (43%)');
  await shots(library, 'outlets');
  await outlets.getByRole('link', { name: /Valley Courier/ }).click();
  await expect(library).toHaveURL(new RegExp(`#/outlet/${host.replace(/\./g, '\\.')}$`));

  // Forget this site: confirm, the history is empty, Undo puts it back; then forget for good.
  await library.getByRole('button', { name: 'Forget this site…' }).click();
  await library.getByRole('button', { name: 'Forget 2 articles' }).click();
  await expect(library.locator('.dr-snackbar')).toHaveText(`Forgot 2 articles from ${host}.Undo×`);
  await expect(library.getByText(`Nothing remembered from ${host}.`)).toBeVisible();
  expect(await historyCount(serviceWorker)).toBe(0);
  // The forgotten page is gone from under the keyboard: Undo has the focus.
  await expect(library.getByRole('button', { name: 'Undo' })).toBeFocused();
  await library.keyboard.press('Enter');
  await expect(library.getByText('Put back 2 articles.')).toBeVisible();
  await expect(library.getByRole('heading', { level: 1, name: 'Valley Courier' })).toBeVisible();
  await expect(library.locator('.dr-outlet__compare dd').first()).toHaveText('3 of 7 claims anonymous (43%)');
  expect(await historyCount(serviceWorker)).toBe(2);
  await library.getByRole('button', { name: 'Forget this site…' }).click();
  await library.getByRole('button', { name: 'Forget 2 articles' }).click();
  await expect(library.getByText(`Nothing remembered from ${host}.`)).toBeVisible();
  expect(await historyCount(serviceWorker)).toBe(0);
  await shots(library, 'outlet-empty');
  // Saved articles stay: forgetting the history is not deleting the reading list.
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as { dramatis: { db: { articles: { count(): Promise<number> } } } }).dramatis.db.articles.count())).toBe(2);

  // The popup line says nothing more about the outlet.
  await popup.reload();
  await expect(popup.getByRole('list', { name: 'Key to the marks' })).toBeVisible();
  await expect(popup.locator('[data-memory="outlet"]')).toHaveCount(0);
});

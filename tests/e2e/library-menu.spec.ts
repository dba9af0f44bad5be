import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle } from './page-helpers';

const TITLE = 'US pressures Baghdad over Iran-backed militias';
const OTHER = 'A second story';

/** Saves the tab through the service worker's save handler (the context-menu path); returns the article's id. */
async function save(worker: Worker, tabId: number): Promise<number> {
  return worker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number }> } }).dramatis;
    return (await d.saveTab(id)).id;
  }, tabId);
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

test('the library: excerpts, marked search snippets, a quiet row whose menu works by keyboard (focus stays in the list after a delete), Options and back', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const first = await openArticle({ context, serviceWorker }, `${siteURL}/article.html`);
  await save(serviceWorker, first.tabId);
  const second = await openArticle({ context, serviceWorker }, `${siteURL}/article-dark.html`);
  const otherId = await save(serviceWorker, second.tabId);
  await serviceWorker.evaluate(
    async ({ id, title }) => {
      const d = (globalThis as unknown as { dramatis: { db: { articles: { update(id: number, c: object): Promise<number> } } } }).dramatis;
      await d.db.articles.update(id, { title });
    },
    { id: otherId, title: OTHER },
  );

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const rows = library.getByRole('list', { name: 'Saved articles' }).getByRole('listitem', { name: /./ });
  await expect(rows).toHaveCount(2);
  const row = rows.filter({ has: library.getByRole('button', { name: TITLE }) });
  // An excerpt: the first lines of the article.
  await expect(row.locator('.dr-article__excerpt')).toContainText('Secretary of State Mike Pompeo');
  // One action in view besides the title (and tags): the menu.
  await expect(row.getByRole('button')).toHaveCount(2);

  // A search shows where it matched, the matched word marked.
  await library.getByLabel('Search').fill('rockets');
  await expect(row.locator('mark')).toHaveText(['rockets']);
  await expect(row.locator('.dr-article__snippet')).toContainText('positioning rockets near bases');
  await library.getByLabel('Search').fill('');
  await expect(row.locator('mark')).toHaveCount(0);

  // The menu, by keyboard: Enter opens it, type-ahead reaches Delete, Enter deletes.
  await library.getByRole('button', { name: `More actions for ${OTHER}` }).focus();
  await library.keyboard.press('Enter');
  await expect(library.getByRole('menu')).toBeVisible();
  // Radix moves focus in a timeout: wait for it to land in the menu.
  await expect.poll(() => focusedLabel(library)).toBe('Read in Dramatis');
  await library.keyboard.type('De');
  await expect.poll(() => focusedLabel(library)).toBe('Delete');
  await library.keyboard.press('Enter');
  await expect(library.getByText(`Deleted “${OTHER}”.`)).toBeVisible();
  await expect(rows).toHaveCount(1);
  // Focus stays in the list: on the menu button of the row that took the deleted one's place.
  await expect.poll(() => focusedLabel(library)).toBe(`More actions for ${TITLE}`);
  // Esc closes a menu and gives focus back to its button.
  await library.keyboard.press('Enter');
  await expect(library.getByRole('menu')).toBeVisible();
  await library.keyboard.press('Escape');
  await expect(library.getByRole('menu')).toHaveCount(0);
  await expect.poll(() => focusedLabel(library)).toBe(`More actions for ${TITLE}`);
  // The same menu again: "Mark read" takes the unread dot away.
  await expect(row.getByText('Unread:')).toHaveCount(1);
  await library.keyboard.press('Enter');
  await expect(library.getByRole('menu')).toBeVisible();
  await library.getByRole('menuitem', { name: 'Mark read' }).click();
  await expect(row.getByText('Unread:')).toHaveCount(0);

  // Options and back; Options shows its title once.
  await library.getByRole('link', { name: 'Options' }).click();
  await expect(library.getByRole('heading', { level: 1 })).toHaveText(['Dramatis options']);
  await library.getByRole('link', { name: '← Reading list' }).click();
  await expect(library.getByRole('button', { name: `More actions for ${TITLE}` })).toBeVisible();
});

import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardText, highlightedTexts, pointOf, tabIdOf, waitForHighlights } from './page-helpers';

const TITLE = 'US pressures Baghdad over Iran-backed militias';

/** Opens the sample article and saves it through the service worker's save handler (the context-menu path). */
async function openAndSave(context: BrowserContext, worker: Worker, siteURL: string): Promise<Page> {
  const page = await context.newPage();
  const url = `${siteURL}/article.html`;
  await page.goto(url);
  await waitForHighlights(page);
  const tabId = await tabIdOf(worker, url);
  await worker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<unknown> } }).dramatis;
    await d.saveTab(id);
  }, tabId);
  return page;
}

async function openActorFromReader(library: Page, extensionId: string, name: string): Promise<void> {
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByRole('button', { name: TITLE }).or(library.getByRole('link', { name: TITLE })).first().click();
  await library.getByRole('button', { name }).first().click();
  await expect(library.getByRole('heading', { name, exact: true })).toBeVisible();
}

test('find the saved article by searching "militias", read it offline with highlights, and write a note seen in a new tab', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  await openAndSave(context, serviceWorker, siteURL);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByLabel('Search').fill('militias');
  await expect(library.getByText(TITLE)).toBeVisible();
  await library.getByLabel('Search').fill('zebras');
  await expect(library.getByText(TITLE)).toHaveCount(0);
  await library.getByLabel('Search').fill('');
  await library.getByLabel('Actor').selectOption('Adel Abdul Mahdi');
  await expect(library.getByText(TITLE)).toBeVisible();
  await library.getByLabel('Actor').selectOption('');
  await library.getByLabel('Search').fill('militias');

  // Offline: the reader view comes from the database, with the highlights painted from the stored analysis.
  await context.setOffline(true);
  await library.getByRole('button', { name: TITLE }).or(library.getByRole('link', { name: TITLE })).first().click();
  await expect(library.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(library.locator('.dr-hl--person', { hasText: 'Mike Pompeo' }).first()).toBeVisible();
  await expect(library.locator('.dr-reader__body')).toContainText('The message from the Americans was clear.');

  // Pompeo's actor page: write a note.
  await library.getByRole('button', { name: 'Mike Pompeo' }).first().click();
  await expect(library.getByRole('heading', { name: 'Mike Pompeo', exact: true })).toBeVisible();
  await library.getByRole('button', { name: 'Add note' }).click();
  await library.getByLabel('Your note').fill('Met his press team in Baghdad, May 2019.');
  await library.getByRole('button', { name: 'Save note' }).click();
  await expect(library.getByText('Met his press team in Baghdad, May 2019.')).toBeVisible();
  await context.setOffline(false);

  // A new tab on the article: Pompeo's hover card shows the note.
  const page = await context.newPage();
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  const point = await pointOf(page, 'Pompeo', 'article');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Met his press team in Baghdad, May 2019.');
});

test('marking a name "not an actor" removes its highlight on later pages', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const first = await openAndSave(context, serviceWorker, siteURL);
  expect(((await highlightedTexts(first))['dramatis-place'] ?? []).map((r) => r.text)).toContain('Middle East');
  const library = await context.newPage();
  await openActorFromReader(library, extensionId, 'Middle East');
  await library.getByRole('button', { name: 'Not an actor' }).click();
  await library.getByRole('button', { name: 'Yes, not an actor' }).click();

  const page = await context.newPage();
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  const places = ((await highlightedTexts(page))['dramatis-place'] ?? []).map((r) => r.text);
  expect(places).toContain('Iraq');
  expect(places).not.toContain('Middle East');
});

test('export, clear, import: everything comes back; a malformed file changes nothing', async ({ context, extensionId, serviceWorker, siteURL }) => {
  await openAndSave(context, serviceWorker, siteURL);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'dramatis' });

  await serviceWorker.evaluate(async () => {
    const d = (globalThis as unknown as { dramatis: { db: { tables: { clear(): Promise<void> }[] } } }).dramatis;
    await Promise.all(d.db.tables.map((t) => t.clear()));
  });
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByText('Your reading list is empty', { exact: false })).toBeVisible();

  await options.getByLabel('Import file').setInputFiles({ name: 'dramatis.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  // A preview first: nothing is written until the user confirms.
  await expect(options.getByRole('region', { name: 'Import preview' })).toContainText('1 article');
  await options.getByRole('button', { name: 'Import 1 article' }).click();
  await expect(options.getByText(/Imported 1 new/)).toBeVisible();
  await library.reload();
  await expect(library.getByText(TITLE)).toBeVisible();

  await options.getByLabel('Import file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else","articles":7}') });
  await expect(options.locator('.dr-error-text')).toBeVisible();
  await library.reload();
  await expect(library.getByText(TITLE)).toBeVisible();
  const count = await serviceWorker.evaluate(async () => {
    const d = (globalThis as unknown as { dramatis: { db: { articles: { count(): Promise<number> } } } }).dramatis;
    return d.db.articles.count();
  });
  expect(count).toBe(1);
});

test('the Wikipedia lookup, once turned on, puts the summary on the card (routed to a local fixture)', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const requests: string[] = [];
  await context.route('https://en.wikipedia.org/**', async (route) => {
    requests.push(route.request().url());
    if (route.request().url().includes('/page/summary/Mike_Pompeo')) {
      await route.fulfill({ contentType: 'application/json', body: readFileSync('tests/fixtures/wikipedia/mike-pompeo.summary.json', 'utf8') });
    } else await route.fulfill({ status: 404, body: '' });
  });
  await openAndSave(context, serviceWorker, siteURL);
  expect(requests).toEqual([]); // nothing is looked up by default

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('switch', { name: /Look up background on Wikipedia/ }).click();
  await expect(options.getByRole('switch', { name: /Look up background on Wikipedia/ })).toHaveAttribute('aria-checked', 'true');

  const library = await context.newPage();
  await openActorFromReader(library, extensionId, 'Mike Pompeo');
  await library.getByRole('button', { name: 'Look up on Wikipedia' }).click();
  await expect(library.getByText('Mike Pompeo served as United States Secretary of State from 2018 to 2021', { exact: false })).toBeVisible();
  expect(requests).toHaveLength(1);
});

test('the library at 400 px: the filters fold behind "Filters", and the first article is in the first screen', async ({ context, extensionId, serviceWorker, siteURL }) => {
  await openAndSave(context, serviceWorker, siteURL);
  const library = await context.newPage();
  await library.setViewportSize({ width: 400, height: 700 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const first = library.getByRole('list', { name: 'Saved articles' }).getByRole('listitem').first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  // Before, the filters alone pushed it about 450 px down; the whole row now starts well inside the first screen.
  expect(box.y).toBeLessThan(300);
  await expect(library.getByLabel('Tag')).toBeHidden();
  const toggle = library.getByRole('button', { name: 'Filters' });
  await toggle.focus();
  await library.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await library.getByRole('checkbox', { name: 'Unread only' }).check();
  await expect(library.getByRole('button', { name: 'Filters 1 active' })).toBeVisible();
  // Wide windows show the filters without the button.
  await library.setViewportSize({ width: 1000, height: 700 });
  await expect(library.getByLabel('Tag')).toBeVisible();
  await expect(library.getByRole('button', { name: /^Filters/ })).toBeHidden();
});

import { rmSync } from 'node:fs';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';
import { openWithPopup, tabIdOf, waitForHighlights } from './page-helpers';

test('the popup lists the actors, saves the article, and the reading list keeps it across a browser restart', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
  userDataDir,
}) => {
  const { popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/article.html`);
  await expect(popup.getByRole('heading', { name: 'US pressures Baghdad over Iran-backed militias' })).toBeVisible();
  for (const name of ['Mike Pompeo', 'Adel Abdul Mahdi', 'Donald Trump', 'Iraq', 'Iran', 'United States']) {
    await expect(popup.getByRole('button', { name: new RegExp(`^${name}\\b`) }).first()).toBeVisible();
  }
  // The sample article's hand-made gold: 11 claims, 6 of them from anonymous sources.
  await expect(popup.getByText(/^11 claims from \d+ sources, 6 of them from unnamed sources$/)).toBeVisible();
  await popup.getByRole('tab', { name: /Claims/ }).click();
  await expect(popup.getByText('a senior Iraqi military source with knowledge of Pompeo’s trip').first()).toBeVisible();

  await popup.getByRole('button', { name: 'Save to reading list' }).click();
  await expect(popup.getByRole('button', { name: /Saved/ })).toBeVisible();

  // Once saved, Pompeo has a card: a note written from the popup shows on his actor page in the library.
  await popup.getByRole('tab', { name: /Actors/ }).click();
  await popup.getByRole('button', { name: 'Open card for Mike Pompeo' }).click();
  await popup.getByRole('button', { name: 'Add note' }).click();
  await popup.getByLabel('Your note').fill('Check his Senate testimony.');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByText('Check his Senate testimony.')).toBeVisible();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByText('US pressures Baghdad over Iran-backed militias')).toBeVisible();
  await library.goto(`chrome-extension://${extensionId}/library.html#/actor/${encodeURIComponent('person:mike pompeo')}`);
  await expect(library.getByText('Check his Senate testimony.')).toBeVisible();

  // Relaunch the browser on the same profile: the reading list still holds the article.
  await context.close();
  const again = await launchWithExtension(userDataDir);
  try {
    const worker = await serviceWorkerOf(again);
    const id = new URL(worker.url()).host;
    const reopened = await again.newPage();
    await reopened.goto(`chrome-extension://${id}/library.html`);
    await expect(reopened.getByText('US pressures Baghdad over Iran-backed militias')).toBeVisible();
    await expect(reopened.getByText('The Daily Ledger')).toBeVisible();
  } finally {
    await again.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('clicking an actor in the popup scrolls the page to it and flashes it', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const { page, popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/article.html`);
  await popup.getByRole('button', { name: /^Donald Trump\b/ }).first().click();
  await page.waitForFunction(() => CSS.highlights.has('dramatis-flash'));
  const flashed = await page.evaluate(() => [...CSS.highlights.get('dramatis-flash')!].map((r) => (r as Range).toString()));
  expect(flashed).toEqual(['Donald Trump']);
});

test('saving through the context-menu handler in the service worker', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const page = await context.newPage();
  const url = `${siteURL}/article.html`;
  await page.goto(url);
  await waitForHighlights(page);
  const tabId = await tabIdOf(serviceWorker, url);
  const saved = await serviceWorker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number; url: string }> } }).dramatis;
    return d.saveTab(id);
  }, tabId);
  // The page's canonical link names another site (dailyledger.example, served here from 127.0.0.1): it does not count,
  // or a page could overwrite another site's saved article (issue 11). The served URL is kept, normalized.
  expect(saved.url).toBe(`${siteURL}/article.html`);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByText('US pressures Baghdad over Iran-backed militias')).toBeVisible();
});

test('the popup shows a key to the marks: a shape and a word for each kind', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const { popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/article.html`);
  const key = popup.getByRole('list', { name: 'Key to the marks' });
  await expect(key).toBeVisible();
  await expect(key.getByRole('listitem')).toHaveText(['Person', 'Organization', 'Place', 'Named source', 'Unnamed source']);
  // Not colour alone: each entry has its shape.
  await expect(key.locator('svg.dr-glyph')).toHaveCount(5);
});

test('keyboard only: one Tab stop for the list, Right to "Open card", Enter opens it, Esc closes it and focus comes back', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const { popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/article.html`);
  await expect(popup.getByRole('tab', { name: /Actors/ })).toBeVisible();
  // From the tab list, one Tab reaches the first row of the actor list, and the next Tab leaves the list.
  await popup.getByRole('tab', { name: /Actors/ }).focus();
  await popup.keyboard.press('Tab');
  const first = await popup.evaluate(() => document.activeElement?.querySelector('.dr-row__name')?.textContent ?? null);
  expect(first).toBe('Mike Pompeo');
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(() => !!document.activeElement?.closest('.dr-actor-list'))).toBe(false);
  // Back in, down one row, right to its card button.
  await popup.keyboard.press('Shift+Tab');
  // (the roving focus group moves focus on arrow keys in a timeout: wait for it before the next key, as a person would)
  const focusedRow = () => popup.evaluate(() => document.activeElement?.querySelector('.dr-row__name')?.textContent ?? null);
  await expect.poll(focusedRow).toBe('Mike Pompeo');
  await popup.keyboard.press('ArrowDown');
  await expect.poll(focusedRow).toBe('Adel Abdul Mahdi');
  await popup.keyboard.press('ArrowRight');
  const opener = await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(opener).toBe('Open card for Adel Abdul Mahdi');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('article')).toBeVisible();
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('article')).toHaveCount(0);
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(opener);
});

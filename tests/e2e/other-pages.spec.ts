import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWithPopup } from './page-helpers';

/** Collects uncaught errors and Dramatis warnings of the next page opened in `context` into the returned list. */
function watchNextPage(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.once('page', (page) => watch(page, errors));
  return errors;
}

function watch(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().startsWith('Dramatis')) errors.push(m.text());
  });
}

async function dramatisHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dramatis-')));
}

for (const file of ['french.html', 'french-lang.html']) {
  test(`a French article (${file}) gets no highlights, no errors, and the popup says why`, async ({ context, extensionId, serviceWorker, siteURL }) => {
    const errors = watchNextPage(context);
    const { page, popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/${file}`, { waitForHighlights: false });
    await expect(popup.getByText(/This page is in French \(fr\)/)).toBeVisible();
    expect(await dramatisHighlights(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a page that is not an article gets no highlights until the user asks', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const errors = watchNextPage(context);
  const { page, popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/not-article.html`, { waitForHighlights: false });
  await expect(popup.getByText('This page doesn’t look like a news article.')).toBeVisible();
  expect(await dramatisHighlights(page)).toEqual([]);
  expect(errors).toEqual([]);
  // "Analyze this page" runs anyway.
  await popup.getByRole('button', { name: 'Analyze this page' }).click();
  await expect(popup.getByRole('tab', { name: /Actors/ })).toBeVisible();
});

test('turning Dramatis off for a site stops it there, and on again brings it back', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const opened = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/article.html`);
  const { page, tabId } = opened;
  let popup = opened.popup;
  await popup.getByRole('switch', { name: /Active on 127\.0\.0\.1/ }).click();
  await expect.poll(() => dramatisHighlights(page)).toEqual([]);

  await page.reload();
  await page.waitForTimeout(1500);
  expect(await dramatisHighlights(page)).toEqual([]);
  popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByText(/Dramatis is off for 127\.0\.0\.1/)).toBeVisible();

  await popup.getByRole('switch', { name: /Turn on for/ }).click();
  await page.waitForFunction(() => CSS.highlights.has('dramatis-person'));
});

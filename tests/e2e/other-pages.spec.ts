import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabIdOf } from './page-helpers';

/** Collects uncaught errors and Dramatis warnings from a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().startsWith('Dramatis')) errors.push(m.text());
  });
  return errors;
}

async function dramatisHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dramatis-')));
}

async function popupFor(page: Page, url: string, ctx: { context: import('@playwright/test').BrowserContext; extensionId: string; serviceWorker: import('@playwright/test').Worker }) {
  const tabId = await tabIdOf(ctx.serviceWorker, url);
  const popup = await ctx.context.newPage();
  await popup.goto(`chrome-extension://${ctx.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

for (const file of ['french.html', 'french-lang.html']) {
  test(`a French article (${file}) gets no highlights, no errors, and the popup says why`, async ({ context, extensionId, serviceWorker, siteURL }) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const url = `${siteURL}/${file}`;
    await page.goto(url);
    const popup = await popupFor(page, url, { context, extensionId, serviceWorker });
    await expect(popup.getByText(/This page is in French \(fr\)/)).toBeVisible();
    expect(await dramatisHighlights(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a page that is not an article gets no highlights until the user asks', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const url = `${siteURL}/not-article.html`;
  await page.goto(url);
  const popup = await popupFor(page, url, { context, extensionId, serviceWorker });
  await expect(popup.getByText('This page doesn’t look like a news article.')).toBeVisible();
  expect(await dramatisHighlights(page)).toEqual([]);
  expect(errors).toEqual([]);
  // "Analyze this page" runs anyway.
  await popup.getByRole('button', { name: 'Analyze this page' }).click();
  await expect(popup.getByRole('tab', { name: /Actors/ })).toBeVisible();
});

test('turning Dramatis off for a site stops it there, and on again brings it back', async ({ context, extensionId, serviceWorker, siteURL }) => {
  const page = await context.newPage();
  const url = `${siteURL}/article.html`;
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.has('dramatis-person'));
  let popup = await popupFor(page, url, { context, extensionId, serviceWorker });
  await popup.getByRole('switch', { name: /Active on 127\.0\.0\.1/ }).click();
  await expect.poll(() => dramatisHighlights(page)).toEqual([]);

  await page.reload();
  await page.waitForTimeout(1500);
  expect(await dramatisHighlights(page)).toEqual([]);
  popup = await popupFor(page, url, { context, extensionId, serviceWorker });
  await expect(popup.getByText(/Dramatis is off for 127\.0\.0\.1/)).toBeVisible();

  await popup.getByRole('switch', { name: /Turn on for/ }).click();
  await page.waitForFunction(() => CSS.highlights.has('dramatis-person'));
});

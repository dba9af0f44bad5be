import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { historyCount, historyWritten } from './history-helpers';
import { cardText, openArticle, pointOf } from './page-helpers';

// The reading history across two outlets (issue 15). memory.spec.ts reads its three articles from one host, so every
// outlet question there has one answer. Here the Coast Daily article (memory-2.html, where another speaker reads the
// recurring quote out) is read from `localhost` and the two Harbour Times articles from 127.0.0.1: two hosts, two
// registrable domains, two outlets, served by the same fixture server. "Forget this site" must then take one outlet's
// article and leave the other's, and every answer (the claim card, the actor page) must follow.

async function quoteCard(page: Page): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toBe('');
  const point = await pointOf(page, 'not a day later', 'article');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('not a day later');
  return cardText(page);
}

test('two outlets: the claim card names the other outlet and its other speaker, the actor page counts two outlets, forgetting one site leaves the other', async ({
  context,
  serviceWorker,
  siteURL,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const harbour = siteURL; // http://127.0.0.1:PORT
  const coast = siteURL.replace('127.0.0.1', 'localhost');
  for (const url of [`${harbour}/memory-1.html`, `${coast}/memory-2.html`]) {
    const { page, tabId } = await openArticle({ context, serviceWorker }, url);
    await historyWritten(serviceWorker, tabId);
    await page.close();
  }
  const { page, tabId } = await openArticle({ context, serviceWorker }, `${harbour}/memory-3.html`);
  await historyWritten(serviceWorker, tabId);
  expect(await historyCount(serviceWorker)).toBe(3);

  // The quote was first read in the Harbour Times (memory-1), then in the Coast Daily read out by Rui Valente.
  await expect.poll(() => quoteCard(page), { timeout: 10_000 }).toContain('Also in 2 other articles you read; first seen in Harbour Times');
  const before = await cardText(page);
  expect(before).toContain('Also carried by Coast Daily.');
  expect(before).toMatch(/Attributed to a different source elsewhere: Rui Valente \(Coast Daily\)/);

  // The actor page: three articles from two outlets, each listed once.
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html#/actor/${encodeURIComponent('person:maria okafor')}`);
  const across = library.getByRole('region', { name: 'Maria Okafor across your reading' });
  await expect(across).toContainText('In 3 articles you read from 2 outlets');
  const outlets = across.getByRole('list', { name: 'Outlets' });
  await expect(outlets.getByRole('listitem')).toHaveCount(2);
  await expect(outlets).toContainText('Harbour Times');
  await expect(outlets).toContainText('Coast Daily');
  await expect(outlets).not.toContainText('also as');

  // The library's outlet list: two outlets.
  await library.goto(`chrome-extension://${extensionId}/library.html#/outlets`);
  await expect(library.getByRole('link', { name: /Coast Daily/ }).first()).toBeVisible();
  await expect(library.getByRole('link', { name: /Harbour Times/ }).first()).toBeVisible();

  // Forget the Coast Daily's site only.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('textbox', { name: 'Site to forget' }).fill('localhost');
  await options.getByRole('button', { name: 'Forget this site' }).click();
  await expect(options.getByText('Forgot 1 article from localhost.')).toBeVisible();
  expect(await historyCount(serviceWorker)).toBe(2);

  // The actor page: the Harbour Times' two articles, one outlet.
  await library.goto(`chrome-extension://${extensionId}/library.html#/actor/${encodeURIComponent('person:maria okafor')}`);
  await expect(across).toContainText('In 2 articles you read from 1 outlet');
  await expect(across.getByRole('list', { name: 'Outlets' })).not.toContainText('Coast Daily');

  // The claim card: one earlier article, no other outlet, no other speaker.
  await expect.poll(() => quoteCard(page), { timeout: 10_000 }).toContain('Also in 1 other article you read; first seen in Harbour Times');
  const after = await cardText(page);
  expect(after).not.toContain('Coast Daily');
  expect(after).not.toContain('Attributed to a different source');
});

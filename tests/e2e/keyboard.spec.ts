import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardFrame, cardText, openArticle } from './page-helpers';

/** The next-mark / previous-mark commands, through the same handler the browser's shortcut calls. */
async function stepMark(worker: Worker, tabId: number, direction: 1 | -1): Promise<boolean> {
  return worker.evaluate(
    async ({ id, dir }) => {
      const d = (globalThis as unknown as { dramatis: { stepMark(id: number, dir: 1 | -1): Promise<boolean> } }).dramatis;
      return d.stepMark(id, dir);
    },
    { id: tabId, dir: direction },
  );
}

const cardOpen = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('dramatis-card-frame') as HTMLElement | null;
    return !!host && getComputedStyle(host).display !== 'none';
  });

test('from the keyboard: the shortcut opens the marks one by one, focus goes into the card, Esc closes it and gives focus back', async ({
  context,
  serviceWorker,
  siteURL,
}) => {
  const url = `${siteURL}/article.html`;
  const { page, tabId } = await openArticle({ context, serviceWorker }, url);
  // The tab has the window's focus, as when a reader presses the shortcut (without it, headless Chromium gives the
  // extension's frame no focus events).
  await page.bringToFront();
  // The reader was on a link at the top of the page.
  await page.locator('a').first().focus();
  const before = await page.evaluate(() => document.activeElement?.outerHTML);

  expect(await stepMark(serviceWorker, tabId, 1)).toBe(true);
  await expect.poll(() => cardText(page)).not.toBe('');
  const first = await cardText(page);
  // Focus is in the card (the page sees only its frame), on the card itself.
  expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('dramatis-card-frame');
  await expect.poll(() => cardFrame(page)!.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('article');

  // The next mark is another card.
  expect(await stepMark(serviceWorker, tabId, 1)).toBe(true);
  await expect.poll(() => cardText(page)).not.toBe(first);
  expect(await cardText(page)).not.toBe('');
  // And back.
  expect(await stepMark(serviceWorker, tabId, -1)).toBe(true);
  await expect.poll(() => cardText(page)).toBe(first);

  await page.keyboard.press('Escape');
  await expect.poll(() => cardOpen(page)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
});

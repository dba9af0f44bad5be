import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardFrame, cardText, highlightedTexts, clickInCard, pointOf, waitForHighlights } from './page-helpers';

const kindsOf = async (page: Page, text: string) => {
  const painted = await highlightedTexts(page);
  return Object.entries(painted)
    .filter(([, ranges]) => ranges.some((r) => r.text === text))
    .map(([name]) => name)
    .sort();
};

async function openCardOf(page: Page, name: string, expected: string): Promise<void> {
  await page.mouse.move(1, 1);
  const point = await pointOf(page, name, 'article');
  await page.mouse.move(point.x, point.y);
  // (Section titles are upper-cased by CSS in the card's text.)
  await expect.poll(async () => (await cardText(page)).toLowerCase()).toContain(expected.toLowerCase());
}

test('a correction from the card changes the page\'s marks at once, can be undone, and survives a reload (the article is not saved)', async ({
  context,
  siteURL,
}) => {
  // (A name that is its own actor: "Washington" or "Baghdad" are mentions of the United States and Iraq here, and a
  // correction applies to the actor the card shows.)
  const NAME = 'Adel Abdul Mahdi';
  const page = await context.newPage();
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  expect(await kindsOf(page, NAME)).toEqual(['dramatis-person']);

  await openCardOf(page, NAME, 'Not a person?');
  expect(await cardText(page)).toContain(NAME);
  await clickInCard(page, cardFrame(page)!.getByRole('button', { name: 'Not a name' }));
  await expect(cardFrame(page)!.getByRole('status')).toHaveText('No longer marked, here and on later pages.');
  // At once, on the open page.
  await expect.poll(() => kindsOf(page, NAME)).toEqual([]);

  // Undo puts it back.
  await clickInCard(page, cardFrame(page)!.getByRole('button', { name: 'Undo' }));
  await expect(cardFrame(page)!.getByRole('status')).toHaveText('Undone: back as it was.');
  await expect.poll(() => kindsOf(page, NAME)).toEqual(['dramatis-person']);

  // A type change, then a reload: remembered without saving the article.
  await openCardOf(page, NAME, 'Not a person?');
  await clickInCard(page, cardFrame(page)!.getByRole('button', { name: 'Organization' }));
  await expect(cardFrame(page)!.getByRole('status')).toHaveText('Now marked as an organization, here and on later pages.');
  await expect.poll(() => kindsOf(page, NAME)).toEqual(['dramatis-organization']);
  await page.reload();
  await waitForHighlights(page);
  expect(await kindsOf(page, NAME)).toEqual(['dramatis-organization']);
  // Its card now offers the way back.
  await openCardOf(page, NAME, 'Not an organization?');
});

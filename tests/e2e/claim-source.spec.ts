import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardFrame, cardText, clickInCard, highlightedTexts, openArticle, openWithPopup, pointOf } from './page-helpers';

/** The claim quoted from the unnamed "senior Iraqi military source" of the sample article. */
const QUOTE = 'The message from the Americans was clear';

/** The highlight kinds painted over the quote's words ("dramatis-claim-anonymous" or "dramatis-claim-named"). */
async function quoteKinds(page: Page): Promise<string[]> {
  const painted = await highlightedTexts(page);
  return Object.entries(painted)
    .filter(([name, ranges]) => name.startsWith('dramatis-claim') && ranges.some((r) => r.text.includes('from the Americans was clear')))
    .map(([name]) => name)
    .sort();
}

test('"wrong source" on a claim card: one click, a keyboard menu of the page\'s actors, marks changed at once, undone, remembered after a reload', async ({
  context,
  serviceWorker,
  siteURL,
}) => {
  const { page } = await openArticle({ context, serviceWorker }, `${siteURL}/article.html`);
  // Tall enough for the card below the centred quote: a card reaching past the window's edge makes Playwright scroll
  // the page to click in it, and a scroll closes the card (as it should for a reader).
  await page.setViewportSize({ width: 1280, height: 1100 });
  expect(await quoteKinds(page)).toEqual(['dramatis-claim-anonymous']);

  const openQuoteCard = async () => {
    await page.mouse.move(1, 1);
    const point = await pointOf(page, QUOTE, 'article');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardText(page)).toContain('Wrong source?');
    return cardFrame(page)!;
  };

  let frame = await openQuoteCard();
  expect(await cardText(page)).toContain('unnamed source');
  // From the keyboard: Enter on "Wrong source?" opens the picker, the current source checked. The page has more than
  // 8 actors, so focus starts in the filter box: typing narrows the list (focus stays in the box), ArrowDown goes to the
  // first match, Enter picks it.
  await frame.getByRole('button', { name: 'Wrong source?' }).focus();
  await page.keyboard.press('Enter');
  const menu = frame.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: 'Unnamed source' })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitemradio', { name: 'Mike Pompeo' })).toBeVisible();
  const filter = frame.getByRole('searchbox', { name: 'Filter the names' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('Adel');
  await expect(filter).toBeFocused();
  await expect(menu.getByRole('menuitemradio', { name: 'Mike Pompeo' })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  // Radix moves focus in a timeout: wait for it to land.
  await expect.poll(() => frame.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Adel Abdul Mahdi');
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('status')).toHaveText('Now said by Adel Abdul Mahdi, on this page.');
  // The card follows at once, and so does the page: the quote's underline is now the named one.
  expect(await cardText(page)).toContain('named source');
  await expect.poll(() => quoteKinds(page)).toEqual(['dramatis-claim-named']);
  // Focus is on Undo, so the keyboard can take it back.
  await expect.poll(() => frame.evaluate(() => document.activeElement?.textContent)).toBe('Undo');

  await clickInCard(page, frame.getByRole('button', { name: 'Undo' }));
  await expect(frame.getByRole('status')).toHaveText('Undone: back as it was.');
  await expect.poll(() => quoteKinds(page)).toEqual(['dramatis-claim-anonymous']);

  // Fixed again (with the mouse this time), then the page is reloaded: remembered for this page, which was never saved.
  frame = await openQuoteCard();
  await clickInCard(page, frame.getByRole('button', { name: 'Wrong source?' }));
  await frame.getByRole('menuitemradio', { name: 'Mike Pompeo' }).click();
  await expect(frame.getByRole('status')).toHaveText('Now said by Mike Pompeo, on this page.');
  await expect.poll(() => quoteKinds(page)).toEqual(['dramatis-claim-named']);
  await page.reload();
  await expect.poll(() => quoteKinds(page), { timeout: 30_000 }).toEqual(['dramatis-claim-named']);
  frame = await openQuoteCard();
  expect(await cardText(page)).toContain('Mike Pompeo');
  await clickInCard(page, frame.getByRole('button', { name: 'Wrong source?' }));
  await expect(frame.getByRole('menuitemradio', { name: 'Mike Pompeo' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  // Esc closes the menu, not the card.
  await expect(frame.getByRole('menu')).toHaveCount(0);
  expect(await cardText(page)).toContain('Wrong source?');

  // Another page of the same site is not affected: the fix belongs to that page.
  const other = await openArticle({ context, serviceWorker }, `${siteURL}/article.html?copy=1`);
  expect(await quoteKinds(other.page)).toEqual(['dramatis-claim-anonymous']);
});

test('corrections from the popup: an actor\'s type from its card, a claim\'s source from the claim list, with undo', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const { page, popup } = await openWithPopup({ context, extensionId, serviceWorker }, `${siteURL}/article.html`);
  expect(await quoteKinds(page)).toEqual(['dramatis-claim-anonymous']);

  // A claim's source, from the Claims tab.
  await popup.getByRole('tab', { name: /Claims/ }).click();
  const trigger = popup.getByRole('button', { name: /^Wrong source of “The message from the Americans/ });
  await trigger.click();
  await popup.getByRole('menuitemradio', { name: 'Mike Pompeo' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Now said by Mike Pompeo' })).toBeVisible();
  await expect.poll(() => quoteKinds(page)).toEqual(['dramatis-claim-named']);
  // The popup's grouping follows: the quote is now under Mike Pompeo's heading.
  await expect
    .poll(async () =>
      popup
        .locator('section', { has: popup.getByRole('heading', { name: 'Mike Pompeo', level: 3 }) })
        .filter({ hasText: 'from the Americans was clear' })
        .count(),
    )
    .toBe(1);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => quoteKinds(page)).toEqual(['dramatis-claim-anonymous']);

  // An actor's type, from its card in the Actors tab.
  const NAME = 'Adel Abdul Mahdi';
  const kinds = async () =>
    Object.entries(await highlightedTexts(page))
      .filter(([, ranges]) => ranges.some((r) => r.text === NAME))
      .map(([name]) => name);
  expect(await kinds()).toEqual(['dramatis-person']);
  await popup.getByRole('tab', { name: /Actors/ }).click();
  await popup.getByRole('button', { name: `Open card for ${NAME}` }).click();
  await popup.getByRole('button', { name: 'Organization' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Now marked as an organization' })).toBeVisible();
  await expect.poll(kinds).toEqual(['dramatis-organization']);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(kinds).toEqual(['dramatis-person']);
});

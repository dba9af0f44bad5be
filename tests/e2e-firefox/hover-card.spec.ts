import { expect, test } from './fixtures';
import { pointOf, servedArticleHTML, visibleCard, waitForHighlights, watchErrors } from './page-helpers';

// The card's content is private to the extension (closed shadow root, or an extension-origin iframe), so this spec
// checks what the page itself could see: a card host laid out on top of the page after a real hover, gone after Esc.
test('Firefox: hovering "Pompeo" with the mouse shows a card, Esc hides it, and the article DOM is unchanged', async ({ tab, siteURL }) => {
  const url = `${siteURL}/article.html`;
  const errors = watchErrors(tab);
  await tab.goto(url);
  await waitForHighlights(tab);
  expect(await visibleCard(tab)).toBeNull();

  // tab.mouse sends WebDriver BiDi input actions: trusted pointer events, as from a real mouse.
  const point = await pointOf(tab, 'Pompeo', 'article');
  await tab.mouse.move(point.x, point.y + 200);
  await tab.mouse.move(point.x, point.y, { steps: 5 });
  // Wait for a card, or for an error that says none will come. (Firefox once threw "Xray wrapping of iterators not
  // supported" here: a content script may not iterate the page's highlight registry.)
  await expect.poll(async () => errors.length > 0 || (await visibleCard(tab)) !== null, { timeout: 15_000 }).toBe(true);
  expect(errors).toEqual([]);
  const card = await visibleCard(tab);
  expect(card?.host).toMatch(/^dramatis-card(-frame)?$/);
  // The iframe card (once the content script moves to it) shows an extension page, never a page-origin document.
  if (card?.frameSrc) expect(card.frameSrc).toMatch(/^moz-extension:\/\/[^/]+\/card\.html/);

  await tab.keyboard.press('Escape');
  await expect.poll(() => visibleCard(tab), { timeout: 10_000 }).toBeNull();

  const live = await tab.evaluate(() => document.querySelector('article')!.outerHTML);
  expect(live).toBe(await servedArticleHTML(tab, url));
  expect(errors).toEqual([]);
});

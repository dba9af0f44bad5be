import { expect, test } from './fixtures';
import { pointOf, servedArticleHTML, visibleCard, waitForHighlights, watchErrors } from './page-helpers';

/**
 * A known Firefox bug (found by this spec): the content script's hit test (`kindByRegistryName` in
 * lib/page/hit-test.ts) iterates `CSS.highlights`, which Firefox's Xray wrappers refuse to iterate from a content
 * script, so hovering throws this error and no card opens. While the error shows, the test is marked as an expected
 * failure; once the bug is fixed it runs as a normal test. Remove this marker then.
 */
const KNOWN_XRAY_BUG = 'Xray wrapping of iterators not supported';

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
  // Wait for a card, or for an error that says none will come.
  await expect.poll(async () => errors.length > 0 || (await visibleCard(tab)) !== null, { timeout: 15_000 }).toBe(true);
  if (errors.some((e) => e.includes(KNOWN_XRAY_BUG))) {
    console.warn(`KNOWN BUG (expected failure): hovering in Firefox throws "${KNOWN_XRAY_BUG}" (lib/page/hit-test.ts)`);
    test.fail(true, `known bug: the hover hit test throws "${KNOWN_XRAY_BUG}" in Firefox`);
  }
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

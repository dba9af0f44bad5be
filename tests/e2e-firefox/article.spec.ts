import { expect, test } from './fixtures';
import { highlightedTexts, servedArticleHTML, waitForHighlights, watchErrors } from './page-helpers';

test('Firefox: the sample article gets its actors and claims highlighted, nothing outside it, and its DOM is unchanged', async ({ tab, siteURL }) => {
  const url = `${siteURL}/article.html`;
  const errors = watchErrors(tab);
  await tab.goto(url);
  await waitForHighlights(tab);
  const painted = await highlightedTexts(tab);
  const texts = (name: string) => (painted[`dramatis-${name}`] ?? []).map((r) => r.text);

  for (const person of ['Mike Pompeo', 'Pompeo', 'Adel Abdul Mahdi', 'Donald Trump']) expect(texts('person')).toContain(person);
  for (const place of ['Iraq', 'Iran', 'United States']) expect(texts('place')).toContain(place);
  expect(texts('organization').some((t) => t.includes('State Department'))).toBe(true);
  // The senior Iraqi military source's quote (anonymous), Pompeo's quote (named), and the State Department's
  // "declined to comment" (a claim whose span is the cue).
  expect(texts('claim-anonymous').some((t) => t.includes('The message from the Americans was clear'))).toBe(true);
  expect(texts('claim-named').some((t) => t.includes('We don’t want anyone interfering in their country'))).toBe(true);
  expect(texts('claim-named')).toContain('declined to comment');

  // Nav, related links, comments and footer name other people: none of it is painted.
  const outside = Object.values(painted).flat().filter((r) => r.inside !== 'article');
  expect(outside).toEqual([]);

  // The article element is exactly as served: highlights never wrap or edit the page's DOM.
  const live = await tab.evaluate(() => document.querySelector('article')!.outerHTML);
  expect(live).toBe(await servedArticleHTML(tab, url));
  expect(errors).toEqual([]);
});

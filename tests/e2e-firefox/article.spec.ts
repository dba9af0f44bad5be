import { expect, test } from './fixtures';
import { highlightedTexts, servedArticleHTML, waitForHighlights, watchErrors } from './page-helpers';

/** What must be painted on the sample article: [highlight kind, text, whether a range must equal it or only contain it]. */
const EXPECTED: [kind: string, text: string, match: 'equals' | 'contains'][] = [
  ...['Mike Pompeo', 'Pompeo', 'Adel Abdul Mahdi', 'Donald Trump'].map((t): [string, string, 'equals'] => ['person', t, 'equals']),
  ...['Iraq', 'Iran', 'United States'].map((t): [string, string, 'equals'] => ['place', t, 'equals']),
  ['organization', 'State Department', 'contains'],
  // The senior Iraqi military source's quote (anonymous), Pompeo's quote (named), and the State Department's
  // "declined to comment" (a claim whose span is the cue).
  ['claim-anonymous', 'The message from the Americans was clear', 'contains'],
  ['claim-named', 'We don’t want anyone interfering in their country', 'contains'],
  ['claim-named', 'declined to comment', 'equals'],
];

test('Firefox: the sample article gets its actors and claims highlighted, nothing outside it, and its DOM is unchanged', async ({ tab, siteURL }) => {
  const url = `${siteURL}/article.html`;
  const errors = watchErrors(tab);
  await tab.goto(url);
  await waitForHighlights(tab);

  // Highlights may arrive in more than one batch: poll until nothing expected is missing.
  const missing = async () => {
    const painted = await highlightedTexts(tab);
    return EXPECTED.filter(([kind, text, match]) => {
      const texts = (painted[`dramatis-${kind}`] ?? []).map((r) => r.text);
      return !texts.some((t) => (match === 'equals' ? t === text : t.includes(text)));
    }).map(([kind, text]) => `${kind}: ${text}`);
  };
  await expect.poll(missing, { timeout: 30_000 }).toEqual([]);

  // Nav, related links, comments and footer name other people: none of it is painted.
  const outside = Object.values(await highlightedTexts(tab)).flat().filter((r) => r.inside !== 'article');
  expect(outside).toEqual([]);

  // The article element is exactly as served: highlights never wrap or edit the page's DOM.
  const live = await tab.evaluate(() => document.querySelector('article')!.outerHTML);
  expect(live).toBe(await servedArticleHTML(tab, url));
  expect(errors).toEqual([]);
});

import { expect, test } from './fixtures';
import { cardText, highlightedTexts, pointOf, waitForHighlights } from './page-helpers';

test.describe('the sample article in a news page', () => {
  test('highlights the actors and claims of the article, and nothing outside it', async ({ context, siteURL }) => {
    const page = await context.newPage();
    await page.goto(`${siteURL}/article.html`);
    await waitForHighlights(page);
    const painted = await highlightedTexts(page);
    const texts = (name: string) => (painted[`dramatis-${name}`] ?? []).map((r) => r.text);

    for (const person of ['Mike Pompeo', 'Pompeo', 'Adel Abdul Mahdi', 'Donald Trump']) expect(texts('person')).toContain(person);
    for (const place of ['Iraq', 'Iran', 'United States']) expect(texts('place')).toContain(place);
    expect(texts('organization').some((t) => t.includes('State Department'))).toBe(true);

    // The senior Iraqi military source's quote (anonymous) and Pompeo's quote (named).
    expect(texts('claim-anonymous').some((t) => t.includes('The message from the Americans was clear'))).toBe(true);
    expect(texts('claim-named').some((t) => t.includes('We don’t want anyone interfering in their country'))).toBe(true);
    // The State Department's "declined to comment" is a claim too (its span is the cue).
    expect(texts('claim-named')).toContain('declined to comment');

    // Nav, related links, comments and footer name other people: none of it is painted.
    const outside = Object.values(painted).flat().filter((r) => r.inside !== 'article');
    expect(outside).toEqual([]);
  });

  test('hovering "Pompeo" shows his card, Esc closes it, and the article DOM is unchanged', async ({ context, siteURL }) => {
    const page = await context.newPage();
    const url = `${siteURL}/article.html`;
    const original = await (await fetch(url)).text();
    await page.goto(url);
    await waitForHighlights(page);

    const point = await pointOf(page, 'Pompeo', 'article');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Mike Pompeo');
    const card = await cardText(page);
    expect(card).toContain('Secretary of State');

    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page), { timeout: 5000 }).not.toContain('Mike Pompeo');

    // The article element is exactly as served: highlights never wrap or edit the page's DOM.
    const live = await page.evaluate(() => document.querySelector('article')!.outerHTML);
    const served = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.outerHTML, original);
    expect(live).toBe(served);
  });
});

test('a single-page app swapping the article text gets re-analysed', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  // The page's own script replaces a paragraph, as a client-side router would.
  await page.evaluate(() => {
    const p = document.querySelector('article p:last-of-type')!;
    p.textContent = 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.';
  });
  await expect
    .poll(async () => ((await highlightedTexts(page))['dramatis-person'] ?? []).map((r) => r.text), { timeout: 10_000 })
    .toContain('Angela Merkel');
});

test('hovering a quote shows its source and that the source is anonymous', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  // "guarantees" sits inside the senior Iraqi military source's quote and is not an actor name.
  const point = await pointOf(page, 'guarantees', 'article');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('senior Iraqi military source');
  expect((await cardText(page)).toLowerCase()).toContain('anonymous');
});

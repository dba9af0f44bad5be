import { expect, test } from './fixtures';
import { cardText, highlightedTexts, openArticle, pointOf, waitForHighlights } from './page-helpers';

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
  expect(await cardText(page)).toContain('unnamed source');
  // Plain words: none of the analysis's own terms.
  expect(await cardText(page)).not.toMatch(/\bCue\b|How many/);
});

test('the reader view paints the same kinds as the page: actors filled by type, claims underlined named/unnamed; dates formatted', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const { page, tabId } = await openArticle({ context, serviceWorker }, `${siteURL}/article.html`);
  const painted = await highlightedTexts(page);
  const saved = await serviceWorker.evaluate(async (id) => {
    const d = (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<{ id: number }> } }).dramatis;
    return d.saveTab(id);
  }, tabId);

  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/library.html#/article/${saved.id}`);
  await expect(reader.getByRole('heading', { level: 1, name: 'US pressures Baghdad over Iran-backed militias' })).toBeVisible();
  const marks = await reader.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.dr-reader__body [data-kind]')) {
      const kind = el.dataset.kind!;
      // A claim mark may hold actor marks: its text is the claim's piece; actors are their own text.
      (out[kind] ??= []).push(el.textContent!);
    }
    const style = (sel: string) => {
      // A mark outside any claim (an actor inside a quote carries the claim's underline too, as on the page).
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => !e.parentElement?.closest('[data-kind^="claim"]'))!;
      const c = getComputedStyle(el);
      return { bg: c.backgroundColor, line: c.textDecorationLine, shape: c.textDecorationStyle };
    };
    return { out, person: style('[data-kind="person"]'), named: style('mark[data-kind="claim-named"]'), anon: style('mark[data-kind="claim-anonymous"]') };
  });
  // Every actor kind: the same names on both (the reader paints the saved analysis of the same text).
  for (const kind of ['person', 'organization', 'place']) {
    const onPage = new Set((painted[`dramatis-${kind}`] ?? []).map((r) => r.text));
    expect(new Set(marks.out[kind] ?? [])).toEqual(onPage);
  }
  // Claims: the same quotes under the same kind of source.
  expect(marks.out['claim-anonymous'].join(' ')).toContain('The message from the Americans was clear');
  expect(marks.out['claim-named'].join(' ')).toContain('We don’t want anyone interfering in their country');
  // Actors filled, claims underlined, as on the page; never the reverse.
  expect(marks.person.bg).toBe('rgba(255, 179, 0, 0.34)');
  expect(marks.person.line).toBe('none');
  expect(marks.named).toEqual({ bg: 'rgba(0, 0, 0, 0)', line: 'underline', shape: 'solid' });
  expect(marks.anon).toEqual({ bg: 'rgba(0, 0, 0, 0)', line: 'underline', shape: 'wavy' });
  // No raw ISO date anywhere in the header.
  expect(await reader.locator('.dr-reader__head').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
});

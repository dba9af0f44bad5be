import { expect, test } from './fixtures';
import { cardFrame, cardText, pointOf, tabIdOf, waitForHighlights } from './page-helpers';

// The in-page hover card is an extension page in a frame (page scripts cannot read the user's notes in it);
// Playwright reaches that frame and clicks its buttons with the real mouse, as a reader would.
test('the hover card\'s "All about Mike Pompeo" opens his actor page in the library in a new tab', async ({
  context,
  extensionId,
  serviceWorker,
  siteURL,
}) => {
  const url = `${siteURL}/article.html`;
  // Cards exist for saved articles only: save the sample article (the context-menu handler, through the service worker).
  const first = await context.newPage();
  await first.goto(url);
  await waitForHighlights(first);
  const tabId = await tabIdOf(serviceWorker, url);
  await serviceWorker.evaluate(async (id) => {
    await (globalThis as unknown as { dramatis: { saveTab(id: number): Promise<unknown> } }).dramatis.saveTab(id);
  }, tabId);
  await first.close();

  const page = await context.newPage();
  await page.goto(url);
  await waitForHighlights(page);
  const point = await pointOf(page, 'Pompeo', 'article');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('All about Mike Pompeo');

  const opened = context.waitForEvent('page');
  await cardFrame(page)!.getByRole('button', { name: 'All about Mike Pompeo' }).click();
  const library = await opened;
  await library.waitForLoadState();
  expect(library.url()).toBe(`chrome-extension://${extensionId}/library.html#/actor/${encodeURIComponent('person:mike pompeo')}`);
  await expect(library.getByRole('heading', { name: 'Mike Pompeo', exact: true })).toBeVisible();
  await expect(library.getByText('US pressures Baghdad over Iran-backed militias').first()).toBeVisible();
});

test('no "All about" button on the hover card of an article that is not saved (no card to open yet)', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  const point = await pointOf(page, 'Pompeo', 'article');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Mike Pompeo');
  expect(await cardText(page)).not.toContain('All about');
  await expect(cardFrame(page)!.getByRole('button', { name: /All about/ })).toHaveCount(0);
});

test('the card of a quote does not cover the quote nor its attribution sentence', async ({ context, siteURL }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${siteURL}/article.html`);
  await waitForHighlights(page);
  const point = await pointOf(page, 'guarantees', 'article');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('senior Iraqi military source');
  const overlap = await page.evaluate((needle) => {
    const host = document.querySelector('dramatis-card-frame') as HTMLElement;
    const card = host.getBoundingClientRect();
    // The whole paragraph holding the quote and its "… said" (the sentence the card must leave visible).
    const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.includes(needle))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const text = p.textContent!;
    const quoteStart = text.indexOf('“');
    const attributionEnd = text.indexOf('.', text.indexOf('source', text.indexOf(needle))) + 1;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let offset = 0;
    const sentence = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (quoteStart >= offset && quoteStart <= offset + len) sentence.setStart(n, quoteStart - offset);
      if (attributionEnd >= offset && attributionEnd <= offset + len) sentence.setEnd(n, attributionEnd - offset);
      offset += len;
    }
    return [...sentence.getClientRects()].some((r) => r.left < card.right && r.right > card.left && r.top < card.bottom && r.bottom > card.top);
  }, 'guarantees');
  expect(overlap).toBe(false);
});

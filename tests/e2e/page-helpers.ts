import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { readHighlightedTexts } from './in-page';
import { tabIdOf } from '../../scripts/lib/chromium-extension';

/** Waits until Dramatis has painted at least one `dramatis-*` highlight (the registry is visible to the page). */
export async function waitForHighlights(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-')), null, { timeout });
}

/** The text of every range of every `dramatis-*` highlight, with where in the page each range sits. */
export async function highlightedTexts(page: Page): Promise<Record<string, { text: string; inside: string }[]>> {
  return page.evaluate(readHighlightedTexts);
}

/** Viewport centre of the first occurrence of `needle` inside `selector`. */
export async function pointOf(page: Page, needle: string, selector = 'article'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ needle, selector }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(needle);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + needle.length);
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    },
    { needle, selector },
  );
  if (!point) throw new Error(`"${needle}" not found in ${selector}`);
  return point;
}

/** The card frame of the page (an extension page in an iframe), if it was created. */
export function cardFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
}

/**
 * The text of the open card, or '' when no card is shown. The card is an extension page in a frame: page scripts
 * cannot read it (another origin), Playwright can, as it reaches every frame.
 */
export async function cardText(page: Page): Promise<string> {
  const open = await page.evaluate(() => {
    const host = document.querySelector('dramatis-card-frame') as HTMLElement | null;
    return !!host && getComputedStyle(host).display !== 'none';
  });
  const frame = open ? cardFrame(page) : undefined;
  return frame ? (await frame.locator('body').innerText()).replace(/\s+/g, ' ').trim() : '';
}
export { tabIdOf };

/**
 * Clicks a button of the open card, again if the card's page never got the click. The card is a cross-origin frame
 * that was just placed; seen here (headless Chromium, about one run in two of correction.spec.ts): the pointer's moves
 * reach the card's page but the pointerdown goes to the page's frame element, and the button "does nothing". Most
 * likely Chromium's guard against clickjacking (input to a frame that moved moments ago is not delivered to it); a
 * person, slower than a test, does not meet it. Only a click the card never got is repeated.
 */
export async function clickInCard(page: Page, target: Locator): Promise<void> {
  // (Asked of the frame, not of the button: a click that worked may have replaced it.)
  const frame = cardFrame(page)!;
  const downs = () => frame.evaluate(() => (window as unknown as { dramatisTestDowns?: number }).dramatisTestDowns ?? 0);
  await frame.evaluate(() => {
    const w = window as unknown as { dramatisTestDowns?: number };
    if (w.dramatisTestDowns === undefined) document.addEventListener('pointerdown', () => (w.dramatisTestDowns! += 1), { capture: true });
    w.dramatisTestDowns = 0;
  });
  for (let attempt = 0; attempt < 20; attempt++) {
    await target.click();
    if ((await downs()) > 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the card never got the click');
}

/** Opens `url` in a new tab and finds the tab's id; waits for highlights unless told not to. */
export async function openArticle(
  ctx: { context: BrowserContext; serviceWorker: Worker },
  url: string,
  options: { waitForHighlights?: boolean } = {},
): Promise<{ page: Page; tabId: number }> {
  const page = await ctx.context.newPage();
  await page.goto(url);
  if (options.waitForHighlights ?? true) await waitForHighlights(page);
  return { page, tabId: await tabIdOf(ctx.serviceWorker, url) };
}

/** Opens `url` in a new tab and the popup for that tab (through the `?tab=` seam); waits for highlights unless told not to. */
export async function openWithPopup(
  ctx: { context: BrowserContext; extensionId: string; serviceWorker: Worker },
  url: string,
  options: { waitForHighlights?: boolean } = {},
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await openArticle(ctx, url, options);
  const popup = await ctx.context.newPage();
  await popup.goto(`chrome-extension://${ctx.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup, tabId };
}

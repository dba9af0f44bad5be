/**
 * Helpers for the Firefox specs (puppeteer-core pages). They mirror tests/e2e/page-helpers.ts, which works on
 * Playwright pages; the in-page code is the same.
 */
import type { Page } from 'puppeteer-core';
import { readHighlightedTexts } from '../e2e/in-page';
import { expect } from './fixtures';

/**
 * Waits until Dramatis has painted at least one `dramatis-*` highlight (the registry is visible to the page).
 * Highlights may come after a round trip to the extension, so this polls with a generous timeout.
 */
export async function waitForHighlights(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-')), { timeout, polling: 100 });
}

/** The names of the `dramatis-*` highlights registered in the page. */
export async function dramatisHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dramatis-')));
}

/** The text of every range of every `dramatis-*` highlight, with the page region (article, nav, aside...) it sits in. */
export async function highlightedTexts(page: Page): Promise<Record<string, { text: string; inside: string }[]>> {
  return page.evaluate(readHighlightedTexts);
}

/** Scrolls the first occurrence of `needle` inside `selector` to the middle of the viewport and returns its centre. */
export async function pointOf(page: Page, needle: string, selector = 'article'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (needle, selector) => {
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
    needle,
    selector,
  );
  if (!point) throw new Error(`"${needle}" not found in ${selector}`);
  return point;
}

/** Starts collecting the page's uncaught errors, console errors and Dramatis warnings into the returned list. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().startsWith('Dramatis')) errors.push(m.text());
  });
  return errors;
}

/** The article element's HTML as served (parsed by the page's own parser, so it compares with the live DOM). */
export async function servedArticleHTML(page: Page, url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.outerHTML, html);
}

/**
 * The hover card the reader can see, or null. The card's content is private to the extension (a closed shadow root
 * `<dramatis-card>`, or an extension-origin iframe inside `<dramatis-card-frame>`), so the page, and this test, can
 * only see where it is: hit-test the viewport on a 16 px grid and report the card host found on top, if any. An
 * iframe reachable from the page (not in a closed shadow root) is reported with its src.
 */
export async function visibleCard(page: Page): Promise<{ host: string; frameSrc: string | null } | null> {
  return page.evaluate(() => {
    for (let y = 0; y < innerHeight; y += 16) {
      for (let x = 0; x < innerWidth; x += 16) {
        const host = document.elementFromPoint(x, y)?.closest('dramatis-card, dramatis-card-frame');
        if (!host) continue;
        const frame = host.querySelector('iframe') ?? host.shadowRoot?.querySelector('iframe') ?? null;
        return { host: host.tagName.toLowerCase(), frameSrc: frame ? frame.src : null };
      }
    }
    return null;
  });
}

/**
 * The state the content script of the tab showing `url` reports (`get-state`), asked from an extension page `ext`,
 * with the tab's id; null while no tab answers for that URL.
 */
export async function contentState(ext: Page, url: string): Promise<{ tabId: number; status: string } | null> {
  return ext.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await api.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null)) as {
        ok: boolean;
        value?: { url: string; status: string };
      } | null;
      if (reply?.ok && reply.value?.url === target) return { tabId: tab.id, status: reply.value.status };
    }
    return null;
  }, url);
}

/** Waits until the content script of the tab showing `url` has settled on a status other than "loading"; returns it. */
export async function settledState(ext: Page, url: string): Promise<{ tabId: number; status: string }> {
  let state: { tabId: number; status: string } | null = null;
  await expect
    .poll(
      async () => {
        state = await contentState(ext, url);
        return state?.status ?? 'no answer';
      },
      { timeout: 30_000 },
    )
    .not.toMatch(/^(no answer|loading)$/);
  return state!;
}

/** The visible text of a page (for extension pages, whose React UI renders after load). */
export async function textOf(page: Page): Promise<string> {
  return page.evaluate(() => document.body?.innerText ?? '');
}

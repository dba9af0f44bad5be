import type { BrowserContext, Page, Worker } from '@playwright/test';


/** Waits until Dramatis has painted at least one `dramatis-*` highlight (the registry is visible to the page). */
export async function waitForHighlights(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-')), null, { timeout });
}

/** The text of every range of every `dramatis-*` highlight, with where in the page each range sits. */
export async function highlightedTexts(page: Page): Promise<Record<string, { text: string; inside: string }[]>> {
  return page.evaluate(() => {
    const out: Record<string, { text: string; inside: string }[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('dramatis-')) continue;
      out[name] = [...highlight].map((r) => {
        const node = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement;
        const region = node?.closest('article, nav, aside, footer, header, #comments, .comments');
        return { text: (r as Range).toString(), inside: region ? region.tagName.toLowerCase() + (region.id ? `#${region.id}` : '') : 'other' };
      });
    }
    return out;
  });
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

/**
 * All text inside closed shadow roots of the page (the hover card lives in one). Closed roots are invisible to page
 * scripts and to Playwright's locators; the DevTools protocol can pierce them.
 */
export async function closedShadowText(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const texts: string[] = [];
  const visit = (node: CdpNode, inShadow: boolean) => {
    if (inShadow && node.nodeType === 3 && node.nodeValue?.trim()) texts.push(node.nodeValue.trim());
    for (const child of node.children ?? []) visit(child, inShadow);
    for (const shadow of node.shadowRoots ?? []) visit(shadow, inShadow || shadow.shadowRootType === 'closed');
  };
  visit(root, false);
  return texts.join(' ');
}
interface CdpNode {
  nodeId?: number;
  nodeType: number;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/**
 * The id of the tab showing `url`, found through the service worker. Dramatis has no "tabs" permission, so tab URLs
 * are hidden from it: ask each tab's content script for its state instead.
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null)) as { ok: boolean; value?: { url: string } } | null;
        if (reply?.ok && reply.value?.url === target) return tab.id;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab for ${target}`);
  }, url);
}
declare const chrome: typeof import('wxt/browser').browser;

/** Opens `url` in a new tab and the popup for that tab (through the `?tab=` seam); waits for highlights unless told not to. */
export async function openWithPopup(
  ctx: { context: BrowserContext; extensionId: string; serviceWorker: Worker },
  url: string,
  options: { waitForHighlights?: boolean } = {},
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await ctx.context.newPage();
  await page.goto(url);
  if (options.waitForHighlights ?? true) await waitForHighlights(page);
  const tabId = await tabIdOf(ctx.serviceWorker, url);
  const popup = await ctx.context.newPage();
  await popup.goto(`chrome-extension://${ctx.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup, tabId };
}

/**
 * Clicks, with the real mouse, the first element matching `selector` whose text contains `text` inside a CLOSED
 * shadow root of the page (the hover card's buttons): the DevTools protocol pierces the roots (`DOM.getDocument`
 * with `pierce`), finds the element (`DOM.querySelectorAll` on each closed root) and its box (`DOM.getBoxModel`),
 * then `page.mouse` clicks its centre. Returns the point clicked; throws when no such element is laid out.
 */
export async function clickInClosedShadow(
  context: BrowserContext,
  page: Page,
  selector: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const byId = new Map<number, CdpNode>();
    const closedRoots: CdpNode[] = [];
    const visit = (node: CdpNode) => {
      if (node.nodeId !== undefined) byId.set(node.nodeId, node);
      for (const child of node.children ?? []) visit(child);
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') closedRoots.push(shadow);
        visit(shadow);
      }
    };
    visit(root);
    const textOf = (node: CdpNode): string =>
      node.nodeType === 3 ? (node.nodeValue ?? '') : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join('');
    for (const shadow of closedRoots) {
      const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId!, selector })) as { nodeIds: number[] };
      for (const nodeId of nodeIds) {
        const node = byId.get(nodeId);
        if (!node || !textOf(node).replace(/\s+/g, ' ').includes(text)) continue;
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
        const q = model.content; // four corners x1,y1 ... x4,y4, in viewport CSS pixels
        const point = { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
        await page.mouse.click(point.x, point.y);
        return point;
      }
    }
    throw new Error(`no ${selector} with text "${text}" in a closed shadow root`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

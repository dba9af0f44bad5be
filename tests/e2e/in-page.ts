/**
 * Functions that run inside the page under test, shared by the Chromium specs (Playwright) and the Firefox specs
 * (puppeteer-core): both pass them to `page.evaluate`, which sends their source text, so each must be self-contained.
 */

/** The text of every range of every `dramatis-*` highlight, with the page region (article, nav, aside...) it sits in. */
export function readHighlightedTexts(): Record<string, { text: string; inside: string }[]> {
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
}

// The content script's article extraction, run in Node on a jsdom document: the same findArticle + text map, so the
// CLI analyses exactly the text the extension would.
import { JSDOM } from 'jsdom';

export function articleTextFromHtml(html: string, url = 'https://example.invalid/'): string {
  const dom = new JSDOM(html, { url: /^https?:/.test(url) ? url : 'https://example.invalid/' });
  return dom.window.document.body?.textContent ?? '';
}

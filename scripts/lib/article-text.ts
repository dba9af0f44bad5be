// The content script's article extraction, run in Node on a jsdom document: the same findArticle + text map, so the
// CLI analyses exactly the text the extension would.
import { JSDOM } from 'jsdom';
import { findArticle } from '../../lib/page/article-root';
import { buildTextMap } from '../../lib/page/text-map';

export function articleTextFromHtml(html: string, url = 'https://example.invalid/'): string {
  const dom = new JSDOM(html, { url: /^https?:/.test(url) ? url : 'https://example.invalid/' });
  const article = findArticle(dom.window.document);
  if (!article) return '';
  return buildTextMap(article.root, { accept: article.accept }).text;
}

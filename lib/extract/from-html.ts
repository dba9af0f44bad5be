/** Node only (CLI, benchmark, tests): parse an HTML string with jsdom (no scripts run, no resources load) and extract. */
import { JSDOM } from 'jsdom';
import { extractArticle, type ExtractedArticle, type ExtractOptions } from './extract';

const FALLBACK_URL = 'https://example.invalid/';

export function parseHtml(html: string, url: string = FALLBACK_URL): Document {
  return new JSDOM(html, { url }).window.document;
}

export function extractFromHtml(html: string, url: string = FALLBACK_URL, options?: ExtractOptions): ExtractedArticle | null {
  const dom = new JSDOM(html, { url });
  try {
    return extractArticle(dom.window.document, url, options);
  } finally {
    dom.window.close();
  }
}

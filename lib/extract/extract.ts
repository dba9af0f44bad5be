/**
 * Article extraction for saving: Readability (on a clone) finds the content, then the noise rules drop captions,
 * "related" blocks, newsletter prompts and share widgets, and DOMPurify sanitizes the HTML. Works on any DOM: the
 * page as rendered in the browser, or a jsdom document in Node (see from-html.ts). Never touches the live page.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { markupBlockTest } from '../page/text-map';
import { cleanNoise, type Cleanup } from './guard';
import { removeComments } from './comments';
import { removeHeadline, titleCandidates } from './headline';
import { NOISE_RULES, type NoiseRule } from './noise-rules';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  /** Site name (og:site_name), else the host. */
  site: string;
  /** Published date as the page states it (ISO 8601 when it gives one), or null. */
  published: string | null;
  excerpt: string;
  /** Readable text, paragraphs separated by a blank line. */
  text: string;
  /** Sanitized readable HTML. Sanitize again before rendering it (DOMPurify at render time). */
  html: string;
  lang: string | null;
}

export interface ExtractOptions {
  rules?: readonly NoiseRule[];
  /** Readability's charThreshold (default 500). */
  charThreshold?: number;
  /** Keep a block that repeats the headline in the text (default: removed, see headline.ts). */
  keepHeadline?: boolean;
  /** Keep readers' comments printed under the story (default: cut, see comments.ts). */
  keepComments?: boolean;
  /** Keep what Readability kept above the headline (default: cut when the story after it is longer, see headline.ts). */
  keepBeforeHeadline?: boolean;
}

const MEDIA = new Set(['img', 'video', 'audio', 'picture']);

/**
 * Text of an element tree with blocks as paragraphs ("\n\n" between them), inline whitespace folded. Blocks are the
 * page text map's (`markupBlockTest`: block tags and roles, chips, list items, cells), plus `<br>`, so that the saved
 * text and the analysed text split an article in the same places. Media elements (no text of their own) do not split a
 * line here: an inline image or emoji inside a sentence leaves the sentence whole.
 */
export function blockText(root: Node): string {
  const isBlock = markupBlockTest();
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node.nodeType === 1 ? (node as Element) : null;
    const tag = el?.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return;
    const block = el !== null && (tag === 'br' || (!MEDIA.has(tag!) && isBlock(el)));
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function publishedOf(doc: Document, fromReadability: string | null | undefined): string | null {
  return (
    fromReadability?.trim() ||
    meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued', 'parsely-pub-date') ||
    doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ||
    null
  );
}

/** "Words by Elena Varga" -> "Elena Varga". */
export function cleanByline(byline: string | null | undefined): string | null {
  const b = (byline ?? '').replace(/\s+/g, ' ').trim().replace(/^(words|story|text|reporting|written)?\s*by:?\s+/i, '');
  return b || null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The clean-up of one extraction: what the rules removed before and after Readability, and which guard stepped in. */
export interface CleanupReport {
  before: Cleanup;
  after: Cleanup;
  /**
   * 'readability-alone' when the rules run before Readability made it pick less than half the text it picks on the
   * untouched page, so its own pick was used instead; else null.
   */
  fallback: 'readability-alone' | null;
  /** Blocks removed because they repeat the headline (their text). */
  headline: string[];
  /** Characters of text cut above the headline (0: none). */
  beforeHeadline: number;
  /** Characters of text cut as readers' comments (0: none). */
  comments: number;
}

/** Readability's pick on the pre-cleaned page is kept when it has at least this share of its pick on the untouched page. */
export const MIN_SHARE_OF_READABILITY = 0.5;

function readable(doc: Document, options: ExtractOptions) {
  // Classes are kept so the rules that run after Readability can still see them; they are dropped before output.
  return new Readability(doc, { charThreshold: options.charThreshold, keepClasses: true }).parse();
}

/**
 * Extracts the readable article from `document` (not modified). `url` is the page's URL (for relative links and
 * the site name fallback). Returns null when Readability finds no article.
 *
 * The noise rules never cut the article below half of what Readability alone returns: (1) a pass of rules that
 * together would remove most of a text removes nothing (`CLEANUP_GUARD`); (2) when the rules run before Readability made it pick a shorter text
 * than half of what it picks on the untouched page, its pick on the untouched page is used (then cleaned, guarded).
 */
export function extractArticle(document: Document, url: string = document.URL, options: ExtractOptions = {}): ExtractedArticle | null {
  return extractWithReport(document, url, options)?.article ?? null;
}

/** `extractArticle` with what the clean-up did (for the benchmark and tests). */
export function extractWithReport(
  document: Document,
  url: string = document.URL,
  options: ExtractOptions = {},
): { article: ExtractedArticle; cleanup: CleanupReport } | null {
  const rules = options.rules ?? NOISE_RULES;
  const clone = document.cloneNode(true) as Document;
  const before = clone.body ? cleanNoise(clone.body, rules.filter((r) => !r.afterReadability)) : { removed: [], guarded: null };
  let parsed = readable(clone, options);
  let fallback: CleanupReport['fallback'] = null;
  if (before.removed.some((r) => r.chars > 0)) {
    const alone = readable(document.cloneNode(true) as Document, options);
    if (alone?.content && (!parsed?.content || (parsed.length ?? 0) < MIN_SHARE_OF_READABILITY * (alone.length ?? 0))) {
      parsed = alone;
      fallback = 'readability-alone';
    }
  }
  if (!parsed || !parsed.content) return null;
  // Readability's HTML goes into an INERT document (no scripts, no loads), where noise is removed a second time
  // (blocks Readability re-wrapped, and everything when Readability's pick on the untouched page is used) and the
  // result is read.
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  container.innerHTML = parsed.content;
  // readers' comments printed under the story go first (comments.ts), then the noise rules run
  const comments = options.keepComments ? 0 : removeComments(container);
  const after = cleanNoise(container, rules);
  // the headline is the title field, not a paragraph of the text (headline.ts)
  const cut = options.keepHeadline
    ? { headline: [], before: 0 }
    : removeHeadline(container, titleCandidates(document, parsed.title), { keepBefore: options.keepBeforeHeadline });
  for (const el of Array.from(container.querySelectorAll('[class]'))) el.removeAttribute('class');
  const view = document.defaultView ?? (globalThis as any).window;
  const purify = createDOMPurify(view);
  const html = purify.sanitize(container.innerHTML, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
  const text = blockText(container);
  return {
    article: {
      title: (parsed.title ?? '').trim() || document.title.trim(),
      byline: cleanByline(parsed.byline),
      site: parsed.siteName?.trim() || hostOf(url),
      published: publishedOf(document, parsed.publishedTime),
      excerpt: (parsed.excerpt ?? '').replace(/\s+/g, ' ').trim(),
      text,
      html: typeof html === 'string' ? html : String(html),
      lang: parsed.lang ?? null,
    },
    cleanup: { before, after, fallback, headline: cut.headline, beforeHeadline: cut.before, comments },
  };
}

/**
 * Readability alone (no noise rules, no guard), for comparison in the benchmark: its content read the way Dramatis
 * reads its own (`blockText`), so the two differ only by the clean-up. (Its `textContent` glues the words of
 * adjacent blocks, "2007Steelers", which changes token counts for reasons that have nothing to do with extraction.)
 */
export function readabilityText(document: Document): string | null {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  if (!parsed?.content) return null;
  const container = document.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = parsed.content;
  return blockText(container);
}

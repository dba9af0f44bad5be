/**
 * Runs in the engine document, on a copy of the page parsed from its serialization (`locateArticle`, below); the page
 * resolves the result against its live DOM with `article-locator.ts`. The CLI and the library's extraction use
 * `findArticle` directly on a parsed document.
 *
 * Finds the article body of a document: the element Readability's scoring picks as the content root, plus a filter
 * that keeps out the text of every live element Readability dropped (nav, share widgets, related links, comments,
 * bylines...). The text we analyse is the live element's text (through `buildTextMap(root, { accept })`), never
 * Readability's serialized copy, so offsets map back to the page.
 *
 * How: the document is cloned (Readability mutates what it parses); every element of the clone gets an index attribute
 * in document order (the live `getElementsByTagName('*')` order is the same); Readability parses the clone with an
 * identity serializer; the indices still present in its result are the live elements it kept. The live root is the
 * deepest common ancestor of the kept elements; a text node is kept when its parent element was kept (looking through
 * `javascript:` links, which Readability replaces by their text).
 *
 * Usage:
 *   const found = findArticle(document);            // null only when there is no body at all
 *   if (found?.readerable) analyze(buildTextMap(found.root, { accept: found.accept }).text);
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { declaredLanguage } from './language';
import { buildTextMap } from './text-map';
import { fallbackArticleRoot, keptTextFilter, toRuns, type ArticleLocator, type ArticleMetadata } from './article-locator';

export interface ArticleRoot extends ArticleMetadata {
  /** The content root. */
  root: Element;
  /** Filter for `buildTextMap`: true for text nodes Readability kept. */
  accept: (node: Text) => boolean;
  /** The elements Readability kept (null for the fallback). */
  kept: ReadonlySet<Element> | null;
  /** `isProbablyReaderable(document)`: the page looks like an article. */
  readerable: boolean;
  /** How the root was found: Readability's scoring, or a fallback to `<main>`/`<article>`/`<body>` minus page chrome. */
  method: 'readability' | 'fallback';
}

export interface FindArticleOptions {
  /** Passed to `isProbablyReaderable` (defaults: Readability's own). */
  minContentLength?: number;
  minScore?: number;
  /** Readability's `charThreshold` (default 500). */
  charThreshold?: number;
}

const INDEX_ATTR = 'data-dramatis-ri';

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** Below this many kept characters, Readability's pick is not trusted and the fallback is used. */
const MIN_KEPT_TEXT = 140;

function keptTextLength(root: Element, accept: (node: Text) => boolean): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) if (accept(t)) n += t.data.trim().length;
  return n;
}

function lowestCommonAncestor(a: Element, b: Element): Element {
  let x: Element | null = a;
  while (x && !x.contains(b)) x = x.parentElement;
  return x ?? a.ownerDocument.documentElement;
}

function pageMetadata(doc: Document, parsed: { title?: string | null; siteName?: string | null; byline?: string | null; publishedTime?: string | null } | null) {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    title: h1 || meta(doc, 'meta[property="og:title"]') || parsed?.title?.trim() || doc.title.trim(),
    lang: declaredLanguage(doc),
    siteName: meta(doc, 'meta[property="og:site_name"]') ?? parsed?.siteName ?? null,
    byline: parsed?.byline?.trim() || null,
    publishedTime: meta(doc, 'meta[property="article:published_time"]') ?? parsed?.publishedTime ?? null,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
}

/**
 * The article root of a live document. Returns null only when the document has no body. `readerable` says whether the
 * page looks like an article; callers decide whether to analyse anyway (e.g. "Analyze this page" in the popup).
 */
export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleRoot | null {
  const body = doc.body;
  if (!body) return null;
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc, {
      ...(options.minContentLength !== undefined ? { minContentLength: options.minContentLength } : {}),
      ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    });
  } catch {
    readerable = false;
  }

  const live = Array.from(doc.getElementsByTagName('*'));
  let kept: Set<number> | null = null;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    const cloned = clone.getElementsByTagName('*');
    if (cloned.length === live.length) {
      for (let i = 0; i < cloned.length; i++) cloned[i].setAttribute(INDEX_ATTR, String(i));
      parsed = new Readability<Element>(clone, {
        serializer: (node) => node as Element,
        ...(options.charThreshold !== undefined ? { charThreshold: options.charThreshold } : {}),
      }).parse();
      const content = parsed?.content;
      if (content) {
        kept = new Set();
        for (const el of [content, ...Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`))]) {
          const v = el.getAttribute(INDEX_ATTR);
          if (v !== null) kept.add(Number(v));
        }
      }
    }
  } catch {
    kept = null;
  }

  if (kept && kept.size > 0) {
    const indices = [...kept].sort((a, b) => a - b);
    const first = live[indices[0]];
    const last = live[indices[indices.length - 1]];
    const root = lowestCommonAncestor(first, last);
    const keptElements = new Set<Element>(indices.map((i) => live[i]));
    const accept = keptTextFilter(keptElements);
    if (keptTextLength(root, accept) >= MIN_KEPT_TEXT) {
      return { root, accept, kept: keptElements, readerable, method: 'readability', ...pageMetadata(doc, parsed) };
    }
  }

  // Fallback: the main landmark, minus page chrome.
  const fallback = fallbackArticleRoot(doc);
  return {
    ...fallback,
    kept: null,
    readerable,
    method: 'fallback',
    ...pageMetadata(doc, parsed),
  };
}

/**
 * The engine's side of finding the article: `findArticle` on a parsed copy of the page, described so that the page can
 * find the same elements in its live document (`resolveArticle`), with the text the page will read there. `doc` is a
 * document parsed from the page's serialization (DOMParser, so scripting is off): `<noscript>` contents are turned back
 * into text first, as the live page (scripting on) holds them, so element indices agree.
 */
export function locateArticle(doc: Document, options: FindArticleOptions = {}): { locator: ArticleLocator; text: string } | null {
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) noscript.textContent = noscript.textContent ?? '';
  const found = findArticle(doc, options);
  if (!found) return null;
  const all = doc.getElementsByTagName('*');
  let index = -1;
  for (let i = 0; i < all.length; i++) {
    if (all[i] === found.root) {
      index = i;
      break;
    }
  }
  const descendants = found.root.getElementsByTagName('*');
  const keptIndices: number[] = [];
  if (found.kept) for (let i = 0; i < descendants.length; i++) if (found.kept.has(descendants[i])) keptIndices.push(i);
  const locator: ArticleLocator = {
    method: found.method,
    root: { index, tag: found.root.tagName, descendants: descendants.length },
    keptRuns: toRuns(keptIndices),
    rootKept: found.kept?.has(found.root) ?? false,
    readerable: found.readerable,
    title: found.title,
    lang: found.lang,
    siteName: found.siteName,
    byline: found.byline,
    publishedTime: found.publishedTime,
    canonicalUrl: found.canonicalUrl,
  };
  return { locator, text: buildTextMap(found.root, { accept: found.accept }).text };
}

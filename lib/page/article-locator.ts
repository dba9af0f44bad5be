/**
 * Finding the article is split across two places. The engine document parses a serialized copy of the page and runs
 * Readability there (`locateArticle` in `article-root.ts`), off the page's main thread; the page gets back a small
 * `ArticleLocator` and resolves it against the LIVE document here, without Readability (this file is part of the page
 * script, so it must stay small).
 *
 * Elements are named by their index in `getElementsByTagName('*')` (document order), which a serialization and a new
 * parse keep, with a check: the tag name and the number of elements under the root must agree. Where they do not (pages
 * whose scripts built markup the HTML parser would not, such as a `<tr>` straight under a `<table>`), the page falls
 * back to its main landmark minus page chrome.
 */

export interface ArticleMetadata {
  /** Headline: the `h1`, else og:title, else Readability's title, else document.title. */
  title: string;
  /** Declared page language (html lang, else og:locale, else content-language meta), lower-cased; null if none. */
  lang: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** Canonical URL when the page declares one. */
  canonicalUrl: string | null;
}

export interface ArticleLocator extends ArticleMetadata {
  method: 'readability' | 'fallback';
  /** The root: its index among all elements of the document, its tag name and how many elements it contains. */
  root: { index: number; tag: string; descendants: number };
  /** Readability's kept elements under the root, as [start, end) runs of indices into `root.getElementsByTagName('*')`. */
  keptRuns: [number, number][];
  /** Whether the root element itself was kept. */
  rootKept: boolean;
  /** `isProbablyReaderable` on the engine's copy. */
  readerable: boolean;
}

export interface ResolvedArticle {
  root: Element;
  accept: (node: Text) => boolean;
  method: 'readability' | 'fallback';
  /** False when the locator did not match the live page and the fallback was used instead. */
  matched: boolean;
}

/** Page chrome left out by the fallback (when Readability finds nothing). */
export const CHROME_SELECTOR =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]';

/** The main landmark (or the only `<article>`, else `<body>`), minus page chrome inside it. */
export function fallbackArticleRoot(doc: Document): { root: Element; accept: (node: Text) => boolean; method: 'fallback' } {
  const root =
    doc.querySelector('main, [role="main"]') ??
    (doc.querySelectorAll('article').length === 1 ? doc.querySelector('article') : null) ??
    doc.body ??
    doc.documentElement;
  return { root, accept: outsideChrome(root), method: 'fallback' };
}

/** True for text nodes not inside page chrome (nav, header, footer...) under `root`. */
export function outsideChrome(root: Element): (node: Text) => boolean {
  return (node: Text) => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (el.matches(CHROME_SELECTOR)) return false;
    return true;
  };
}

/** A text node is kept when its parent element was kept (looking through `javascript:` links, which Readability replaces by their text). */
export function keptTextFilter(kept: ReadonlySet<Element>): (node: Text) => boolean {
  return (node: Text) => {
    let parent = node.parentElement;
    while (parent && !kept.has(parent) && parent.tagName === 'A' && /^\s*javascript:/i.test(parent.getAttribute('href') ?? '')) {
      parent = parent.parentElement;
    }
    return parent !== null && kept.has(parent);
  };
}

/** Index runs [start, end) of the sorted indices. */
export function toRuns(sorted: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

/** Resolves a locator against the live document (falls back to the main landmark when it does not match). */
export function resolveArticle(doc: Document, locator: ArticleLocator): ResolvedArticle {
  const candidate = doc.getElementsByTagName('*')[locator.root.index];
  const descendants = candidate?.getElementsByTagName('*');
  const matches = !!candidate && candidate.tagName === locator.root.tag && descendants!.length === locator.root.descendants;
  if (!matches) return { ...fallbackArticleRoot(doc), matched: false };
  if (locator.method === 'fallback') return { root: candidate, accept: outsideChrome(candidate), method: 'fallback', matched: true };
  const kept = new Set<Element>();
  if (locator.rootKept) kept.add(candidate);
  for (const [start, end] of locator.keptRuns) {
    for (let i = start; i < end && i < descendants!.length; i++) kept.add(descendants![i]);
  }
  return { root: candidate, accept: keptTextFilter(kept), method: 'readability', matched: true };
}

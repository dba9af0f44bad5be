/**
 * The headline inside the extracted text. Readability drops an `<h1>`/`<h2>` that repeats the title it read from
 * `<title>`, but many pages set the headline in a `<div>`, `<td>`, `<font>` or `<strong>`, or a title that differs from
 * `<title>` (which often carries the site name), and then the headline opens the text. The article's title is its own
 * field (`ExtractedArticle.title`, shown above the text in the reader): in the text it is read twice. The hand-marked
 * pages of L3S-GN1 agree: the headline is marked apart (`sel1`) from the full text (`sel2`).
 *
 * A block is the headline when its whole text, as words, is one of the page's titles: the `<h1>`, `og:title`,
 * Readability's title, `<title>`, or a part of `<title>` split at " - ", " | ", " :: " or ": " (site names sit there; a part needs three words).
 * Only short blocks (a headline is one line), at most `MAX_HEADLINE_BLOCKS` of them, are removed. A title of one word
 * is not used ("Sport", "News": a section name that a paragraph might repeat).
 */

export const HEADLINE_STAGE = {
  id: 'headline',
  reason:
    'The headline is the article\'s title field, shown above the text; inside the text it is read twice (and the hand-marked pages mark it apart from the full text).',
  /** Longest block text (characters) that can be a headline. */
  maxText: 300,
  /** Fewest words a title needs to be matched. */
  minWords: 2,
} as const;

/** At most this many blocks are removed (a headline, and its repeat in a print header or a breadcrumb). */
export const MAX_HEADLINE_BLOCKS = 2;

/** Lower-cased letter and digit runs, joined by one space: "Bush: 'No deal'" -> "bush no deal". */
export function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** The page's titles as word strings (each at least `minWords` words). */
export function titleCandidates(doc: Document, readabilityTitle: string | null | undefined): Set<string> {
  const raw: string[] = [];
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) raw.push(h1);
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content');
  if (og) raw.push(og);
  if (readabilityTitle) raw.push(readabilityTitle);
  const title = doc.title ?? '';
  if (title) {
    raw.push(title);
  }
  const out = new Set<string>();
  const add = (text: string, min: number) => {
    const w = words(text);
    if (w && w.split(' ').length >= min) out.add(w);
  };
  for (const r of raw) add(r, HEADLINE_STAGE.minWords);
  // a part of <title> needs one word more: "Obama: We will win" must not make "We will win." a headline lightly
  for (const part of title.split(/\s+[-|–—:]+\s+|\s*::\s*|:\s+/)) add(part, HEADLINE_STAGE.minWords + 1);
  return out;
}

/**
 * What Readability keeps ABOVE the headline: when its pick is a whole column or a table cell, the headline is preceded
 * by the page's own furniture (breadcrumbs "Home > Sport > Soccer", a section menu, a date line, promotions, "Email |
 * Print"), which is not the article (the hand-marked pages of L3S-GN1 start the full text after the headline). The
 * story starts at its headline, so what comes before the first headline block is cut, but only when the text after
 * the headline is longer than the text before it (the cut never takes most of the text).
 */
export const BEFORE_HEADLINE_STAGE = {
  id: 'before-headline',
  reason:
    'The story starts at its headline: what Readability kept above it is page furniture (breadcrumbs, section menus, dates, promotions), cut only when the text after the headline is longer.',
} as const;

function folded(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text (characters) of everything before `el` under `root`, at every level. */
function textBefore(root: Element, el: Element): number {
  let n = 0;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    for (let s = e.previousSibling; s; s = s.previousSibling) n += folded(s).length;
  }
  return n;
}

/** The result of `removeHeadline`: the removed headline texts, and the characters cut above the first one. */
export interface HeadlineCut {
  headline: string[];
  before: number;
}

/**
 * Removes the blocks under `root` whose whole text is one of `titles` (outermost first, in document order, at most
 * `MAX_HEADLINE_BLOCKS`), and (unless `keepBefore`) what comes before the first of them when the text after it is
 * longer (`BEFORE_HEADLINE_STAGE`). `root` is an inert copy, never the live page.
 */
export function removeHeadline(root: Element, titles: ReadonlySet<string>, options: { keepBefore?: boolean } = {}): HeadlineCut {
  const out: HeadlineCut = { headline: [], before: 0 };
  if (titles.size === 0) return out;
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (out.headline.length >= MAX_HEADLINE_BLOCKS) return;
      const text = folded(child);
      if (!text) continue;
      if (text.length <= HEADLINE_STAGE.maxText && titles.has(words(text))) {
        if (out.headline.length === 0 && !options.keepBefore) out.before = cutBefore(root, child, text.length);
        out.headline.push(text);
        child.remove();
      } else visit(child);
    }
  };
  visit(root);
  return out;
}

/** Cuts everything before `el` under `root` when the text after `el` is longer than it; returns the characters cut. */
function cutBefore(root: Element, el: Element, own: number): number {
  const before = textBefore(root, el);
  if (before === 0) return 0;
  const after = folded(root).length - before - own;
  if (after <= before) return 0;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    while (e.previousSibling) e.previousSibling.remove();
  }
  return before;
}

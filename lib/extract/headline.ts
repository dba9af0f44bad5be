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
 * Removes the blocks under `root` whose whole text is one of `titles` (outermost first, in document order, at most
 * `MAX_HEADLINE_BLOCKS`). `root` is an inert copy, never the live page. Returns the removed texts.
 */
export function removeHeadline(root: Element, titles: ReadonlySet<string>): string[] {
  if (titles.size === 0) return [];
  const removed: string[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (removed.length >= MAX_HEADLINE_BLOCKS) return;
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      if (text.length <= HEADLINE_STAGE.maxText && titles.has(words(text))) {
        removed.push(text);
        child.remove();
      } else visit(child);
    }
  };
  visit(root);
  return removed;
}

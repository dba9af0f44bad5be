/**
 * The library's search snippets: the words around the first match of a search in an article's text, with every
 * matched word marked (as the store's search matches them: whole words, the last one of the query as a prefix). Plain
 * text parts; the row renders them as React text with `<mark>` around the hits, never as HTML.
 */
import { foldText, queryWords } from '@/lib/store/words';

export interface SnippetPart {
  text: string;
  /** A word the search matched. */
  hit: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The snippet of `text` for `query`: about `radius` characters either side of the first matched word, cut at word
 * boundaries, with "…" where it was cut; null when the text has no match (the match was in the title or a name).
 */
export function searchSnippet(text: string, query: string, radius = 90): SnippetPart[] | null {
  const { exact, prefix } = queryWords(query);
  if (exact.length === 0 && !prefix) return null;
  const words = new Set(exact);
  const isHit = (word: string) => {
    const folded = foldText(word);
    return words.has(folded) || (!!prefix && folded.startsWith(prefix));
  };
  let first: RegExpExecArray | null = null;
  for (const m of text.matchAll(WORD)) {
    if (isHit(m[0])) {
      first = m as RegExpExecArray;
      break;
    }
  }
  if (!first) return null;
  let start = Math.max(0, first.index - radius);
  let end = Math.min(text.length, first.index + first[0].length + radius);
  // Whole words at both ends.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first.index) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.index + first[0].length) end = space;
  }
  const window = text.slice(start, end).replace(/\s+/g, ' ');
  const parts: SnippetPart[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit && !hit) last.text += s;
    else parts.push({ text: s, hit });
  };
  if (start > 0) push('…', false);
  let at = 0;
  for (const m of window.matchAll(WORD)) {
    if (!isHit(m[0])) continue;
    push(window.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(window.slice(at), false);
  if (end < text.length) push('…', false);
  return parts;
}

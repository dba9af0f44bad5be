/**
 * Small measures over stretches of the text that the claim patterns share: trimming a span, counting its words,
 * finding the quotation before or after a position. Pure and cheap (each reads only as far as it must).
 */
import type { Range, Word } from './text-units';
import { firstIndex, indexAt } from './text-units';
import type { Quote } from './quotes';

/** The sentence holding `pos` (an empty range at `pos` when none does). */
export function sentenceOf(sents: Range[], pos: number): Range {
  const i = indexAt(sents, pos);
  return i >= 0 ? sents[i] : { start: pos, end: pos };
}

/** Lower-case text of a word ('' for none). */
export const lw = (w: Word | undefined) => (w ? w.text.toLowerCase() : '');
/** Whether a word starts with a capital letter. */
export const isCap = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);

/** The span without leading and trailing spaces and commas, or undefined when nothing is left. */
export function trimmedSpan(text: string, start: number, end: number): Range | undefined {
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** The word tokens of `words` (letters or digits): a token of `words` holds a letter or digit exactly when it is one of these. */
const WORD_ONLY = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*/gu;

/** Words (not punctuation) in a stretch of text; with `limit`, counting stops at limit + 1 (enough to compare with it). */
export function wordCount(text: string, start: number, end: number, limit = Infinity): number {
  const re = WORD_ONLY;
  re.lastIndex = start;
  let n = 0;
  for (let m = re.exec(text); m && m.index < end && n <= limit; m = re.exec(text)) n++;
  return n;
}

/** The first word token (letters or digits) of a stretch of text, cut at its end as `words` cuts it; '' when none. */
export function firstWord(text: string, start: number, end: number): string {
  const re = WORD_ONLY;
  re.lastIndex = start;
  const m = re.exec(text);
  return m && m.index < end ? text.slice(m.index, Math.min(end, m.index + m[0].length)) : '';
}

/** Whether a stretch of text ends with a comma and optional spaces, as /,\s*$/ on its slice (without scanning it). */
export function endsWithComma(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && /\s/.test(text[i - 1])) i--;
  return i > start && text[i - 1] === ',';
}

/** The last quote (quotes are sorted and do not overlap) that ends at or before `pos`. */
export function lastEndingBy<Q extends Range>(quotes: Q[], pos: number): Q | undefined {
  return quotes[firstIndex(quotes, (q) => q.end > pos) - 1];
}

/** The first quote that starts at or after `pos`. */
export function firstStartingAt<Q extends Range>(quotes: Q[], pos: number): Q | undefined {
  return quotes[firstIndex(quotes, (q) => q.start >= pos)];
}

/** Whether a reported clause holds a quotation (even a short one): then it is mixed speech. Titles do not count. */
export function hasRealQuote(quotes: Quote[], r: Range): boolean {
  for (let i = firstIndex(quotes, (q) => q.start >= r.start); i < quotes.length && quotes[i].start < r.end; i++) {
    if (!quotes[i].title) return true;
  }
  return false;
}

/** Sticky match of `re` at `pos`, not followed by a letter or digit. */
export function matchAt(re: RegExp, text: string, pos: number): string | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const after = text.charCodeAt(pos + m[0].length);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(after)) ? undefined : m[0];
}

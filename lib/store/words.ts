/**
 * The full-text word index: the words of title + text + actor names, lower-cased, diacritics folded, deduplicated,
 * stop words dropped. Stored as a multiEntry index (`*words`), so a search is index look-ups, never a scan.
 */

/** Function words that would match nearly every article; dropped from the index and from queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her hers him his i if in into is it its ' +
    'me my no nor not of on or our ours she so than that the their theirs them then there these they this those to ' +
    'too us was we were what when where which who whom why will with would you your yours'
  ).split(' '),
);

/** Words longer than this are not indexed (base64, long URLs). */
export const MAX_WORD_LENGTH = 40;

/** Lower-cases and removes diacritics ("Açaí" -> "acai"). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits folded text into word tokens (letters and digits; apostrophes split "pompeo's" into "pompeo" + "s"). */
export function tokenizeWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function keep(word: string): boolean {
  return word.length > 1 && word.length <= MAX_WORD_LENGTH && !STOP_WORDS.has(word);
}

/** The deduplicated index words of several texts. */
export function indexWords(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) for (const w of tokenizeWords(text)) if (keep(w)) out.add(w);
  return [...out];
}

/**
 * A search query as words: every word must match exactly except the last, which matches as a prefix (search as you
 * type). Stop words are dropped, except a last word that could still be the prefix of a longer word.
 */
export function queryWords(query: string): { exact: string[]; prefix: string | null } {
  const tokens = tokenizeWords(query);
  if (tokens.length === 0) return { exact: [], prefix: null };
  const last = tokens[tokens.length - 1];
  const exact = [...new Set(tokens.slice(0, -1).filter(keep))];
  const endsWithSpace = /\s$/.test(query);
  if (endsWithSpace) return { exact: keep(last) ? [...new Set([...exact, last])] : exact, prefix: null };
  return { exact: exact.filter((w) => w !== last), prefix: last.length > 0 ? last : null };
}

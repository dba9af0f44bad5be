/**
 * "Seen before?": is this claim the same words as one read earlier, allowing small edits, a trimmed quote and other
 * quotation marks, and never merely the same topic? Pure. Candidates come from the claim index (claim-index.ts: every shingle
 * as a key of an IndexedDB multi-entry index);
 * this decides, and gives the word-level difference (the `diff` package) to show.
 */
import { diffWords } from 'diff';
import { foldText } from '../store/words';

/** Quotation marks of every kind (straight, curly, low, angle, primes): they never make two claims differ. */
const QUOTES = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u00AB\u00BB\u2032\u2033`\u300C\u300D]/g;

/** The claim's words: folded, quotation marks and punctuation dropped. */
export function claimWords(text: string): string[] {
  return foldText(text.replace(QUOTES, ' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Shingles of three words (two for a claim of fewer than six words), in text order, repeats kept. */
export function shingleSequence(words: readonly string[]): string[] {
  const n = words.length < 6 ? 2 : 3;
  if (words.length < n) return words.length ? [words.join('_')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join('_'));
  return out;
}

/** The distinct shingles of a claim: the index terms and the unit of comparison. */
export function shingles(words: readonly string[]): string[] {
  return [...new Set(shingleSequence(words))];
}

export const MATCH_RULES = {
  minWords: 4,
  minWordsReason: 'Shorter claims ("it was true", "no comment") recur in every story without being the same claim.',
  minContainment: 0.5,
  minContainmentReason:
    'Half of the shorter claim\'s word sequences found in the other: a trimmed quote keeps all of them, an edit of a word or two in a quote of twenty keeps most, and two claims on the same topic share a few words but almost no sequences of three.',
} as const;

/** Share of the shorter claim's shingles found in the other (1 for a trimmed quote, 0 for different words). */
export function containment(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let hit = 0;
  for (const s of small) if (set.has(s)) hit++;
  return hit / small.length;
}

/** A claim's words counted and shingles computed once, to be compared with many others. */
export interface PreparedClaim {
  words: number;
  shingles: ReadonlySet<string>;
}

export function prepareClaim(text: string): PreparedClaim {
  const words = claimWords(text);
  return { words: words.length, shingles: new Set(shingles(words)) };
}

/** `sameClaim` on prepared claims: the same rule (MATCH_RULES). */
export function samePrepared(a: PreparedClaim, b: PreparedClaim): boolean {
  if (Math.min(a.words, b.words) < MATCH_RULES.minWords) return false;
  if (a.shingles.size === 0 || b.shingles.size === 0) return false;
  const [small, large] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
  let hit = 0;
  for (const s of small) if (large.has(s)) hit++;
  return hit / small.size >= MATCH_RULES.minContainment;
}

/** `sameClaim` with one side prepared, for comparing one claim with many. */
export function claimMatcher(text: string): (other: string) => boolean {
  const a = prepareClaim(text);
  return (other) => samePrepared(a, prepareClaim(other));
}

/** True when the two claim texts are the same claim (see MATCH_RULES). */
export function sameClaim(a: string, b: string): boolean {
  return samePrepared(prepareClaim(a), prepareClaim(b));
}

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The word-level difference from an earlier wording to this one (quotation marks ignored). */
export function wordDiff(before: string, after: string): WordChange[] {
  const clean = (s: string) => s.replace(QUOTES, '').replace(/\s+/g, ' ').trim();
  return diffWords(clean(before), clean(after), { ignoreCase: true }).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

/** True when the wording differs beyond case, spacing and quotation marks. */
export function wordingDiffers(before: string, after: string): boolean {
  return claimWords(before).join(' ') !== claimWords(after).join(' ');
}

/**
 * Whether two sources of the same claim differ: a different named actor, or named once and anonymous the other time.
 * Unknown sources (null) differ from nothing.
 */
export function differentSource(a: { sourceKey: string | null; source: string | null; anonymous: boolean }, b: { sourceKey: string | null; source: string | null; anonymous: boolean }, sameActor: (x: string, y: string) => boolean = (x, y) => x === y): boolean {
  if (a.anonymous !== b.anonymous) return !!(a.source && b.source);
  if (a.sourceKey && b.sourceKey) return !sameActor(a.sourceKey, b.sourceKey);
  return false;
}

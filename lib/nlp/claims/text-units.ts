/**
 * Sentences and paragraphs as claim finding needs them. Kept inside lib/nlp/claims so that `"...," he said.` stays one
 * sentence and a sentence can end inside a quotation ("... any side. We clarified ..."), whatever the shared tokenizer does.
 */
import { MAX_SENTENCE_CHARS } from '../limits';

export interface Range {
  start: number;
  end: number;
}

/** Lower-case abbreviations whose period does not end a sentence. Reason: "Sen. Graham", "Mr. Key", "U.S. forces". */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rev', 'hon',
  'st', 'mt', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc',
  'corp', 'co', 'ltd', 'no', 'vs', 'v', 'etc', 'dept', 'gov', 'govt', 'cmdr', 'supt', 'pres', 'sec', 'atty', 'ave',
]);

const OPENERS = new Set(['"', '“', '‘', "'", '«', '‹', '(', '[']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', ')', ']']);

/** Paragraphs: runs of text between line breaks. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Sentences: end at . ! ? (plus closing quotes/brackets) before a capital, digit or opening quote; never across a line break. */
export function sentences(text: string, paras: Range[]): Range[] {
  const out: Range[] = [];
  for (const p of paras) {
    let start = p.start;
    while (start < p.end && /\s/.test(text[start])) start++;
    // Every mark of a run ("!!!", "....") sees the same run end, closers and spaces after it: they are scanned once
    // per run, not once per mark (a run of n marks would cost n * n).
    let runEnd = -1;
    let runDot = false;
    let runJ = 0;
    let runK = -1;
    for (let i = start; i < p.end; i++) {
      const ch = text[i];
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
      let j: number;
      if (i < runEnd && (ch === '.') === runDot) j = runJ;
      else {
        j = i + 1;
        while (j < p.end && (ch === '.' ? text[j] === '.' : /[!?]/.test(text[j]))) j++;
        runEnd = j;
        runDot = ch === '.';
        while (j < p.end && CLOSERS.has(text[j])) j++;
        runJ = j;
        runK = -1;
      }
      if (j >= p.end) break;
      if (!/\s/.test(text[j])) continue;
      let k = runK;
      if (k < 0) {
        k = j;
        while (k < p.end && /\s/.test(text[k])) k++;
        runK = k;
      }
      if (k >= p.end) break;
      const next = text[k];
      if (!(isUpper(next) || /\d/.test(next) || OPENERS.has(next))) continue;
      if (ch === '.') {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
        const bare = word.replace(/\./g, '').toLowerCase();
        if (ABBREVIATIONS.has(bare) && !word.includes('.')) continue;
        // Initials ("J. Smith") and dotted acronyms ("U.S. forces") continue unless a sentence opener follows.
        if (/^\p{Lu}$/u.test(word)) continue;
        if (/\./.test(word) && /^(?:\p{L}\.)*\p{L}$/u.test(word) && !/^(?:The|He|She|It|They|We|I|But|A|An|In|This|That|His|Her|Their|There|And|On|At|As|After|When|While|However|Meanwhile)\b/.test(text.slice(k, k + 12))) continue;
      }
      pushBounded(text, out, start, j);
      start = k;
      i = k - 1;
    }
    let end = p.end;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) pushBounded(text, out, start, end);
  }
  return out;
}

/**
 * Pushes the sentence [start, end), cut into windows of at most `max` characters when it is longer (see
 * MAX_SENTENCE_CHARS): each window ends after the last space that fits, or at `max` when there is none (never
 * between the two halves of a surrogate pair).
 */
export function pushBounded(text: string, out: Range[], start: number, end: number, max = MAX_SENTENCE_CHARS): void {
  while (end - start > max) {
    let cut = start + max;
    while (cut > start && !/\s/.test(text[cut - 1])) cut--;
    if (cut === start) {
      cut = start + max;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    let windowEnd = cut;
    while (windowEnd > start && /\s/.test(text[windowEnd - 1])) windowEnd--;
    if (windowEnd > start) out.push({ start, end: windowEnd });
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
}

/** Index of the range containing `pos` (binary search), or -1. */
export function indexAt(ranges: Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= pos) lo = mid + 1;
    else if (ranges[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export interface Word extends Range {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Words and punctuation marks of a slice of the text, with absolute offsets; with `limit`, only the first `limit` of
 * them (a look forward that needs no more costs no more, however long the slice).
 */
export function words(text: string, start: number, end: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  const re = WORD;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end && out.length < limit; m = re.exec(text)) {
    const e = Math.min(end, m.index + m[0].length);
    out.push({ start: m.index, end: e, text: text.slice(m.index, e) });
  }
  wordsRead.count += out.length;
  return out;
}

/**
 * Words that `words` has handed out since the counter was last reset: claim finding's work, nearly all of which is
 * reading the words around a cue. Tests read it to check that the work grows linearly with the text (no wall time).
 */
export const wordsRead = { count: 0 };

/**
 * Index of the first item for which `after` holds, where `after` is false then true along the array (binary search);
 * `items.length` when it never holds. Keeps look-ups near a claim from scanning the whole document.
 */
export function firstIndex<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

import type { Doc, Sentence, Token } from './types';

/**
 * Abbreviations whose trailing period belongs to the word and never ends a sentence (titles, months, common
 * shortenings). Lower-case, without the period. Reason: "Sen. Graham" or "Jan. 5" must stay in one sentence.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr',
  'adm', 'pres', 'sec', 'supt', 'insp', 'det', 'rev', 'fr', 'hon', 'amb', 'atty', 'st', 'mt', 'ft', 'jr', 'sr', 'esq',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'nos', 'vs', 'v', 'etc', 'approx',
  'dept', 'est', 'fig', 'al', 'ave', 'blvd', 'rd', 'gov', 'govt', 'ald', 'assn', 'univ', 'vol', 'pp', 'ph',
]);

/** Words after a dotted acronym ("U.S.") that show a new sentence has started. */
const SENTENCE_STARTERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'a', 'an', 'in', 'this', 'that', 'his', 'her', 'their', 'there',
  'and', 'on', 'at', 'its', 'our', 'as', 'after', 'when', 'while', 'however', 'meanwhile', 'you', 'if', 'for',
]);

const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
const UNICODE_LETTER = /\p{L}/u;

/** Per UTF-16 code unit, the regex answers below once computed: bit 0 known, bit 1 word character, bit 2 letter. */
const unicodeClass = new Uint8Array(0x10000);
function classOf(c: number): number {
  let k = unicodeClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (UNICODE_WORD.test(ch) ? 2 : 0) | (UNICODE_LETTER.test(ch) ? 4 : 0);
    unicodeClass[c] = k;
  }
  return k;
}

/** True for letters, digits and combining marks (the characters of a word). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: handled as symbols (emoji, lone surrogates)
  return (classOf(c) & 2) !== 0;
}

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (classOf(c) & 4) !== 0;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/**
 * Invisible format characters that pages put inside words: zero-width space (U+200B), non-joiner (U+200C), joiner
 * (U+200D), word joiner (U+2060), byte-order mark / zero-width no-break space (U+FEFF) and soft hyphen (U+00AD).
 * Reason: they hide in copied and hostile text ("Mi\u200Bke Pom\u200Cpeo") and would cut a name in two. Inside a word
 * they are skipped: the word goes on, and its token's `text` leaves them out (its offsets still cover them).
 */
function isInvisibleCode(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** A text without the invisible format characters that tokenize skips inside words. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

function isLowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = s[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** "-", hyphen, non-breaking hyphen (not dashes) */
function isHyphenCode(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
/** ' and ’ */
function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);
/** A sentence terminator token: a run of . ! ? (any mix), or an ellipsis character. */
function isTerminator(tok: string): boolean {
  if (tok === '…') return true;
  if (tok.length === 0) return false;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) return false;
  }
  return true;
}

/**
 * Splits text into tokens, sentences and paragraphs with exact offsets. One linear pass, no backtracking regex.
 * - words keep internal hyphens ("Kim Jong-un", "Iran-backed"), internal periods ("U.S."), apostrophes ("O'Brien"),
 *   digit groups ("1,000", "3.5"); a possessive "'s" / "’s" is its own token;
 * - a period after a known abbreviation ("Mr.", "Sen.", "Jan."), an initial ("J.") or a dotted acronym stays in the word;
 * - sentences end at . ! ? … (plus closing quotes/brackets) unless the next word starts lower-case
 *   (`"We will win," he said.` and `"Win!" he said.` stay one sentence); a line break always ends a sentence;
 * - paragraphs are the non-empty lines.
 */
export function tokenize(text: string): Doc {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordCode(c)) {
      let invisible = false;
      i++;
      for (;;) {
        while (i < n && isWordCode(text.charCodeAt(i))) i++;
        if (i + 1 >= n) break;
        if (isInvisibleCode(text.charCodeAt(i))) {
          let k = i + 1;
          while (k < n && isInvisibleCode(text.charCodeAt(k))) k++;
          if (k < n && isWordCode(text.charCodeAt(k))) {
            i = k;
            invisible = true;
            continue;
          }
        }
        const j = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (isHyphenCode(j) && isWordCode(next)) {
          i += 2;
          continue;
        }
        if (isApostropheCode(j) && isLetterCode(next)) {
          // possessive 's / ’s at the end of a word: stop before the apostrophe
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 32;
          if ((next === 115 || next === 83) && !isWordCode(after)) break;
          i += 2;
          continue;
        }
        if (j === 46 && isLetterCode(next) && isLetterCode(text.charCodeAt(i - 1))) {
          // dotted acronym "U.S", "e.g": only when the part before is a single letter
          const prev2 = i - 2 >= start ? text.charCodeAt(i - 2) : 32;
          if (!isWordCode(prev2) || prev2 === 46) {
            i += 2;
            continue;
          }
        }
        if ((j === 46 || j === 44) && isDigitCode(next) && isDigitCode(text.charCodeAt(i - 1))) {
          i += 2;
          continue;
        }
        break;
      }
      // a trailing period that belongs to the word
      if (i < n && text.charCodeAt(i) === 46) {
        const word = text.slice(start, i);
        const lower = word.toLowerCase();
        const nextCode = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const dotted = word.length >= 3 && word.indexOf('.') > 0 && isLetterCode(word.charCodeAt(word.length - 1));
        const initial = word.length === 1 && isLetterCode(c) && c >= 65 && c <= 90;
        if (!isWordCode(nextCode) && nextCode !== 46 && (ABBREVIATIONS.has(lower) || dotted || initial)) i++;
      }
      tokens.push({ start, end: i, text: invisible ? text.slice(start, i).replace(INVISIBLE, '') : text.slice(start, i) });
      continue;
    }
    // invisible characters between words are spaces
    if (isInvisibleCode(c)) {
      i++;
      continue;
    }
    // possessive 's as its own token
    if (isApostropheCode(c) && i + 1 < n && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && tokens.length > 0 && tokens[tokens.length - 1].end === i && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)))) {
      i += 2;
      tokens.push({ start, end: i, text: text.slice(start, i) });
      continue;
    }
    // runs of the same punctuation (..., --, !!) are one token; a surrogate pair is one token
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else {
      i++;
      if (c === 46 || c === 45 || c === 33 || c === 63) while (i < n && text.charCodeAt(i) === c) i++;
    }
    tokens.push({ start, end: i, text: text.slice(start, i) });
  }

  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endTok: number) => {
    if (endTok > first) sentences.push({ start: tokens[first].start, end: tokens[endTok - 1].end, tokenStart: first, tokenEnd: endTok });
    first = endTok;
  };
  const newlineBetween = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) return true;
    }
    return false;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t].text;
    const next = tokens[t + 1];
    if (!next) break;
    if (newlineBetween(tokens[t].end, next.start)) {
      close(t + 1);
      continue;
    }
    let terminal = isTerminator(tok);
    if (!terminal && tok.length > 2 && tok.endsWith('.') && tok.indexOf('.') < tok.length - 1) {
      // dotted acronym at a sentence end: "... in the U.S. The ..."
      terminal = SENTENCE_STARTERS.has(next.text.toLowerCase()) && !isLowerStart(next.text);
    }
    if (!terminal) continue;
    let j = t + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
    const after = tokens[j];
    if (after && isLowerStart(after.text) && !newlineBetween(tokens[j - 1].end, after.start)) {
      t = j - 1;
      continue; // `"Win!" he said.`: the attribution continues the sentence
    }
    if (after && newlineBetween(tokens[j - 1].end, after.start)) {
      close(j);
      t = j - 1;
      continue;
    }
    close(j);
    t = j - 1;
  }
  close(tokens.length);

  const paragraphs: { start: number; end: number }[] = [];
  let ls = 0;
  for (let k = 0; k <= n; k++) {
    const ch = k < n ? text.charCodeAt(k) : 10;
    if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) {
      if (k > ls) {
        let nonSpace = false;
        for (let m = ls; m < k; m++)
          if (!isSpaceCode(text.charCodeAt(m))) {
            nonSpace = true;
            break;
          }
        if (nonSpace) paragraphs.push({ start: ls, end: k });
      }
      ls = k + 1;
    }
  }
  return { text, tokens, sentences, paragraphs };
}

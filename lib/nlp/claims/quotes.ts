import type { Range } from './text-units';
import { words } from './text-units';

export interface Quote {
  /** Span including the quotation marks (an unclosed quote ends at its paragraph's end). */
  start: number;
  end: number;
  /** Span of the quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** False when the closing mark is missing (multi-paragraph quotes close only at the end). */
  closed: boolean;
  /** Short (< 4 words) or Title Case quoted phrases: scare quotes, names and titles, not claims on their own. */
  scare: boolean;
  /** Title Case: a name or a title, never a quotation of speech. */
  title: boolean;
  /** Ends with sentence punctuation inside the marks ("We will win,"): speech even when short. */
  punctuated: boolean;
  /** The quote fills its paragraph (a "floating" quote that continues the last speaker). */
  wholeParagraph: boolean;
}

const DOUBLE_OPEN = new Set(['“', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'vs', 'with', 'by', 'from']);

function isLetter(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

/** Title Case: every word capitalized except small connecting words (titles, names, slogans). */
function titleCase(ws: string[]): boolean {
  const lexical = ws.filter((w) => /\p{L}/u.test(w));
  if (lexical.length === 0) return true;
  return lexical.every((w, i) => /^\p{Lu}/u.test(w) || /^\d/.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

function make(text: string, para: Range, start: number, end: number, closed: boolean): Quote {
  const innerStart = start + 1;
  const innerEnd = closed ? end - 1 : end;
  const ws = words(text, innerStart, innerEnd).map((w) => w.text).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const title = ws.length > 1 && titleCase(ws) || ws.length === 1 && /^\p{Lu}/u.test(ws[0]);
  const scare = ws.length < 4 || title;
  const punctuated = /[.,!?…]\s*$/.test(text.slice(start + 1, closed ? end - 1 : end));
  const before = text.slice(para.start, start).trim();
  const after = text.slice(end, para.end).trim();
  return { start, end, innerStart, innerEnd, closed, scare, title, punctuated, wholeParagraph: before === '' && /^(?:\(\(?[^()]{0,20}\)?\))?[.,;:!?)\]]*$/.test(after) };
}

/**
 * Quotations in each paragraph: curly “ ”, straight ", guillemets « », and single ‘ ’ / ' (outside double quotes,
 * telling apostrophes apart by the letters around them). A double quote still open at a paragraph's end closes there
 * (news style omits the closing mark when the quote runs on into the next paragraph).
 */
export function findQuotes(text: string, paras: Range[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paras) {
    let open = -1;
    let single = -1;
    for (let i = p.start; i < p.end; i++) {
      const code = text.charCodeAt(i);
      // Only quotation marks matter: " ' « » „ ‘ ’ “ ”
      if (code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && code !== 0x201e && (code < 0x2018 || code > 0x201d)) continue;
      const ch = text[i];
      if (DOUBLE_OPEN.has(ch)) {
        if (open < 0) { open = i; single = -1; }
      } else if (DOUBLE_CLOSE.has(ch)) {
        if (open >= 0) { out.push(make(text, p, open, i + 1, true)); open = -1; }
      } else if (ch === '"') {
        if (open >= 0) { out.push(make(text, p, open, i + 1, true)); open = -1; }
        else { open = i; single = -1; }
      } else if (open < 0 && (ch === '‘' || ch === '’' || ch === "'")) {
        const prev = text[i - 1];
        const next = text[i + 1];
        if (single < 0) {
          if ((ch === '‘' || ch === "'") && !isLetter(prev) && isLetter(next)) single = i;
        } else if ((ch === '’' || ch === "'") && !isLetter(next) && prev !== ' ') {
          out.push(make(text, p, single, i + 1, true));
          single = -1;
        }
      }
    }
    if (open >= 0) {
      let end = p.end;
      while (end > open + 1 && /\s/.test(text[end - 1])) end--;
      if (end > open + 1) out.push(make(text, p, open, end, false));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The text with typewriter double quotes read as one mark: two apostrophes ('') stand for a double quotation mark in
 * wire and archive text (the New York Times' archive copy writes ''We will win,'' he said.). Each pair becomes a
 * straight double quote and a space, the space on the outer side (' "' before a word, '" ' after one), so every
 * offset stays the same; three apostrophes are a double and a single mark together ('''Sir, or ...,'''). Text without
 * two apostrophes in a row is returned as it is.
 */
export function typewriterQuotes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/'{2,3}/g, (m, at: number) => {
    const opens = /[\p{L}\p{N}]/u.test(text[at + m.length] ?? '') && !/[\p{L}\p{N}.,!?;:]/u.test(text[at - 1] ?? ' ');
    if (m.length === 2) return opens ? ' "' : '" ';
    return opens ? ' "\'' : '\'" ';
  });
}

/** The real (non-scare) quote containing `pos`, if any. Quotes are sorted and do not overlap. */
export function quoteAt(quotes: Quote[], pos: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= pos) lo = mid + 1;
    else if (quotes[mid].start > pos) hi = mid - 1;
    else return quotes[mid];
  }
  return undefined;
}

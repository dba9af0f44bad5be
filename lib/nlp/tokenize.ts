import type { Doc, Sentence, Token } from './types';

const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const ABBREVIATIONS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'st.', 'jan.', 'feb.', 'u.s.', 'u.k.', 'inc.', 'co.', 'jr.', 'sr.', 'no.', 'vs.']);

/** First version: word/punctuation tokens, sentences ending at . ! ? outside known abbreviations, paragraphs on line breaks. */
export function tokenize(text: string): Doc {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    let start = m.index!;
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATIONS.has(t.toLowerCase()) && !/^(?:\p{L}\.)+$/u.test(t)) {
      tokens.push({ start, end: start + t.length - 1, text: t.slice(0, -1) });
      tokens.push({ start: start + t.length - 1, end: start + t.length, text: '.' });
      continue;
    }
    tokens.push({ start, end: start + t.length, text: t });
  }
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endTok: number) => {
    if (endTok > first) sentences.push({ start: tokens[first].start, end: tokens[endTok - 1].end, tokenStart: first, tokenEnd: endTok });
    first = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const next = tokens[i + 1];
    const gapHasNewline = next && /\n/.test(text.slice(tokens[i].end, next.start));
    if (/^[.!?]$/.test(t)) {
      let j = i + 1;
      while (j < tokens.length && /^["”’)]$/.test(tokens[j].text)) j++;
      close(j);
      i = j - 1;
    } else if (gapHasNewline) close(i + 1);
  }
  close(tokens.length);
  const paragraphs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  return { text, tokens, sentences, paragraphs };
}

// Test helper (not shipped): builds a hand-made analysis over a text by naming the spans; offsets are found with
// indexOf, so each test reads as the sentence it is about.
import type { Actor, Analysis, Claim } from '../nlp/types';

export function span(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`test: "${s}" not in text`);
  return { start, end: start + s.length, text: s };
}

/** Every occurrence of `s` in `text`. */
export function spans(text: string, s: string) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, text: s });
  return out;
}

export function analysisOf(actors: Actor[], claims: Claim[]): Analysis {
  return {
    schema: 1,
    actors,
    claims,
    profile: { claims: claims.length, anonymous: claims.filter((c) => c.source?.anonymous).length, sources: [] },
  };
}

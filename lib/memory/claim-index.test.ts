import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimPrints, printHash, probePrints, winnow } from './claim-index';
import { claimWords, sameClaim } from './claim-match';

const QUOTE = 'The bridge will reopen in May, and not a day later, whatever the unions decide to do next';

/** True when the stored claim `b` is a candidate of the probe `a`: they share a print. */
function candidate(a: string, b: string, window?: number): boolean {
  const stored = new Set(claimPrints(b, window));
  return probePrints(a).some((p) => stored.has(p));
}

/** Hand-written pairs that are the same claim (and must be candidates of each other). */
const SAME: [string, string, string][] = [
  ['the same words', QUOTE, QUOTE],
  ['a word dropped', QUOTE, 'The bridge will reopen in May, not a day later, whatever the unions decide to do next'],
  ['a word changed', QUOTE, 'The bridge will reopen in May, and not a day later, whatever the unions choose to do next'],
  ['trimmed (start)', QUOTE, 'The bridge will reopen in May, and not a day later'],
  ['trimmed (end)', QUOTE, 'not a day later, whatever the unions decide to do next'],
  ['other quotation marks and case', '“We will not back down,” he said', '"we will not back down" he said'],
  ['guillemets and curly quotes', '«We will not back down»', '‘We will not back down’'],
  ['accents folded', 'Le président a dit que la réforme passera', 'le president a dit que la reforme passera'],
  // A word inserted in a six-word quote: 2 of its 4 shingles survive, not next to each other (no shared run of 4 words).
  ['shared shingles that are not consecutive', 'we will never sell the port', 'we will never ever sell the port'],
];

describe('claim prints (the persisted index keys)', () => {
  it.each(SAME)('%s: a true match shares a print both ways', (_, a, b) => {
    expect(sameClaim(a, b)).toBe(true);
    expect(candidate(a, b)).toBe(true);
    expect(candidate(b, a)).toBe(true);
  });

  it('one print per distinct shingle, none for a claim too short to match', () => {
    // 18 words: 16 shingles of three words, all distinct.
    expect(claimPrints(QUOTE)).toHaveLength(16);
    // 5 words: shingles of two words; "no no" repeats.
    expect(claimPrints('no no no more taxes')).toHaveLength(3);
    expect(claimPrints('no comment at all')).toHaveLength(3);
    expect(claimPrints('no comment')).toEqual([]);
    expect(claimPrints('“We will not back down”')).toEqual(claimPrints('we will NOT back down'));
    expect(printHash('bridge_will_reopen')).not.toBe(printHash('bridge_will_reopen_'));
  });

  it('winnowing keeps the smallest hash of every window, so a shared run of window shingles shares one', () => {
    expect(winnow([5, 3, 9, 1, 7, 8, 2], 3)).toEqual([3, 1, 2]);
    expect(winnow([5, 3, 9], 1)).toEqual([5, 3, 9]);
    // A window longer than the claim: its smallest hash.
    expect(winnow([5, 3, 9], 8)).toEqual([3]);
  });
});

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('candidate recall on generated pairs', () => {
  it('every pair sameClaim accepts shares a print: sentences of the memory and newswire fixtures, edited, trimmed, requoted', () => {
    const articles = JSON.parse(readFileSync('tests/fixtures/memory/articles.json', 'utf8')) as { text: string }[];
    const wire = readFileSync('tests/fixtures/newswire-probe/probe.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string });
    const sentences = [...articles, ...wire].flatMap((a) => a.text.split(/(?<=[.!?])\s+/)).filter((s) => claimWords(s).length >= 4);
    const rand = rng(7);
    const edit = (s: string): string => {
      const w = s.split(/\s+/);
      switch (Math.floor(rand() * 5)) {
        case 0: // drop a word
          w.splice(Math.floor(rand() * w.length), 1);
          return w.join(' ');
        case 1: // change a word
          w[Math.floor(rand() * w.length)] = 'zzz';
          return w.join(' ');
        case 2: // trim the start
          return w.slice(Math.floor(rand() * (w.length / 2))).join(' ');
        case 3: // trim the end
          return w.slice(0, w.length - Math.floor(rand() * (w.length / 2))).join(' ');
        default: // other quotation marks
          return `«${s.replace(/["“”]/g, '')}»`;
      }
    };
    let pairs = 0;
    let same = 0;
    for (const s of sentences) {
      for (let k = 0; k < 4; k++) {
        let t = s;
        for (let e = 0, n = 1 + Math.floor(rand() * 3); e < n; e++) t = edit(t);
        // and some unrelated sentence, to have pairs sameClaim rejects too
        const other = sentences[Math.floor(rand() * sentences.length)];
        for (const [a, b] of [
          [s, t],
          [s, other],
        ]) {
          pairs++;
          if (!sameClaim(a, b)) continue;
          same++;
          expect(candidate(a, b), `${a} ~ ${b}`).toBe(true);
          expect(candidate(b, a), `${b} ~ ${a}`).toBe(true);
        }
      }
    }
    // Enough true pairs for the check to mean something (most edited pairs stay the same claim).
    expect(sentences.length).toBeGreaterThan(50);
    expect(same).toBeGreaterThan(pairs / 4);
  });
});

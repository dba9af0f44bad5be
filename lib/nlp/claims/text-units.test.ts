// The bounds of lib/nlp/limits.ts that live in claim finding's text units: sentence windows (MAX_SENTENCE_CHARS) and
// a cue's look ahead (MAX_CUE_LOOKAHEAD_WORDS), each with a case where the bound acts and a control where it does not;
// and runs of sentence marks, scanned once per run, split as before.
import { describe, expect, it } from 'vitest';
import { paragraphs, sentences, words } from './text-units';
import { MAX_CUE_LOOKAHEAD_WORDS, MAX_SENTENCE_CHARS } from '../limits';
import { analyze } from '../index';

const split = (text: string) => sentences(text, paragraphs(text)).map((r) => text.slice(r.start, r.end));

describe('sentence windows (MAX_SENTENCE_CHARS)', () => {
  it('control: a sentence up to the bound is one range', () => {
    const s = 'The rain fell on the roads of the valley '.repeat(24).trim() + '.'; // 24 * 41 - 1 + 1 = 984 chars
    expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(split(s)).toEqual([s]);
  });

  it('case: a longer sentence is cut at spaces into windows of at most the bound, losing no word', () => {
    const s = 'The rain fell on the roads of the valley '.repeat(61).trim() + '.'; // 2,500 chars
    const parts = split(s);
    expect(parts.length).toBe(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(p).toBe(p.trim());
    }
    expect(parts.join(' ')).toBe(s);
  });

  it('case and control in claims: a clause running past the bound ends at its window, a shorter one at the period', () => {
    const filler = (n: number) => 'the rain fell on the roads and '.repeat(n);
    const shortText = `Smith said that ${filler(10)}the plan would work.`; // 346 chars
    const short = analyze(shortText);
    expect(short.claims.map((c) => [c.source?.text, c.start, c.end])).toEqual([['Smith', 16, shortText.length - 1]]);
    const longText = `Smith said that ${filler(60)}the plan would work.`; // 1,846 chars
    const long = analyze(longText);
    expect(long.claims.map((c) => [c.source?.text, c.start])).toEqual([['Smith', 16]]);
    expect(long.claims[0].end).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});

describe("a cue's look ahead (MAX_CUE_LOOKAHEAD_WORDS)", () => {
  const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  it('case: words() with a limit reads no more than the limit', () => {
    expect(words(text, 0, text.length, MAX_CUE_LOOKAHEAD_WORDS).length).toBe(MAX_CUE_LOOKAHEAD_WORDS);
  });
  it('control: without one it reads every word; and a cue still reaches its clause past adverbials', () => {
    expect(words(text, 0, text.length).length).toBe(100);
    const a = analyze('Smith said on Tuesday that the plan would work.');
    expect(a.claims.map((c) => [c.kind, c.text, c.source?.text])).toEqual([['indirect', 'the plan would work', 'Smith']]);
  });
});

describe('runs of sentence marks', () => {
  it('split after the whole run, as one mark', () => {
    expect(split('He left!!! Then he came back.... She said so?! Yes.')).toEqual(['He left!!!', 'Then he came back....', 'She said so?!', 'Yes.']);
  });
  it('control: abbreviations and initials still do not end a sentence', () => {
    expect(split('Mr. Smith met Sen. Jones and J. Doe. They left.')).toEqual(['Mr. Smith met Sen. Jones and J. Doe.', 'They left.']);
  });
  it('a run of 900 marks is one sentence end', () => {
    expect(split(`Wait${'!'.repeat(900)} Then go.`)).toEqual([`Wait${'!'.repeat(900)}`, 'Then go.']);
  });
});

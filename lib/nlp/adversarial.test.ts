// analyze() on hostile input (issue 10, point 4): the shapes of scripts/bench/adversarial-shapes.ts must cost work in
// proportion to their length, and give sane output. Work is counted, never timed: `wordsRead` counts the words claim
// finding reads around its cues (nearly all its work), and a linear engine reads about 4 times as many at 32 KB as at
// 8 KB where a quadratic one (as before the limits of lib/nlp/limits.ts) reads about 16 times as many.
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { tokenize } from './tokenize';
import { wordsRead } from './claims/text-units';
import { MAX_NAME_TOKENS } from './limits';
import type { Analysis, Span } from './types';
import { SHAPES, shapeByName } from '../../scripts/bench/adversarial-shapes';

function analyzeCounting(text: string): { a: Analysis; read: number } {
  wordsRead.count = 0;
  const a = analyze(text);
  return { a, read: wordsRead.count };
}

/** Spans that do not lie in the text or whose .text is not the text's slice there. */
function badSpans(text: string, a: Analysis): string[] {
  const all: Span[] = [];
  for (const actor of a.actors) all.push(...actor.mentions, ...(actor.references ?? []), ...(actor.modifiers ?? []));
  for (const c of a.claims) all.push(c, ...(c.cue ? [c.cue] : []), ...(c.source ? [c.source] : []));
  return all.filter((s) => !(s.start >= 0 && s.start < s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text)).map((s) => `${s.start}-${s.end}`);
}

describe('adversarial shapes', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: work grows linearly from 8 KB to 32 KB, spans are valid, no name is longer than the cap`, () => {
      const small = shape.make(8 * 1024);
      const large = shape.make(32 * 1024);
      const s = analyzeCounting(small);
      const l = analyzeCounting(large);
      // 4 times the text: about 4 times the words read (some shapes read none: their cost is not in claim finding).
      expect(l.read).toBeLessThanOrEqual(5 * s.read);
      // and at most a few dozen words per character of text (the said shape, the worst, reads about 55)
      expect(l.read).toBeLessThanOrEqual(80 * large.length);
      expect(badSpans(large, l.a)).toEqual([]);
      const longest = Math.max(0, ...l.a.actors.flatMap((x) => x.mentions.map((m) => tokenize(m.text).tokens.length)));
      expect(longest).toBeLessThanOrEqual(MAX_NAME_TOKENS);
    }, 60_000);
  }

  it('"said said said ..." has no speaker: no claim, no actor', () => {
    const a = analyze(shapeByName('said').make(64 * 1024));
    expect(a.claims).toEqual([]);
    expect(a.actors).toEqual([]);
  }, 60_000);

  it('the same sentence 2,185 times: one actor with every mention, and one claim per sentence from that actor', () => {
    const text = shapeByName('same-name').make(64 * 1024);
    const sentences = text.split('Mike Pompeo said it was fine. ').length - 1;
    expect(sentences).toBe(Math.ceil((64 * 1024) / 'Mike Pompeo said it was fine. '.length)); // 2185
    const a = analyze(text);
    expect(a.actors.map((x) => x.name)).toEqual(['Mike Pompeo']);
    expect(a.actors[0].mentions.length).toBe(sentences);
    expect(a.claims.length).toBe(sentences);
    expect(a.claims.every((c) => c.text === 'it was fine' && c.source?.actorId === a.actors[0].id)).toBe(true);
  }, 60_000);

  it('a run of "Bank of" is not a name, but a real "X of Y" bank stays one', () => {
    const run = 'Bank of '.repeat(9) + 'Hungary said the rates would rise.';
    expect(analyze(run).actors.some((x) => x.mentions.some((m) => m.text.startsWith('Bank of Bank'))), 'case').toBe(false);
    const real = analyze('The governor of the National Bank of Hungary said the rates would rise.');
    expect(real.actors.map((x) => [x.name, x.type]), 'control').toContainEqual(['National Bank of Hungary', 'organization']);
  });
});

describe('names with invisible characters inside', () => {
  it('are found and linked as the names without them', () => {
    const text = 'Mi\u200Bke Pom\u200Cpeo said on Tuesday that the talks would go on. Later Mike Pom\uFEFFpeo left Baghdad.';
    const a = analyze(text);
    const pompeo = a.actors.find((x) => x.type === 'person');
    expect(pompeo?.mentions.map((m) => m.text)).toEqual(['Mi\u200Bke Pom\u200Cpeo', 'Mike Pom\uFEFFpeo']);
    expect(a.claims.map((c) => [c.text, c.source?.actorId])).toEqual([['the talks would go on', pompeo?.id]]);
  });
});

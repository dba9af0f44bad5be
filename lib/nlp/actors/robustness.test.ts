import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { tokenize } from '../tokenize';
import { recognizeActors } from './index';
import type { Analysis, Span } from '../types';

function checkSpans(text: string, a: Pick<Analysis, 'actors'>) {
  const bad: Span[] = [];
  for (const actor of a.actors) {
    if (actor.mentions.length === 0) bad.push({ start: -1, end: -1, text: `actor ${actor.name} without mentions` });
    for (const s of [...actor.mentions, ...(actor.references ?? []), ...(actor.modifiers ?? [])])
      if (!(s.start >= 0 && s.end <= text.length && s.start < s.end && s.text === text.slice(s.start, s.end))) bad.push(s);
  }
  expect(bad).toEqual([]);
}

/** Pieces that stress the tokenizer and the rules: names, titles, quotes, emoji, right-to-left text, lone surrogates. */
const piece = fc.constantFrom(
  'Mike', 'Pompeo', "Pompeo's", 'Pompeo’s', 'U.S.', 'US', 'Iraq', 'Iraqi', 'Mr.', 'Sen.', 'Jan.', 'Kim Jong-un',
  'Iran-backed', 'the', 'said', 'he', 'He', 'She', '“', '”', '"', "'", '(', ')', '.', ',', '!', '?', '–', '—', '-',
  '\n', '\n\n', ' ', '  ', '\t', '👍', '👍🏽', '🇮🇶', 'مرحبا', 'שלום', '\u202e', '\uD800', '\uDC00', 'ÉTATS-UNIS', 'IAEA',
  'International Atomic Energy Agency', 'of', 'Washington', 'Tehran', 'Islamic Republic', 'NATO', '1,000', '3.5',
);
const pieces = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
const spaced = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), pieces, spaced, spaced.map((s) => s.toUpperCase()));

describe('analyze: robustness', () => {
  it('never throws and keeps every span inside the text (any string)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkSpans(text, analyze(text));
      }),
      { numRuns: 400 },
    );
  });
  it('handles the empty string', () => {
    expect(analyze('').actors).toEqual([]);
  });
  it('handles text without spaces', () => {
    const text = 'MikePompeoVisitedBaghdad'.repeat(1000);
    checkSpans(text, analyze(text));
  });
  // tokenize + recognizeActors (this stage); the whole analyze() on 5 MB is left to the pipeline's own test because the
  // claims stage is not linear yet
  it(
    'handles a 5 MB article',
    () => {
      const base =
        'Secretary of State Mike Pompeo’s surprise visit to Baghdad came after US intelligence showed Iran-backed militias positioning rockets, according to two Iraqi security sources. “We will win,” he said. ';
      const text = base.repeat(Math.ceil((5 * 1024 * 1024) / base.length));
      expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
      const a = { actors: recognizeActors(tokenize(text), {}) };
      checkSpans(text, a);
      const pompeo = a.actors.find((x) => x.name === 'Mike Pompeo');
      expect(pompeo?.mentions.length).toBe(Math.ceil((5 * 1024 * 1024) / base.length));
    },
    300_000,
  );
});

// The time budget of analyze(text, { budgetMs }): tested with an injected clock that advances one "millisecond" each
// time it is read, so a budget is a number of checks and nothing depends on wall time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Budget } from './budget';
import { analyze } from './index';
import { tokenize } from './tokenize';
import type { Analysis } from './types';

const sample = readFileSync(join(__dirname, '../../tests/fixtures/sample-pompeo-baghdad.txt'), 'utf8');
const text = sample.repeat(20);

/** A clock that counts its reads. */
function counter() {
  const c = { reads: 0, now: () => c.reads++ };
  return c;
}

const spansValid = (a: Analysis) =>
  [...a.actors.flatMap((x) => x.mentions), ...a.claims, ...a.claims.flatMap((c) => (c.source ? [c.source] : []))].every(
    (s) => text.slice(s.start, s.end) === s.text,
  );

describe('Budget', () => {
  it('without a budget is never spent and never reads the clock', () => {
    const b = new Budget(undefined, () => {
      throw new Error('read');
    });
    for (let i = 0; i < 5; i++) expect(b.spent()).toBe(false);
    expect(b.exhausted).toBe(false);
  });

  it('is spent once the clock passes the deadline, and stays spent', () => {
    const c = counter();
    const b = new Budget(3, c.now); // read 0 at creation: deadline 3
    expect([b.spent(), b.spent(), b.spent(), b.spent(), b.spent()]).toEqual([false, false, false, true, true]);
    expect(c.reads).toBe(5); // creation + 4 checks; the fifth check does not read the clock
    expect(b.exhausted).toBe(true);
  });
});

describe('analyze() with a budget', () => {
  const full = analyze(text);

  it('control: without a budget, or with one that is not reached, the analysis is whole and unmarked', () => {
    expect(full.partial).toBeUndefined();
    expect('partial' in full).toBe(false);
    expect(full.claims.length).toBe(20 * 11); // the sample's 11 hand-annotated claims, 20 times
    expect(analyze(text, { budgetMs: 1e9, clock: counter().now })).toEqual(full);
  });

  it('a budget of 0: nothing is tagged or examined, and the result says it is partial', () => {
    const a = analyze(text, { budgetMs: 0, clock: counter().now });
    expect(a.partial).toBe(true);
    expect(a.actors).toEqual([]);
    expect(a.claims).toEqual([]);
    expect(a.profile.claims).toBe(0);
  });

  // Each sentence of the sample is shorter than the tagger's 400-token window: the tagger checks the budget once per
  // sentence, then the claim finder once on entry and once per cue.
  const sentences = tokenize(text).sentences;

  it('a budget that runs out while tagging: names only before the sentence reached, no claims', () => {
    const c = counter();
    const reached = Math.floor(sentences.length / 2);
    // read 0 at creation (deadline = reached), check k reads k: checks 1..reached pass, check reached + 1 is spent
    const a = analyze(text, { budgetMs: reached, clock: c.now });
    expect(a.partial).toBe(true);
    expect(c.reads).toBe(reached + 2); // and none after: the claim finder finds the budget already spent
    expect(a.actors.length).toBeGreaterThan(0);
    const mentions = a.actors.flatMap((x) => [...x.mentions, ...(x.references ?? []), ...(x.modifiers ?? [])]);
    expect(mentions.every((m) => m.start < sentences[reached].start)).toBe(true);
    expect(full.actors.flatMap((x) => x.mentions).some((m) => m.start >= sentences[reached].start)).toBe(true); // control
    expect(a.claims).toEqual([]);
  });

  it('a budget that runs out among the cues: some claims, fewer than in full, all valid', () => {
    const c = counter();
    const budgetMs = sentences.length + 1 + 50; // every sentence tagged, the claim finder entered, 50 cues examined
    const a = analyze(text, { budgetMs, clock: c.now });
    expect(a.partial).toBe(true);
    expect(c.reads).toBe(budgetMs + 2);
    expect(a.actors.map((x) => x.name)).toEqual(full.actors.map((x) => x.name));
    expect(a.claims.length).toBeGreaterThan(0);
    expect(a.claims.length).toBeLessThan(full.claims.length);
    expect(spansValid(a)).toBe(true);
  });
});

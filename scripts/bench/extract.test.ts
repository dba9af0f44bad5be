import { describe, expect, it } from 'vitest';
import { overlap, prf } from './extract';

describe('extraction bench scoring', () => {
  it.each([
    ['the cat sat', 'the cat sat', { common: 3, predicted: 3, gold: 3 }, { p: 1, r: 1, f1: 1 }],
    ['the cat sat Share on X', 'The cat sat.', { common: 3, predicted: 6, gold: 3 }, { p: 0.5, r: 1, f1: 2 / 3 }],
    ['the the', 'the cat', { common: 1, predicted: 2, gold: 2 }, { p: 0.5, r: 0.5, f1: 0.5 }],
    ['', 'gold', { common: 0, predicted: 0, gold: 1 }, { p: 0, r: 0, f1: 0 }],
  ])('%j vs %j', (predicted, gold, o, s) => {
    expect(overlap(predicted, gold)).toEqual(o);
    const got = prf(o);
    expect(got.p).toBeCloseTo(s.p, 10);
    expect(got.r).toBeCloseTo(s.r, 10);
    expect(got.f1).toBeCloseTo(s.f1, 10);
  });
});

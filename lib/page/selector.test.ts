import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from './selector';

const TEXT = 'Pompeo said the US would act. Later, Pompeo said nothing. Iran denied it.';
//            0         1         2         3         4         5         6         7
//            0123456789012345678901234567890123456789012345678901234567890123456789012345

suite('describe', () => {
  it('quote with 32 chars of context (clipped at the edges) and position', () => {
    expect(describe(TEXT, 37, 43)).toEqual({
      quote: { exact: 'Pompeo', prefix: 'Pompeo said the US would act. Later, '.slice(-32), suffix: ' said nothing. Iran denied it.' },
      position: { start: 37, end: 43 },
    });
    expect(describe(TEXT, 0, 6).quote.prefix).toBe('');
    expect(describe('abcdef', 1, 3, 1)).toEqual({ quote: { exact: 'bc', prefix: 'a', suffix: 'd' }, position: { start: 1, end: 3 } });
  });
  it('rejects empty or out-of-bounds spans', () => {
    expect(() => describe(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describe(TEXT, 70, 99)).toThrow(RangeError);
  });
});

suite('anchor', () => {
  const second = describe(TEXT, 37, 43); // the second "Pompeo"

  it('same text: the stored position', () => {
    expect(anchor(TEXT, second)).toEqual({ start: 37, end: 43 });
  });

  it('text shifted by an insertion before: found by quote + context', () => {
    const shifted = 'UPDATED: ' + TEXT;
    expect(anchor(shifted, second)).toEqual({ start: 46, end: 52 });
  });

  it('position points at another occurrence of the same word: context picks the right one', () => {
    // Swap the sentences so offset 37 no longer holds "Pompeo" and the context decides.
    const changed = 'Later, Pompeo said nothing. Pompeo said the US would act. Iran denied it.';
    expect(anchor(changed, second)).toEqual({ start: 7, end: 13 });
  });

  it('context gone, quote unique: the quote alone', () => {
    const sel = describe(TEXT, 58, 62);
    expect(sel.quote.exact).toBe('Iran');
    expect(anchor('Completely different words around Iran here', sel)).toEqual({ start: 34, end: 38 });
  });

  it('context gone, quote ambiguous: null', () => {
    expect(anchor('Pompeo! Pompeo!', second)).toBeNull();
  });

  it('a single matching character of context is not enough', () => {
    // before the 2nd "Pompeo" the stored prefix ends with ", " and here with "! ": one char (the space) matches
    expect(anchor('Pompeo! Pompeo! Pompeo', second)).toBeNull();
  });

  it('no context stored (span covers the whole text): position alone', () => {
    expect(anchor('abc', describe('abc', 0, 3))).toEqual({ start: 0, end: 3 });
  });

  it('quote gone: null', () => {
    expect(anchor('Nothing to see here.', second)).toBeNull();
  });

  it('survives a JSON round trip', () => {
    expect(anchor(TEXT, JSON.parse(JSON.stringify(second)))).toEqual({ start: 37, end: 43 });
  });
});

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

describe('real-page section helpers', async () => {
  const { goldText, splitPages, parseL3sOptions, lostArticle } = await import('./extract-l3s');
  const { parseHtml } = await import('../../lib/extract/from-html');

  it('gold text: the outermost hand-marked full-text spans, one per line', () => {
    const doc = parseHtml(
      '<body><span class="x-nc-sel1">Headline</span><span class="x-nc-sel2">First  <a>para</a>.</span><span class="x-nc-sel0">menu</span><span class="x-nc-sel2">Second <span class="x-nc-sel2">inner</span></span></body>',
    );
    expect(goldText(doc)).toBe('First para.\nSecond inner');
  });

  it('splits the pages in two halves by file name, the first for development', () => {
    expect(splitPages(['c.html', 'a.html', 'e.html', 'b.html', 'd.html'])).toEqual({ dev: ['a.html', 'b.html', 'c.html'], heldout: ['d.html', 'e.html'] });
  });

  it('options: --set, --limit, --without (known rule ids only), --rules, --per-page', () => {
    expect(parseL3sOptions(['--set', 'dev', '--limit', '20', '--without', 'form,date-line', '--rules'])).toEqual({
      set: 'dev',
      limit: 20,
      without: ['form', 'date-line'],
      rules: true,
      perPage: false,
    });
    expect(() => parseL3sOptions(['--without', 'no-such-rule'])).toThrow(/unknown rule no-such-rule/);
    expect(() => parseL3sOptions(['--set', 'test'])).toThrow();
  });

  it('an article is lost when under half of what Readability got right is left (and Readability found it)', () => {
    expect(lostArticle({ common: 90, predicted: 100, gold: 100 }, { common: 40, predicted: 45, gold: 100 })).toBe(true);
    expect(lostArticle({ common: 90, predicted: 100, gold: 100 }, { common: 60, predicted: 60, gold: 100 })).toBe(false);
    expect(lostArticle({ common: 10, predicted: 100, gold: 100 }, { common: 0, predicted: 0, gold: 100 })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps abbreviations inside sentences', () => {
    const doc = tokenize('Mr. Smith met U.S. officials. They left.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Mr. Smith met U.S. officials.', 'They left.']);
  });
  it('gives exact offsets', () => {
    const doc = tokenize('Kim Jong-un’s visit');
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});

import { describe, expect, it } from 'vitest';
import { ClaimIndex } from './claim-index-minisearch';
import { differentSource, sameClaim, wordDiff, wordingDiffers } from './claim-match';

const QUOTE = 'The bridge will reopen in May, and not a day later, whatever the unions decide to do next';

describe('sameClaim', () => {
  it.each([
    ['the same words', QUOTE, QUOTE],
    ['a small edit (a word dropped)', QUOTE, 'The bridge will reopen in May, not a day later, whatever the unions decide to do next'],
    ['a word changed', QUOTE, 'The bridge will reopen in May, and not a day later, whatever the unions choose to do next'],
    ['a trimmed quote (the start only)', QUOTE, 'The bridge will reopen in May, and not a day later'],
    ['a trimmed quote (the end only)', QUOTE, 'not a day later, whatever the unions decide to do next'],
    ['other quotation marks and case', '“We will not back down,” he said', '"we will not back down" he said'],
    ['guillemets and curly single quotes', '«We will not back down»', '‘We will not back down’'],
  ])('matches %s', (_, a, b) => {
    expect(sameClaim(a, b)).toBe(true);
  });

  it.each([
    ['the same topic in other words', QUOTE, 'Work on the bridge is late and it may not reopen before the summer, the unions said'],
    ['the same names, another claim', 'Valente said the bridge would reopen in May', 'Valente said the port would close in June'],
    ['a different number of the same story', 'The strike cost the port 12 million euros a week', 'Dockers want a raise of 6 percent this year'],
    ['too short to be a claim of its own', 'no comment', 'no comment'],
  ])('does not match %s', (_, a, b) => {
    expect(sameClaim(a, b)).toBe(false);
  });
});

describe('wordDiff', () => {
  it('shows the words added and removed, ignoring quotation marks', () => {
    expect(wordDiff('“The bridge will reopen in May, and not a day later”', '"The bridge will reopen in May, not a day later"')).toEqual([
      { kind: 'same', text: 'The bridge will reopen in May, ' },
      { kind: 'removed', text: 'and ' },
      { kind: 'same', text: 'not a day later' },
    ]);
    expect(wordingDiffers('“We will not back down”', '"we will not back down"')).toBe(false);
    expect(wordingDiffers('We will not back down', 'We will never back down')).toBe(true);
  });
});

describe('differentSource', () => {
  const valente = { sourceKey: 'person:rui valente', source: 'Rui Valente', anonymous: false };
  it('another named speaker is flagged; the same one (by identity) is not', () => {
    expect(differentSource(valente, { sourceKey: 'person:ana ferraz', source: 'Ana Ferraz', anonymous: false })).toBe(true);
    expect(differentSource(valente, { sourceKey: 'person:valente', source: 'Valente', anonymous: false }, (a, b) => [a, b].every((k) => k.endsWith('valente')))).toBe(false);
  });
  it('named once, anonymous the other time, is flagged; an unknown source is not', () => {
    expect(differentSource(valente, { sourceKey: null, source: 'a port official', anonymous: true })).toBe(true);
    expect(differentSource(valente, { sourceKey: null, source: null, anonymous: false })).toBe(false);
  });
});

describe('ClaimIndex (MiniSearch over shingles)', () => {
  it('finds an edited or trimmed quote among unrelated claims, and not a claim on the same topic', () => {
    const index = new ClaimIndex();
    index.addAll([
      { id: 1, text: QUOTE },
      { id: 2, text: 'Work on the bridge is late and it may not reopen before the summer' },
      { id: 3, text: 'The tariffs on European steel would stay' },
    ]);
    expect(index.candidates('“The bridge will reopen in May, not a day later”')[0]).toBe(1);
    expect(index.candidates('the tariffs on european steel would stay, he said')).toContain(3);
    expect(index.candidates('the bridge may reopen late').filter((id) => id === 1)).toEqual([]);
    index.remove([1]);
    expect(index.candidates(QUOTE)).not.toContain(1);
    expect(index.size).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);
const sentences = (text: string) => {
  const doc = tokenize(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('tokenize: tokens', () => {
  const cases: [string, string[]][] = [
    ['Kim Jong-un’s visit', ['Kim', 'Jong-un', '’s', 'visit']],
    ["Iran-backed militias in Iraq's north", ['Iran-backed', 'militias', 'in', 'Iraq', "'s", 'north']],
    ['Mr. Smith met U.S. officials.', ['Mr.', 'Smith', 'met', 'U.S.', 'officials', '.']],
    ['Sen. Lindsey Graham, Gen. Mark Milley', ['Sen.', 'Lindsey', 'Graham', ',', 'Gen.', 'Mark', 'Milley']],
    ['“Yes,” she said – 1,000 people (3.5%)', ['“', 'Yes', ',', '”', 'she', 'said', '–', '1,000', 'people', '(', '3.5', '%', ')']],
    ["Conan O'Brien said", ['Conan', "O'Brien", 'said']],
    ['John F. Kennedy', ['John', 'F.', 'Kennedy']],
    ['wait... no--yes', ['wait', '...', 'no', '--', 'yes']],
  ];
  it.each(cases)('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('gives exact offsets for every token', () => {
    const text = 'Kim Jong-un’s “visit” to the U.S. 👍🏽 on Jan. 5 — مرحبا \uD800 done.';
    const doc = tokenize(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('tokenize: sentences', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith met U.S. officials. They left.', ['Mr. Smith met U.S. officials.', 'They left.']],
    ['"We will win," he said. Then they left.', ['"We will win," he said.', 'Then they left.']],
    ['“We will win.” he said. Then they left.', ['“We will win.” he said.', 'Then they left.']],
    ['"Win!" she shouted. "Lose?" No.', ['"Win!" she shouted.', '"Lose?"', 'No.']],
    ['Sen. Graham spoke on Jan. 5 in Washington. Gen. Milley did not.', ['Sen. Graham spoke on Jan. 5 in Washington.', 'Gen. Milley did not.']],
    ['He lives in the U.S. The rest is history.', ['He lives in the U.S.', 'The rest is history.']],
    ['A headline\nThe body starts here.', ['A headline', 'The body starts here.']],
  ];
  it.each(cases)('%s', (text, expected) => expect(sentences(text)).toEqual(expected));

  it('links sentences to their tokens', () => {
    const doc = tokenize('One two. Three four.');
    expect(doc.sentences.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([
      [0, 3],
      [3, 6],
    ]);
  });
});

describe('tokenize: paragraphs', () => {
  it('are the non-empty lines', () => {
    const text = 'Title\n\nFirst line. Second.\r\n   \nLast';
    const doc = tokenize(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Title', 'First line. Second.', 'Last']);
  });
  it('handles empty text', () => {
    expect(tokenize('')).toEqual({ text: '', tokens: [], sentences: [], paragraphs: [] });
  });
});

describe('tokenize: invisible characters inside words', () => {
  it('zero-width characters and soft hyphens inside a word keep it one token, whose text leaves them out', () => {
    const text = 'Mi\u200Bke Pom\u200C\u200Dpeo met Ma\u2060ria Gon\uFEFFzalez and co\u00ADoperated.';
    const doc = tokenize(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Mike', 'Pompeo', 'met', 'Maria', 'Gonzalez', 'and', 'cooperated', '.']);
    // the offsets still cover the invisible characters
    expect(text.slice(doc.tokens[1].start, doc.tokens[1].end)).toBe('Pom\u200C\u200Dpeo');
  });
  it('control: between words they separate, as spaces do, and text without them is unchanged', () => {
    expect(tokenize('Mike\u200B Pompeo \u200Dsaid').tokens.map((t) => t.text)).toEqual(['Mike', 'Pompeo', 'said']);
    expect(tokenize('Mike Pompeo said').tokens.map((t) => [t.text, t.start, t.end])).toEqual([['Mike', 0, 4], ['Pompeo', 5, 11], ['said', 12, 16]]);
  });
});

import { describe, expect, it } from 'vitest';
import { indexWords, queryWords } from './words';

describe('indexWords', () => {
  it.each([
    ['The militias said THE militias', ['militias', 'said']],
    ['Açaí café São Paulo', ['acai', 'cafe', 'sao', 'paulo']],
    ["Pompeo's trip, 2019", ['pompeo', 'trip', '2019']],
    ['a I x of', []],
  ])('%s', (text, expected) => {
    expect(indexWords(text).sort()).toEqual([...expected].sort());
  });

  it('merges several texts without duplicates', () => {
    expect(indexWords('Iraq war', 'war in Iraq').sort()).toEqual(['iraq', 'war']);
  });
});

describe('queryWords', () => {
  it.each([
    ['militias', { exact: [], prefix: 'militias' }],
    ['iran mili', { exact: ['iran'], prefix: 'mili' }],
    ['the Iran  ', { exact: ['iran'], prefix: null }],
    ['São', { exact: [], prefix: 'sao' }],
    ['  ', { exact: [], prefix: null }],
  ])('%j', (q, expected) => {
    expect(queryWords(q)).toEqual(expected);
  });
});

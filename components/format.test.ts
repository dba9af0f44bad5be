import { describe, expect, it } from 'vitest';
import type { SourceDescriptor } from '@/lib/nlp/types';
import { countNoun, describeDescriptor, formatDate, isoDateTime, languageName, safeHref, sourcingSummaryText, truncate } from './format';

describe('sourcingSummaryText', () => {
  const cases: [number, number, string][] = [
    [0, 0, 'No attributed claims found'],
    [1, 0, '1 claim, none from anonymous sources'],
    [1, 1, '1 claim, from an anonymous source'],
    [2, 1, '2 claims, 1 from an anonymous source'],
    [11, 6, '11 claims, 6 from anonymous sources'],
    [3, 3, '3 claims, all from anonymous sources'],
    [5, 0, '5 claims, none from anonymous sources'],
  ];
  it.each(cases)('%i claims, %i anonymous -> %s', (claims, anonymous, text) => {
    expect(sourcingSummaryText(claims, anonymous)).toBe(text);
  });
});

describe('countNoun', () => {
  it.each([
    [0, 'mention', '0 mentions'],
    [1, 'mention', '1 mention'],
    [2, 'mention', '2 mentions'],
  ] as const)('%i %s', (n, word, text) => expect(countNoun(n, word)).toBe(text));
  it('takes an irregular plural', () => expect(countNoun(2, 'person', 'people')).toBe('2 people'));
});

describe('describeDescriptor', () => {
  const cases: [SourceDescriptor | undefined, string][] = [
    [undefined, ''],
    [{ count: 'two', affiliation: 'Iraqi', role: 'security sources' }, 'two Iraqi security sources'],
    [{ role: 'official', qualifiers: ['who spoke on condition of anonymity'] }, 'official, who spoke on condition of anonymity'],
  ];
  it.each(cases)('%j -> %s', (d, text) => expect(describeDescriptor(d)).toBe(text));
});

describe('truncate', () => {
  it('keeps short text', () => expect(truncate('Short text.', 20)).toEqual({ text: 'Short text.', truncated: false }));
  it('cuts on a word boundary and adds an ellipsis', () =>
    expect(truncate('The militias were moving toward the border at night', 30)).toEqual({
      text: 'The militias were moving…',
      truncated: true,
    }));
});

describe('languageName', () => {
  it.each([
    ['fr', 'French'],
    ['de', 'German'],
    ['xx-invalid-!!', 'xx-invalid-!!'],
  ])('%s -> %s', (code, name) => expect(languageName(code)).toBe(name));
});

describe('safeHref', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/Iraq', 'https://en.wikipedia.org/wiki/Iraq'],
    ['http://example.com/a', 'http://example.com/a'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s -> %s', (url, out) => expect(safeHref(url)).toBe(out));
});

describe('formatDate / isoDateTime on any stored value', () => {
  it.each([1e20, -1e20, NaN, Infinity, 8.64e15 + 1])('never throws on %s and says the date is unknown', (ms) => {
    expect(formatDate(ms, 'en-US', 'UTC')).toBe('unknown date');
    expect(isoDateTime(ms)).toBeUndefined();
  });

  it('formats the last and first dates a Date can hold', () => {
    expect(formatDate(8.64e15, 'en-US', 'UTC')).toBe('Sep 13, 275760');
    expect(isoDateTime(Date.UTC(2026, 10, 24, 12))).toBe('2026-11-24T12:00:00.000Z');
    expect(formatDate(undefined as unknown as number, 'en-US', 'UTC')).toBe('unknown date');
  });
});

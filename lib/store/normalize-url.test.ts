import { describe, expect, it } from 'vitest';
import { hostOf, normalizeUrl } from './normalize-url';

describe('normalizeUrl', () => {
  it.each([
    ['https://Example.COM/a/b?utm_source=x&utm_medium=y', 'https://example.com/a/b'],
    ['https://example.com/a?id=3&fbclid=abc&page=2', 'https://example.com/a?id=3&page=2'],
    ['https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&msclkid=4', 'https://example.com/a'],
    ['https://example.com/a#section-2', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:8080/a?x=1#y', 'http://example.com:8080/a?x=1'],
    ['https://user:pw@example.com/a', 'https://example.com/a'],
    ['https://example.com/search?q=a+b&utm_campaign=z', 'https://example.com/search?q=a+b'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('prefers a valid canonical link, resolved against the page URL', () => {
    expect(normalizeUrl('https://m.example.com/a?utm_source=x', 'https://www.example.com/story/a')).toBe('https://www.example.com/story/a');
    expect(normalizeUrl('https://example.com/a?x=1', '/story/a?utm_medium=m')).toBe('https://example.com/story/a');
    expect(normalizeUrl('https://example.com/a', 'javascript:alert(1)')).toBe('https://example.com/a');
  });

  it('throws on something that is not a URL', () => {
    expect(() => normalizeUrl('not a url')).toThrow(TypeError);
  });

  it.each([
    ['https://www.BBC.co.uk/news', 'bbc.co.uk'],
    ['https://edition.cnn.com/x', 'edition.cnn.com'],
    ['nonsense', ''],
  ])('hostOf(%s) = %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});

import { describe, expect, it } from 'vitest';
import { articleUrl, sameSite } from './canonical-url';
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
    expect(articleUrl('https://m.example.com/a?utm_source=x', 'https://www.example.com/story/a')).toBe('https://www.example.com/story/a');
    expect(articleUrl('https://example.com/a?x=1', '/story/a?utm_medium=m')).toBe('https://example.com/story/a');
    expect(articleUrl('https://example.com/a', 'javascript:alert(1)')).toBe('https://example.com/a');
  });

  it('accepts a canonical link only on the same registrable domain (public suffix list, private suffixes included)', () => {
    // A page on one site cannot claim an article saved from another.
    expect(articleUrl('https://evil.example.org/a', 'https://www.example-news.com/world/pompeo-baghdad?id=7')).toBe('https://evil.example.org/a');
    // co.uk is a public suffix: bbc.co.uk and evil.co.uk are different sites; news.bbc.co.uk and www.bbc.co.uk the same.
    expect(articleUrl('https://evil.co.uk/a', 'https://www.bbc.co.uk/news/1')).toBe('https://evil.co.uk/a');
    expect(articleUrl('https://news.bbc.co.uk/a', 'https://www.bbc.co.uk/news/1')).toBe('https://www.bbc.co.uk/news/1');
    // github.io is a private suffix: each user's pages are their own site.
    expect(articleUrl('https://alice.github.io/a', 'https://bob.github.io/b')).toBe('https://alice.github.io/a');
    // Hosts without a registrable domain (an IP, localhost) must match exactly.
    expect(articleUrl('http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/b')).toBe('http://127.0.0.1:8080/b');
    expect(articleUrl('http://127.0.0.1/a', 'http://10.0.0.1/b')).toBe('http://127.0.0.1/a');
    expect(sameSite('https://m.example.com/x', 'https://www.example.com/y')).toBe(true);
    expect(sameSite('https://example.com/x', 'https://example.com.evil.net/y')).toBe(false);
  });

  it('normalizeUrl alone never takes a canonical link (imports and look-ups)', () => {
    expect(normalizeUrl('https://example.com/a', 'https://example.com/b')).toBe('https://example.com/a');
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

import { describe, expect, it } from 'vitest';
import { groupOutlets, outletOf, outletsInOrder } from './outlets';

const D = (day: number) => Date.UTC(2026, 2, day);

describe('outletOf: an outlet is a registrable domain', () => {
  it.each([
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['https://www.nytimes.com/2026/03/02/world/x.html', 'nytimes.com'],
    ['edition.cnn.com', 'cnn.com'],
    ['alice.github.io', 'alice.github.io'],
    ['WWW.Lemonde.FR', 'lemonde.fr'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://127.0.0.1:4173/memory-1.html', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s -> %s', (host, domain) => {
    expect(outletOf(host)).toBe(domain);
  });
});

describe('groupOutlets', () => {
  it('joins the hosts of one domain, names it by the site name given most, lists its other names', () => {
    const outlets = groupOutlets([
      { host: 'news.bbc.co.uk', site: 'BBC News', readAt: D(2) },
      { host: 'bbc.co.uk', site: 'BBC News', readAt: D(3) },
      { host: 'www.bbc.co.uk', site: 'BBC Sport', readAt: D(9) },
      { host: 'alice.github.io', site: 'Notes', readAt: D(4) },
      { host: 'bob.github.io', site: 'Notes', readAt: D(5) },
      { host: 'example.org', site: '', readAt: D(1) },
    ]);
    expect(outlets).toEqual([
      { domain: 'bbc.co.uk', name: 'BBC News', otherNames: ['BBC Sport'], articles: 3, last: D(9) },
      // Two domains with one name stay two outlets.
      { domain: 'bob.github.io', name: 'Notes', otherNames: [], articles: 1, last: D(5) },
      { domain: 'alice.github.io', name: 'Notes', otherNames: [], articles: 1, last: D(4) },
      { domain: 'example.org', name: 'example.org', otherNames: [], articles: 1, last: D(1) },
    ]);
  });

  it('names a domain by its newest name among names given equally often', () => {
    const [o] = groupOutlets([
      { host: 'a.example.com', site: 'Old Name', readAt: D(1) },
      { host: 'b.example.com', site: 'New Name', readAt: D(8) },
    ]);
    expect([o.name, o.otherNames]).toEqual(['New Name', ['Old Name']]);
  });
});

describe('outletsInOrder', () => {
  it('the outlets of earlier readings in the order first seen, one per domain', () => {
    expect(
      outletsInOrder([
        { host: 'harbour.example', site: 'Harbour Times', readAt: D(1) },
        { host: 'news.coast.example', site: 'Coast Daily', readAt: D(2) },
        { host: 'www.harbour.example', site: 'Harbour Times', readAt: D(3) },
        { host: 'coast.example', site: 'Coast Daily', readAt: D(4) },
      ]),
    ).toEqual(['Harbour Times', 'Coast Daily']);
    // All on one host (as the e2e fixture server serves them): one outlet, whatever the pages call themselves.
    expect(
      outletsInOrder([
        { host: '127.0.0.1', site: 'Harbour Times', readAt: D(1) },
        { host: '127.0.0.1', site: 'Coast Daily', readAt: D(2) },
      ]),
    ).toHaveLength(1);
  });
});

// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rememberArticle } from '@/lib/store/history';
import { testDb } from '@/lib/store/test-db';
import { OutletLine, outletMemoryProfile } from './outlet-line';

afterEach(cleanup);
const base = { host: 'harbour.example', site: 'Harbour Times', first: Date.parse('2026-03-02T12:00:00Z'), last: Date.parse('2026-05-01T12:00:00Z'), trend: [] };

describe('OutletLine', () => {
  it('the share of anonymous claims across the articles read there, and the most-quoted sources', () => {
    const { container } = render(
      <OutletLine locale="en-US" profile={{ ...base, articles: 24, claims: 200, anonymous: 76, anonymousShare: 0.38, topSources: [{ name: 'Rui Valente', claims: 12 }, { name: 'Ana Ferraz', claims: 5 }] }} />,
    );
    expect(container.textContent).toBe('This outlet: 38% anonymous across 24 articles you read since Mar 2, 2026. Quoted most: Rui Valente (12), Ana Ferraz (5).');
  });

  it('one article (this page) says nothing the page summary does not', () => {
    const { container } = render(<OutletLine profile={{ ...base, articles: 1, claims: 5, anonymous: 1, anonymousShare: 0.2, topSources: [] }} />);
    expect(container.textContent).toBe('');
  });

  it('links "This outlet" to the outlet page when given one, the words unchanged', () => {
    const { container, getByRole } = render(
      <OutletLine href="library.html#/outlet/harbour.example" profile={{ ...base, articles: 3, claims: 10, anonymous: 4, anonymousShare: 0.4, topSources: [] }} />,
    );
    expect(container.textContent).toMatch(/^This outlet: 40% anonymous across 3 articles you read since /);
    const link = getByRole('link', { name: 'This outlet (Harbour Times): open its page' });
    expect(link.getAttribute('href')).toBe('library.html#/outlet/harbour.example');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('outletMemoryProfile (what OutletMemory shows)', () => {
  it('on a subdomain, counts every host of the outlet (its registrable domain), as the actor page does', async () => {
    const db = testDb();
    const page = (url: string, anonymous: boolean) => ({
      url,
      title: url,
      site: 'The Paper',
      publishedAt: 0,
      actors: [],
      claims: [{ text: `A claim of ${url}`, kind: 'indirect' as const, source: anonymous ? 'officials' : 'Ana Ferraz', sourceKey: anonymous ? null : 'person:ana ferraz', anonymous, aboutKeys: [] }],
    });
    const t = Date.parse('2026-03-02T12:00:00Z');
    await rememberArticle(db, page('https://news.paper.co.uk/1', true), { incognito: false, now: t });
    await rememberArticle(db, page('https://www.paper.co.uk/2', false), { incognito: false, now: t + 1000 });
    await rememberArticle(db, page('https://sport.paper.co.uk/3', true), { incognito: false, now: t + 2000 });
    await rememberArticle(db, page('https://other.co.uk/4', true), { incognito: false, now: t + 3000 });
    const profile = await outletMemoryProfile(db, 'news.paper.co.uk');
    // Three articles of paper.co.uk, two of their three claims anonymous; other.co.uk is another outlet.
    expect([profile.host, profile.articles, profile.claims, profile.anonymous]).toEqual(['paper.co.uk', 3, 3, 2]);
    const { container } = render(<OutletLine profile={profile} />);
    expect(container.textContent).toMatch(/^This outlet: 67% anonymous across 3 articles you read since /);
    await db.delete();
  });
});

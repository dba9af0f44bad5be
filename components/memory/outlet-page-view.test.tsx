// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryRow } from '@/lib/store/history-outlets';
import type { OutletProfile } from '@/lib/store/history-queries';
import { comparedWords, OutletPageView } from './outlet-page-view';

afterEach(cleanup);

const D = (s: string) => Date.parse(`${s}T12:00:00Z`);
const profile: OutletProfile = {
  host: 'valley.example',
  site: 'Valley Courier',
  articles: 2,
  claims: 7,
  anonymous: 3,
  anonymousShare: 3 / 7,
  first: D('2026-03-30'),
  last: D('2026-04-20'),
  topSources: [
    { name: 'Elena Varga', claims: 3 },
    { name: 'Jonas <b>Weber</b>', claims: 1 },
  ],
  trend: [
    { month: '2026-03', articles: 1, claims: 4, anonymousShare: 0.5 },
    { month: '2026-04', articles: 1, claims: 3, anonymousShare: 1 / 3 },
  ],
};
const row = (id: number, title: string, url: string, savedId: number | null, claims: number, anonymous: number, readAt: number): HistoryRow => ({
  id,
  url,
  title,
  site: 'Valley Courier',
  host: 'valley.example',
  readAt,
  actors: id,
  claims,
  anonymous,
  savedId,
});
const articles = [row(2, 'Tram talks resume', 'https://valley.example/2', 14, 3, 1, D('2026-04-20')), row(1, 'Council delays the vote', 'javascript:alert(1)', null, 4, 2, D('2026-03-30'))];
const average = { articles: 10, claims: 40, anonymous: 8, anonymousShare: 0.2 };

const view = (over: Partial<Parameters<typeof OutletPageView>[0]> = {}) => (
  <OutletPageView
    host="valley.example"
    profile={profile}
    average={average}
    articles={articles}
    totalArticles={2}
    sourceHref={(name) => (name === 'Elena Varga' ? '#/actor/person%3Aelena%20varga' : undefined)}
    onForget={() => undefined}
    locale="en-US"
    {...over}
  />
);

describe('OutletPageView', () => {
  it('the outlet: its name and host, articles, claims, the anonymous share beside the reader\'s average', () => {
    render(view());
    expect(screen.getByRole('heading', { level: 1, name: 'Valley Courier' })).toBeTruthy();
    expect(screen.getByText('valley.example')).toBeTruthy();
    expect(screen.getByText('2 articles you read, from Mar 30, 2026 to Apr 20, 2026, with 7 attributed claims.')).toBeTruthy();
    const dds = [...document.querySelectorAll('.dr-outlet__compare dd')].map((d) => d.textContent);
    expect(dds).toEqual(['3 of 7 claims anonymous (43%)', '8 of 40 claims anonymous (20%) across 10 articles']);
    // 43 - 20 = 23 points.
    expect(screen.getByText('43% here: 23 points above your average (20%).')).toBeTruthy();
  });

  it('the average still loading says so', () => {
    render(view({ average: undefined }));
    expect(screen.getByText('Counting…')).toBeTruthy();
    expect(document.querySelector('[data-outlet="compare"]')).toBeNull();
  });

  it('the sources quoted most, linked to their actor pages when known, names as text', () => {
    render(view());
    const list = screen.getByRole('list', { name: 'Quoted most' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Elena Varga 3 claims', 'Jonas <b>Weber</b> 1 claim']);
    expect(within(list).getByRole('link', { name: 'Elena Varga' }).getAttribute('href')).toBe('#/actor/person%3Aelena%20varga');
    expect(within(list).queryByRole('link', { name: /Weber/ })).toBeNull();
    expect(list.querySelector('b')).toBeNull();
  });

  it('the articles newest first, linking to the page (http only) and to the saved copy', () => {
    render(view());
    const list = screen.getByRole('list', { name: 'Articles read' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.dr-history__title')!.textContent)).toEqual(['Tram talks resume', 'Council delays the vote']);
    expect(within(items[0]).getByRole('link', { name: 'Tram talks resume' }).getAttribute('href')).toBe('https://valley.example/2');
    expect(within(items[0]).getByRole('link', { name: 'Saved copy: Tram talks resume' }).getAttribute('href')).toBe('#/article/14');
    expect(within(items[1]).queryAllByRole('link')).toEqual([]);
    expect(items[1].textContent).toContain('2 of 4 claims anonymous (50%)');
  });

  it('the trend table', () => {
    render(view());
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Mar 20261450%', 'Apr 20261333%']);
  });

  it('more articles than shown points to the Read view', () => {
    render(view({ totalArticles: 120 }));
    expect(screen.getByText(/The newest 2 of 120\./)).toBeTruthy();
  });

  it('"Forget this site" asks first; Cancel keeps everything; confirming calls onForget once', () => {
    const forget = vi.fn();
    render(view({ onForget: forget }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget this site…' }));
    expect(screen.getByText('Forget the 2 articles you read on valley.example? Saved articles stay in your reading list.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget this site…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget 2 articles' }));
    expect(forget).toHaveBeenCalledOnce();
  });

  it('nothing remembered: an empty state naming the host, with the way to the Read view', () => {
    render(view({ profile: { ...profile, articles: 0, claims: 0, anonymous: 0, anonymousShare: 0, first: null, last: null, topSources: [], trend: [] }, articles: [], totalArticles: 0 }));
    expect(screen.getByText('Nothing remembered from valley.example.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See what you read' }).getAttribute('href')).toBe('#/read');
    expect(screen.queryByRole('button', { name: 'Forget this site…' })).toBeNull();
  });
});

describe('comparedWords', () => {
  it('in whole points, above, below or the same', () => {
    expect(comparedWords(0.43, 0.2)).toBe('23 points above your average (20%)');
    expect(comparedWords(0.1, 0.11)).toBe('1 point below your average (11%)');
    expect(comparedWords(0.301, 0.298)).toBe('the same as your average');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutletSummary } from '@/lib/store/history-outlets';
import { OutletListView } from './outlet-list-view';

afterEach(cleanup);

const o = (host: string, site: string, articles: number, claims: number, anonymous: number): OutletSummary => ({
  host,
  site,
  articles,
  claims,
  anonymous,
  anonymousShare: claims ? anonymous / claims : 0,
  last: 0,
});
const outlets = [o('harbour.example', 'Harbour Times', 12, 40, 10), o('coast.example', 'Coast Daily', 3, 9, 6), o('blog.example', 'blog.example', 1, 0, 0)];
const all = { articles: 16, claims: 49, anonymous: 16, anonymousShare: 16 / 49 };

describe('OutletListView', () => {
  it('each outlet with its articles and its anonymous share in words, linking to its page, as given (most articles first)', () => {
    render(<OutletListView outlets={outlets} all={all} historyOn />);
    const rows = within(screen.getByRole('list', { name: 'Outlets by articles read' })).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Harbour Times harbour.example12 articles10 of 40 claims anonymous (25%)',
      'Coast Daily coast.example3 articles6 of 9 claims anonymous (67%)',
      // A site without a display name is not named twice.
      'blog.example1 articleno claims',
    ]);
    expect(within(rows[1]).getByRole('link').getAttribute('href')).toBe('#/outlet/coast.example');
    expect(screen.getByText(/Across everything you read/).textContent).toBe('Across everything you read: 16 of 49 claims anonymous (33%)');
    expect(screen.getByText('3 outlets, 16 articles')).toBeTruthy();
  });

  it('more outlets than the limit: a "Show more"', () => {
    const more = vi.fn();
    render(<OutletListView outlets={outlets} all={all} historyOn limit={2} onShowMore={more} />);
    expect(within(screen.getByRole('list', { name: 'Outlets by articles read' })).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (1 left)' }));
    expect(more).toHaveBeenCalledOnce();
  });

  it('empty: says what will appear, or that the history is off', () => {
    render(<OutletListView outlets={[]} all={{ articles: 0, claims: 0, anonymous: 0, anonymousShare: 0 }} historyOn />);
    expect(screen.getByText('No outlet yet.')).toBeTruthy();
    cleanup();
    render(<OutletListView outlets={[]} all={{ articles: 0, claims: 0, anonymous: 0, anonymousShare: 0 }} historyOn={false} />);
    expect(screen.getByText(/The reading history is off/)).toBeTruthy();
  });
});

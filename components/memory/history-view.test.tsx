// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryRow } from '@/lib/store/history-outlets';
import { HistoryView, retentionWords, type HistoryViewProps } from './history-view';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const D = (s: string) => Date.parse(`${s}T12:00:00Z`);
const rows: HistoryRow[] = [
  { id: 3, url: 'https://valley.example/3', title: 'Tram talks resume', site: 'Valley Courier', host: 'valley.example', readAt: D('2026-04-20'), actors: 3, claims: 3, anonymous: 1, savedId: null },
  { id: 2, url: 'https://coast.example/2', title: 'Ferry <i>doubts</i>', site: 'Coast Daily', host: 'coast.example', readAt: D('2026-04-02'), actors: 1, claims: 0, anonymous: 0, savedId: 9 },
  { id: 1, url: 'file:///etc/passwd', title: 'Odd page', site: 'odd', host: 'odd', readAt: D('2026-04-01'), actors: 0, claims: 2, anonymous: 2, savedId: null },
];

const props = (over: Partial<HistoryViewProps> = {}): HistoryViewProps => ({
  rows,
  total: 3,
  more: false,
  onShowMore: vi.fn(),
  query: '',
  onSearch: vi.fn(),
  onForget: vi.fn(),
  onSave: vi.fn(),
  historyOn: true,
  historyDays: 90,
  locale: 'en-US',
  debounceMs: 0,
  ...over,
});

describe('HistoryView', () => {
  it('says what the history is, that it stays local, how long it keeps, where to turn it off, and what Save does', () => {
    render(<HistoryView {...props({ historyDays: 365 })} />);
    const about = document.querySelector('[data-history="about"]')!;
    expect(about.textContent).toContain('never the text');
    expect(about.textContent).toContain('on this computer only');
    expect(about.textContent).toContain('Records are kept 1 year.');
    expect(within(about as HTMLElement).getByRole('link', { name: 'Options › Reading history' }).getAttribute('href')).toBe('options.html');
    expect(about.textContent).toContain('the history has no text, so Dramatis reads the page again, from its open tab or by opening it in a background tab');
    expect(screen.getByText('3 articles remembered')).toBeTruthy();
  });

  it('each row: title (a link only for http pages), outlet page, date, actors, claims and anonymous ratio; page text as text', () => {
    render(<HistoryView {...props()} />);
    const items = within(screen.getByRole('list', { name: 'Remembered articles' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('link', { name: 'Tram talks resume' }).getAttribute('href')).toBe('https://valley.example/3');
    expect(within(items[0]).getByRole('link', { name: 'Outlet page: Valley Courier' }).getAttribute('href')).toBe('#/outlet/valley.example');
    expect(items[0].querySelector('.dr-history__meta')!.textContent).toBe('Valley CourierApr 20, 20263 actors1 of 3 claims anonymous (33%)');
    expect(items[1].querySelector('i')).toBeNull();
    expect(items[1].textContent).toContain('Ferry <i>doubts</i>');
    expect(items[1].textContent).toContain('no claims');
    expect(within(items[2]).queryByRole('link', { name: 'Odd page' })).toBeNull();
  });

  it('Save for an unsaved http page, the saved copy for a saved one, nothing to save for a non-http page; Forget on each', () => {
    const p = props();
    render(<HistoryView {...p} />);
    const items = within(screen.getByRole('list', { name: 'Remembered articles' })).getAllByRole('listitem');
    fireEvent.click(within(items[0]).getByRole('button', { name: 'Save: Tram talks resume' }));
    expect(p.onSave).toHaveBeenCalledWith(rows[0]);
    expect(within(items[1]).getByRole('link', { name: 'Saved copy: Ferry <i>doubts</i>' }).getAttribute('href')).toBe('#/article/9');
    expect(within(items[1]).queryByRole('button', { name: /^Save/ })).toBeNull();
    expect(within(items[2]).queryByRole('button', { name: /^Save/ })).toBeNull();
    fireEvent.click(within(items[2]).getByRole('button', { name: 'Forget: Odd page' }));
    expect(p.onForget).toHaveBeenCalledWith(rows[2]);
  });

  it('a save under way, then how it went', () => {
    const { rerender } = render(<HistoryView {...props({ saves: { 3: { busy: true } } })} />);
    const button = screen.getByRole('button', { name: 'Saving…: Tram talks resume' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    rerender(<HistoryView {...props({ saves: { 3: { busy: false, ok: false, message: 'Not saved: Dramatis cannot read this page.' } } })} />);
    expect(screen.getByText('Not saved: Dramatis cannot read this page.').className).toContain('dr-error-text');
  });

  it('search: debounced typing, Enter at once, Escape clears', async () => {
    vi.useFakeTimers();
    const p = props({ debounceMs: 200 });
    render(<HistoryView {...p} />);
    const box = screen.getByRole('searchbox', { name: 'Search the articles you read' });
    fireEvent.change(box, { target: { value: 'tram' } });
    expect(p.onSearch).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(p.onSearch).toHaveBeenCalledWith('tram');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(p.onSearch).toHaveBeenLastCalledWith('');
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('paged: "Show more" when more rows match', () => {
    const p = props({ more: true });
    render(<HistoryView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(p.onShowMore).toHaveBeenCalledOnce();
  });

  it('loading, error with retry, empty, off, and no match', () => {
    render(<HistoryView {...props({ rows: undefined })} />);
    expect(screen.getByText('Reading your history…')).toBeTruthy();
    cleanup();
    const retry = vi.fn();
    render(<HistoryView {...props({ error: 'The database is locked.', onRetry: retry })} />);
    expect(screen.getByRole('alert').textContent).toContain('The database is locked.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
    cleanup();
    render(<HistoryView {...props({ rows: [], total: 0 })} />);
    expect(screen.getByText('Nothing remembered yet.')).toBeTruthy();
    cleanup();
    render(<HistoryView {...props({ rows: [], total: 0, historyOn: false })} />);
    expect(screen.getByText(/The reading history is off: turn it on in Options/)).toBeTruthy();
    expect(document.querySelector('[data-history="about"]')!.textContent).toContain('The history is off: nothing new is remembered.');
    cleanup();
    render(<HistoryView {...props({ rows: [], query: 'zebra' })} />);
    expect(screen.getByText('No remembered article matches “zebra”.')).toBeTruthy();
  });
});

describe('retentionWords', () => {
  it('days, a year, years', () => {
    expect(retentionWords(90)).toBe('90 days');
    expect(retentionWords(1)).toBe('1 day');
    expect(retentionWords(365)).toBe('1 year');
    expect(retentionWords(730)).toBe('2 years');
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from './popup-view';
import { analysis } from './test-fixtures';
import { countNoun } from './format';

afterEach(cleanup);

function props(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    status: 'ready',
    analysis,
    title: 'Pompeo visits Baghdad',
    site: 'example.com',
    highlightsVisible: true,
    saved: false,
    siteEnabled: true,
    onToggleHighlights: vi.fn(),
    onSave: vi.fn(),
    onAnalyze: vi.fn(),
    onSelectActor: vi.fn(),
    onSelectClaim: vi.fn(),
    onOpenLibrary: vi.fn(),
    onOpenOptions: vi.fn(),
    onToggleSite: vi.fn(),
    ...over,
  };
}

describe('PopupView status messages', () => {
  const cases: [PopupViewProps['status'], string | undefined, string][] = [
    ['loading', undefined, 'Reading the article…'],
    ['not-english', 'fr', 'This page is in French (fr).'],
    ['not-english', 'de', 'This page is in German (de).'],
    ['disabled', undefined, 'Dramatis is off for example.com'],
    ['not-article', undefined, 'This page doesn’t look like a news article.'],
    ['no-access', undefined, 'Dramatis can’t read this page.'],
    ['error', 'Timed out reading the page.', 'Timed out reading the page.'],
  ];
  it.each(cases)('%s (%s) says "%s"', (status, reason, text) => {
    render(<PopupView {...props({ status, reason, analysis: undefined })} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('not-english explains that Dramatis reads English', () => {
    render(<PopupView {...props({ status: 'not-english', reason: 'fr', analysis: undefined })} />);
    expect(screen.getByText('Dramatis reads English articles.')).toBeTruthy();
  });

  it('disabled: the switch turns the site on', async () => {
    const p = props({ status: 'disabled', siteEnabled: false, analysis: undefined });
    render(<PopupView {...p} />);
    const sw = screen.getByRole('switch', { name: /turn on for example\.com/i });
    expect(sw.getAttribute('aria-checked')).toBe('false');
    await userEvent.click(sw);
    expect(p.onToggleSite).toHaveBeenCalledWith(true);
  });

  it('disabled: "Analyze this page once" calls onAnalyze without turning the site on', async () => {
    const p = props({ status: 'disabled', siteEnabled: false, analysis: undefined });
    render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Analyze this page once' }));
    expect(p.onAnalyze).toHaveBeenCalledTimes(1);
    expect(p.onToggleSite).not.toHaveBeenCalled();
  });

  it('shows a notice as an alert', () => {
    render(<PopupView {...props({ notice: 'Not saved: storage is full.' })} />);
    expect(screen.getByRole('alert').textContent).toBe('Not saved: storage is full.');
  });

  it('not-article: "Analyze this page" calls onAnalyze', async () => {
    const p = props({ status: 'not-article', analysis: undefined });
    render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Analyze this page' }));
    expect(p.onAnalyze).toHaveBeenCalledTimes(1);
  });

  it('error: "Try again" calls onAnalyze', async () => {
    const p = props({ status: 'error', reason: 'boom', analysis: undefined });
    render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(p.onAnalyze).toHaveBeenCalledTimes(1);
  });

  it('a page still loading: waits, never says it cannot read the page', () => {
    render(<PopupView {...props({ status: 'waiting', analysis: undefined })} />);
    expect(screen.getByRole('status').textContent).toContain('Waiting for the page to finish loading');
    expect(document.body.textContent).not.toMatch(/can’t read|off limits/);
  });

  it('a web page where Dramatis never started: says to reload, not "off limits"', () => {
    render(<PopupView {...props({ status: 'not-started', analysis: undefined, reason: undefined })} />);
    expect(screen.getByText('Dramatis has not started on this page yet.')).toBeTruthy();
    expect(screen.getByText('Reload the page, then open Dramatis again.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('off limits');
  });

  it('no Save button unless ready', () => {
    render(<PopupView {...props({ status: 'loading', analysis: undefined })} />);
    expect(screen.queryByRole('button', { name: 'Save to reading list' })).toBeNull();
  });
});

describe('PopupView ready', () => {
  it('shows the title, the sourcing summary and the actors by type', () => {
    render(<PopupView {...props()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Pompeo visits Baghdad' })).toBeTruthy();
    expect(screen.getByText(`4 claims from ${countNoun(analysis.profile.sources.length, 'source')}, 2 of them from unnamed sources`)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'People' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Organizations' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Places' })).toBeTruthy();
  });

  it('switches to the Claims tab by click and by arrow key', async () => {
    render(<PopupView {...props()} />);
    const claimsTab = screen.getByRole('tab', { name: /Claims/ });
    await userEvent.click(claimsTab);
    expect(claimsTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Two Iraqi security sources' })).toBeTruthy();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: /Actors/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'People' })).toBeTruthy();
  });

  it('Save fires onSave; once saved the button says Saved and is disabled', async () => {
    const p = props();
    const { rerender } = render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save to reading list' }));
    expect(p.onSave).toHaveBeenCalledTimes(1);
    rerender(<PopupView {...p} saved />);
    const saved = screen.getByRole('button', { name: /Saved/ }) as HTMLButtonElement;
    expect(saved.disabled).toBe(true);
  });

  it('the highlights switch reports the new state', async () => {
    const p = props({ highlightsVisible: true });
    render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Show marks on the page' }));
    expect(p.onToggleHighlights).toHaveBeenCalledWith(false);
  });

  it('selecting an actor and a claim fires the events with them', async () => {
    const p = props();
    render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: /^Mike Pompeo/ }));
    expect(p.onSelectActor).toHaveBeenCalledWith(analysis.actors[0]);
    await userEvent.click(screen.getByRole('tab', { name: /Claims/ }));
    await userEvent.click(screen.getByText('militias were moving'));
    expect(p.onSelectClaim).toHaveBeenCalledWith(analysis.claims[1]);
  });

  it('opens an actor card in the popup and Esc closes it, focus going back to the button that opened it', async () => {
    render(<PopupView {...props()} />);
    const opener = screen.getByRole('button', { name: 'Open card for Mike Pompeo' });
    await userEvent.click(opener);
    const card = screen.getByRole('article', { name: 'Mike Pompeo' });
    expect(within(card).getByText('Secretary of State')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '← Back to the list' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('heading', { name: 'People' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open card for Mike Pompeo' }));
  });

  it('shows the key to the marks: a word for each kind', () => {
    render(<PopupView {...props()} />);
    const key = screen.getByRole('list', { name: 'Key to the marks' });
    expect(within(key).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Person',
      'Organization',
      'Place',
      'Named source',
      'Unnamed source',
    ]);
  });

  it('the actor list is one Tab stop: arrows move between rows, Right reaches "Open card"', async () => {
    render(<PopupView {...props()} />);
    const first = screen.getByRole('button', { name: /^Mike Pompeo/ });
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).not.toBe(first));
    const second = document.activeElement as HTMLElement;
    expect(second.hasAttribute('data-row-main')).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Open card for /);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Open card for ${second.querySelector('.dr-row__name')!.textContent}`);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(second);
    // Only the current row takes part in the Tab order.
    const tabbable = [...document.querySelectorAll<HTMLElement>('[data-row-main], [data-row-side]')].filter((el) => el.tabIndex === 0);
    expect(tabbable).toEqual([second]);
  });

  it('footer links fire their events', async () => {
    const p = props();
    render(<PopupView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reading list' }));
    await userEvent.click(screen.getByRole('button', { name: 'Options' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Active on example.com' }));
    expect(p.onOpenLibrary).toHaveBeenCalledTimes(1);
    expect(p.onOpenOptions).toHaveBeenCalledTimes(1);
    expect(p.onToggleSite).toHaveBeenCalledWith(false);
  });

  it('an empty analysis says nothing was found', () => {
    const empty = { schema: 1 as const, actors: [], claims: [], profile: { claims: 0, anonymous: 0, sources: [] } };
    render(<PopupView {...props({ analysis: empty })} />);
    expect(screen.getByText('No attributed claims found')).toBeTruthy();
    expect(screen.getByText('Nothing found on this page.')).toBeTruthy();
  });

  it('a hostile title is shown as text', () => {
    const { container } = render(<PopupView {...props({ title: '<img src=x onerror="alert(1)">Evil' })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror="alert(1)">Evil');
  });
});

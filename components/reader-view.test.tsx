// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderView } from './reader-view';
import { HOSTILE, TEXT, analysis } from './test-fixtures';

afterEach(cleanup);

describe('ReaderView', () => {
  it('shows title, meta and the text with highlights re-painted from the analysis', () => {
    const { container } = render(
      <ReaderView title="Pompeo in Baghdad" text={TEXT} analysis={analysis} site="news.example" url="https://news.example/a" byline="By A. Writer" savedAt={Date.UTC(2026, 10, 20, 12)} locale="en-US" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Pompeo in Baghdad' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'news.example' })).toBeTruthy();
    expect(screen.getByText(/By A\. Writer · saved Nov 20, 2026/)).toBeTruthy();
    expect(screen.getByText('4 claims from 4 sources, 2 of them from unnamed sources')).toBeTruthy();
    expect(container.querySelector('.dr-reader__body')!.textContent).toBe(TEXT);
    const persons = [...container.querySelectorAll('.dr-hl--person')].map((e) => e.textContent);
    expect(persons).toEqual(['Mike Pompeo', 'Pompeo']);
    const anon = [...container.querySelectorAll('mark.dr-hl--anonymous')].map((e) => e.textContent);
    expect(anon).toEqual(['militias were moving', 'talks will continue']);
  });

  it('the same marks as the page: actors filled, claims underlined (solid named, wavy unnamed), never the reverse', () => {
    const { container } = render(<ReaderView title="t" text={TEXT} analysis={analysis} />);
    const pompeo = container.querySelector<HTMLElement>('[data-kind="person"]')!;
    expect(pompeo.style.backgroundColor.replace(/\s/g, '')).toBe('rgba(255,179,0,0.34)');
    const named = container.querySelector<HTMLElement>('mark[data-kind="claim-named"]')!;
    expect(named.getAttribute('style')).toContain('underline solid');
    expect(named.getAttribute('style')).not.toContain('background');
    const anon = container.querySelector<HTMLElement>('mark[data-kind="claim-anonymous"]')!;
    expect(anon.getAttribute('style')).toContain('underline wavy');
    expect(anon.textContent).toBe('militias were moving');
  });

  it('a published ISO date is formatted, never shown raw; free text stays as written', () => {
    render(<ReaderView title="t" text={TEXT} published="2025-10-14T22:05:00Z" locale="en-US" />);
    expect(screen.getByText('published Oct 14, 2025')).toBeTruthy();
    expect(document.body.textContent).not.toContain('2025-10-14T');
    cleanup();
    render(<ReaderView title="t" text={TEXT} published="last Tuesday" locale="en-US" />);
    expect(screen.getByText('published last Tuesday')).toBeTruthy();
  });

  it('mentions are buttons when onSelectActor is given', async () => {
    const onSelectActor = vi.fn();
    render(<ReaderView title="t" text={TEXT} analysis={analysis} onSelectActor={onSelectActor} />);
    await userEvent.click(screen.getByRole('button', { name: 'Baghdad' }));
    expect(onSelectActor).toHaveBeenCalledWith(analysis.actors[1]);
  });

  it('hovering or focusing a mark shows the same card as on the page; Esc closes it and focus stays on the mark', async () => {
    const onOpenActorPage = vi.fn();
    const { container } = render(
      <ReaderView title="t" text={TEXT} analysis={analysis} onSelectActor={vi.fn()} actorCardProps={() => ({ onOpenActorPage })} />,
    );
    // An actor, by the keyboard.
    const baghdad = screen.getByRole('button', { name: 'Baghdad' });
    baghdad.focus();
    const card = await screen.findByRole('article', { name: 'Baghdad' });
    expect(card.textContent).toContain('Place');
    fireEvent.click(screen.getByRole('button', { name: /All about Baghdad/ }));
    expect(onOpenActorPage).toHaveBeenCalled();
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Baghdad' })).toBeNull());
    expect(document.activeElement).toBe(baghdad);
    // A claim from an unnamed source, by the pointer: its card says so in plain words.
    const anonymous = container.querySelector<HTMLElement>('mark[data-kind="claim-anonymous"]')!;
    fireEvent.mouseOver(anonymous);
    const claimCard = await screen.findByRole('article', { name: 'Two Iraqi security sources' });
    expect(claimCard.textContent).toContain('unnamed source');
    // Leaving the mark for plain text hides it after a moment.
    fireEvent.mouseOver(container.querySelector('.dr-reader__body p')!);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Two Iraqi security sources' })).toBeNull());
  });

  it("a reader card offers the page card's one-click fixes: a type change, then Undo", async () => {
    const corrections = { onCorrectActor: vi.fn(async () => 41), onCorrectSource: vi.fn(async () => 42), onUndo: vi.fn(async () => undefined) };
    render(<ReaderView title="t" text={TEXT} analysis={analysis} onSelectActor={vi.fn()} corrections={corrections} />);
    const baghdad = screen.getByRole('button', { name: 'Baghdad' });
    baghdad.focus();
    const card = await screen.findByRole('article', { name: 'Baghdad' });
    expect(card.textContent).toContain('Not a place?');
    // Tab from the mark enters its card (the first of its buttons).
    await userEvent.tab();
    expect(card.contains(document.activeElement)).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: /Organization/ }));
    expect(corrections.onCorrectActor).toHaveBeenCalledWith(analysis.actors[1], { kind: 'type', type: 'organization' });
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(corrections.onUndo).toHaveBeenCalledWith(41);
    expect(await screen.findByText('Undone: back as it was.')).toBeTruthy();
  });

  it('a claim card in the reader has "Wrong source?"; no fixes without corrections', async () => {
    const { container, unmount } = render(<ReaderView title="t" text={TEXT} analysis={analysis} corrections={{ onCorrectActor: vi.fn(), onCorrectSource: vi.fn(), onUndo: vi.fn() }} />);
    fireEvent.mouseOver(container.querySelector('mark[data-kind="claim-anonymous"]')!);
    const card = await screen.findByRole('article', { name: 'Two Iraqi security sources' });
    expect(card.querySelector('button[aria-haspopup="menu"]')?.textContent).toBe('Wrong source?');
    unmount();
    const plain = render(<ReaderView title="t" text={TEXT} analysis={analysis} />);
    fireEvent.mouseOver(plain.container.querySelector('mark[data-kind="claim-anonymous"]')!);
    const bare = await screen.findByRole('article', { name: 'Two Iraqi security sources' });
    expect(bare.textContent).not.toContain('Wrong source?');
  });

  it('a place inside a claim keeps the claim underline on the button and its own dotted line above on the name', () => {
    const { container } = render(<ReaderView title="t" text={TEXT} analysis={analysis} onSelectActor={vi.fn()} />);
    const iraq = screen.getByRole('button', { name: 'Iraq' });
    expect(iraq.closest('mark[data-kind="claim-named"]')).toBeTruthy();
    expect(iraq.getAttribute('style')).toContain('underline solid');
    expect(iraq.querySelector('span')!.getAttribute('style')).toContain('overline dotted');
    expect(container.querySelector('[data-kind="person"]')!.querySelector('span')).toBeNull();
  });

  it('respects the highlighted kinds', () => {
    const { container } = render(
      <ReaderView title="t" text={TEXT} analysis={analysis} highlightKinds={{ person: false, claims: false }} />,
    );
    expect(container.querySelector('.dr-hl--person')).toBeNull();
    expect(container.querySelector('.dr-hl--claim')).toBeNull();
    expect(container.querySelectorAll('.dr-hl--place').length).toBe(2);
  });

  it('saved text containing markup is shown as text', () => {
    const { container } = render(<ReaderView title={HOSTILE} text={`${HOSTILE}\n${HOSTILE}`} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('.dr-reader__body p').length).toBe(2);
  });
});

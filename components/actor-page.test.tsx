// @vitest-environment happy-dom
// The library's actor page: ActorCard with "in your reading", roles with context, and corrections.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from './actor-card';
import { HOSTILE } from './test-fixtures';

afterEach(cleanup);

const pompeo = { name: 'Mike Pompeo', type: 'person' as const };
const reading = {
  articles: [
    { id: 7, title: 'Pompeo makes surprise visit to Baghdad', savedAt: Date.UTC(2026, 10, 20, 12) },
    { id: 9, title: 'Pompeo meets Iraqi leaders', savedAt: Date.UTC(2026, 10, 21, 12) },
  ],
  claims: [
    { text: 'We support Iraq', kind: 'direct' as const, articleTitle: 'Pompeo makes surprise visit to Baghdad' },
    { text: '', kind: 'no-comment' as const },
  ],
  coActors: [
    { id: 'c1', name: 'Adel Abdul Mahdi', count: 2 },
    { id: 'c2', name: 'Donald Trump', count: 1 },
  ],
};

describe('ActorCard on the actor page', () => {
  it('lists saved articles, claims and co-occurring actors; events carry ids', async () => {
    const onOpenArticle = vi.fn();
    const onOpenActor = vi.fn();
    render(<ActorCard actor={pompeo} reading={reading} onOpenArticle={onOpenArticle} onOpenActor={onOpenActor} locale="en-US" />);
    const section = screen.getByRole('region', { name: 'Mike Pompeo in your reading' });
    await userEvent.click(within(section).getByRole('button', { name: 'Pompeo meets Iraqi leaders' }));
    expect(onOpenArticle).toHaveBeenCalledWith(9);
    const claims = within(section).getByRole('list', { name: 'Claims by Mike Pompeo' });
    expect(within(claims).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'direct quote We support Iraq (Pompeo makes surprise visit to Baghdad)',
      'declined to comment Declined to comment.',
    ]);
    await userEvent.click(within(section).getByRole('button', { name: 'Adel Abdul Mahdi ×2' }));
    expect(onOpenActor).toHaveBeenCalledWith('c1');
  });

  it('says when the actor is in no saved article', () => {
    render(<ActorCard actor={pompeo} reading={{ articles: [], claims: [], coActors: [] }} />);
    expect(screen.getByText('Not in any saved article yet.')).toBeTruthy();
  });

  it('roles seen with the article and date', () => {
    render(
      <ActorCard
        actor={pompeo}
        locale="en-US"
        rolesSeen={[{ role: 'Secretary of State', articleTitle: 'Pompeo in Baghdad', at: Date.UTC(2026, 10, 20, 12) }]}
      />,
    );
    expect(screen.getByText('Secretary of State')).toBeTruthy();
    expect(screen.getByText('Pompeo in Baghdad, Nov 20, 2026')).toBeTruthy();
  });

  it('rename, change type, merge and "not an actor" fire their events', async () => {
    const c = { onRename: vi.fn(), onChangeType: vi.fn(), onMerge: vi.fn(), onNotActor: vi.fn() };
    render(<ActorCard actor={pompeo} corrections={{ ...c, mergeCandidates: [{ id: 'x', name: 'Michael Pompeo' }] }} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, '  Michael   R. Pompeo {Enter}');
    expect(c.onRename).toHaveBeenCalledWith('Michael R. Pompeo');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'organization');
    expect(c.onChangeType).toHaveBeenCalledWith('organization');
    const merge = screen.getByRole('button', { name: 'Merge' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Same as' }), 'x');
    await userEvent.click(merge);
    expect(c.onMerge).toHaveBeenCalledWith('x');
    await userEvent.click(screen.getByRole('button', { name: 'Not an actor' }));
    expect(c.onNotActor).not.toHaveBeenCalled(); // asks first
    await userEvent.click(screen.getByRole('button', { name: 'Yes, not an actor' }));
    expect(c.onNotActor).toHaveBeenCalledTimes(1);
  });

  it('no correction controls without handlers', () => {
    render(<ActorCard actor={pompeo} corrections={{}} />);
    expect(screen.queryByText('Fix what Dramatis read')).toBeNull();
  });

  it('titles and claims with markup are text', () => {
    const { container } = render(
      <ActorCard
        actor={pompeo}
        reading={{
          articles: [{ id: 1, title: HOSTILE, savedAt: 0 }],
          claims: [{ text: HOSTILE, kind: 'direct' }],
          coActors: [{ id: 'h', name: HOSTILE, count: 1 }],
        }}
        onOpenArticle={vi.fn()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: HOSTILE }).textContent).toBe(HOSTILE);
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/nlp/types';
import { ActorList, groupActors } from './actor-list';
import { HOSTILE, analysis } from './test-fixtures';

afterEach(cleanup);

const m = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x' }));
const actors: Actor[] = [
  { id: 'p1', name: 'Iraq', type: 'place', mentions: m(3) },
  { id: 'o1', name: 'State Department', type: 'organization', mentions: m(1) },
  { id: 'x1', name: 'Adel Abdul Mahdi', type: 'person', mentions: m(2), roles: ['Prime Minister'] },
  { id: 'x2', name: 'Mike Pompeo', type: 'person', mentions: m(5), roles: ['Secretary of State', 'US diplomat'] },
  { id: 'p2', name: 'Baghdad', type: 'place', mentions: m(3) },
];

describe('groupActors', () => {
  it('groups People, Organizations, Places in that order, most mentioned first, ties by name', () => {
    expect(groupActors(actors).map((g) => [g.label, g.actors.map((a) => a.name)])).toEqual([
      ['People', ['Mike Pompeo', 'Adel Abdul Mahdi']],
      ['Organizations', ['State Department']],
      ['Places', ['Baghdad', 'Iraq']],
    ]);
  });
  it('drops empty groups', () => {
    expect(groupActors([actors[0]]).map((g) => g.label)).toEqual(['Places']);
  });
});

describe('ActorList', () => {
  it('renders each group with its rows: name, mention count, roles', () => {
    render(<ActorList actors={actors} onSelect={vi.fn()} />);
    const people = screen.getByRole('region', { name: 'People' });
    const rows = within(people).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Mike Pompeo5 mentionsSecretary of State · US diplomat',
      'Adel Abdul Mahdi2 mentionsPrime Minister',
    ]);
    expect(within(screen.getByRole('region', { name: 'Organizations' })).getByText('1 mention')).toBeTruthy();
  });

  it('fires onSelect on click and on Enter', async () => {
    const onSelect = vi.fn();
    render(<ActorList actors={actors} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: /^Iraq/ }));
    expect(onSelect).toHaveBeenLastCalledWith(actors[0]);
    screen.getByRole('button', { name: /^Baghdad/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(actors[4]);
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('the Card button fires onOpenCard (not onSelect); absent without onOpenCard', async () => {
    const onSelect = vi.fn();
    const onOpenCard = vi.fn();
    render(<ActorList actors={actors} onSelect={onSelect} onOpenCard={onOpenCard} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open card for Mike Pompeo' }));
    expect(onOpenCard).toHaveBeenCalledWith(actors[3]);
    expect(onSelect).not.toHaveBeenCalled();
    cleanup();
    render(<ActorList actors={actors} onSelect={onSelect} />);
    expect(screen.queryByRole('button', { name: /Open card/ })).toBeNull();
  });

  it('says so when there are no actors', () => {
    render(<ActorList actors={[]} onSelect={vi.fn()} />);
    expect(screen.getByText('No people, organizations or places found.')).toBeTruthy();
  });

  it('marks the selected actor', () => {
    render(<ActorList actors={analysis.actors} onSelect={vi.fn()} selectedId="a2" />);
    expect(screen.getByRole('button', { name: /^Baghdad/ }).getAttribute('aria-current')).toBe('true');
  });

  it('page text containing markup is shown as text, not HTML', () => {
    const { container } = render(
      <ActorList actors={[{ id: 'h', name: HOSTILE, type: 'person', mentions: m(1), roles: [HOSTILE] }]} onSelect={vi.fn()} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
  });
});

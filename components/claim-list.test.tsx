// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/lib/nlp/types';
import { ClaimList, groupClaims } from './claim-list';
import { HOSTILE, TEXT, analysis } from './test-fixtures';

afterEach(cleanup);

const { actors, claims } = analysis;
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

describe('groupClaims', () => {
  it('groups by resolved actor, else by source words; unattributed last', () => {
    const second: Claim = { ...span('talks will continue'), kind: 'indirect', source: { ...span('Mike Pompeo'), actorId: 'a1', anonymous: false } };
    const bare: Claim = { ...span('Baghdad'), kind: 'direct' };
    const groups = groupClaims([bare, ...claims, second], actors);
    expect(groups.map((g) => [g.label, g.anonymous, g.claims.length])).toEqual([
      ['Mike Pompeo', false, 2],
      ['Two Iraqi security sources', true, 1],
      ['State Department', false, 1],
      ['a senior official', true, 1],
      ['Unattributed', false, 1],
    ]);
  });

  it('two anonymous sources with the same words are one group, case and spacing ignored', () => {
    const a: Claim = { ...span('militias'), kind: 'indirect', source: { ...span('Two Iraqi security sources'), anonymous: true } };
    const b: Claim = { ...span('talks'), kind: 'indirect', source: { start: 0, end: 1, text: 'two  Iraqi security sources', anonymous: true } };
    expect(groupClaims([a, b]).length).toBe(1);
  });
});

describe('ClaimList', () => {
  it('shows each source with its badge, descriptor and claims with cue and kind', () => {
    render(<ClaimList claims={claims} actors={actors} onSelect={vi.fn()} />);
    const anon = screen.getByRole('region', { name: 'Two Iraqi security sources' });
    expect(within(anon).getByText('unnamed source')).toBeTruthy();
    expect(within(anon).getByText('reported speech')).toBeTruthy();
    expect(within(anon).getByText('said')).toBeTruthy();
    expect(within(anon).getByText('militias were moving')).toBeTruthy();
    const official = screen.getByRole('region', { name: 'a senior official' });
    expect(within(official).getByText('unnamed source')).toBeTruthy();
    const pompeo = screen.getByRole('region', { name: 'Mike Pompeo' });
    expect(within(pompeo).getByText('named source')).toBeTruthy();
    expect(within(pompeo).getByText('direct quote')).toBeTruthy();
    const dept = screen.getByRole('region', { name: 'State Department' });
    expect(within(dept).getByText('Declined to comment.')).toBeTruthy();
  });

  it('an anonymous descriptor that adds to the label is shown under it', () => {
    const c: Claim = {
      ...span('militias were moving'),
      kind: 'indirect',
      source: { ...span('officials'), anonymous: true, descriptor: { role: 'officials', qualifiers: ['who spoke on condition of anonymity'] } },
    };
    render(<ClaimList claims={[c]} onSelect={vi.fn()} />);
    expect(screen.getByText('officials, who spoke on condition of anonymity')).toBeTruthy();
  });

  it('fires onSelect on click and Enter', async () => {
    const onSelect = vi.fn();
    render(<ClaimList claims={claims} actors={actors} onSelect={onSelect} />);
    await userEvent.click(screen.getByText('We support Iraq,'));
    expect(onSelect).toHaveBeenLastCalledWith(claims[0]);
    (screen.getByText('talks will continue').closest('button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(claims[3]);
  });

  it('truncates long claims and expands them on "Show more" without selecting', async () => {
    const long = 'The militias were moving toward the border at night and nobody knew why they came.';
    const c: Claim = { start: 0, end: long.length, text: long, kind: 'direct', source: { start: 0, end: 1, text: 'He', anonymous: false } };
    const onSelect = vi.fn();
    render(<ClaimList claims={[c]} onSelect={onSelect} maxLength={30} />);
    expect(screen.getByText('The militias were moving…')).toBeTruthy();
    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(more);
    expect(screen.getByText(long)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('says so when there are no claims', () => {
    render(<ClaimList claims={[]} onSelect={vi.fn()} />);
    expect(screen.getByText('No attributed claims found.')).toBeTruthy();
  });

  it('page text containing markup is shown as text, not HTML', () => {
    const c: Claim = {
      start: 0,
      end: 1,
      text: HOSTILE,
      kind: 'direct',
      cue: { start: 0, end: 1, text: HOSTILE },
      source: { start: 0, end: 1, text: HOSTILE, anonymous: true, descriptor: { role: HOSTILE } },
    };
    const { container } = render(<ClaimList claims={[c]} onSelect={vi.fn()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe(HOSTILE);
  });
});

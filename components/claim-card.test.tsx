// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/lib/nlp/types';
import { ClaimCard } from './claim-card';
import { HOSTILE, analysis } from './test-fixtures';

afterEach(cleanup);

const [quote, anon, noComment, accordingTo] = analysis.claims;

describe('ClaimCard', () => {
  it('named direct quote in plain words: who said it, a "named source" badge, what was said, the name as written', () => {
    render(<ClaimCard claim={quote} sourceName="Mike Pompeo" />);
    expect(screen.getByRole('heading', { name: 'Mike Pompeo' })).toBeTruthy();
    expect(screen.getByText('named source')).toBeTruthy();
    expect(screen.getByText('Mike Pompeo said:')).toBeTruthy();
    expect(screen.getByText('We support Iraq,')).toBeTruthy();
    expect(screen.getByText('direct quote')).toBeTruthy();
    expect(screen.getByText('Written in the article as “Pompeo”.')).toBeTruthy();
    // No jargon from the analysis.
    const text = document.body.textContent!;
    for (const word of ['Cue', 'How many', 'Kind', 'Affiliation']) expect(text).not.toContain(word);
  });

  it('unnamed source: badge, and the article\'s description only when it adds to the heading', () => {
    render(<ClaimCard claim={anon} />);
    expect(screen.getByRole('heading', { name: 'Two Iraqi security sources' })).toBeTruthy();
    expect(screen.getByText('unnamed source')).toBeTruthy();
    expect(screen.getByText('reported speech')).toBeTruthy();
    expect(screen.getByText('Two Iraqi security sources said:')).toBeTruthy();
    // The descriptor ("Two Iraqi security sources") says nothing the heading does not.
    expect(screen.getByText('The article does not name this source.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('How many');
  });

  it('a description that only reorders the heading\'s words is not repeated; the lead starts with a capital', () => {
    const c: Claim = {
      ...anon,
      source: {
        ...anon.source!,
        text: 'a senior Iraqi military source with knowledge of Pompeo’s trip',
        descriptor: { count: 'a', affiliation: 'Iraqi', role: 'senior military source', qualifiers: ['with knowledge of Pompeo’s trip'] },
      },
    };
    render(<ClaimCard claim={c} />);
    expect(screen.getByText('The article does not name this source.')).toBeTruthy();
    expect(screen.getByText('A senior Iraqi military source with knowledge of Pompeo’s trip said:')).toBeTruthy();
  });

  it('"a senior official" never reads "How many: a"; qualifiers are part of the description', () => {
    const c: Claim = {
      ...anon,
      source: { ...anon.source!, text: 'an official', descriptor: { count: 'a', role: 'senior official', qualifiers: ['who spoke on condition of anonymity'] } },
    };
    render(<ClaimCard claim={c} />);
    expect(screen.getByText(/it describes them as/).textContent).toBe(
      'The article does not name this source; it describes them as “a senior official, who spoke on condition of anonymity”.',
    );
  });

  const kinds: [Claim, string][] = [
    [quote, 'direct quote'],
    [anon, 'reported speech'],
    [accordingTo, 'according to'],
    [noComment, 'declined to comment'],
    [{ ...quote, kind: 'mixed' }, 'partial quote'],
  ];
  it.each(kinds)('kind %#: %s', (claim, label) => {
    render(<ClaimCard claim={claim} />);
    expect(screen.getByText(label, { selector: '.dr-badge' })).toBeTruthy();
  });

  it('"according to" reads as a sentence', () => {
    render(<ClaimCard claim={accordingTo} sourceName="Reuters" />);
    expect(screen.getByText('According to Reuters:')).toBeTruthy();
  });

  it('no-comment says who declined', () => {
    render(<ClaimCard claim={noComment} sourceName="State Department" />);
    expect(screen.getByText('State Department declined to comment.')).toBeTruthy();
  });

  it('a claim without a source says so', () => {
    const { source: _s, ...bare } = quote;
    render(<ClaimCard claim={bare} />);
    expect(screen.getByRole('heading', { name: 'No source given' })).toBeTruthy();
    expect(screen.queryByText('named source')).toBeNull();
    expect(screen.getByText('No one is named as the source of this:')).toBeTruthy();
  });

  it('Esc closes; "About" opens the source actor', async () => {
    const onClose = vi.fn();
    const onOpenSource = vi.fn();
    render(<ClaimCard claim={quote} sourceName="Mike Pompeo" onClose={onClose} onOpenSource={onOpenSource} />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'About Mike Pompeo' }));
    expect(onOpenSource).toHaveBeenCalledTimes(1);
  });

  it('page text containing markup is shown as text, not HTML', () => {
    const c: Claim = {
      start: 0,
      end: HOSTILE.length,
      text: HOSTILE,
      kind: 'direct',
      cue: { start: 0, end: 1, text: HOSTILE },
      source: { start: 0, end: 1, text: HOSTILE, anonymous: true, descriptor: { role: HOSTILE, qualifiers: [HOSTILE] } },
    };
    const { container } = render(<ClaimCard claim={c} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe(HOSTILE);
  });
});

describe('ClaimCard: fix the source', () => {
  it('picks another actor, or "no named source" (null)', async () => {
    const onFixSource = vi.fn();
    render(
      <ClaimCard
        claim={quote}
        onFixSource={onFixSource}
        sourceCandidates={[
          { id: 'a1', name: 'Mike Pompeo' },
          { id: 'a9', name: 'Adel Abdul Mahdi' },
        ]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Fix the source' }));
    const select = screen.getByRole('combobox', { name: 'Who said this' }) as HTMLSelectElement;
    expect(select.value).toBe('a1'); // starts at the current source
    await userEvent.selectOptions(select, 'a9');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onFixSource).toHaveBeenLastCalledWith('a9');
    await userEvent.click(screen.getByRole('button', { name: 'Fix the source' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Who said this' }), '');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onFixSource).toHaveBeenLastCalledWith(null);
  });
});

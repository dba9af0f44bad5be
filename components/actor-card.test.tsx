// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCard } from './actor-card';
import { HOSTILE, analysis } from './test-fixtures';

afterEach(cleanup);

const pompeo = analysis.actors[0];

describe('ActorCard', () => {
  it('shows name, type, roles, mentions on this page (count and distinct texts) and aliases', () => {
    render(<ActorCard actor={pompeo} />);
    expect(screen.getByRole('heading', { name: 'Mike Pompeo' })).toBeTruthy();
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText('Secretary of State')).toBeTruthy();
    expect(screen.getByText('2 mentions')).toBeTruthy();
    expect(screen.getByText(': “Mike Pompeo”, “Pompeo”')).toBeTruthy();
    // "Pompeo" is a part of the name: not listed under "Also called".
    expect(screen.queryByText('Also called')).toBeNull();
  });

  it('lists other names, but not parts of the name itself', () => {
    render(<ActorCard actor={{ name: 'United States', type: 'place', aliases: ['US', 'Washington', 'States', 'United States'] }} />);
    expect(screen.getByText('Also called')).toBeTruthy();
    expect(screen.getByText('US, Washington')).toBeTruthy();
  });

  it('one mention is singular; repeated texts are listed once', () => {
    render(
      <ActorCard
        actor={{ name: 'Iraq', type: 'place', mentions: [{ text: 'Iraq' }, { text: 'Iraq' }] }}
      />,
    );
    expect(screen.getByText('2 mentions')).toBeTruthy();
    expect(screen.getByText(': “Iraq”')).toBeTruthy();
    cleanup();
    render(<ActorCard actor={{ name: 'Iraq', type: 'place', mentions: [{ text: 'Iraq' }] }} />);
    expect(screen.getByText('1 mention')).toBeTruthy();
  });

  it('says "No background yet" without a summary, and shows the summary with its source when given', () => {
    render(<ActorCard actor={pompeo} />);
    expect(screen.getByText('No background yet.')).toBeTruthy();
    cleanup();
    render(
      <ActorCard
        actor={pompeo}
        locale="en-US"
        background={{
          text: 'Michael Richard Pompeo is an American politician.',
          url: 'https://en.wikipedia.org/wiki/Mike_Pompeo',
          source: 'Wikipedia',
          fetchedAt: Date.UTC(2026, 10, 24, 12),
        }}
      />,
    );
    expect(screen.getByText('Michael Richard Pompeo is an American politician.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Wikipedia' });
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Mike_Pompeo');
    expect(screen.getByText(/fetched Nov 24, 2026/)).toBeTruthy();
  });

  it('never links a javascript: URL', () => {
    render(
      <ActorCard
        actor={pompeo}
        background={{ text: 'x', url: 'javascript:alert(1)', source: 'Wikipedia', fetchedAt: 0 }}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Wikipedia/)).toBeTruthy();
  });

  it('shows a custom background message (e.g. lookup failed)', () => {
    render(<ActorCard actor={pompeo} backgroundMessage="Wikipedia could not be reached." />);
    expect(screen.getByText('Wikipedia could not be reached.')).toBeTruthy();
    expect(screen.queryByText('No background yet.')).toBeNull();
  });

  it('shows country facts with the flag', () => {
    render(
      <ActorCard
        actor={analysis.actors[2]}
        country={{ capital: 'Baghdad', region: 'Asia', demonym: 'Iraqi', flag: '🇮🇶' }}
      />,
    );
    expect(screen.getByText('Capital')).toBeTruthy();
    expect(screen.getByText('Baghdad')).toBeTruthy();
    expect(screen.getByText('Asia')).toBeTruthy();
    expect(screen.getByText('Iraqi')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'flag' }).textContent).toBe('🇮🇶');
  });

  it('edits the note: Add note -> type -> Save note fires onEditNote with the text', async () => {
    const onEditNote = vi.fn();
    render(<ActorCard actor={pompeo} onEditNote={onEditNote} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your note' }), 'Met him in 2019 ');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(onEditNote).toHaveBeenCalledWith('Met him in 2019');
  });

  it('shows an existing note read-only when there is no onEditNote', () => {
    render(<ActorCard actor={pompeo} note="Former CIA director" />);
    expect(screen.getByText('Former CIA director')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /note/ })).toBeNull();
  });

  it('Esc anywhere closes the card; the close button too', async () => {
    const onClose = vi.fn();
    render(<ActorCard actor={pompeo} onClose={onClose} />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document, { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('Esc while editing the note cancels the edit, not the card', async () => {
    const onClose = vi.fn();
    render(<ActorCard actor={pompeo} onClose={onClose} onEditNote={vi.fn()} note="n" />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit note' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('page text containing markup is shown as text, not HTML', () => {
    const { container } = render(
      <ActorCard
        actor={{ name: HOSTILE, type: 'person', roles: [HOSTILE], aliases: [HOSTILE + '2'], mentions: [{ text: HOSTILE }] }}
        note={HOSTILE}
        background={{ text: HOSTILE, url: 'https://x.test/', source: HOSTILE, fetchedAt: 0 }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    expect(container.textContent).toContain(HOSTILE);
  });
});

describe('ActorCard background lookup', () => {
  it('"Look up on Wikipedia" fires onLookupBackground; while loading it is disabled and says so', async () => {
    const onLookupBackground = vi.fn();
    const { rerender } = render(<ActorCard actor={pompeo} onLookupBackground={onLookupBackground} />);
    await userEvent.click(screen.getByRole('button', { name: 'Look up on Wikipedia' }));
    expect(onLookupBackground).toHaveBeenCalledTimes(1);
    rerender(<ActorCard actor={pompeo} onLookupBackground={onLookupBackground} backgroundLoading />);
    expect(screen.getByRole('status').textContent).toBe('Looking up…');
    expect((screen.getByRole('button', { name: 'Look up on Wikipedia' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a disambiguation asks the user to pick', async () => {
    const onPickBackground = vi.fn();
    render(
      <ActorCard
        actor={{ name: 'Georgia', type: 'place' }}
        backgroundChoices={[
          { title: 'Georgia (country)', description: 'Country in the Caucasus' },
          { title: 'Georgia (U.S. state)', description: 'State of the United States' },
        ]}
        onPickBackground={onPickBackground}
      />,
    );
    expect(screen.getByText('“Georgia” may mean several things. Which one is it?')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Georgia (U.S. state)' }));
    expect(onPickBackground).toHaveBeenCalledWith('Georgia (U.S. state)');
  });

  it('"Not this person" rejects a wrong summary', async () => {
    const onRejectBackground = vi.fn();
    render(
      <ActorCard
        actor={pompeo}
        background={{ text: 'x', url: 'https://en.wikipedia.org/wiki/X', source: 'Wikipedia', fetchedAt: 0 }}
        onRejectBackground={onRejectBackground}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Not this person' }));
    expect(onRejectBackground).toHaveBeenCalledTimes(1);
  });
});

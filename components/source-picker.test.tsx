// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcePicker } from './source-picker';

afterEach(cleanup);

const CHOICES = [
  { id: 'a2', name: 'Baghdad', type: 'place' as const },
  { id: 'a1', name: 'Mike Pompeo', type: 'person' as const },
  { id: 'a3', name: 'State Department', type: 'organization' as const },
];

describe('SourcePicker', () => {
  it('opens from one button with "Unnamed source" and the page\'s actors (people first), the current one checked', async () => {
    const user = userEvent.setup();
    render(<SourcePicker current={null} choices={CHOICES} onPick={vi.fn()} onUndo={vi.fn()} />);
    screen.getByRole('button', { name: 'Wrong source?' }).focus();
    await user.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent!.replace('✓', '').trim())).toEqual(['Unnamed source', 'Mike Pompeo', 'State Department', 'Baghdad']);
    expect(items.map((i) => i.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false', 'false']);
    // Opened from the keyboard: focus starts on the checked item, and arrows move on.
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(items[1]));
  });

  it('a pick is applied with the actor id (or null), says what changed, and Undo hands back the token', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn(async () => 17);
    const onUndo = vi.fn(async () => undefined);
    const onChanged = vi.fn();
    render(<SourcePicker current="a1" choices={CHOICES} onPick={onPick} onUndo={onUndo} onChanged={onChanged} />);
    screen.getByRole('button', { name: 'Wrong source?' }).focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitemradio', { name: 'Unnamed source' }));
    expect(onPick).toHaveBeenCalledWith(null);
    expect((await screen.findByRole('status')).textContent).toBe('Now an unnamed source, on this page.');
    expect(onChanged).toHaveBeenLastCalledWith({ actorId: null, name: null });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledWith(17);
    expect(screen.getByRole('status').textContent).toBe('Undone: back as it was.');
    expect(onChanged).toHaveBeenLastCalledWith(undefined);
  });

  it('says why a fix failed, and can be tried again', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn(async () => {
      throw new Error('This claim is no longer on the page.');
    });
    render(<SourcePicker choices={CHOICES} onPick={onPick} onUndo={vi.fn()} />);
    screen.getByRole('button', { name: 'Wrong source?' }).focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitemradio', { name: 'Mike Pompeo' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not fixed: This claim is no longer on the page.'));
    expect(onPick).toHaveBeenCalledWith('a1');
    expect(screen.getByRole('button', { name: 'Wrong source?' })).toBeTruthy();
  });

  it('a long list: grouped by type under headings, a filter box focused on open that keeps focus while typing, ArrowDown to the first match, Esc back to the button', async () => {
    const user = userEvent.setup();
    const many = [
      ...['Mike Pompeo', 'Adel Abdul Mahdi', 'Donald Trump', 'Ali Khamenei'].map((name, i) => ({ id: `p${i}`, name, type: 'person' as const })),
      ...['US State Department', 'Kataib Hezbollah'].map((name, i) => ({ id: `o${i}`, name, type: 'organization' as const })),
      ...['Iraq', 'United States', 'Iran', 'São Paulo'].map((name, i) => ({ id: `l${i}`, name, type: 'place' as const })),
    ];
    const onPick = vi.fn(async () => 3);
    render(<SourcePicker current={null} choices={many} onPick={onPick} onUndo={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Wrong source?' });
    button.focus();
    await user.keyboard('{Enter}');
    const groups = await screen.findAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-label')).filter(Boolean)).toEqual(['People', 'Organizations', 'Places']);
    const filter = screen.getByRole('searchbox', { name: 'Filter the names' });
    await waitFor(() => expect(document.activeElement).toBe(filter));
    // The box holding the filter is a dialog; the menu inside it holds only the items (a menu may not hold a text box).
    expect(screen.getByRole('dialog', { name: 'Who said this?' }).contains(screen.getByRole('menu'))).toBe(true);
    expect(screen.getByRole('menu').contains(filter)).toBe(false);
    // Typing filters (accents aside) and focus stays in the box: no letter goes to the menu's type-ahead.
    await user.keyboard('sao');
    expect(document.activeElement).toBe(filter);
    const names = () => screen.getAllByRole('menuitemradio').map((i) => i.textContent!.replace('✓', '').trim());
    expect(names()).toEqual(['Unnamed source', 'São Paulo']);
    await user.clear(filter);
    await user.type(filter, 'ira');
    expect(names()).toEqual(['Unnamed source', 'Iraq', 'Iran']);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Iraq'));
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('l0');
    cleanup();
    // Esc closes the menu and gives focus back to its button.
    render(<SourcePicker current={null} choices={many} onPick={onPick} onUndo={vi.fn()} />);
    const again = screen.getByRole('button', { name: 'Wrong source?' });
    again.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox')));
    await user.keyboard('tr{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Wrong source?' })));
  });

  it('a short list has no filter box', async () => {
    const user = userEvent.setup();
    render(<SourcePicker current={null} choices={CHOICES} onPick={vi.fn()} onUndo={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Wrong source?' }));
    await screen.findAllByRole('menuitemradio');
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

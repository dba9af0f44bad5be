// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorQuickFix } from './quick-fix';

afterEach(cleanup);

describe('ActorQuickFix', () => {
  it('offers the two other types and "Not a name"; a fix says what changed and can be undone', async () => {
    const onChangeType = vi.fn(async () => 42);
    const onUndo = vi.fn(async () => undefined);
    render(<ActorQuickFix type="place" onChangeType={onChangeType} onNotActor={vi.fn()} onUndo={onUndo} />);
    expect(screen.getByRole('heading', { name: 'Not a place?' })).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent!.trim())).toEqual(['Person', 'Organization', 'Not a name']);
    await userEvent.click(screen.getByRole('button', { name: 'Organization' }));
    expect(onChangeType).toHaveBeenCalledWith('organization');
    expect(screen.getByRole('status').textContent).toBe('Now marked as an organization, here and on later pages.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledWith(42);
    expect(screen.getByRole('status').textContent).toBe('Undone: back as it was.');
  });

  it('a failure is said in words, and the buttons come back', async () => {
    const onNotActor = vi.fn(async () => {
      throw new Error('This card is no longer on the page.');
    });
    render(<ActorQuickFix type="organization" onChangeType={vi.fn()} onNotActor={onNotActor} onUndo={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Not an organization?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Not a name' }));
    expect(screen.getByRole('alert').textContent).toBe('Not fixed: This card is no longer on the page.');
    expect((screen.getByRole('button', { name: 'Not a name' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

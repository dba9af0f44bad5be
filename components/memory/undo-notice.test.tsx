// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoNotice } from './undo-notice';

afterEach(cleanup);

describe('UndoNotice', () => {
  it('says what went and takes the focus on Undo (the forgotten row is gone from under it)', () => {
    const undo = vi.fn();
    render(<UndoNotice notice={{ text: 'Forgot 2 articles from valley.example.', onUndo: undo }} onDismiss={() => undefined} />);
    expect(screen.getByRole('status').textContent).toContain('Forgot 2 articles from valley.example.');
    const button = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(undo).toHaveBeenCalledOnce();
  });

  it('Escape or × dismisses; without Undo, nothing takes the focus', () => {
    const dismiss = vi.fn();
    render(<UndoNotice notice={{ text: 'Put back 2 articles.' }} onDismiss={dismiss} />);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(screen.getByText('Put back 2 articles.'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(dismiss).toHaveBeenCalledTimes(2);
  });

  it('no notice: an empty live region, ready to announce the next', () => {
    render(<UndoNotice notice={null} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

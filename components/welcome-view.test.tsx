// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeView } from './welcome-view';

afterEach(cleanup);

describe('WelcomeView', () => {
  it('explains every mark, shows each once in an example, and names the real shortcuts', async () => {
    const onOpenOptions = vi.fn();
    const { container } = render(
      <WelcomeView shortcuts={{ 'next-mark': 'Alt+Shift+J', 'save-article': 'Alt+Shift+S' }} onOpenOptions={onOpenOptions} onOpenLibrary={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Dramatis' })).toBeTruthy();
    expect(screen.getByText(/does not name, such as “officials”/)).toBeTruthy();
    const example = container.querySelector('.dr-welcome__example')!;
    expect(example.querySelectorAll('.dr-mark-sample').length).toBe(5);
    expect(screen.getByText('Alt+Shift+J').tagName).toBe('KBD');
    expect(screen.getByText('Alt+Shift+S').tagName).toBe('KBD');
    // A command without a shortcut (the browser gave it none) is described, not shown as an empty key.
    expect(screen.getByText('another')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
});

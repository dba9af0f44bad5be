// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

afterEach(cleanup);

function Bomb({ explode }: { explode: boolean }) {
  if (explode) throw new RangeError('Invalid time value');
  return <p>fine</p>;
}

describe('ErrorBoundary', () => {
  it('shows the fallback with the error instead of the children that threw, and renders again when a reset key changes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fallback = (e: Error) => <p role="alert">cannot show: {e.message}</p>;
    const { rerender } = render(
      <ErrorBoundary resetKeys={['#/article/1']} fallback={fallback}>
        <Bomb explode />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe('cannot show: Invalid time value');
    // Same key: still the fallback even though the child would now render.
    rerender(
      <ErrorBoundary resetKeys={['#/article/1']} fallback={fallback}>
        <Bomb explode={false} />
      </ErrorBoundary>,
    );
    expect(screen.queryByText('fine')).toBeNull();
    rerender(
      <ErrorBoundary resetKeys={['#/']} fallback={fallback}>
        <Bomb explode={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    quiet.mockRestore();
    warn.mockRestore();
  });
});

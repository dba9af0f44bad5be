// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEscape } from './use-escape';

afterEach(cleanup);

function Probe({ onEscape }: { onEscape?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEscape(ref, onEscape);
  return <div ref={ref}>probe</div>;
}

describe('useEscape', () => {
  it('calls the latest handler on Escape, not on other keys', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(<Probe onEscape={first} />);
    fireEvent.keyDown(document, { key: 'a' });
    fireEvent.keyDown(document, { key: 'Escape' });
    rerender(<Probe onEscape={second} />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unmounted or when the handler is removed', () => {
    const onEscape = vi.fn();
    const { rerender, unmount } = render(<Probe onEscape={onEscape} />);
    rerender(<Probe />);
    fireEvent.keyDown(document, { key: 'Escape' });
    rerender(<Probe onEscape={onEscape} />);
    unmount();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onEscape).not.toHaveBeenCalled();
  });

  it('ignores an Escape a control already handled (preventDefault)', () => {
    const onEscape = vi.fn();
    render(<Probe onEscape={onEscape} />);
    const e = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true, bubbles: true });
    e.preventDefault();
    document.dispatchEvent(e);
    expect(onEscape).not.toHaveBeenCalled();
  });
});

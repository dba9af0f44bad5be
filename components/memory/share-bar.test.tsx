// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { percent, ShareBar, shareWords } from './share-bar';

afterEach(cleanup);

describe('shareWords and percent', () => {
  it('the ratio in words, with the share rounded', () => {
    expect(shareWords(3, 7)).toBe('3 of 7 claims anonymous (43%)');
    expect(shareWords(1, 3)).toBe('1 of 3 claims anonymous (33%)');
    expect(shareWords(0, 4)).toBe('none of 4 claims anonymous');
    expect(shareWords(0, 1)).toBe('none of 1 claim anonymous');
    expect(shareWords(5, 5)).toBe('all 5 claims anonymous (100%)');
    expect(shareWords(1, 1)).toBe('1 claim, anonymous (100%)');
    expect(shareWords(0, 0)).toBe('no claims');
  });

  it('a few anonymous claims among many never read as 0%', () => {
    expect(shareWords(1, 400)).toBe('1 of 400 claims anonymous (<1%)');
    expect(percent(0.004)).toBe('<1%');
    expect(percent(0)).toBe('0%');
    expect(percent(0.995)).toBe('100%');
  });
});

describe('ShareBar', () => {
  it('draws the share and the average as widths, and says it in words (the bar is hidden from screen readers)', () => {
    const { container } = render(<ShareBar anonymous={1} claims={4} average={0.5} />);
    expect(container.textContent).toBe('1 of 4 claims anonymous (25%)');
    expect((container.querySelector('.dr-share__fill') as HTMLElement).style.width).toBe('25%');
    expect((container.querySelector('.dr-share__mark') as HTMLElement).style.left).toBe('50%');
    expect(container.querySelector('.dr-share__bar')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('no claims: an empty bar', () => {
    const { container } = render(<ShareBar anonymous={0} claims={0} />);
    expect((container.querySelector('.dr-share__fill') as HTMLElement).style.width).toBe('0%');
    expect(container.querySelector('.dr-share__mark')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcingSummary } from './sourcing-summary';

afterEach(cleanup);

describe('SourcingSummary', () => {
  it.each([
    [0, 0, 'No attributed claims found'],
    [1, 1, '1 claim, from an anonymous source'],
    [11, 6, '11 claims, 6 from anonymous sources'],
  ])('%i/%i -> %s', (claims, anonymous, text) => {
    render(<SourcingSummary claims={claims} anonymous={anonymous} />);
    expect(screen.getByText(text).tagName).toBe('P');
  });
});

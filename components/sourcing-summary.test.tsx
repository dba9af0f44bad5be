// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcingSummary, sourcingSentence } from './sourcing-summary';

afterEach(cleanup);

describe('SourcingSummary', () => {
  it.each([
    [0, 0, undefined, 'No attributed claims found'],
    [1, 1, 1, '1 claim from 1 source, an unnamed one'],
    [11, 6, 7, '11 claims from 7 sources, 6 of them from unnamed sources'],
    [11, 6, undefined, '11 claims, 6 of them from unnamed sources'],
    [3, 3, 2, '3 claims from 2 sources, all unnamed'],
    [5, 0, 3, '5 claims from 3 sources, all named'],
  ])('%i claims, %i unnamed, %s sources -> %s', (claims, anonymous, sources, text) => {
    expect(sourcingSentence(claims, anonymous, sources)).toBe(text);
    render(<SourcingSummary claims={claims} anonymous={anonymous} sources={sources} />);
    expect(screen.getByText(text).tagName).toBe('P');
  });
});

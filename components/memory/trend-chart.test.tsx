// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { monthLabel, monthsToDraw, nextMonth, previousMonth, TrendChart } from './trend-chart';

afterEach(cleanup);

const m = (month: string, articles: number, claims: number, anonymousShare: number) => ({ month, articles, claims, anonymousShare });

describe('months', () => {
  it('steps across years', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(monthLabel('2026-03', 'en-US')).toBe('Mar 2026');
  });

  it('draws every month from the first to the last, and at least three, padding before the first', () => {
    expect(monthsToDraw([m('2026-05', 1, 2, 0.5)]).map((x) => [x.month, x.claims])).toEqual([
      ['2026-03', 0],
      ['2026-04', 0],
      ['2026-05', 2],
    ]);
    expect(monthsToDraw([m('2025-11', 2, 4, 0.25), m('2026-02', 1, 1, 1)]).map((x) => x.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsToDraw([])).toEqual([]);
  });
});

describe('TrendChart', () => {
  it('every month read in a visible table: articles, claims, the anonymous share', () => {
    render(<TrendChart trend={[m('2026-03', 2, 7, 3 / 7), m('2026-04', 1, 0, 0)]} label="Valley Courier per month" locale="en-US" />);
    const table = screen.getByRole('table', { name: 'Valley Courier per month' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['MonthArticlesClaimsAnonymous', 'Mar 20262743%', 'Apr 202610–']);
  });
});

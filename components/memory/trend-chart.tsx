/**
 * An outlet's trend per month: the anonymous share as bars (uPlot, the chart library the weekly chart already uses;
 * colours from the theme's custom properties, redrawn when the colour scheme changes), and every number in a table
 * beside it (months, articles, claims, anonymous share), visible, not only for screen readers.
 */
import { useRef } from 'react';
import uPlot from 'uplot';
import { percent } from './share-bar';
import { themeColour, useThemedPlot } from './themed-plot';

export interface MonthTrend {
  /** "2026-03" (UTC). */
  month: string;
  articles: number;
  claims: number;
  anonymousShare: number;
}

const MIN_MONTHS = 3;

/** Seconds at 00:00 UTC on the first of "2026-03". */
export function monthStart(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y, m - 1, 1) / 1000;
}

/** "2026-02" for "2026-03". */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 2, 1));
  return d.toISOString().slice(0, 7);
}

/** "Mar 2026" in the locale (UTC). */
export function monthLabel(month: string, locale?: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(monthStart(month) * 1000));
  } catch {
    return month;
  }
}

/** "2026-04" for "2026-03". */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

/**
 * The months to draw, oldest first: every month from the first to the last (those without reading empty), and at least
 * `min` of them, the extra ones before the first (never months still to come).
 */
export function monthsToDraw(trend: readonly MonthTrend[], min = MIN_MONTHS): MonthTrend[] {
  if (trend.length === 0) return [];
  const byMonth = new Map(trend.map((m) => [m.month, m]));
  const sorted = [...byMonth.keys()].sort();
  const out: MonthTrend[] = [];
  for (let m = sorted[0]; m <= sorted[sorted.length - 1]; m = nextMonth(m)) out.push(byMonth.get(m) ?? { month: m, articles: 0, claims: 0, anonymousShare: 0 });
  while (out.length < min) out.unshift({ month: previousMonth(out[0].month), articles: 0, claims: 0, anonymousShare: 0 });
  return out;
}

export function TrendChart({ trend, label, locale, height = 120 }: { trend: readonly MonthTrend[]; label: string; locale?: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useThemedPlot(
    box,
    (el) => {
      if (trend.length === 0) return null;
      const shown = monthsToDraw(trend);
      const fg = themeColour(el, '--dr-fg-muted', '#5b6270');
      const grid = themeColour(el, '--dr-border', '#d8dce3');
      const colour = themeColour(el, '--dr-anon', '#8f2d00');
      const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
      // Months are evenly spaced categories (index 0..n-1), labelled with their names: a time axis put its ticks
      // between months and named some twice.
      const xs = shown.map((_m, i) => i);
      const widthPx = Math.max(200, Math.min(560, el.clientWidth || 560));
      const every = Math.max(1, Math.ceil(shown.length / Math.max(1, Math.floor((widthPx - 50) / 72))));
      return {
        options: {
          width: widthPx,
          height,
          legend: { show: false },
          cursor: { show: false },
          scales: {
            x: { time: false, range: () => [-0.5, shown.length - 0.5] },
            y: { range: () => [0, 100] },
          },
          axes: [
            {
              ...axis,
              splits: () => xs.filter((i) => (shown.length - 1 - i) % every === 0),
              values: (_u, splits) => splits.map((i) => (shown[i] ? monthLabel(shown[i].month, locale) : '')),
            },
            { ...axis, size: 48, splits: () => [0, 50, 100], values: (_u, splits) => splits.map((v) => `${v}%`) },
          ],
          series: [
            {},
            { label: 'Anonymous share', points: { show: false }, stroke: colour, fill: `${colour}66`, width: 1, paths: uPlot.paths.bars!({ size: [0.7, 40] }) },
          ],
        },
        // A month without claims has no share: no bar (null), not a bar at 0.
        data: [xs, shown.map((m) => (m.claims ? Math.round(m.anonymousShare * 1000) / 10 : null))],
      };
    },
    'trend chart',
    [trend, height, locale],
  );
  return (
    <figure className="dr-trend">
      <div ref={box} className="dr-trend__plot" aria-hidden="true" />
      <table className="dr-table">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Articles</th>
            <th scope="col">Claims</th>
            <th scope="col">Anonymous</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month, locale)}</th>
              <td>{m.articles}</td>
              <td>{m.claims}</td>
              <td>{m.claims ? percent(m.anonymousShare) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

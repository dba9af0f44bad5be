/**
 * Mentions per week as a small bar chart (uPlot 1.6.32, MIT, pinned: about 50 KB minified, draws on a canvas, no
 * network, no styles of its own beyond its CSS). Colours come from the theme's custom properties when the chart is
 * drawn and again when the colour scheme changes, so it follows dark mode. The same numbers are in a table for screen
 * readers (and where a canvas cannot be drawn, e.g. in tests).
 */
import { useRef } from 'react';
import uPlot from 'uplot';
import { formatDate } from '../format';
import { themeColour, useThemedPlot } from './themed-plot';

export interface WeekCount {
  /** Monday 00:00 UTC, ms. */
  week: number;
  mentions: number;
  articles: number;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
const MIN_WEEKS = 4;

export function WeeklyChart({ weeks, label, locale, width = 560, height = 140 }: { weeks: readonly WeekCount[]; label: string; locale?: string; width?: number; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useThemedPlot(
    box,
    (el) => {
      if (weeks.length === 0) return null;
      // At least MIN_WEEKS bars (empty weeks before the first, never weeks still to come): uPlot spreads a single week
      // over years of axis.
      const shown = [...weeks];
      while (shown.length < MIN_WEEKS) shown.unshift({ week: shown[0].week - WEEK_MS, mentions: 0, articles: 0 });
      const fg = themeColour(el, '--dr-fg-muted', '#5b6270');
      const grid = themeColour(el, '--dr-border', '#d8dce3');
      const accent = themeColour(el, '--dr-accent', '#2f5bd3');
      const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
      return {
        options: {
          width: Math.min(width, el.clientWidth || width),
          height,
          legend: { show: false },
          cursor: { show: false },
          scales: {
            // Half a week either side, so the first and last bars are drawn whole.
            x: { time: true, range: (_u, min, max) => [min - WEEK_MS / 2000, max + WEEK_MS / 2000] },
            y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
          },
          axes: [axis, { ...axis, size: 36 }],
          series: [{}, { label: 'Mentions', points: { show: false }, stroke: accent, fill: `${accent}55`, width: 1, paths: uPlot.paths.bars!({ size: [0.8, 24] }) }],
        },
        // A week with no mentions is a gap (null), not a zero-height bar that uPlot still outlines as a line.
        data: [shown.map((w) => w.week / 1000), shown.map((w) => w.mentions || null)],
      };
    },
    'weekly chart',
    [weeks, width, height],
  );
  return (
    <figure className="dr-memory__chart">
      <div ref={box} aria-hidden="true" />
      <figcaption className="dr-visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Mentions</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <td>{formatDate(w.week, locale, 'UTC')}</td>
                <td>{w.mentions}</td>
                <td>{w.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

/**
 * The life of a uPlot chart in an extension page (the weekly chart and the outlet's trend): drawn on a canvas when there
 * is one, with colours read from the theme's custom properties, drawn again when the colour scheme changes (dark mode),
 * destroyed with its component. A chart that cannot be drawn is only a warning: its table carries the same numbers.
 */
import { useEffect, type DependencyList, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A theme colour of `el` (a custom property), or `fallback` where the page does not set it. */
export function themeColour(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

function canDraw(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

/** Draws `build(el)` into `box` (nothing when it returns null), again on each colour-scheme change. */
export function useThemedPlot(
  box: RefObject<HTMLDivElement | null>,
  build: (el: HTMLDivElement) => { options: uPlot.Options; data: uPlot.AlignedData } | null,
  what: string,
  deps: DependencyList,
): void {
  useEffect(() => {
    const el = box.current;
    // No canvas here (a test DOM): the chart's table carries the same numbers.
    if (!el || !canDraw()) return;
    let plot: uPlot | null = null;
    const draw = () => {
      plot?.destroy();
      plot = null;
      try {
        const chart = build(el);
        if (chart) plot = new uPlot(chart.options, chart.data, el);
      } catch (error) {
        console.warn(`Dramatis: the ${what} could not be drawn:`, error);
      }
    };
    draw();
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener?.('change', draw);
    return () => {
      scheme?.removeEventListener?.('change', draw);
      plot?.destroy();
    };
    // The caller's dependencies decide when the chart is rebuilt (build is a new closure each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

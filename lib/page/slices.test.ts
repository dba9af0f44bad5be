// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildSpans, type PaintSpan } from './paint';
import { buildSpansInSlices } from './slices';
import { buildTextMap } from './text-map';

function page(words: number) {
  document.body.innerHTML = `<article>${Array.from({ length: words }, (_, i) => `<p>Word${i} said.</p>`).join('')}</article>`;
  const map = buildTextMap(document.querySelector('article')!);
  const spans: PaintSpan<string>[] = [];
  for (let i = words - 1; i >= 0; i--) {
    const start = map.text.indexOf(`Word${i} `);
    spans.push({ kind: 'person', start, end: start + `Word${i}`.length, data: `a${i}` });
  }
  return { map, spans };
}

describe('buildSpansInSlices', () => {
  it('builds the same spans as buildSpans (sorted, same ranges), yielding between slices', async () => {
    const { map, spans } = page(300);
    let clock = 0;
    let yields = 0;
    // The clock is read at the start, at every 32nd span (9 times for 300) and after each yield, and moves 5 ms per
    // read: a slice of 8 ms is over at every second check, so it yields 4 times (at spans 64, 128, 192, 256).
    const sliced = await buildSpansInSlices(map, spans, { now: () => (clock += 5), yield: async () => void yields++, sliceMs: 8 });
    const whole = buildSpans(map, spans);
    expect(sliced.map((s) => [s.start, s.end, s.data, s.range.toString()])).toEqual(whole.map((s) => [s.start, s.end, s.data, s.range.toString()]));
    expect(yields).toBe(4);
  });

  it('does not yield when the work fits in one slice, and stops when aborted', async () => {
    const { map, spans } = page(100);
    let yields = 0;
    const all = await buildSpansInSlices(map, spans, { now: () => 0, yield: async () => void yields++ });
    expect(yields).toBe(0);
    expect(all).toHaveLength(100);
    const controller = new AbortController();
    controller.abort();
    expect(await buildSpansInSlices(map, spans, { signal: controller.signal })).toEqual([]);
  });
});

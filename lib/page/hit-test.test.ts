// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pickSpan, spanAtPoint, spansAtOffset } from './hit-test';
import { buildSpans, type PaintSpan } from './paint';
import { buildTextMap } from './text-map';

describe('spansAtOffset (binary search over sorted spans)', () => {
  // sorted by start, longer first when equal; nested: claim [0,30) contains actor [5,11)
  const spans = [
    { start: 0, end: 30, kind: 'claim-named' as const },
    { start: 5, end: 11, kind: 'person' as const },
    { start: 40, end: 47, kind: 'place' as const },
    { start: 47, end: 50, kind: 'place' as const },
  ];
  const cases: [number, number[]][] = [
    [0, [0]],
    [5, [0, 5]],
    [10, [0, 5]],
    [11, [0]],
    [29, [0]],
    [30, []],
    [39, []],
    [46, [40]],
    [47, [47]], // end is exclusive
    [50, []],
    [-1, []],
  ];
  for (const [offset, starts] of cases) {
    it(`offset ${offset}`, () => expect(spansAtOffset(spans, offset).map((s) => s.start).sort((a, b) => a - b)).toEqual(starts));
  }
  it('pickSpan prefers actors over claims, then the shortest', () => {
    expect(pickSpan([spans[0], spans[1]])).toBe(spans[1]);
    expect(pickSpan([{ start: 0, end: 9, kind: 'place' as const }, { start: 2, end: 5, kind: 'person' as const }])!.start).toBe(2);
    expect(pickSpan([])).toBeNull();
  });
});

describe('spanAtPoint', () => {
  type Rect = { left: number; right: number; top: number; bottom: number };
  const saved = (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  afterEach(() => {
    (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = saved;
  });

  function setup() {
    document.body.innerHTML = '<div id="root"><p>“We are ready,” said <b>Mike Pompeo</b> in Baghdad.</p></div>';
    const map = buildTextMap(document.getElementById('root')!);
    // text: '“We are ready,” said Mike Pompeo in Baghdad.'
    const input: PaintSpan<string>[] = [
      { kind: 'claim-named', start: 0, end: 15, data: 'claim' },
      { kind: 'person', start: 21, end: 32, data: 'pompeo' },
      { kind: 'place', start: 36, end: 43, data: 'baghdad' },
    ];
    const spans = buildSpans(map, input);
    // Fake layout: one line, 10px per character, y 0..20.
    const rectOf = (s: { start: number; end: number }): Rect => ({ left: s.start * 10, right: s.end * 10, top: 0, bottom: 20 });
    for (const s of spans) (s.range as unknown as { getClientRects: () => Rect[] }).getClientRects = () => [rectOf(s)];
    // Fake caret: x -> character boundary (rounding like a caret), only on the line; the text is in 3 nodes.
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number, y: number) => {
      const text = map.text;
      const off = Math.max(0, Math.min(text.length, Math.round(x / 10)));
      if (y > 20) return { offsetNode: document.getElementById('root')!, offset: 1 }; // below the paragraph
      // find node/offset for text offset `off`
      for (const seg of map.segments) {
        if (off >= seg.start && off < seg.end) return { offsetNode: seg.node, offset: seg.offsets[off - seg.start] };
      }
      const last = map.segments[map.segments.length - 1];
      return { offsetNode: last.node, offset: last.node.data.length };
    };
    return { map, spans };
  }

  it('finds the actor under the pointer, the actor inside a claim, the claim elsewhere, nothing in plain text', () => {
    const { map, spans } = setup();
    expect(map.text).toBe('“We are ready,” said Mike Pompeo in Baghdad.');
    const at = (x: number, y = 10) => spanAtPoint(x, y, { map, spans, registry: null })?.data ?? null;
    expect(at(255)).toBe('pompeo'); // inside "Mike Pompeo" (chars 21..32)
    expect(at(215)).toBe('pompeo'); // left half of "M"
    expect(at(50)).toBe('claim'); // inside the quote
    expect(at(185)).toBeNull(); // "said"
    expect(at(400)).toBe('baghdad');
    expect(at(600)).toBeNull(); // past the end of the line: caret is at the end, but no rect contains the point
    expect(at(255, 40)).toBeNull(); // below the text
  });

  it('positional form spanAtPoint(document, x, y, map, spans) gives the same answers', () => {
    const { map, spans } = setup();
    expect(spanAtPoint(document, 255, 10, map, spans)?.data).toBe('pompeo');
    expect(spanAtPoint(document, 185, 10, map, spans)).toBeNull();
  });

  it('uses highlightsFromPoint ranges when the browser gives them', () => {
    const { map, spans } = setup();
    const registry = { highlightsFromPoint: () => [{ highlight: 'h-claim', ranges: [spans[0].range] }, { highlight: 'h-person', ranges: [spans[1].range] }] };
    expect(spanAtPoint(0, 0, { map, spans, registry })?.data).toBe('pompeo');
    expect(spanAtPoint(0, 0, { map, spans, registry: { highlightsFromPoint: () => [] } })).toBeNull();
  });

  it('highlightsFromPoint without ranges: caret path restricted to the kinds it reported', () => {
    const { map, spans } = setup();
    const registry = { highlightsFromPoint: () => ['h-claim'] };
    const kindOfHighlight = (h: unknown) => (h === 'h-claim' ? ('claim-named' as const) : null);
    expect(spanAtPoint(50, 10, { map, spans, registry, kindOfHighlight })?.data).toBe('claim');
    // only a page's own highlight under the point: nothing
    expect(spanAtPoint(50, 10, { map, spans, registry: { highlightsFromPoint: () => ['page-thing'] }, kindOfHighlight })).toBeNull();
  });
});


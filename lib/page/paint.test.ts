// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../nlp/types';
import { buildTextMap } from './text-map';
import { HIGHLIGHT_CSS, HIGHLIGHT_KINDS, Painter, buildSpans, flattenClaims, highlightName, installHighlightStyles, rangesByKind, spansFromAnalysis, type PaintSpan } from './paint';

class FakeHighlight {
  priority = 0;
  ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}
const fakeRegistry = () => new Map<string, unknown>();

function setup(html: string) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return buildTextMap(document.getElementById('root')!);
}

const TEXT_HTML = '<p>Mike <b>Pompeo</b> met officials in <a href="#">Baghdad</a>.</p><p>“It was clear,” a source said.</p>';
// text: 'Mike Pompeo met officials in Baghdad.\n\n“It was clear,” a source said.'
const ANALYSIS: Analysis = {
  schema: 1,
  actors: [
    { id: 'a1', name: 'Mike Pompeo', type: 'person', mentions: [{ start: 0, end: 11, text: 'Mike Pompeo' }], references: [] },
    { id: 'a2', name: 'Baghdad', type: 'place', mentions: [{ start: 29, end: 36, text: 'Baghdad' }] },
  ],
  claims: [{ start: 39, end: 54, text: '“It was clear,”', kind: 'direct', source: { start: 55, end: 63, text: 'a source', anonymous: true } }],
  profile: { claims: 1, anonymous: 1, sources: [{ text: 'a source', anonymous: true, claims: 1 }] },
};

afterEach(() => vi.useRealTimers());

describe('spansFromAnalysis + buildSpans', () => {
  it('one span per mention and claim, with kinds and live ranges over the right words', () => {
    const map = setup(TEXT_HTML);
    expect(map.text).toBe('Mike Pompeo met officials in Baghdad.\n\n“It was clear,” a source said.');
    const spans = buildSpans(map, spansFromAnalysis(ANALYSIS));
    expect(spans.map((s) => [s.kind, s.range.toString()])).toEqual([
      ['person', 'Mike Pompeo'],
      ['place', 'Baghdad'],
      ['claim-anonymous', '“It was clear,”'],
    ]);
    expect(spans[0].data).toEqual({ type: 'actor', actorId: 'a1', mention: 0 });
    expect(spans[2].data).toEqual({ type: 'claim', claim: 0 });
  });

  it('named source -> claim-named; kinds filter; stale spans dropped', () => {
    const map = setup(TEXT_HTML);
    const named: Analysis = { ...ANALYSIS, claims: [{ ...ANALYSIS.claims[0], source: { start: 55, end: 63, text: 'Pompeo', anonymous: false } }] };
    expect(spansFromAnalysis(named).map((s) => s.kind)).toEqual(['person', 'place', 'claim-named']);
    expect(spansFromAnalysis(ANALYSIS, { kinds: ['place'] }).map((s) => s.kind)).toEqual(['place']);
    expect(buildSpans(map, [{ kind: 'person', start: 60, end: 999 }])).toEqual([]);
  });

  it('groups ranges by kind', () => {
    const map = setup(TEXT_HTML);
    const byKind = rangesByKind(buildSpans(map, spansFromAnalysis(ANALYSIS)));
    expect([...byKind.keys()].sort()).toEqual(['claim-anonymous', 'person', 'place']);
  });
});

describe('Painter (fake registry)', () => {
  function painted() {
    const map = setup(TEXT_HTML);
    const registry = fakeRegistry();
    const controller = new AbortController();
    const painter = new Painter({ registry, Highlight: FakeHighlight, signal: controller.signal, reassertMs: 0 });
    painter.paint(buildSpans(map, spansFromAnalysis(ANALYSIS)));
    return { map, registry, controller, painter };
  }

  it('registers one dramatis-<kind> highlight per kind, claims below actors', () => {
    const { registry } = painted();
    expect([...registry.keys()].sort()).toEqual(['dramatis-claim-anonymous', 'dramatis-person', 'dramatis-place']);
    const person = registry.get('dramatis-person') as FakeHighlight;
    const claim = registry.get('dramatis-claim-anonymous') as FakeHighlight;
    expect(person.ranges.map(String)).toEqual(['Mike Pompeo']);
    expect(person.priority).toBeGreaterThan(claim.priority);
  });

  it('does not touch the DOM', () => {
    const map = setup(TEXT_HTML);
    const before = document.body.innerHTML;
    const painter = new Painter({ registry: fakeRegistry(), Highlight: FakeHighlight, reassertMs: 0 });
    painter.paint(buildSpans(map, spansFromAnalysis(ANALYSIS)));
    painter.flash([painter.painted[0].range]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('re-asserts highlights the page deleted or replaced, leaves other names alone', () => {
    const { registry, painter } = painted();
    const mine = registry.get('dramatis-person');
    registry.delete('dramatis-person');
    registry.set('dramatis-place', 'page junk');
    registry.set('page-own', 'theirs');
    painter.reassert();
    expect(registry.get('dramatis-person')).toBe(mine);
    expect(registry.get('dramatis-place')).toBeInstanceOf(FakeHighlight);
    expect(registry.get('page-own')).toBe('theirs');
  });

  it('re-asserts on its timer until aborted, then removes its highlights', () => {
    vi.useFakeTimers();
    setup(TEXT_HTML);
    const map = buildTextMap(document.getElementById('root')!);
    const registry = fakeRegistry();
    const controller = new AbortController();
    const painter = new Painter({ registry, Highlight: FakeHighlight, signal: controller.signal, reassertMs: 1000 });
    painter.paint(buildSpans(map, spansFromAnalysis(ANALYSIS)));
    registry.clear();
    vi.advanceTimersByTime(1000);
    expect(registry.has('dramatis-person')).toBe(true);
    controller.abort();
    expect(registry.size).toBe(0);
    registry.set('dramatis-person', 'x');
    vi.advanceTimersByTime(5000);
    expect(registry.get('dramatis-person')).toBe('x'); // no longer re-asserted, and not deleted (not ours)
    painter.paint(buildSpans(map, spansFromAnalysis(ANALYSIS)));
    expect(registry.get('dramatis-person')).toBe('x'); // aborted painters do nothing
  });

  it('hide and show', () => {
    const { registry, painter } = painted();
    painter.setHidden(true);
    expect(registry.size).toBe(0);
    painter.reassert();
    expect(registry.size).toBe(0);
    painter.setHidden(false);
    expect(registry.size).toBe(3);
  });

  it('repaint replaces, clear removes', () => {
    const { map, registry, painter } = painted();
    painter.paint(buildSpans(map, [{ kind: 'organization', start: 0, end: 4 }]));
    expect([...registry.keys()]).toEqual(['dramatis-organization']);
    expect(painter.painted).toHaveLength(1);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(painter.painted).toHaveLength(0);
  });

  it('flash shows then goes away by itself', () => {
    vi.useFakeTimers();
    const { registry, painter } = painted();
    painter.flash([painter.painted[1].range], 1500);
    expect((registry.get('dramatis-flash') as FakeHighlight).ranges.map(String)).toEqual(['Baghdad']);
    vi.advanceTimersByTime(1500);
    expect(registry.has('dramatis-flash')).toBe(false);
    expect(registry.has('dramatis-place')).toBe(true);
  });

  it('without the API (happy-dom has no CSS.highlights) it is a safe no-op', () => {
    const map = setup(TEXT_HTML);
    const painter = new Painter({ reassertMs: 0 });
    expect(painter.supported).toBe(false);
    painter.paint(buildSpans(map, spansFromAnalysis(ANALYSIS)));
    painter.flash([painter.painted[0].range]);
    painter.setHidden(true);
    painter.clear();
  });
});

describe('flattenClaims: one claim underline per character', () => {
  const pieces = (spans: PaintSpan<string>[]) => flattenClaims(spans).map((s) => [s.kind, s.start, s.end, s.data]);

  it('a quote nested in a longer claim: the inner one is drawn over its words, the outer one around it, never both', () => {
    // outer: 0..100 (named), inner quote: 40..60 (anonymous)
    expect(
      pieces([
        { kind: 'claim-named', start: 0, end: 100, data: 'outer' },
        { kind: 'claim-anonymous', start: 40, end: 60, data: 'inner' },
      ]),
    ).toEqual([
      ['claim-named', 0, 40, 'outer'],
      ['claim-anonymous', 40, 60, 'inner'],
      ['claim-named', 60, 100, 'outer'],
    ]);
  });

  it('two claims that overlap: the shorter one wins the shared words; a gap stays undrawn', () => {
    expect(
      pieces([
        { kind: 'claim-named', start: 0, end: 30, data: 'a' },
        { kind: 'claim-anonymous', start: 20, end: 40, data: 'b' },
        { kind: 'claim-named', start: 50, end: 55, data: 'c' },
      ]),
    ).toEqual([
      ['claim-named', 0, 20, 'a'],
      ['claim-anonymous', 20, 40, 'b'],
      ['claim-named', 50, 55, 'c'],
    ]);
  });

  it('claims that do not touch and actors pass through unchanged (actors first)', () => {
    const spans: PaintSpan<string>[] = [
      { kind: 'claim-named', start: 0, end: 10, data: 'a' },
      { kind: 'person', start: 2, end: 6, data: 'p' },
      { kind: 'claim-anonymous', start: 12, end: 20, data: 'b' },
    ];
    expect(pieces(spans)).toEqual([
      ['person', 2, 6, 'p'],
      ['claim-named', 0, 10, 'a'],
      ['claim-anonymous', 12, 20, 'b'],
    ]);
  });

  it('the painter draws the flattened pieces but hit-tests the full spans', () => {
    document.body.innerHTML = '<div id="root"><p>He said that the plan, “which nobody likes,” would pass.</p></div>';
    const map = buildTextMap(document.getElementById('root')!);
    const spans: PaintSpan<string>[] = [
      { kind: 'claim-named', start: 13, end: 56, data: 'outer' },
      { kind: 'claim-anonymous', start: 23, end: 44, data: 'inner' },
    ];
    const registry = fakeRegistry();
    const painter = new Painter<string>({ registry, Highlight: FakeHighlight, reassertMs: 0 });
    painter.paint(buildSpans(map, spans), buildSpans(map, flattenClaims(spans)));
    expect((registry.get('dramatis-claim-named') as FakeHighlight).ranges.map(String)).toEqual(['the plan, ', ' would pass.']);
    expect((registry.get('dramatis-claim-anonymous') as FakeHighlight).ranges.map(String)).toEqual(['“which nobody likes,”']);
    expect(painter.painted.map((s) => s.data)).toEqual(['outer', 'inner']);
  });
});

describe('HIGHLIGHT_CSS', () => {
  it('has a rule for every kind, and claims are underlined, not filled', () => {
    for (const kind of HIGHLIGHT_KINDS) expect(HIGHLIGHT_CSS).toContain(`::highlight(${highlightName(kind)})`);
    const rule = (kind: string) => HIGHLIGHT_CSS.split('\n').find((l) => l.startsWith(`::highlight(dramatis-${kind})`))!;
    expect(rule('claim-named')).toContain('underline solid');
    expect(rule('claim-anonymous')).toContain('underline wavy');
    expect(rule('claim-named')).not.toContain('background');
    for (const kind of ['person', 'organization', 'place']) expect(rule(kind)).toMatch(/background-color: rgba\([^)]*0\.3\d?\)/);
  });

  it('installHighlightStyles adds the rules and removes them on abort', () => {
    document.head.innerHTML = '';
    const controller = new AbortController();
    const before = document.adoptedStyleSheets?.length ?? 0;
    installHighlightStyles(document, { signal: controller.signal });
    const added = (document.adoptedStyleSheets?.length ?? 0) > before || document.head.querySelector('style[data-dramatis]') !== null;
    expect(added).toBe(true);
    controller.abort();
    expect(document.head.querySelector('style[data-dramatis]')).toBeNull();
    expect(document.adoptedStyleSheets?.length ?? 0).toBe(before);
  });
});

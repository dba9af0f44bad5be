/**
 * What painted span is under the pointer? Highlights receive no events, so hover is found from the point:
 * 1. `CSS.highlights.highlightsFromPoint(x, y)` when the browser has it (Chrome 140+, Firefox 150+): the ranges it returns
 *    are matched back to our spans (a result that lists only Highlights falls through to 2, restricted to their kinds);
 * 2. else `document.caretPositionFromPoint` / `caretRangeFromPoint` -> text offset (through the text map) -> the spans
 *    containing the characters on either side of the caret (binary search over sorted spans), kept only if one of the
 *    span's client rects really contains the point (so whitespace past the end of a line does not match).
 * When several spans match, actors win over claims (priority), then the shortest span.
 *
 * Usage:
 *   const hit = spanAtPoint(e.clientX, e.clientY, { map, spans: painter.painted });  // PaintedSpan | null
 *   const hit = spanAtPoint(document, e.clientX, e.clientY, map, painter.painted);    // same, positional
 */
import { HIGHLIGHT_KINDS, HIGHLIGHT_PRIORITY, type PaintKind, type PaintedSpan } from './paint';
import { offsetAt, type TextMap } from './text-map';

export interface HitTestOptions<T> {
  map: TextMap;
  /** Sorted by start (as `buildSpans` and `Painter.painted` give them). */
  spans: readonly PaintedSpan<T>[];
  /** Default: `map.root.ownerDocument`. */
  document?: Document;
  /** Test seam; default `CSS.highlights` when it has `highlightsFromPoint`. Pass null to force the caret path. */
  registry?: { highlightsFromPoint(x: number, y: number): unknown[] } | null;
  /** Names to kinds for `highlightsFromPoint` results; default `dramatis-<kind>`. */
  kindOfHighlight?: (highlight: unknown) => PaintKind | null;
}

const maxLengthCache = new WeakMap<readonly object[], number>();
function maxLength(spans: readonly { start: number; end: number }[]): number {
  let m = maxLengthCache.get(spans);
  if (m === undefined) {
    m = 0;
    for (const s of spans) m = Math.max(m, s.end - s.start);
    maxLengthCache.set(spans, m);
  }
  return m;
}

/** Spans (sorted by start) that contain character `offset` (start <= offset < end). */
export function spansAtOffset<S extends { start: number; end: number }>(spans: readonly S[], offset: number): S[] {
  // Last span with start <= offset.
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: S[] = [];
  const reach = maxLength(spans);
  for (let i = last; i >= 0 && spans[i].start + reach > offset; i--) if (offset < spans[i].end) out.push(spans[i]);
  return out;
}

/** Best of several matches: highest priority kind (actors over claims), then the shortest span. */
export function pickSpan<S extends { kind: PaintKind; start: number; end: number }>(candidates: S[]): S | null {
  let best: S | null = null;
  for (const s of candidates) {
    if (
      !best ||
      HIGHLIGHT_PRIORITY[s.kind] > HIGHLIGHT_PRIORITY[best.kind] ||
      (HIGHLIGHT_PRIORITY[s.kind] === HIGHLIGHT_PRIORITY[best.kind] && s.end - s.start < best.end - best.start)
    ) {
      best = s;
    }
  }
  return best;
}

/** True when one of the range's client rects contains the point (1px tolerance). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The DOM boundary point under (x, y), from whichever caret API the browser has. */
export function caretPointFromPoint(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const rangeIndexCache = new WeakMap<readonly object[], Map<AbstractRange, PaintedSpan<unknown>>>();
function spanOfRange<T>(spans: readonly PaintedSpan<T>[], range: unknown): PaintedSpan<T> | undefined {
  let index = rangeIndexCache.get(spans);
  if (!index) {
    index = new Map(spans.map((s) => [s.range, s as PaintedSpan<unknown>]));
    rangeIndexCache.set(spans, index);
  }
  return index.get(range as AbstractRange) as PaintedSpan<T> | undefined;
}

function defaultRegistry(): HitTestOptions<unknown>['registry'] {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  const reg = CSS.highlights as unknown as { highlightsFromPoint?: (x: number, y: number) => unknown[] };
  return typeof reg.highlightsFromPoint === 'function' ? (reg as { highlightsFromPoint(x: number, y: number): unknown[] }) : null;
}

/** The painted span under viewport point (x, y), or null. */
export function spanAtPoint<T>(x: number, y: number, options: HitTestOptions<T>): PaintedSpan<T> | null;
/** Positional form: `spanAtPoint(document, x, y, map, spans)`. */
export function spanAtPoint<T>(doc: Document, x: number, y: number, map: TextMap, spans: readonly PaintedSpan<T>[]): PaintedSpan<T> | null;
export function spanAtPoint<T>(
  a: number | Document,
  b: number,
  c: number | HitTestOptions<T>,
  d?: TextMap,
  e?: readonly PaintedSpan<T>[],
): PaintedSpan<T> | null {
  if (typeof a === 'number') return hitTest(a, b, c as HitTestOptions<T>);
  return hitTest(b, c as number, { document: a, map: d!, spans: e! });
}

function hitTest<T>(x: number, y: number, options: HitTestOptions<T>): PaintedSpan<T> | null {
  const { map, spans } = options;
  if (spans.length === 0) return null;
  const doc = options.document ?? map.root.ownerDocument;
  const registry = options.registry === undefined ? defaultRegistry() : options.registry;
  let kinds: Set<PaintKind> | null = null;

  if (registry) {
    let results: unknown[] = [];
    try {
      results = registry.highlightsFromPoint(x, y) ?? [];
    } catch {
      results = [];
    }
    if (results.length === 0) return null;
    const matched: PaintedSpan<T>[] = [];
    kinds = new Set();
    for (const r of results) {
      const res = r as { highlight?: unknown; ranges?: unknown[] };
      for (const range of res.ranges ?? []) {
        const s = spanOfRange(spans, range);
        if (s) matched.push(s);
      }
      const kind = (options.kindOfHighlight ?? kindByRegistryName)(res.highlight ?? r);
      if (kind) kinds.add(kind);
    }
    if (matched.length > 0) return pickSpan(matched);
    if (kinds.size === 0) return null; // only other people's highlights here
  }

  const caret = caretPointFromPoint(doc, x, y);
  if (!caret) return null;
  const offset = offsetAt(map, caret.node, caret.offset);
  const candidates = new Set<PaintedSpan<T>>();
  for (const c of [offset - 1, offset]) for (const s of spansAtOffset(spans, c)) candidates.add(s);
  const hits = [...candidates].filter((s) => (!kinds || kinds.has(s.kind)) && rangeContainsPoint(s.range, x, y));
  return pickSpan(hits);
}

/**
 * Kind of a Highlight object, found by looking up each `dramatis-<kind>` name in the registry. (`get` by name, not
 * iteration: Firefox does not let a content script iterate the page's registry, "Xray wrapping of iterators".)
 */
function kindByRegistryName(highlight: unknown): PaintKind | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  const registry = CSS.highlights as unknown as { get(name: string): unknown };
  for (const kind of HIGHLIGHT_KINDS) if (registry.get(`dramatis-${kind}`) === highlight) return kind;
  return null;
}

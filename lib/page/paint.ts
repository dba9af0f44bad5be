/**
 * Paints spans of the analysed text with the CSS Custom Highlight API: one `Highlight` per kind, registered as
 * `dramatis-<kind>` in `CSS.highlights`, styled by `::highlight(dramatis-<kind>)` rules (`HIGHLIGHT_CSS`). The page's DOM is
 * never wrapped or edited. The registry is shared with page scripts, so a `Painter` re-asserts its highlights when they
 * disappear, until its AbortSignal fires (then it removes them).
 *
 * Usage:
 *   installHighlightStyles(document, { signal });                       // or ship HIGHLIGHT_CSS as content-script CSS
 *   const spans = buildSpans(map, spansFromAnalysis(analysis));         // pure: ranges + sorted, for paint and hit-test
 *   const painter = new Painter({ signal }); painter.paint(spans);
 *   painter.flash([spans[3].range]); painter.setHidden(true); painter.clear();
 */
import type { Analysis } from '../nlp/types';
import { MARK_KINDS, markCss } from './mark-styles';
import { rangeFor, type TextMap } from './text-map';

export const HIGHLIGHT_KINDS = [
  'person',
  'organization',
  'place',
  'claim-named',
  'claim-anonymous',
  'reference',
  'flash',
] as const;
/** What the page paints: one CSS highlight per kind (claims split by named or unnamed source, plus references and the flash). */
export type PaintKind = (typeof HIGHLIGHT_KINDS)[number];

/** The registry name of a kind: "dramatis-person". */
export function highlightName(kind: PaintKind): string {
  return `dramatis-${kind}`;
}

/**
 * Drawing order when highlights overlap (higher on top): claims under actors, the flash on top of everything.
 */
export const HIGHLIGHT_PRIORITY: Record<PaintKind, number> = {
  'claim-named': 0,
  'claim-anonymous': 0,
  reference: 1,
  person: 2,
  organization: 2,
  place: 2,
  flash: 3,
};

/**
 * One rule per kind, the marks' looks from `mark-styles.ts` (shared with the legend and the reader view): actors get a
 * translucent background, claims only an underline (solid for a named source, wavy for an anonymous one), references a
 * dotted line, the flash a strong pink.
 */
export const HIGHLIGHT_CSS = [
  ...MARK_KINDS.map((kind) => `::highlight(dramatis-${kind}) { ${markCss(kind)} }`),
  '::highlight(dramatis-reference) { text-decoration: underline dotted rgba(140, 140, 140, 0.9) 1.5px; }',
  '::highlight(dramatis-flash) { background-color: rgba(255, 64, 129, 0.45); text-decoration: underline solid rgba(255, 64, 129, 1) 3px; }',
].join('\n');

/** A span to paint: offsets into the analysed text, a kind, and whatever the caller wants back on hover. */
export interface PaintSpan<T = unknown> {
  kind: PaintKind;
  start: number;
  end: number;
  data?: T;
}

/** A span with its live Range. */
export interface PaintedSpan<T = unknown> extends PaintSpan<T> {
  range: Range;
}

/** What `spansFromAnalysis` attaches: which actor mention or claim a span is. */
export type AnalysisSpanData =
  | { type: 'actor'; actorId: string; mention: number }
  | { type: 'reference'; actorId: string; reference: number }
  | { type: 'claim'; claim: number };

/**
 * Spans for every actor mention (kind = actor type) and every claim (claim-anonymous when `source.anonymous`, otherwise
 * claim-named, including claims without a source). References (pronouns) only when `references: true`.
 * `kinds` filters (e.g. the user's options).
 */
export function spansFromAnalysis(
  analysis: Analysis,
  options: { kinds?: Iterable<PaintKind>; references?: boolean } = {},
): PaintSpan<AnalysisSpanData>[] {
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const out: PaintSpan<AnalysisSpanData>[] = [];
  const add = (s: PaintSpan<AnalysisSpanData>) => {
    if (!kinds || kinds.has(s.kind)) out.push(s);
  };
  for (const actor of analysis.actors) {
    actor.mentions.forEach((m, i) => add({ kind: actor.type, start: m.start, end: m.end, data: { type: 'actor', actorId: actor.id, mention: i } }));
    if (options.references) {
      (actor.references ?? []).forEach((r, i) =>
        add({ kind: 'reference', start: r.start, end: r.end, data: { type: 'reference', actorId: actor.id, reference: i } }),
      );
    }
  }
  analysis.claims.forEach((c, i) =>
    add({ kind: c.source?.anonymous ? 'claim-anonymous' : 'claim-named', start: c.start, end: c.end, data: { type: 'claim', claim: i } }),
  );
  return out;
}

const isClaim = (kind: PaintKind) => kind === 'claim-named' || kind === 'claim-anonymous';

/**
 * What to DRAW for claims so that every character carries at most one claim underline: where claims nest or overlap
 * (a quote inside a longer reported sentence), each stretch of text is drawn with the innermost (shortest) claim that
 * covers it, and touching pieces of the same claim are joined. Without this, a solid and a wavy line are stacked on
 * the same words. Other kinds pass through unchanged. Hit-testing keeps the full, overlapping spans (hovering the inner
 * quote opens its card, hovering the rest of the sentence the outer one's).
 */
export function flattenClaims<T>(spans: readonly PaintSpan<T>[]): PaintSpan<T>[] {
  const claims = spans.filter((s) => isClaim(s.kind) && s.end > s.start);
  const out: PaintSpan<T>[] = spans.filter((s) => !isClaim(s.kind));
  if (claims.length === 0) return out;
  const cuts = [...new Set(claims.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
  let last: { piece: PaintSpan<T>; from: PaintSpan<T> } | null = null;
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    let best: PaintSpan<T> | null = null;
    for (const c of claims) {
      if (c.start > a || c.end < b) continue;
      if (!best || c.end - c.start < best.end - best.start) best = c;
    }
    if (!best) {
      last = null;
      continue;
    }
    if (last && last.from === best && last.piece.end === a) last.piece.end = b;
    else {
      const piece: PaintSpan<T> = { kind: best.kind, start: a, end: b, data: best.data };
      out.push(piece);
      last = { piece, from: best };
    }
  }
  return out;
}

/** Orders spans by start, then shorter first (so the innermost span comes last among those starting together). */
export function compareSpans(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Builds live Ranges for spans (pure apart from creating Ranges; works in happy-dom). Spans whose range cannot be built
 * (empty, out of bounds, stale map) are dropped. Result sorted by `compareSpans`.
 */
export function buildSpans<T>(map: TextMap, spans: PaintSpan<T>[]): PaintedSpan<T>[] {
  const out: PaintedSpan<T>[] = [];
  for (const s of spans) {
    const range = rangeFor(map, s.start, s.end);
    if (range) out.push({ ...s, range });
  }
  return out.sort(compareSpans);
}

/** Groups ranges by kind, in the order `HIGHLIGHT_KINDS` lists them. */
export function rangesByKind<T>(spans: PaintedSpan<T>[]): Map<PaintKind, Range[]> {
  const byKind = new Map<PaintKind, Range[]>();
  for (const s of spans) {
    const list = byKind.get(s.kind);
    if (list) list.push(s.range);
    else byKind.set(s.kind, [s.range]);
  }
  return byKind;
}

/** The parts of `CSS.highlights` we use (a Map-like registry). */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: never): unknown;
  delete(name: string): boolean;
}
export type HighlightConstructorLike = new (...ranges: AbstractRange[]) => { priority: number };

/** True when the CSS Custom Highlight API is available here. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

export interface PainterOptions {
  /** Aborting stops re-asserting and removes every highlight this painter set. */
  signal?: AbortSignal;
  /** How often to check that the page has not removed our highlights (ms). Default 1000; 0 disables. */
  reassertMs?: number;
  /** Test seams: default `CSS.highlights` and `Highlight`. */
  registry?: HighlightRegistryLike;
  Highlight?: HighlightConstructorLike;
}

/** Owns the `dramatis-*` entries of the highlight registry. Without API support every method is a no-op. */
export class Painter<T = unknown> {
  private readonly registry: HighlightRegistryLike | null;
  private readonly HighlightCtor: HighlightConstructorLike | null;
  private readonly owned = new Map<string, object>();
  private hidden = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private spans: PaintedSpan<T>[] = [];
  private readonly signal?: AbortSignal;

  constructor(options: PainterOptions = {}) {
    const supported = highlightsSupported();
    this.registry = options.registry ?? (supported ? (CSS.highlights as unknown as HighlightRegistryLike) : null);
    this.HighlightCtor =
      options.Highlight ?? (supported ? ((globalThis as { Highlight?: unknown }).Highlight as HighlightConstructorLike) : null);
    this.signal = options.signal;
    const every = options.reassertMs ?? 1000;
    if (this.signal?.aborted) return;
    if (every > 0 && this.registry) this.timer = setInterval(() => this.reassert(), every);
    this.signal?.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** True when highlights can be painted. */
  get supported(): boolean {
    return this.registry !== null && this.HighlightCtor !== null;
  }

  /** The spans currently painted (sorted), for hit-testing. */
  get painted(): readonly PaintedSpan<T>[] {
    return this.spans;
  }

  /**
   * Replaces everything painted (except a running flash) with `spans`. `drawn`, when given, is what is drawn instead
   * (e.g. `flattenClaims` pieces), while `spans` stay what hit-testing sees.
   */
  paint(spans: PaintedSpan<T>[], drawn?: PaintedSpan<T>[]): void {
    if (this.signal?.aborted) return;
    this.spans = [...spans].sort(compareSpans);
    for (const kind of HIGHLIGHT_KINDS) if (kind !== 'flash') this.remove(highlightName(kind));
    if (!this.registry || !this.HighlightCtor) return;
    for (const [kind, ranges] of rangesByKind(drawn ?? this.spans)) {
      if (kind === 'flash') continue;
      const h = new this.HighlightCtor(...ranges);
      h.priority = HIGHLIGHT_PRIORITY[kind];
      this.owned.set(highlightName(kind), h);
    }
    this.apply();
  }

  /** Hides (true) or shows again (false) all highlights without forgetting them. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    if (hidden) for (const name of this.owned.keys()) this.unregister(name);
    else this.apply();
  }

  get isHidden(): boolean {
    return this.hidden;
  }

  /** Paints `ranges` as `dramatis-flash` for `ms` milliseconds (even when hidden), replacing a running flash. */
  flash(ranges: Range[], ms = 1500): void {
    if (this.signal?.aborted || !this.registry || !this.HighlightCtor || ranges.length === 0) return;
    const name = highlightName('flash');
    if (this.flashTimer) clearTimeout(this.flashTimer);
    const h = new this.HighlightCtor(...ranges);
    h.priority = HIGHLIGHT_PRIORITY.flash;
    this.owned.set(name, h);
    this.registry.set(name, h as never);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      this.remove(name);
    }, ms);
  }

  /** Removes every highlight this painter set (it can paint again later). */
  clear(): void {
    this.spans = [];
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    for (const name of [...this.owned.keys()]) this.remove(name);
  }

  /** Puts back any of our highlights the page removed or replaced. Called on a timer; public for tests. */
  reassert(): void {
    if (this.hidden || !this.registry) return;
    for (const [name, h] of this.owned) if (this.registry.get(name) !== h) this.registry.set(name, h as never);
  }

  private apply(): void {
    if (this.hidden || !this.registry) return;
    for (const [name, h] of this.owned) this.registry.set(name, h as never);
  }

  private unregister(name: string): void {
    if (this.registry && this.registry.get(name) === this.owned.get(name)) this.registry.delete(name);
  }

  private remove(name: string): void {
    this.unregister(name);
    this.owned.delete(name);
  }

  private dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }
}

/**
 * Adds `HIGHLIGHT_CSS` to the document without touching its DOM when possible (a constructed stylesheet in
 * `adoptedStyleSheets`); otherwise appends one `<style data-dramatis>` to `<head>`. Removed again on abort.
 * (Alternative with no page change at all: ship the CSS as the content script's manifest CSS.)
 */
export function installHighlightStyles(doc: Document, options: { signal?: AbortSignal; css?: string } = {}): void {
  const css = options.css ?? HIGHLIGHT_CSS;
  if (options.signal?.aborted) return;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? (typeof CSSStyleSheet !== 'undefined' ? CSSStyleSheet : undefined);
    if (Sheet && 'replaceSync' in Sheet.prototype && Array.isArray(doc.adoptedStyleSheets)) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        options.signal?.addEventListener('abort', () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        }, { once: true });
        return;
      }
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  style.setAttribute('data-dramatis', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  options.signal?.addEventListener('abort', () => style.remove(), { once: true });
}

/** Scrolls the page so `range` is in view (centred vertically). */
export function scrollToRange(range: Range, behavior: ScrollBehavior = 'smooth'): void {
  const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
}

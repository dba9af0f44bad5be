/**
 * DOM <-> text: maps the text nodes under a root element to ONE string (the text `analyze()` sees) with offsets, and
 * maps offsets in that string back to DOM Ranges (and DOM boundary points back to offsets).
 *
 * How the text is built (deterministic, so offsets round-trip):
 * - Text nodes are visited in document order; `script`, `style`, `noscript`, `template`, `textarea`, `select`, `svg`,
 *   `math`, `iframe`, `object`, `canvas`, `button` and elements with the `hidden` attribute are skipped, and so is
 *   every text node the caller's `accept` rejects (e.g. the parts Readability dropped).
 * - Whitespace collapses like CSS `white-space: normal`: a run of space/tab/CR/LF/FF becomes one " "; whitespace at the
 *   start or end of a block disappears. Inside `<pre>` (or when `isPre` says so) whitespace is kept as is.
 *   Other characters (NBSP, soft hyphen, zero-width) are kept unchanged.
 * - Entering or leaving a block element separates paragraphs with "\n\n": block tags (`p`, `div`, `li`, `td`, `h1`...,
 *   see `BLOCK_TAGS`), block roles (`listitem`, `cell`...), inline `style="display: block|flex|inline-block..."`, and
 *   chips (links or tag/pill-named elements side by side with nothing but separators between them; see
 *   `markupBlockTest`). A `<br>` adds "\n". Separators belong to no node.
 * - Every character of the output that comes from the page maps to exactly one character of one text node (a collapsed
 *   space maps to the first whitespace character of its run).
 *
 * Usage:
 *   const map = buildTextMap(root, { accept: found.accept });
 *   analyze(map.text);  const range = rangeFor(map, 120, 131);  const { start, end } = offsetsFor(map, someRange)!;
 */

/** Elements that separate paragraphs. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML',
  'LEGEND', 'LI', 'LISTING', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'IMG', 'VIDEO', 'AUDIO', 'PICTURE',
]);

/** ARIA roles that make an element a block of its own (list items, table cells, headings...). */
export const BLOCK_ROLES = new Set([
  'article', 'banner', 'caption', 'cell', 'columnheader', 'complementary', 'contentinfo', 'figure', 'grid', 'gridcell', 'heading',
  'list', 'listitem', 'main', 'menu', 'menubar', 'menuitem', 'navigation', 'option', 'paragraph', 'region', 'row', 'rowheader',
  'separator', 'tab', 'table', 'tablist', 'toolbar', 'tree', 'treeitem',
]);

/** An inline `style` that lays the element out as a box of its own. */
const BOX_DISPLAY = /(^|;)\s*display\s*:\s*(block|flex|grid|list-item|table|table-row|table-cell|flow-root|inline-block|inline-flex|inline-grid)\b/i;
/** Class or id names of tag chips, badges and pills (each is a label of its own). */
const CHIP_NAME = /(^|[\s_-])(tag|tags|chip|chips|pill|pills|badge|badges|topic|topics|keyword|keywords)([\s_-]|$)/i;
/** Text allowed between chips of a row: whitespace and separator marks, no words and no commas (a comma reads as prose). */
const CHIP_SEPARATOR = /^[\s|·•/\\>»›–—-]*$/;

/**
 * The default block test, decided from the markup alone (tag name, `role`, inline `style`, class names) so that the
 * page (live DOM, with layout) and the engine (a DOMParser copy, no layout) separate exactly the same elements and read
 * the same text. Besides block tags and block roles, "chips" are blocks: the children of a row that holds nothing but
 * links or chip-named elements (tag lists, topic pills, link bars laid out with CSS), so that "Premier League",
 * "Arsenal" and "Liverpool" in three adjacent chips are three paragraphs, not one name. Inline elements inside prose
 * (`<a>`, `<em>`, `<span>` beside words) stay inline. Returns a fresh test with its own cache: build one per text.
 */
export function markupBlockTest(): (el: Element) => boolean {
  const rows = new Map<Element, boolean>();
  const isRow = (parent: Element): boolean => {
    let known = rows.get(parent);
    if (known === undefined) {
      known = isChipRow(parent);
      rows.set(parent, known);
    }
    return known;
  };
  return (el: Element) => {
    if (BLOCK_TAGS.has(tagOf(el))) return true;
    const role = el.getAttribute('role');
    if (role && BLOCK_ROLES.has(role.trim().toLowerCase())) return true;
    const style = el.getAttribute('style');
    if (style && BOX_DISPLAY.test(style)) return true;
    const parent = el.parentElement;
    return parent !== null && isRow(parent);
  };
}

function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function foldedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An inline child of a chip row: a link, a chip-named element, or an element whose whole text is one link. */
function isChip(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'A') return true;
  if (CHIP_NAME.test(namesOf(el))) return true;
  const links = el.getElementsByTagName('a');
  return links.length === 1 && foldedText(links[0]) !== '' && foldedText(links[0]) === foldedText(el);
}

/**
 * True when `parent` is a row of at least two chips with nothing between them but whitespace and separator marks
 * (a leading label such as "Tags:" is allowed). Empty elements, `<br>` and skipped elements do not count.
 */
function isChipRow(parent: Element): boolean {
  let chips = 0;
  let seenElement = false;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (CHIP_SEPARATOR.test(data)) continue;
      if (!seenElement && /:\s*$/.test(data)) continue; // "Tags: <a>..</a> <a>..</a>"
      return false;
    }
    if (child.nodeType !== 1) continue;
    const e = child as Element;
    const tag = tagOf(e);
    if (tag === 'BR' || SKIP_TAGS.has(tag) || BLOCK_TAGS.has(tag)) continue;
    if (foldedText(e) === '') continue;
    if (isChip(e)) chips++;
    else if (!seenElement && /:$/.test(foldedText(e))) {
      // a label element first: "<span>Tags:</span> <a>..</a> <a>..</a>"
    } else return false;
    seenElement = true;
  }
  return chips >= 2;
}

/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'BUTTON', 'INPUT', 'HEAD', 'TITLE',
]);

export interface TextMapOptions {
  /** Return false to leave a text node out of the text (it then behaves like an empty node). Default: all. */
  accept?: (node: Text) => boolean;
  /** Return true to skip an element and everything under it (checked after `SKIP_TAGS` and `hidden`). */
  skipElement?: (el: Element) => boolean;
  /**
   * Block test; default: `markupBlockTest()` (tags, roles, inline styles, chip rows). Keep the default wherever the page's
   * text must equal the engine's (a computed-style test would differ from the engine's layout-free copy).
   */
  isBlock?: (el: Element) => boolean;
  /** Preformatted test; default: tag name PRE/LISTING/PLAINTEXT. */
  isPre?: (el: Element) => boolean;
}

/** One text node's contribution: output chars [start, end) come from `node`; `offsets[i]` is the node offset of char start+i. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  offsets: number[];
}

export interface TextMap {
  root: Element;
  /** The analysed text. */
  text: string;
  /** Sorted by `start`, contiguous runs of chars, never overlapping. */
  segments: TextSegment[];
}

const WS = /[ \t\n\r\f]/;
const RUN = /[^ \t\n\r\f]+/y;

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Builds the text of `root` with a map back to its text nodes. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const accept = options.accept ?? (() => true);
  const isBlock = options.isBlock ?? markupBlockTest();
  const isPre = options.isPre ?? ((el: Element) => /^(PRE|LISTING|PLAINTEXT)$/.test(tagOf(el)));
  const skip = (el: Element) =>
    SKIP_TAGS.has(tagOf(el)) || el.hasAttribute('hidden') || (options.skipElement ? options.skipElement(el) : false);

  // The text is built from parts (indexing a growing concatenated string would flatten it each time: quadratic).
  const parts: string[] = [];
  let length = 0;
  let last = ''; // last output char
  let trailingNewlines = 0;
  const append = (s: string) => {
    parts.push(s);
    length += s.length;
    last = s[s.length - 1];
    let n = 0;
    while (n < s.length && s[s.length - 1 - n] === '\n') n++;
    trailingNewlines = n === s.length ? trailingNewlines + n : n;
  };
  const segments: TextSegment[] = [];
  // Pending separator before the next page character: 0 none, 1 "\n", 2 "\n\n".
  let pendingBreak = 0;
  // A collapsed space waiting for a following non-space character in the same block.
  let pendingSpace: { node: Text; offset: number } | null = null;
  let current: TextSegment | null = null;

  const segmentFor = (node: Text): TextSegment => {
    if (current && current.node === node && current.end === length) return current;
    current = { node, start: length, end: length, offsets: [] };
    segments.push(current);
    return current;
  };
  /** Appends `run` (chars of `node` starting at node offset `offset`, one output char per node char). */
  const push = (node: Text, offset: number, run: string) => {
    const seg = segmentFor(node);
    append(run);
    for (let k = 0; k < run.length; k++) seg.offsets.push(offset + k);
    seg.end = length;
  };
  const emit = (node: Text, offset: number, run: string) => {
    if (length > 0 && pendingBreak > 0) {
      // Trailing newlines already emitted (from <pre>) count towards the separator.
      if (pendingBreak > trailingNewlines) append('\n'.repeat(pendingBreak - trailingNewlines));
    } else if (pendingSpace) {
      push(pendingSpace.node, pendingSpace.offset, ' ');
    }
    pendingBreak = 0;
    pendingSpace = null;
    push(node, offset, run);
  };
  const blockBoundary = (level: number) => {
    pendingBreak = Math.max(pendingBreak, level);
    pendingSpace = null;
  };

  const visitText = (node: Text, pre: boolean) => {
    if (!accept(node)) return;
    const data = node.data;
    if (pre) {
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (ch === '\r' && data[i + 1] === '\n') continue; // CRLF: keep the LF
        emit(node, i, ch === '\r' ? '\n' : ch === '\t' || ch === '\f' ? ' ' : ch);
      }
      return;
    }
    // Runs of non-whitespace are copied; each run of whitespace becomes at most one pending space.
    let i = 0;
    while (i < data.length) {
      if (WS.test(data[i])) {
        const atStart = length === 0 || pendingBreak > 0;
        if (!pendingSpace && !atStart && last !== ' ' && last !== '\n') {
          pendingSpace = { node, offset: i };
        }
        i++;
        continue;
      }
      RUN.lastIndex = i;
      const m = RUN.exec(data)!;
      emit(node, i, m[0]);
      i += m[0].length;
    }
  };

  const visit = (el: Element, pre: boolean) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) visitText(child as Text, pre);
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (tagOf(e) === 'BR') {
          blockBoundary(1);
          continue;
        }
        if (skip(e)) {
          continue;
        }
        const block = isBlock(e);
        if (block) blockBoundary(2);
        visit(e, pre || isPre(e));
        if (block) blockBoundary(2);
      }
    }
  };
  visit(root, isPre(root));
  return { root, text: parts.join(''), segments };
}

/** Index of the last segment with start <= offset (or -1). */
function segmentIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** DOM position of the first page character at or after text offset `offset` (null past the end). */
export function pointAt(map: TextMap, offset: number, bias: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
  const segs = map.segments;
  if (bias === 'start') {
    let i = segmentIndexAt(map, offset);
    if (i >= 0 && offset < segs[i].end) return { node: segs[i].node, offset: segs[i].offsets[offset - segs[i].start] };
    i += 1; // offset in a separator or before the first segment: the next segment's first char
    if (i < segs.length) return { node: segs[i].node, offset: segs[i].offsets[0] };
    return null;
  }
  // 'end': the position right after page character offset-1, or the end of the previous segment.
  if (offset <= 0) return null;
  const i = segmentIndexAt(map, offset - 1);
  if (i < 0) return null;
  const seg = segs[i];
  const k = Math.min(offset, seg.end) - 1 - seg.start;
  return { node: seg.node, offset: seg.offsets[k] + 1 };
}

/**
 * A live DOM Range for text offsets [start, end) of `map.text`. Separators at the edges are trimmed off.
 * Returns null when the span holds no page character, is out of bounds, or its nodes left the document or shrank
 * (the map is stale: rebuild it).
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end <= map.text.length && start < end)) return null;
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, end, 'end');
  if (!a || !b) return null;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return null;
  if (a.node === b.node ? a.offset >= b.offset : !(a.node.compareDocumentPosition(b.node) & 4 /* FOLLOWING */)) return null;
  const range = (map.root.ownerDocument ?? document).createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** True when text node `t` starts at or after the DOM boundary point (container, offset). */
function startsAtOrAfter(t: Text, container: Node, offset: number): boolean {
  if (container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 8) {
    // Boundary inside a character-data node: t is after it if t follows that node.
    return container !== t && (container.compareDocumentPosition(t) & 4) !== 0;
  }
  const ref = container.childNodes[offset];
  if (ref) return ref === t || ref.contains(t) || (ref.compareDocumentPosition(t) & 4) !== 0;
  // After all of container's children: t must follow container and not be inside it.
  const pos = container.compareDocumentPosition(t);
  return (pos & 4) !== 0 && (pos & 16 /* CONTAINED_BY */) === 0;
}

/**
 * The text offset of a DOM boundary point (e.g. from `caretPositionFromPoint` or a Selection). A point inside a mapped
 * text node maps to the first output char at or after it; any other point maps to the start of the next mapped
 * character (or `text.length`).
 */
export function offsetAt(map: TextMap, container: Node, offset: number): number {
  const segs = map.segments;
  if (container.nodeType === 3) {
    // Fast path: a mapped text node (it may have several segments if its chars were interrupted by a <pre> etc.).
    let any = false;
    for (const seg of segmentsOf(map, container as Text)) {
      any = true;
      const offs = seg.offsets;
      if (offset <= offs[offs.length - 1]) {
        let lo = 0;
        let hi = offs.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (offs[mid] >= offset) hi = mid;
          else lo = mid + 1;
        }
        return seg.start + lo;
      }
    }
    if (any) {
      // After the last mapped char of this node: next segment's start, or the end of the text.
      const last = [...segmentsOf(map, container as Text)].pop()!;
      const idx = segs.indexOf(last);
      return idx + 1 < segs.length ? segs[idx + 1].start : map.text.length;
    }
  }
  // Binary search for the first segment whose node starts at or after the point.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startsAtOrAfter(segs[mid].node, container, offset)) hi = mid;
    else lo = mid + 1;
  }
  return lo < segs.length ? segs[lo].start : map.text.length;
}

const nodeIndexCache = new WeakMap<TextMap, Map<Text, TextSegment[]>>();
function segmentsOf(map: TextMap, node: Text): TextSegment[] {
  let index = nodeIndexCache.get(map);
  if (!index) {
    index = new Map();
    for (const seg of map.segments) {
      const list = index.get(seg.node);
      if (list) list.push(seg);
      else index.set(seg.node, [seg]);
    }
    nodeIndexCache.set(map, index);
  }
  return index.get(node) ?? [];
}

/** Text offsets covered by a DOM Range (or null if it covers no mapped character). */
export function offsetsFor(map: TextMap, range: AbstractRange): { start: number; end: number } | null {
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  if (end <= start) return null;
  // Trim separators (and nothing else) from the edges.
  let s = start;
  let e = end;
  while (s < e && map.text[s] === '\n' && !isMapped(map, s)) s++;
  while (e > s && map.text[e - 1] === '\n' && !isMapped(map, e - 1)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** True when text char `offset` comes from the page (not a separator). */
export function isMapped(map: TextMap, offset: number): boolean {
  const i = segmentIndexAt(map, offset);
  return i >= 0 && offset < map.segments[i].end;
}

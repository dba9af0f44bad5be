/**
 * Where the card goes (pure, unit-tested): next to the marked text without covering it. The anchor is the text the
 * card explains: an actor's mention, or, for a claim, the whole sentence around it (the attribution, "… he said",
 * usually sits in the same sentence, and the card must not hide it).
 *
 * Order of preference: below the anchor, above it, beside it (right, then left); when nothing fits (a tall anchor on
 * a small window), the side with the most room, kept inside the viewport.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Which side was chosen; 'over' when nothing fit and the card overlaps the anchor. */
  side: 'below' | 'above' | 'right' | 'left' | 'over';
}

export function unionBox(rects: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const r of rects) {
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    out = out
      ? { left: Math.min(out.left, r.left), top: Math.min(out.top, r.top), right: Math.max(out.right, r.right), bottom: Math.max(out.bottom, r.bottom) }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return out;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

export function placeCard(
  anchor: Box,
  viewport: { width: number; height: number },
  card: { width: number; height: number },
  gap = 8,
): Placement {
  const { width: vw, height: vh } = viewport;
  const w = Math.min(card.width, vw - 2 * gap);
  const h = card.height;
  const left = clamp(anchor.left, gap, vw - w - gap);
  if (anchor.bottom + gap + h <= vh - gap) return { left, top: Math.max(gap, anchor.bottom + gap), side: 'below' };
  if (anchor.top - gap - h >= gap) return { left, top: anchor.top - gap - h, side: 'above' };
  const top = clamp(anchor.top, gap, vh - h - gap);
  if (anchor.right + gap + w <= vw - gap) return { left: anchor.right + gap, top, side: 'right' };
  if (anchor.left - gap - w >= gap) return { left: anchor.left - gap - w, top, side: 'left' };
  const roomBelow = vh - anchor.bottom;
  const roomAbove = anchor.top;
  return roomBelow >= roomAbove
    ? { left, top: clamp(anchor.bottom + gap, gap, vh - h - gap), side: 'over' }
    : { left, top: clamp(anchor.top - gap - h, gap, vh - h - gap), side: 'over' };
}

const MAX_REACH = 400;

/**
 * The sentence around [start, end) in `text`: back to the previous ". ", "? ", "! " or line break, forward to the next
 * one (at most 400 characters each way). Quotes end in punctuation INSIDE the quote (“…,” he said.), so a full stop
 * only counts when followed by a space or line break that is not right after a closing quote.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const minS = Math.max(0, start - MAX_REACH);
  while (s > minS) {
    const c = text[s - 1];
    if (c === '\n') break;
    if (/\s/.test(c) && /[.?!]/.test(text[s - 2] ?? '')) break;
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + MAX_REACH);
  while (e < maxE) {
    const c = text[e];
    if (c === '\n') break;
    if (/[.?!]/.test(c) && (e + 1 >= text.length || /\s/.test(text[e + 1]))) {
      e++;
      break;
    }
    e++;
  }
  return { start: s, end: e };
}

import { describe, expect, it } from 'vitest';
import { placeCard, sentenceAround, unionBox } from './place-card';

const VIEW = { width: 1000, height: 800 };
const CARD = { width: 360, height: 300 };
const overlaps = (a: { left: number; top: number; right: number; bottom: number }, p: { left: number; top: number }) =>
  p.left < a.right && p.left + CARD.width > a.left && p.top < a.bottom && p.top + CARD.height > a.top;

describe('placeCard', () => {
  it('below the anchor when there is room, aligned with its left edge', () => {
    const anchor = { left: 100, top: 100, right: 300, bottom: 120 };
    expect(placeCard(anchor, VIEW, CARD)).toEqual({ left: 100, top: 128, side: 'below' });
  });

  it('above when the anchor is low in the window', () => {
    const anchor = { left: 100, top: 600, right: 300, bottom: 620 };
    const p = placeCard(anchor, VIEW, CARD);
    expect(p).toEqual({ left: 100, top: 292, side: 'above' });
    expect(overlaps(anchor, p)).toBe(false);
  });

  it('beside a tall anchor (a long claim filling the window), never over it while there is room to the side', () => {
    const anchor = { left: 50, top: 150, right: 600, bottom: 700 };
    const p = placeCard(anchor, VIEW, CARD);
    expect(p.side).toBe('right');
    expect(overlaps(anchor, p)).toBe(false);
    const wide = { left: 400, top: 150, right: 990, bottom: 700 };
    const q = placeCard(wide, VIEW, CARD);
    expect(q.side).toBe('left');
    expect(overlaps(wide, q)).toBe(false);
  });

  it('when nothing fits it stays inside the window on the roomier side', () => {
    const anchor = { left: 10, top: 100, right: 990, bottom: 600 };
    const p = placeCard(anchor, VIEW, CARD);
    expect(p.side).toBe('over');
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + CARD.height).toBeLessThanOrEqual(VIEW.height - 8);
  });

  it('a narrow window: the card is clamped inside it', () => {
    const p = placeCard({ left: 300, top: 50, right: 380, bottom: 70 }, { width: 400, height: 800 }, CARD);
    expect(p.left).toBe(400 - 360 - 8);
  });
});

describe('unionBox', () => {
  it('bounds every line of a wrapped range, skipping empty rects', () => {
    expect(
      unionBox([
        { left: 300, top: 100, right: 600, bottom: 120 },
        { left: 0, top: 0, right: 0, bottom: 0 },
        { left: 40, top: 120, right: 200, bottom: 140 },
      ]),
    ).toEqual({ left: 40, top: 100, right: 600, bottom: 140 });
    expect(unionBox([])).toBeNull();
  });
});

describe('sentenceAround', () => {
  it('takes in the attribution after a quote: “…,” he said.', () => {
    const text = 'It rained. “We will win,” the coach said on Sunday. Then it stopped.';
    const q = text.indexOf('“We will win,”');
    const s = sentenceAround(text, q, q + '“We will win,”'.length);
    expect(text.slice(s.start, s.end)).toBe('“We will win,” the coach said on Sunday.');
  });

  it('takes in the attribution before reported speech, and stops at a line break', () => {
    const text = 'Intro line\nOfficials said the talks would resume. Next.';
    const c = text.indexOf('the talks');
    const s = sentenceAround(text, c, text.indexOf(' would') + ' would resume'.length);
    expect(text.slice(s.start, s.end)).toBe('Officials said the talks would resume.');
  });

  it('is bounded on a text without punctuation', () => {
    const text = 'x'.repeat(2000);
    const s = sentenceAround(text, 1000, 1010);
    expect(s).toEqual({ start: 600, end: 1410 });
  });
});

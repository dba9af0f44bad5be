/**
 * How each kind of mark looks, in one place: the page's `::highlight(dramatis-*)` rules (`paint.ts`), the legend's
 * samples (popup, options, welcome page) and the reader view all draw from these declarations, so a key can never
 * disagree with the page it explains.
 *
 * Rules, each with its reason:
 * - actors are filled, claims only underlined: a name inside a quote keeps both marks readable;
 * - translucent backgrounds, text colour untouched: readable on light and dark pages alike;
 * - named and anonymous claims differ in SHAPE (solid vs wavy line), not only in colour, so the difference survives
 *   colour blindness and greyscale;
 * - people and organizations differ by colour: amber and blue stay at least ΔE2000 33 apart under protanopia,
 *   deuteranopia and tritanopia (Machado 2009) on light and dark pages;
 * - places carry a second channel, a dotted line ABOVE the word: no fill colour a place could have stays clear of both
 *   amber and blue for all three deficiencies (a search over hues, lightness and opacity that keeps WCAG AA text
 *   contrast found none above ΔE2000 14; the old bluish green was ΔE 4 from blue under tritanopia). Above, not below:
 *   a `::highlight()` cannot move its line (text-underline-offset does not apply there), so a dotted underline would
 *   sit on a claim's underline. The olive fill is the green furthest from both (ΔE >= 10);
 * - mark-styles.test.ts checks all of this by computation (colour-vision.ts): every pair of actor kinds differs by
 *   ΔE2000 >= 20 or by its line, text over every fill keeps WCAG AA contrast on light and dark pages, and the lines keep
 *   3:1 against both. Every list and card also shows a type glyph (circle, square, triangle, `type-glyph.tsx`).
 */
export type MarkKind = 'person' | 'organization' | 'place' | 'claim-named' | 'claim-anonymous';

/** CSS declarations (property -> value), usable both in a `::highlight()` rule and in an element's style. */
export const MARK_DECLARATIONS: Record<MarkKind, Record<string, string>> = {
  person: { 'background-color': 'rgba(255, 179, 0, 0.34)' },
  organization: { 'background-color': 'rgba(41, 151, 255, 0.30)' },
  place: {
    'background-color': 'rgba(69, 122, 31, 0.30)',
    'text-decoration': 'overline dotted rgb(60, 140, 40) 2px',
  },
  'claim-named': {
    'text-decoration': 'underline solid rgba(186, 104, 200, 0.95) 2px',
    'text-underline-offset': '3px',
  },
  'claim-anonymous': {
    'text-decoration': 'underline wavy rgba(244, 121, 32, 0.95) 2px',
    'text-underline-offset': '3px',
  },
};

export const MARK_KINDS = Object.keys(MARK_DECLARATIONS) as MarkKind[];

/** "background-color: …; text-decoration: …" */
export function markCss(kind: MarkKind): string {
  return Object.entries(MARK_DECLARATIONS[kind])
    .map(([p, v]) => `${p}: ${v};`)
    .join(' ');
}

/** The same declarations as a React style object ({backgroundColor: …}). */
export function markStyle(kind: MarkKind): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, v] of Object.entries(MARK_DECLARATIONS[kind])) out[p.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
}

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
 * - places use a bluish green rather than a yellow-green: under a deuteranopia/protanopia simulation (Machado 2009) the
 *   smallest colour difference between people, organizations and places on white went from ΔE 21 to 23 (people vs
 *   places from 21-25 to 26-31). Colour alone still cannot carry three kinds for everyone: every list and card also
 *   shows a type glyph (circle, square, triangle, see `components/type-glyph.tsx`).
 */
export type MarkKind = 'person' | 'organization' | 'place' | 'claim-named' | 'claim-anonymous';

/** CSS declarations (property -> value), usable both in a `::highlight()` rule and in an element's style. */
export const MARK_DECLARATIONS: Record<MarkKind, Record<string, string>> = {
  person: { 'background-color': 'rgba(255, 179, 0, 0.34)' },
  organization: { 'background-color': 'rgba(41, 151, 255, 0.30)' },
  place: { 'background-color': 'rgba(20, 170, 110, 0.34)' },
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

import type { ActorType } from '@/lib/nlp/types';
import { cx } from './format';

export type GlyphKind = ActorType | 'claim-named' | 'claim-anonymous';

/**
 * A small shape that says what a mark is without relying on colour: a circle for a person, a square for an
 * organization, a triangle for a place; a straight line for a claim from a named source, a wavy one for an unnamed
 * source (the same shapes as the underlines on the page). Decorative: always shown beside a word that says the same.
 */
export function TypeGlyph({ kind, className }: { kind: GlyphKind; className?: string }) {
  return (
    <svg
      className={cx('dr-glyph', `dr-glyph--${kind}`, className)}
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'person' ? <circle cx="6" cy="6" r="5" /> : null}
      {kind === 'organization' ? <rect x="1.5" y="1.5" width="9" height="9" rx="1" /> : null}
      {kind === 'place' ? <path d="M6 1 L11.2 10.5 L0.8 10.5 Z" /> : null}
      {kind === 'claim-named' ? <path d="M0.5 8 H11.5" fill="none" strokeWidth="2" /> : null}
      {kind === 'claim-anonymous' ? (
        <path d="M0.5 8 Q2 5.5 3.25 8 T6 8 T8.75 8 T11.5 8" fill="none" strokeWidth="1.6" />
      ) : null}
    </svg>
  );
}

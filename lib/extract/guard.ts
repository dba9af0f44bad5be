/**
 * The clean-up's guard: noise rules are heuristics written from a few sites, and on a site built differently one of
 * them can match the article itself (a page wrapped in one <form>, a body in a box named "story-promo", a whole column
 * classed "caption"). The guard keeps the rules from ever cutting an article down below what Readability returned:
 * when the removals would take most of the text, none of them is made.
 */
import { findNoise, type NoiseHit, type NoiseRule } from './noise-rules';

export interface CleanupGuard {
  id: string;
  reason: string;
  /** The removals are made only when together they hold at most this share of the root's text. */
  maxRemovedShare: number;
}

export const CLEANUP_GUARD: CleanupGuard = {
  id: 'never-most-of-the-text',
  reason:
    'Noise is a small part of an article (captions, share rows, a related box). When the rules would remove most of the text, a rule has matched the article itself, so Readability\'s text is kept whole.',
  maxRemovedShare: 0.5,
};

/** Length of the whitespace-folded text of a node. */
export function textLength(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

export interface Cleanup {
  /** What was removed (rule id and characters of text). */
  removed: { rule: string; chars: number }[];
  /** The guard that stopped the removals (its id), or null when they were made. */
  guarded: string | null;
}

/**
 * Removes the noise under `root` (a clone or an inert document, never the live page) unless the guard objects:
 * then nothing is removed. Returns what was removed.
 */
export function cleanNoise(root: Element, rules: readonly NoiseRule[], guard: CleanupGuard = CLEANUP_GUARD): Cleanup {
  const hits: NoiseHit[] = findNoise(root, rules);
  if (hits.length === 0) return { removed: [], guarded: null };
  const total = textLength(root);
  const removed = hits.map((h) => ({ rule: h.rule.id, chars: textLength(h.element) }));
  const sum = removed.reduce((t, r) => t + r.chars, 0);
  if (total > 0 && sum > guard.maxRemovedShare * total) return { removed: [], guarded: guard.id };
  for (const h of hits) h.element.remove();
  return { removed, guarded: null };
}

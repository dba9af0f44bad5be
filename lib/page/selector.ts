/**
 * Serialisable selectors for a span of the analysed text, in the style of the W3C Web Annotation model (as used by
 * Hypothesis): a TextQuoteSelector (exact + prefix/suffix context) and a TextPositionSelector (start/end offsets).
 * Stored with an article so a span can be found again after the page (or our text extraction) changed a little.
 *
 * Usage:
 *   const sel = describe(map.text, claim.start, claim.end);        // store it (JSON)
 *   const span = anchor(newMap.text, sel);                          // later: {start, end} or null
 */

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface SpanSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Characters of context kept on each side (Hypothesis uses 32). */
export const CONTEXT_LENGTH = 32;

/** Context characters that must match (prefix end + suffix start) before context counts as confirming a match. */
export const MIN_CONTEXT_MATCH = 5;

/** Selector for `text.slice(start, end)`. Throws on an empty or out-of-bounds span. */
export function describe(text: string, start: number, end: number, context = CONTEXT_LENGTH): SpanSelector {
  if (!(start >= 0 && end <= text.length && start < end)) throw new RangeError(`bad span [${start}, ${end}) for text of ${text.length}`);
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    position: { start, end },
  };
}

/** Length of the common suffix of a and b (how much of the stored prefix matches before a candidate). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the span again. Fallback chain:
 * 1. the stored position, if the exact quote is still there and at least `MIN_CONTEXT_MATCH` characters of its stored
 *    context (end of prefix + start of suffix) still match around it;
 * 2. among all occurrences of the exact quote, the one whose surrounding text best matches the stored prefix+suffix
 *    (ties broken by closeness to the stored position), when at least `MIN_CONTEXT_MATCH` context characters match;
 * 3. the exact quote alone when it occurs exactly once.
 * Returns null otherwise.
 */
export function anchor(text: string, selector: SpanSelector): { start: number; end: number } | null {
  const { exact, prefix, suffix } = selector.quote;
  if (!exact) return null;
  const { start, end } = selector.position;
  const contextScore = (s: number) =>
    commonSuffix(prefix, text.slice(Math.max(0, s - prefix.length), s)) + commonPrefix(suffix, text.slice(s + exact.length, s + exact.length + suffix.length));

  const needed = Math.min(MIN_CONTEXT_MATCH, prefix.length + suffix.length);

  // 1. Position, confirmed by the quote.
  if (start >= 0 && end === start + exact.length && text.slice(start, end) === exact) {
    if (contextScore(start) >= needed) return { start, end };
  }

  // 2. Quote + context.
  const occurrences: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) occurrences.push(i);
  if (occurrences.length === 0) return null;
  let best = -1;
  let bestScore = needed > 0 ? needed - 1 : -1;
  let bestDistance = Infinity;
  for (const s of occurrences) {
    const score = contextScore(s);
    const distance = Math.abs(s - start);
    if (score > bestScore || (score === bestScore && best >= 0 && distance < bestDistance)) {
      best = s;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best >= 0) return { start: best, end: best + exact.length };

  // 3. The quote alone, when unique.
  if (occurrences.length === 1) return { start: occurrences[0], end: occurrences[0] + exact.length };
  return null;
}

/** Aliases that do not clash with test runners' `describe`. */
export { describe as describeSpan, anchor as anchorSpan };

/**
 * The claim index's keys ("prints"): one number per word shingle of a claim (the same shingles claim-match.ts compares),
 * stored on each `historyClaims` row under a multi-entry IndexedDB index (schema v7), so the index is written with the
 * row, goes with the row (forget, retention, wipe) and needs no building when the background starts.
 *
 * Why every shingle and not a winnowed sample: `sameClaim` matches when half of the shorter claim's shingles are in the
 * other, and those shared shingles need not be consecutive, so a pair can match while sharing no run longer than one
 * shingle. Winnowing only guarantees a shared key for runs of `window + n - 1` words; every shingle guarantees one for
 * every pair that shares any shingle, which is every pair `sameClaim` can accept (candidate recall 1 by construction).
 * The bench measures the winnowed variants beside it (size, recall): `claimPrints(text, window)`.
 *
 * Pure: no DOM, no database.
 */
import { claimWords, MATCH_RULES, shingleSequence } from './claim-match';

export const PRINT_RULES = {
  window: 1,
  windowReason:
    'Window 1 keeps every shingle: a claim matches on shared shingles that need not be consecutive (see above), so a sample could miss a true match. Larger windows are measured by the memory bench.',
  hash: 'fnv1a32',
  hashReason:
    'A 32-bit number is a smaller IndexedDB key than the shingle text; two shingles with the same number only add a candidate, which claim-match.ts then rejects, so a collision never loses a match.',
} as const;

/** FNV-1a over the UTF-16 code units, as an unsigned 32-bit number. */
export function printHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hashes of a claim's shingles, in text order (repeats kept: winnowing needs the order). */
function shingleHashes(text: string): number[] {
  return shingleSequence(claimWords(text)).map(printHash);
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): the smallest hash of every window of `window` consecutive shingles
 * (the rightmost on ties). Any run of `window` shingles shared by two texts shares its smallest hash.
 */
export function winnow(hashes: readonly number[], window: number): number[] {
  if (window <= 1 || hashes.length <= 1) return [...new Set(hashes)];
  const out = new Set<number>();
  const w = Math.min(window, hashes.length);
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = i;
    for (let j = i + 1; j < i + w; j++) if (hashes[j] <= hashes[min]) min = j;
    out.add(hashes[min]);
  }
  return [...out];
}

/**
 * The prints a claim is stored under. Empty for a claim too short to be matched (MATCH_RULES.minWords): such a claim
 * is never a candidate, so it costs no index entries.
 */
export function claimPrints(text: string, window: number = PRINT_RULES.window): number[] {
  if (claimWords(text).length < MATCH_RULES.minWords) return [];
  return winnow(shingleHashes(text), window);
}

/** The prints a claim is looked up by: every shingle (a stored winnowed sample's smallest hash is among them). */
export function probePrints(text: string): number[] {
  if (claimWords(text).length < MATCH_RULES.minWords) return [];
  return [...new Set(shingleHashes(text))];
}

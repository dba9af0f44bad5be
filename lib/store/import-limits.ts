/**
 * Bounds on what an import may write, as data with reasons. A file past a file-wide bound is refused whole (nothing is
 * written); a record past a record bound is skipped and reported in the preview, and the rest can be imported.
 */

export interface ImportLimits {
  /** Characters of the whole file. */
  maxChars: number;
  /** Records per table (articles, cards, corrections, settings, Pocket rows). */
  maxRecords: number;
  /** Characters of one article's text. */
  maxTextChars: number;
  /** Characters of a title, a byline, a site name, a URL, a tag, a name. */
  maxShortChars: number;
  /** Values (objects, arrays, strings, numbers) inside one record. */
  maxValuesPerRecord: number;
  /** Nesting depth inside one record. */
  maxDepth: number;
  /** Earliest date a record may carry (epoch ms). */
  minDate: number;
  /** How far past the import's own time a date may be (epoch ms): clocks differ between machines. */
  maxFutureMs: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxChars: 256 * 1024 * 1024,
  maxRecords: 200_000,
  maxTextChars: 5_000_000,
  maxShortChars: 8_192,
  maxValuesPerRecord: 1_000_000,
  maxDepth: 32,
  minDate: Date.UTC(1990, 0, 1),
  maxFutureMs: 2 * 24 * 3600 * 1000,
});

export const IMPORT_LIMIT_REASONS: Record<keyof ImportLimits, string> = {
  maxChars: 'A reading list of 10,000 articles exports to well under this; a larger file is more likely damaged or hostile, and parsing it would freeze the page.',
  maxRecords: 'Twenty times the largest library measured (10,000 articles); beyond it an import takes minutes in one transaction.',
  maxTextChars: 'analyze() reads at most this much (lib/nlp/limits.ts); a longer text is not an article the reader can show.',
  maxShortChars: 'Titles, names and URLs past this are not real ones and would break the list layout.',
  maxValuesPerRecord: 'An analysis of a 5 MB article has far fewer spans; more is a record built to exhaust memory.',
  maxDepth: 'Every stored record is at most 5 levels deep; deeper nesting is crafted to overflow a recursive walk (validation, structured clone).',
  minDate: 'Nothing was saved to a reading list before the web; an earlier date is a wrong unit or a damaged field.',
  maxFutureMs: 'A date far in the future sorts above everything for ever, and past year 275760 it is not a date at all (Invalid time value).',
};

/** Keys that would change an object's prototype or shadow its methods when copied by assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a parsed JSON value without recursion and says what is wrong with it, or null: too deep, too many values, or
 * a forbidden key (`__proto__`, `constructor`, `prototype`) anywhere.
 */
export function inspectValue(value: unknown, limits: Pick<ImportLimits, 'maxDepth' | 'maxValuesPerRecord'> = IMPORT_LIMITS): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let count = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++count > limits.maxValuesPerRecord) return `more than ${limits.maxValuesPerRecord.toLocaleString('en-US')} values in one record`;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limits.maxDepth) return `nested too deeply (more than ${limits.maxDepth} levels)`;
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, depth + 1]);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return `a key named "${key}" is not allowed`;
      stack.push([(v as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/** Why a date (epoch ms) is not acceptable, or null when it is within [minDate, now + maxFutureMs]. */
export function dateProblem(ms: unknown, now: number, limits: Pick<ImportLimits, 'minDate' | 'maxFutureMs'> = IMPORT_LIMITS): string | null {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return 'not a date';
  if (ms < limits.minDate || ms > now + limits.maxFutureMs) return `${describeMs(ms)} is out of range`;
  return null;
}

function describeMs(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString().slice(0, 10);
}

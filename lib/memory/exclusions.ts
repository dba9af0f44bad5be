/**
 * What the reading history leaves out, as data with reasons: lines that name the people who made the article rather
 * than the people in it (bylines, photo credits), datelines, and honorifics read as roles. Pure (no DOM).
 */

export interface LineRule {
  id: string;
  /** Tested against one line of the article text (a line is at most MAX_CREDIT_LINE characters to qualify). */
  pattern: RegExp;
  reason: string;
}

/** A byline or credit is a short line; a long paragraph that starts with "By" is prose ("By Tuesday, the ministry..."). */
export const MAX_CREDIT_LINE = 160;

export const CREDIT_LINES: readonly LineRule[] = [
  {
    id: 'byline',
    pattern: /^\s*(?:by|written by|story by|words by|reporting by|additional reporting by|writing by|editing by|compiled by|reported by)\s+\p{Lu}/iu,
    reason: 'A byline names the writer, not someone in the story: remembered, it becomes an "actor" with co-actors in every article they wrote.',
  },
  {
    id: 'photo-credit',
    pattern: /\b(?:photo(?:graph)?s?|image|picture|illustration|video|credit|source)\s*(?:by|:|\/|©)|©|\b(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Shutterstock|Alamy)\s*(?:Photo|Images)?\s*\/|\/\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Shutterstock|Alamy)\b/iu,
    reason: 'A photo credit names the photographer and the agency, who are not in the story.',
  },
];

/**
 * A dateline at the start of a paragraph: "WASHINGTON (Reuters) -", "LONDON, March 3 (Wire) —", "BAGHDAD —". The place
 * says where the reporter filed from and the agency who filed: neither is something the story is about.
 */
export const DATELINE = /^[ \t]*((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ ,]+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{L}+\.?\s*\d{1,2})?)\s*(?:\(([^)\n]{1,40})\))?\s*[-–—]{1,2}\s/u;
export const DATELINE_REASON = 'The dateline (the filing city, the agency in brackets) tells where the story was filed, not who is in it.';

export interface RoleRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

export const NOT_ROLES: readonly RoleRule[] = [
  {
    id: 'honorific',
    pattern: /^(?:mr|mrs|ms|miss|mx|messrs|mme|mlle|sir|dame|madam|madame|monsieur|herr|frau|señor|senor|señora|senora)\.?$/iu,
    reason: 'An honorific says how a paper addresses someone, not what they do ("Mr." listed as a role told the reader nothing).',
  },
  {
    id: 'empty',
    pattern: /^[\s\p{P}]*$/u,
    reason: 'Nothing left after trimming.',
  },
];

/** True when a role string is a real role (not an honorific, not empty). */
export function isRealRole(role: string): boolean {
  const r = role.trim();
  return !NOT_ROLES.some((rule) => rule.pattern.test(r));
}

/** [start, end) ranges of the text the history does not count mentions in: credit lines and datelines. */
export function excludedRanges(text: string): { start: number; end: number; rule: string }[] {
  const out: { start: number; end: number; rule: string }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const credit = line.length <= MAX_CREDIT_LINE ? CREDIT_LINES.find((r) => r.pattern.test(line)) : undefined;
      if (credit) out.push({ start: lineStart, end: lineEnd, rule: credit.id });
      else {
        const d = DATELINE.exec(line);
        if (d) out.push({ start: lineStart, end: lineStart + d[0].length, rule: 'dateline' });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

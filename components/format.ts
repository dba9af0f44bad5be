/** Small wording helpers shared by the components (pure, no DOM). */
import type { ActorType, ClaimKind, SourceDescriptor } from '@/lib/nlp/types';

/** "1 claim", "3 claims"; `plural` defaults to singular + "s". */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The one-line sourcing summary: "11 claims, 6 from anonymous sources". */
export function sourcingSummaryText(claims: number, anonymous: number): string {
  if (claims <= 0) return 'No attributed claims found';
  const head = countNoun(claims, 'claim');
  if (anonymous <= 0) return `${head}, none from anonymous sources`;
  if (anonymous >= claims) {
    return claims === 1 ? `${head}, from an anonymous source` : `${head}, all from anonymous sources`;
  }
  return `${head}, ${anonymous} from ${anonymous === 1 ? 'an anonymous source' : 'anonymous sources'}`;
}

export const TYPE_LABEL: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
};

export const TYPE_GROUP_LABEL: Record<ActorType, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
};

export const ACTOR_TYPE_ORDER: ActorType[] = ['person', 'organization', 'place'];

/** The claim kind in plain words. */
export const KIND_LABEL: Record<ClaimKind, string> = {
  direct: 'direct quote',
  indirect: 'reported speech',
  mixed: 'partial quote',
  'according-to': 'according to',
  'no-comment': 'declined to comment',
};

/** "two Iraqi security sources, who spoke on condition of anonymity" from a descriptor's parts (for one line). */
export function describeDescriptor(d: SourceDescriptor | undefined): string {
  if (!d) return '';
  const head = [d.count, d.affiliation, d.role].filter(Boolean).join(' ');
  const quals = (d.qualifiers ?? []).filter(Boolean).join(', ');
  return [head, quals].filter(Boolean).join(', ');
}

/** Shorten text to at most `max` characters on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): { text: string; truncated: boolean } {
  const clean = text.trim();
  if (clean.length <= max) return { text: clean, truncated: false };
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return { text: `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`, truncated: true };
}

/** A language name for a BCP 47 code ("fr" -> "French"); the code itself when unknown. */
export function languageName(code: string, locale = 'en'): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** What a date that is not one shows as (a stored value past what a Date holds, NaN, a missing field). */
export const UNKNOWN_DATE = 'unknown date';

/** The Date of epoch ms, or null when it is not a valid date (never throws, whatever a record holds). */
export function validDate(ms: unknown): Date | null {
  if (typeof ms !== 'number') return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A saved date, e.g. "Nov 24, 2026" in en-US; "unknown date" for a value that is not a date. Never throws. */
export function formatDate(ms: number, locale?: string, timeZone?: string): string {
  const d = validDate(ms);
  if (!d) return UNKNOWN_DATE;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

/** The ISO string for a `<time dateTime>`, or undefined when the value is not a date. Never throws. */
export function isoDateTime(ms: number): string | undefined {
  return validDate(ms)?.toISOString();
}

/** Join class names, dropping falsy ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** The URL when it is http(s), else undefined (never render a javascript: or data: link from stored data). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

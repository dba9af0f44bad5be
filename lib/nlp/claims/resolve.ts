import type { Actor, ActorType, SourceDescriptor } from '../types';
import type { Range } from './text-units';
import { firstIndex, indexAt } from './text-units';
import { singular } from './anonymity';

/**
 * Linking a source phrase to an actor: directly (an actor mention inside the phrase), through a pronoun
 * (he/she -> the last named person or singular anonymous source within two sentences; it/they -> carefully), or a
 * definite description ("the sources", "the second ... source") back to the last matching anonymous description.
 * Prefer no link over a wrong one.
 */
export interface Mention extends Range {
  actorId: string;
  type: ActorType;
}

/** A source already placed, as a candidate antecedent for later pronouns and descriptions. */
export interface PlacedSource extends Range {
  actorId?: string;
  type?: ActorType;
  anonymous: boolean;
  document: boolean;
  head: string;
  plural: boolean;
  descriptor?: SourceDescriptor;
}

export interface Resolution {
  actorId?: string;
  anonymous?: boolean;
  descriptor?: SourceDescriptor;
}

export function actorMentions(actors: Actor[]): Mention[] {
  const out: Mention[] = [];
  for (const a of actors) for (const m of a.mentions) out.push({ start: m.start, end: m.end, actorId: a.id, type: a.type });
  return out.sort((x, y) => x.start - y.start);
}

/** Longest mention of each (sorted, unchanging) mention list: an overlap with a span can start at most that far before it. */
const longestMention = new WeakMap<Mention[], { count: number; length: number }>();
function maxMentionLength(mentions: Mention[]): number {
  const known = longestMention.get(mentions);
  if (known && known.count === mentions.length) return known.length;
  let length = 0;
  for (const m of mentions) length = Math.max(length, m.end - m.start);
  longestMention.set(mentions, { count: mentions.length, length });
  return length;
}

/** The actor named inside a source span: a person first (the name in "Iraqi Prime Minister Adel Abdul Mahdi"), else the longest mention. */
export function directActor(mentions: Mention[], span: Range): Mention | undefined {
  let best: Mention | undefined;
  // Mentions are sorted by start: none starting more than the longest mention's length before the span can overlap it.
  const earliest = span.start - maxMentionLength(mentions);
  for (let i = firstIndex(mentions, (m) => m.start >= earliest); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= span.end) break;
    if (m.end <= span.start) continue;
    if (!best) { best = m; continue; }
    const score = (x: Mention) => (x.type === 'person' ? 1e6 : 0) + (x.end - x.start);
    if (score(m) > score(best) || (score(m) === score(best) && m.start > best.start)) best = m;
  }
  return best;
}


export interface ResolveContext {
  text: string;
  sentences: Range[];
  mentions: Mention[];
  /** Real quotations: mentions inside them are not antecedents. */
  inQuote: (pos: number) => boolean;
  /** Sources placed so far, in text order (sorted by start). */
  placed: PlacedSource[];
  /** Anonymous, non-document placed sources by singular head noun, in text order (kept by `placeSource`). */
  anonymousByHead?: Map<string, PlacedSource[]>;
}

/** Adds a source after all placed ones (sources are placed in text order) and indexes it for `resolveDescription`. */
export function placeSource(ctx: ResolveContext, s: PlacedSource): void {
  ctx.placed.push(s);
  if (!s.anonymous || s.document) return;
  ctx.anonymousByHead ??= new Map();
  const key = singular(s.head);
  const list = ctx.anonymousByHead.get(key);
  if (list) list.push(s);
  else ctx.anonymousByHead.set(key, [s]);
}

/** Mentions that start in [from, pos), in text order (mentions are sorted by start). */
function mentionsBetween(ctx: ResolveContext, from: number, pos: number): Mention[] {
  const i = firstIndex(ctx.mentions, (m) => m.start >= from);
  const j = firstIndex(ctx.mentions, (m) => m.start >= pos);
  return ctx.mentions.slice(i, Math.max(i, j));
}
/** Placed sources that start in [from, pos), in text order. */
function placedBetween(ctx: ResolveContext, from: number, pos: number): PlacedSource[] {
  const i = firstIndex(ctx.placed, (s) => s.start >= from);
  const j = firstIndex(ctx.placed, (s) => s.start >= pos);
  return ctx.placed.slice(i, Math.max(i, j));
}

function windowStart(ctx: ResolveContext, pos: number, sentencesBack: number): number {
  const si = indexAt(ctx.sentences, pos);
  if (si < 0) return Math.max(0, pos - 400);
  return ctx.sentences[Math.max(0, si - sentencesBack)].start;
}

/** he / she: the latest person mention or singular person-like source within the sentence and the two before it. */
export function resolvePersonPronoun(ctx: ResolveContext, pos: number): Resolution {
  const from = windowStart(ctx, pos, 2);
  let best: { at: number; res: Resolution } | undefined;
  const sources = placedBetween(ctx, from, pos);
  for (const m of mentionsBetween(ctx, from, pos)) {
    if (m.start >= pos) break;
    if (m.start < from || m.type !== 'person' || ctx.inQuote(m.start)) continue;
    // A "person" inside a placed source that is someone else's ("Daniel Fogarty of Harwell & Price"): the source speaks.
    if (sources.some((s) => s.start <= m.start && m.end <= s.end && s.actorId !== m.actorId)) continue;
    if (!best || m.start >= best.at) best = { at: m.start, res: { actorId: m.actorId, anonymous: false } };
  }
  for (const s of sources) {
    if (s.start >= pos || s.start < from || s.plural || s.document) continue;
    const personLike = s.anonymous ? true : s.type === 'person';
    if (!personLike) continue;
    if (!best || s.start >= best.at) {
      best = { at: s.start, res: s.anonymous ? { anonymous: true, descriptor: s.descriptor } : { actorId: s.actorId, anonymous: false } };
    }
  }
  return best?.res ?? {};
}

/** Clause subjects: a mention at a sentence start or right after a clause opener ("as US President ..."). */
function subjectMention(ctx: ResolveContext, m: Mention): boolean {
  const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
  return /(?:^|[.!?]["”’]?\s+|\n\s*|(?:^|\s)(?:as|while|and|but|when|because|after|since|although|that|,)\s+)(?:the\s+|The\s+)?$/.test(before);
}

/** it / its: the latest organization or place that was a clause subject (or a source) within two sentences. */
export function resolveIt(ctx: ResolveContext, pos: number): Resolution {
  const from = windowStart(ctx, pos, 2);
  let best: { at: number; res: Resolution } | undefined;
  for (const m of mentionsBetween(ctx, from, pos)) {
    if (m.start >= pos) break;
    if (m.start < from || m.type === 'person' || ctx.inQuote(m.start) || !subjectMention(ctx, m)) continue;
    if (!best || m.start >= best.at) best = { at: m.start, res: { actorId: m.actorId, anonymous: false } };
  }
  for (const s of placedBetween(ctx, from, pos)) {
    if (s.start >= pos || s.start < from || s.plural || s.anonymous || !s.actorId || s.type === 'person') continue;
    if (!best || s.start >= best.at) best = { at: s.start, res: { actorId: s.actorId, anonymous: false } };
  }
  return best?.res ?? {};
}

/** they: only a previous source that is an organization or a plural anonymous description, within three sentences. */
export function resolveThey(ctx: ResolveContext, pos: number): Resolution {
  const from = windowStart(ctx, pos, 3);
  let best: PlacedSource | undefined;
  for (const s of placedBetween(ctx, from, pos)) {
    if (s.start >= pos || s.start < from || s.document) continue;
    if (s.anonymous ? s.plural : s.type === 'organization' || s.type === 'place') best = s;
  }
  if (!best) return {};
  return best.anonymous ? { anonymous: true, descriptor: best.descriptor } : { actorId: best.actorId, anonymous: false };
}

/** "the sources", "the official", "the second Iraqi security source": the last anonymous source with the same head. */
export function resolveDescription(ctx: ResolveContext, pos: number, head: string, role?: string): Resolution {
  const want = singular(head);
  const roleWords = (r?: string) => (r ?? '').toLowerCase().split(/\s+/).filter(Boolean).map(singular);
  const mine = roleWords(role);
  const candidates = ctx.anonymousByHead ? ctx.anonymousByHead.get(want) ?? [] : ctx.placed;
  // The last matching source before `pos`: walk back from there (candidates are in text order).
  for (let i = firstIndex(candidates, (s) => s.start >= pos) - 1; i >= 0; i--) {
    const s = candidates[i];
    if (!s.anonymous || s.document || singular(s.head) !== want) continue;
    const theirs = new Set(roleWords(s.descriptor?.role));
    if (mine.every((w) => theirs.has(w))) return { anonymous: true, descriptor: s.descriptor };
  }
  return {};
}

/**
 * Titles and appositions that give a person a role: "Sen. Ellery", "Senator Ellery", "Ellery, the Ohio senator".
 * A definite role description ("the senator") links back to the latest person mention carrying its role.
 */
const ROLE_TITLES = new Map<string, RegExp>([
  ['senator', /\b(?:sen\.|senator)\s*$/i], ['president', /\b(?:president|pres\.)\s*$/i], ['governor', /\b(?:gov\.|governor)\s*$/i],
  ['congressman', /\b(?:rep\.|congressman|representative)\s*$/i], ['congresswoman', /\b(?:rep\.|congresswoman|representative)\s*$/i],
  ['mayor', /\bmayor\s*$/i], ['secretary', /\bsecretary\s*$/i], ['minister', /\bminister\s*$/i], ['judge', /\bjudge\s*$/i],
  ['coach', /\bcoach\s*$/i], ['candidate', /\bcandidate\s*$/i],
]);
/** Person nouns a definite description uses for whoever was last spoken of ("the man said"): resolved like he / she. */
const GENERIC_PERSON = new Set(['man', 'woman', 'person', 'boy', 'girl']);

/**
 * "the senator", "the nurse", "the man": a definite role description, linked back, or left unlinked when unsure.
 * In order: a person mention carrying the role's title or apposition within six sentences ("Sen. Ellery ... the
 * senator"); the latest unnamed source with the same head ("one senator involved ... the senator": unnamed too); for
 * "the man" / "the woman", the latest person or singular source as for he / she. Otherwise nothing: no link beats a wrong one.
 */
export function resolveRole(ctx: ResolveContext, pos: number, head: string): Resolution {
  const want = singular(head);
  if (GENERIC_PERSON.has(want)) {
    // News names a named person again by surname: "the man" is someone unnamed, the latest unnamed singular source
    // within three sentences, or else an unnamed source of its own (never the person last mentioned: "said he heard
    // Mateen talk ... the man said").
    let last: PlacedSource | undefined;
    for (const s of placedBetween(ctx, windowStart(ctx, pos, 3), pos)) if (!s.plural && !s.document && s.anonymous) last = s;
    return { anonymous: true, descriptor: last?.descriptor };
  }
  const from = windowStart(ctx, pos, 6);
  const title = ROLE_TITLES.get(want);
  let named: { at: number; actorId: string } | undefined;
  if (title) {
    for (const m of mentionsBetween(ctx, from, pos)) {
      if (m.type !== 'person' || ctx.inQuote(m.start)) continue;
      const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
      const after = ctx.text.slice(m.end, Math.min(ctx.text.length, m.end + 60));
      const apposition = new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+[^,.;]{0,40}\\b${want}\\b`, 'i');
      if (title.test(before) || apposition.test(after)) named = { at: m.start, actorId: m.actorId };
    }
  }
  let anonymous: PlacedSource | undefined;
  for (const s of placedBetween(ctx, from, pos)) if (s.anonymous && !s.document && singular(s.head) === want) anonymous = s;
  if (anonymous && (!named || anonymous.start > named.at)) return { anonymous: true, descriptor: anonymous.descriptor };
  if (named) return { actorId: named.actorId, anonymous: false };
  return {};
}

/**
 * "the company", "the newspaper": the latest organization within four sentences that was a clause subject or a source
 * (the company the story is about, the paper just quoted). Unlinked when there is none.
 */
export function resolveOrganization(ctx: ResolveContext, pos: number): Resolution {
  const from = windowStart(ctx, pos, 4);
  let best: { at: number; actorId: string } | undefined;
  for (const m of mentionsBetween(ctx, from, pos)) {
    if (m.type !== 'organization' || ctx.inQuote(m.start) || !subjectMention(ctx, m)) continue;
    if (!best || m.start >= best.at) best = { at: m.start, actorId: m.actorId };
  }
  for (const s of placedBetween(ctx, from, pos)) {
    if (s.anonymous || !s.actorId || s.type !== 'organization') continue;
    if (!best || s.start >= best.at) best = { at: s.start, actorId: s.actorId };
  }
  return best ? { actorId: best.actorId, anonymous: false } : {};
}

import type { Actor, ActorType, SourceDescriptor } from '../types';
import type { Range } from './text-units';
import { indexAt } from './text-units';
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

/** The actor named inside a source span: a person first (the name in "Iraqi Prime Minister Adel Abdul Mahdi"), else the longest mention. */
export function directActor(mentions: Mention[], span: Range): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
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
  placed: PlacedSource[];
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
  for (const m of ctx.mentions) {
    if (m.start >= pos) break;
    if (m.start < from || m.type !== 'person' || ctx.inQuote(m.start)) continue;
    if (!best || m.start >= best.at) best = { at: m.start, res: { actorId: m.actorId, anonymous: false } };
  }
  for (const s of ctx.placed) {
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
  for (const m of ctx.mentions) {
    if (m.start >= pos) break;
    if (m.start < from || m.type === 'person' || ctx.inQuote(m.start) || !subjectMention(ctx, m)) continue;
    if (!best || m.start >= best.at) best = { at: m.start, res: { actorId: m.actorId, anonymous: false } };
  }
  for (const s of ctx.placed) {
    if (s.start >= pos || s.start < from || s.plural || s.anonymous || !s.actorId || s.type === 'person') continue;
    if (!best || s.start >= best.at) best = { at: s.start, res: { actorId: s.actorId, anonymous: false } };
  }
  return best?.res ?? {};
}

/** they: only a previous source that is an organization or a plural anonymous description, within three sentences. */
export function resolveThey(ctx: ResolveContext, pos: number): Resolution {
  const from = windowStart(ctx, pos, 3);
  let best: PlacedSource | undefined;
  for (const s of ctx.placed) {
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
  let best: PlacedSource | undefined;
  for (const s of ctx.placed) {
    if (s.start >= pos) break;
    if (!s.anonymous || s.document || singular(s.head) !== want) continue;
    const theirs = new Set(roleWords(s.descriptor?.role));
    if (mine.every((w) => theirs.has(w))) best = s;
  }
  return best ? { anonymous: true, descriptor: best.descriptor } : {};
}

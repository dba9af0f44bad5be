/**
 * The compact record the reading history keeps of one analysed article (pure: runs in the engine document, in the
 * store's tests and in the bench). No article text is kept: the actors with their mention counts, roles and the
 * aliases that may join them across articles, and the claims with their source, anonymity and at most
 * MAX_CLAIM_CHARS of their words. Bylines, photo credits and datelines are left out (exclusions.ts).
 */
import { COUNTRIES, countryById, lookupPlace } from '../kb';
import type { Actor, ActorType, Analysis, ClaimKind } from '../nlp/types';
import { actorKey, normalizeName } from '../store/names';
import type { HistoryActor } from '../store/schema';
import { excludedRanges, isRealRole } from './exclusions';

import { MAX_ACTORS, MAX_CLAIM_CHARS, MAX_CLAIMS } from './limits';

export { MAX_ACTORS, MAX_CLAIM_CHARS, MAX_CLAIMS };

export interface MemoryInput {
  url: string;
  title: string;
  site?: string | null;
  byline?: string | null;
  published?: string | null;
  text: string;
  analysis: Analysis;
}

export interface MemoryClaim {
  text: string;
  kind: ClaimKind;
  source: string | null;
  sourceKey: string | null;
  anonymous: boolean;
  aboutKeys: string[];
}

export interface MemoryDraft {
  url: string;
  title: string;
  site: string | null;
  publishedAt: number;
  actors: HistoryActor[];
  claims: MemoryClaim[];
}

/** Capitals of every country, folded: as an alias of a country they are a metonym of that article only. */
const CAPITALS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.capitals.map((n) => normalizeName(n))));

/**
 * Aliases that may join this actor to the same actor in other articles. A capital the engine linked to its country in
 * one article ("Washington said" -> United States) is a metonym of that article: used across articles it merged the
 * city of another story into the country.
 */
export function crossArticleAliases(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  const own = normalizeName(actor.name);
  const out: string[] = [];
  for (const a of actor.aliases ?? []) {
    const n = normalizeName(a);
    if (!n || n === own || CAPITALS.has(n) || out.some((x) => normalizeName(x) === n)) continue;
    out.push(a);
  }
  return out;
}

/**
 * The reference key is kept only when the actor IS the country: the engine also gives a capital or a city the key of the
 * country it lies in ("Washington" -> USA), and joining on it merged the city of one story into the United States.
 */
function countryKb(actor: Pick<Actor, 'name' | 'kb'>): boolean {
  if (!actor.kb) return false;
  const country = countryById(actor.kb);
  const name = normalizeName(actor.name);
  return !!country && [country.name, ...country.names].some((n) => normalizeName(n) === name);
}

/** Names in a byline: "By Jane Doe and John Roe, Reuters" -> ["jane doe", "john roe", "reuters"]. */
export function bylineNames(byline: string | null | undefined): Set<string> {
  if (!byline) return new Set();
  return new Set(
    byline
      .replace(/^\s*(?:by|written by|words by)\s+/i, '')
      .split(/\s*(?:,|;|\||&|\band\b|\bfor\b|\bin\b)\s*/i)
      .map((n) => normalizeName(n))
      .filter((n) => n.length > 1),
  );
}

function cutAtWord(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd();
}

export function publishedAtOf(published: string | null | undefined): number {
  const t = published ? Date.parse(published) : NaN;
  return Number.isFinite(t) ? t : 0;
}

/** The history's record of one analysed article. */
export function memoryDraft(input: MemoryInput): MemoryDraft {
  const { text, analysis } = input;
  const excluded = excludedRanges(text);
  const inExcluded = (s: { start: number; end: number }) => excluded.some((r) => s.start >= r.start && s.end <= r.end);
  const writers = bylineNames(input.byline);
  const speaking = new Set(analysis.claims.flatMap((c) => (c.source?.actorId ? [c.source.actorId] : [])));

  const byId = new Map<string, HistoryActor>();
  const actors: HistoryActor[] = [];
  for (const actor of analysis.actors) {
    if (actors.length >= MAX_ACTORS) break;
    const mentions = actor.mentions.filter((m) => !inExcluded(m));
    if (mentions.length === 0) continue;
    const names = [actor.name, ...(actor.aliases ?? [])].map((n) => normalizeName(n));
    if (!speaking.has(actor.id) && names.some((n) => writers.has(n))) continue;
    // A known city or capital that speaks ("Washington said") and that the engine did not link into its country's actor
    // is a government or an institution, not the place: remembered apart from the city of other stories.
    const place = actor.type === 'place' ? lookupPlace(actor.name) : undefined;
    const type: ActorType = place && place.kind !== 'country' && speaking.has(actor.id) ? 'organization' : actor.type;
    const record: HistoryActor = {
      key: actorKey(type, actor.name),
      name: actor.name,
      type,
      mentions: mentions.length,
      roles: [...new Set((actor.roles ?? []).map((r) => r.trim()).filter(isRealRole))],
      aliases: crossArticleAliases(actor),
      ...(countryKb(actor) ? { kb: actor.kb } : {}),
    };
    // Two actors of the article with the same key (the engine kept them apart) are one record here.
    const same = actors.find((a) => a.key === record.key);
    if (same) {
      same.mentions += record.mentions;
      same.roles = [...new Set([...same.roles, ...record.roles])];
      same.aliases = [...new Set([...same.aliases, ...record.aliases])];
      byId.set(actor.id, same);
      continue;
    }
    actors.push(record);
    byId.set(actor.id, record);
  }

  const claims: MemoryClaim[] = [];
  for (const c of analysis.claims) {
    if (claims.length >= MAX_CLAIMS) break;
    const words = cutAtWord(c.text, MAX_CLAIM_CHARS);
    if (!words) continue;
    const sourceActor = c.source?.actorId ? byId.get(c.source.actorId) : undefined;
    const about = new Set<string>();
    for (const actor of analysis.actors) {
      const rec = byId.get(actor.id);
      if (!rec || rec === sourceActor) continue;
      if (actor.mentions.some((m) => m.start >= c.start && m.end <= c.end)) about.add(rec.key);
    }
    claims.push({
      text: words,
      kind: c.kind,
      source: sourceActor?.name ?? (c.source?.text ? cutAtWord(c.source.text, 200) : null),
      sourceKey: sourceActor?.key ?? null,
      anonymous: !!c.source?.anonymous,
      aboutKeys: [...about],
    });
  }

  return {
    url: input.url,
    title: cutAtWord(input.title || input.url, 500),
    site: input.site ? cutAtWord(input.site, 200) : null,
    publishedAt: publishedAtOf(input.published),
    actors,
    claims,
  };
}

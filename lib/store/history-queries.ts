/**
 * What the memory features read from the reading history, each from indexes (never a scan of the whole history):
 * an actor over time (actor page), the lines of the cards and popup, "seen before?" for a page's claims, and an
 * outlet's sourcing profile.
 */
import { probeKeys, type Identity } from '../memory/identity';
import type { ActorType, ClaimKind } from '../nlp/types';
import type { DramatisDB } from './db';
import { historyIdentity } from './history-names';
import { rowsWithAny } from './history-read';
import { siteKey } from './settings';
import type { HistoryClaimRecord } from './schema';

// "Seen before?" lives in history-seen.ts (its own index); re-exported here under the names callers use.
export { HistoryClaimIndex, seenBefore, type ClaimProbe, type SeenBefore, type SeenMatch } from './history-seen';

const WEEK = 7 * 24 * 3600 * 1000;

/** Monday 00:00 UTC of the week of `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

export interface ActorMemory {
  identity: Identity;
  /** Articles where the actor appears, newest first. */
  articles: { id: number; url: string; title: string; site: string; host: string; readAt: number; mentions: number }[];
  /** Mentions per week (Monday, UTC), oldest first, weeks without any included as 0 between the first and last. */
  weeks: { week: number; mentions: number; articles: number }[];
  /** Outlets by number of articles. */
  outlets: { host: string; site: string; articles: number; last: number }[];
  /** Roles seen, with the first and last time. */
  roles: { role: string; first: number; last: number; articles: number }[];
  /** Claims with the actor as source, newest first. */
  said: { text: string; kind: ClaimKind; historyId: number; title: string; readAt: number }[];
  /** Claims that name the actor (by someone else), newest first. */
  about: { text: string; kind: ClaimKind; source: string | null; anonymous: boolean; historyId: number; title: string; readAt: number }[];
  /** Actors seen in the same articles, most often first. */
  coActors: { key: string; name: string; type: ActorType; articles: number }[];
}

/** The actor over time, from the history records naming any of its keys. */
export async function actorMemory(db: DramatisDB, key: string, options: { maxCoActors?: number; maxClaims?: number } = {}): Promise<ActorMemory | null> {
  const identity = await historyIdentity(db, key);
  if (!identity) return null;
  const keys = new Set(identity.keys);
  const records = await rowsWithAny(db.history, 'actorKeys', identity.keys, (r) => r.id);
  records.sort((a, b) => b.readAt - a.readAt);
  const byId = new Map(records.map((r) => [r.id!, r]));
  const articles: ActorMemory['articles'] = [];
  const weekMap = new Map<number, { mentions: number; articles: number }>();
  const outletMap = new Map<string, { host: string; site: string; articles: number; last: number }>();
  const roleMap = new Map<string, { role: string; first: number; last: number; articles: number }>();
  const together = new Map<string, { name: string; type: ActorType; articles: number }>();
  for (const r of records) {
    let mentions = 0;
    const rolesHere = new Set<string>();
    for (const a of r.actors) {
      if (keys.has(a.key)) {
        mentions += a.mentions;
        for (const role of a.roles) rolesHere.add(role);
      }
    }
    articles.push({ id: r.id!, url: r.url, title: r.title, site: r.site, host: r.host, readAt: r.readAt, mentions });
    const w = weekStart(r.readAt);
    const wk = weekMap.get(w) ?? { mentions: 0, articles: 0 };
    wk.mentions += mentions;
    wk.articles++;
    weekMap.set(w, wk);
    const o = outletMap.get(r.host) ?? { host: r.host, site: r.site, articles: 0, last: 0 };
    o.articles++;
    o.last = Math.max(o.last, r.readAt);
    outletMap.set(r.host, o);
    for (const role of rolesHere) {
      const k = role.toLowerCase();
      const x = roleMap.get(k) ?? { role, first: r.readAt, last: r.readAt, articles: 0 };
      x.first = Math.min(x.first, r.readAt);
      x.last = Math.max(x.last, r.readAt);
      x.articles++;
      roleMap.set(k, x);
    }
    const seen = new Set<string>();
    for (const a of r.actors) {
      if (keys.has(a.key)) continue;
      // The engine reads a rare name as a person in one article and a place in another ("Rui Valente"): one co-actor.
      const k = probeKeys(a.key).find((p) => together.has(p)) ?? a.key;
      if (seen.has(k)) continue;
      seen.add(k);
      const t = together.get(k) ?? { name: a.name, type: a.type, articles: 0 };
      t.articles++;
      together.set(k, t);
    }
  }
  const weeks: ActorMemory['weeks'] = [];
  if (weekMap.size) {
    const ws = [...weekMap.keys()];
    for (let w = Math.min(...ws); w <= Math.max(...ws); w += WEEK) weeks.push({ week: w, ...(weekMap.get(w) ?? { mentions: 0, articles: 0 }) });
  }
  const maxClaims = options.maxClaims ?? 50;
  const [saidRows, aboutRows] = await Promise.all([
    rowsWithAny(db.historyClaims, 'sourceKey', identity.keys, (c) => c.id),
    rowsWithAny(db.historyClaims, 'aboutKeys', identity.keys, (c) => c.id),
  ]);
  const withArticle = <T extends HistoryClaimRecord>(rows: T[]) =>
    rows
      .filter((c) => byId.has(c.historyId))
      .map((c) => ({ c, r: byId.get(c.historyId)! }))
      .sort((x, y) => y.r.readAt - x.r.readAt)
      .slice(0, maxClaims);
  return {
    identity,
    articles,
    weeks,
    outlets: [...outletMap.values()].sort((a, b) => b.articles - a.articles || b.last - a.last),
    roles: [...roleMap.values()].sort((a, b) => b.articles - a.articles || a.first - b.first),
    said: withArticle(saidRows).map(({ c, r }) => ({ text: c.text, kind: c.kind, historyId: r.id!, title: r.title, readAt: r.readAt })),
    about: withArticle(aboutRows.filter((c) => !c.sourceKey || !keys.has(c.sourceKey))).map(({ c, r }) => ({
      text: c.text,
      kind: c.kind,
      source: c.source,
      anonymous: !!c.anonymous,
      historyId: r.id!,
      title: r.title,
      readAt: r.readAt,
    })),
    coActors: [...together]
      .sort((a, b) => b[1].articles - a[1].articles || a[1].name.localeCompare(b[1].name))
      .slice(0, options.maxCoActors ?? 12)
      .map(([k, v]) => ({ key: k, ...v })),
  };
}

export interface ActorLine {
  /** Articles read that name the actor (this page excluded). */
  articles: number;
  first: number | null;
  last: number | null;
}

/** "in 14 articles you read since March, last on …": other remembered articles naming the actor. */
export async function actorLine(db: DramatisDB, key: string, excludeUrl?: string): Promise<ActorLine> {
  const identity = await historyIdentity(db, key);
  if (!identity) return { articles: 0, first: null, last: null };
  const rows = (await rowsWithAny(db.history, 'actorKeys', identity.keys, (r) => r.id)).filter((r) => r.url !== excludeUrl);
  if (rows.length === 0) return { articles: 0, first: null, last: null };
  return { articles: rows.length, first: Math.min(...rows.map((r) => r.readAt)), last: Math.max(...rows.map((r) => r.readAt)) };
}

export interface OutletProfile {
  host: string;
  site: string;
  articles: number;
  claims: number;
  anonymous: number;
  /** anonymous / claims (0 without claims). */
  anonymousShare: number;
  first: number | null;
  last: number | null;
  /** The named sources quoted most often. */
  topSources: { name: string; claims: number }[];
  /** Per month (UTC, "2026-03"): articles, claims and the anonymous share, oldest first. */
  trend: { month: string; articles: number; claims: number; anonymousShare: number }[];
}

/** An outlet's sourcing across the articles read there (the host and its subdomains). */
export async function outletProfile(db: DramatisDB, hostOrUrl: string, options: { topSources?: number } = {}): Promise<OutletProfile> {
  const host = siteKey(hostOrUrl);
  const hosts = ((await db.history.orderBy('host').uniqueKeys()) as string[]).filter((h) => h === host || h.endsWith(`.${host}`));
  const records = await rowsWithAny(db.history, 'host', hosts, (r) => r.id);
  let claims = 0;
  let anonymous = 0;
  const months = new Map<string, { articles: number; claims: number; anonymous: number }>();
  for (const r of records) {
    claims += r.claims;
    anonymous += r.anonymous;
    const m = new Date(r.readAt).toISOString().slice(0, 7);
    const x = months.get(m) ?? { articles: 0, claims: 0, anonymous: 0 };
    x.articles++;
    x.claims += r.claims;
    x.anonymous += r.anonymous;
    months.set(m, x);
  }
  const sources = new Map<string, { name: string; claims: number }>();
  if (records.length) {
    const named = (await rowsWithAny(db.historyClaims, 'historyId', records.map((r) => r.id!), (c) => c.id)).filter((c) => !c.anonymous && !!c.sourceKey);
    for (const c of named) {
      const s = sources.get(c.sourceKey!) ?? { name: c.source ?? c.sourceKey!, claims: 0 };
      s.claims++;
      sources.set(c.sourceKey!, s);
    }
  }
  const reads = records.map((r) => r.readAt);
  return {
    host,
    site: records.find((r) => r.host === host)?.site ?? records[0]?.site ?? host,
    articles: records.length,
    claims,
    anonymous,
    anonymousShare: claims ? anonymous / claims : 0,
    first: reads.length ? Math.min(...reads) : null,
    last: reads.length ? Math.max(...reads) : null,
    topSources: [...sources.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)).slice(0, options.topSources ?? 5),
    trend: [...months]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([month, x]) => ({ month, articles: x.articles, claims: x.claims, anonymousShare: x.claims ? x.anonymous / x.claims : 0 })),
  };
}

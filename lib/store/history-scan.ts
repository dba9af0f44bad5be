/**
 * The memory queries answered the naive way: by reading the whole history (every record and every claim) and
 * computing the answer in memory. Not used by the product: it is the reference the unit tests compare the indexed
 * answers of history-queries.ts with (after random writes, forgets and imports), and the baseline the memory bench
 * prints beside them. It follows the same definitions (documented on ActorMemory and OutletProfile), written
 * independently of the aggregates.
 */
import { probeKeys } from '../memory/identity';
import type { ActorType } from '../nlp/types';
import type { DramatisDB } from './db';
import { historyIdentity } from './history-names';
import { ACTOR_LIST_SHOWN, monthOf, type ActorMemoryOptions, type ActorLine, type ActorMemory, type OutletProfile, weekStart } from './history-queries';
import type { HistoryClaimRecord, HistoryRecord } from './schema';
import { siteKey } from './settings';

const WEEK = 7 * 24 * 3600 * 1000;

/** Newest first: later reading, then the later record. */
const newest = (a: HistoryRecord, b: HistoryRecord) => b.readAt - a.readAt || b.id! - a.id!;

export async function actorMemoryScan(db: DramatisDB, key: string, options: ActorMemoryOptions = {}): Promise<ActorMemory | null> {
  const identity = await historyIdentity(db, key);
  if (!identity) return null;
  const keys = new Set(identity.keys);
  const [all, allClaims] = await Promise.all([db.history.toArray(), db.historyClaims.toArray()]);
  const mine = all.filter((r) => r.actorKeys.some((k) => keys.has(k))).sort(newest);
  const mentionsIn = (r: HistoryRecord) => r.actors.filter((a) => keys.has(a.key)).reduce((s, a) => s + a.mentions, 0);

  const weekMap = new Map<number, { mentions: number; articles: number }>();
  const outlets = new Map<string, { host: string; site: string; articles: number; last: number }>();
  const roles = new Map<string, { role: string; first: number; last: number; articles: number }>();
  for (const r of mine) {
    const w = weekStart(r.readAt);
    const wk = weekMap.get(w) ?? { mentions: 0, articles: 0 };
    wk.mentions += mentionsIn(r);
    wk.articles++;
    weekMap.set(w, wk);
    // One entry per host and site name; records come newest first: the first seen is the latest.
    const ok = `${r.host}\u0000${r.site}`;
    const o = outlets.get(ok) ?? { host: r.host, site: r.site, articles: 0, last: r.readAt };
    o.articles++;
    outlets.set(ok, o);
    const here = new Map<string, string>();
    for (const a of r.actors) if (keys.has(a.key)) for (const role of a.roles) if (!here.has(role.toLowerCase())) here.set(role.toLowerCase(), role);
    for (const [lower, role] of here) {
      const x = roles.get(lower) ?? { role, first: r.readAt, last: r.readAt, articles: 0 };
      x.first = Math.min(x.first, r.readAt);
      x.articles++;
      roles.set(lower, x);
    }
  }
  const weeks: ActorMemory['weeks'] = [];
  if (weekMap.size) {
    const ws = [...weekMap.keys()];
    for (let w = Math.min(...ws); w <= Math.max(...ws); w += WEEK) weeks.push({ week: w, ...(weekMap.get(w) ?? { mentions: 0, articles: 0 }) });
  }

  // Co-actors over every article of the actor, newest first: a key joins the group of a key already seen when the
  // identity rules make them one name read as a person and as a place (probeKeys), unless that other key is the actor's;
  // a group is named by the first member seen (within one article, the person first).
  const together = new Map<string, { key: string; name: string; type: ActorType; articles: number }>();
  const groupOf = (k: string) => {
    const probes = probeKeys(k);
    return probes.length > 1 && !probes.some((p) => keys.has(p)) ? probes.find((p) => p.startsWith('person:'))! : k;
  };
  for (const r of mine) {
    const seen = new Set<string>();
    const others = r.actors.filter((a) => !keys.has(a.key));
    const ordered = [...others.filter((a) => a.type === 'person'), ...others.filter((a) => a.type !== 'person')];
    for (const a of ordered) {
      const g = groupOf(a.key);
      if (seen.has(g)) continue;
      seen.add(g);
      const t = together.get(g) ?? { key: a.key, name: a.name, type: a.type, articles: 0 };
      t.articles++;
      together.set(g, t);
    }
  }

  const byId = new Map(all.map((r) => [r.id!, r]));
  const maxClaims = options.maxClaims ?? ACTOR_LIST_SHOWN;
  // Newest first: the claims remembered last (claim ids grow with every write); in any article read.
  const claimsOf = (keep: (c: HistoryClaimRecord) => boolean) => allClaims.filter((c) => byId.has(c.historyId) && keep(c)).sort((a, b) => b.id! - a.id!);
  const saidAll = claimsOf((c) => !!c.sourceKey && keys.has(c.sourceKey));
  const aboutAll = claimsOf((c) => (!c.sourceKey || !keys.has(c.sourceKey)) && c.aboutKeys.some((k) => keys.has(k)));
  const said = saidAll.slice(0, maxClaims);
  const about = aboutAll.slice(0, maxClaims);
  return {
    identity,
    articles: mine.slice(0, options.maxArticles ?? ACTOR_LIST_SHOWN).map((r) => ({ id: r.id!, url: r.url, title: r.title, site: r.site, host: r.host, readAt: r.readAt, mentions: mentionsIn(r) })),
    articleCount: mine.length,
    first: mine.length ? mine[mine.length - 1].readAt : null,
    last: mine.length ? mine[0].readAt : null,
    weeks,
    outlets: [...outlets.values()].sort((a, b) => b.articles - a.articles || b.last - a.last || a.host.localeCompare(b.host) || a.site.localeCompare(b.site)),
    roles: [...roles.values()].sort((a, b) => b.articles - a.articles || a.first - b.first || a.role.localeCompare(b.role)),
    said: said.map((c) => ({ text: c.text, kind: c.kind, historyId: c.historyId, title: byId.get(c.historyId)!.title, readAt: byId.get(c.historyId)!.readAt })),
    moreSaid: saidAll.length > maxClaims,
    about: about.map((c) => ({
      text: c.text,
      kind: c.kind,
      source: c.source,
      anonymous: !!c.anonymous,
      historyId: c.historyId,
      title: byId.get(c.historyId)!.title,
      readAt: byId.get(c.historyId)!.readAt,
    })),
    moreAbout: aboutAll.length > maxClaims,
    coActors: [...together.values()]
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || a.key.localeCompare(b.key))
      .slice(0, options.maxCoActors ?? ACTOR_LIST_SHOWN),
    coActorCount: together.size,
  };
}

export async function actorLineScan(db: DramatisDB, key: string, excludeUrl?: string): Promise<ActorLine> {
  const identity = await historyIdentity(db, key);
  if (!identity) return { articles: 0, first: null, last: null };
  const keys = new Set(identity.keys);
  const rows = (await db.history.toArray()).filter((r) => r.url !== excludeUrl && r.actorKeys.some((k) => keys.has(k)));
  if (rows.length === 0) return { articles: 0, first: null, last: null };
  return { articles: rows.length, first: Math.min(...rows.map((r) => r.readAt)), last: Math.max(...rows.map((r) => r.readAt)) };
}

export async function outletProfileScan(db: DramatisDB, hostOrUrl: string, options: { topSources?: number } = {}): Promise<OutletProfile> {
  const host = siteKey(hostOrUrl);
  const [all, allClaims] = await Promise.all([db.history.toArray(), db.historyClaims.toArray()]);
  const records = all.filter((r) => r.host === host || r.host.endsWith(`.${host}`)).sort(newest);
  const ids = new Set(records.map((r) => r.id!));
  let claims = 0;
  let anonymous = 0;
  const months = new Map<string, { articles: number; claims: number; anonymous: number }>();
  for (const r of records) {
    claims += r.claims;
    anonymous += r.anonymous;
    const m = monthOf(r.readAt);
    const x = months.get(m) ?? { articles: 0, claims: 0, anonymous: 0 };
    x.articles++;
    x.claims += r.claims;
    x.anonymous += r.anonymous;
    months.set(m, x);
  }
  // A source's name is the one of its last claim remembered.
  const sources = new Map<string, { name: string; claims: number }>();
  for (const c of allClaims.filter((x) => ids.has(x.historyId) && !x.anonymous && !!x.sourceKey).sort((a, b) => a.id! - b.id!)) {
    const s = sources.get(c.sourceKey!) ?? { name: '', claims: 0 };
    s.claims++;
    s.name = c.source ?? c.sourceKey!;
    sources.set(c.sourceKey!, s);
  }
  return {
    host,
    site: (records.find((r) => r.host === host) ?? records[0])?.site ?? host,
    articles: records.length,
    claims,
    anonymous,
    anonymousShare: claims ? anonymous / claims : 0,
    first: records.length ? Math.min(...records.map((r) => r.readAt)) : null,
    last: records.length ? records[0].readAt : null,
    topSources: [...sources]
      .sort((a, b) => b[1].claims - a[1].claims || a[1].name.localeCompare(b[1].name) || a[0].localeCompare(b[0]))
      .slice(0, options.topSources ?? 5)
      .map(([, s]) => s),
    trend: [...months]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([month, x]) => ({ month, articles: x.articles, claims: x.claims, anonymousShare: x.claims ? x.anonymous / x.claims : 0 })),
  };
}

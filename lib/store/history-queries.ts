/**
 * What the memory features read from the reading history, each from indexes (never a scan of the whole history):
 * an actor over time (actor page), the lines of the cards and popup, "seen before?" for a page's claims, and an
 * outlet's sourcing profile.
 */
import type { Identity } from '../memory/identity';
import type { ActorType, ClaimKind } from '../nlp/types';
import type { DramatisDB } from './db';
import { monthOf, weekStart } from './history-aggregates';
import Dexie from 'dexie';
import { coActorsFromRows, type CoActorFold } from './history-coactors';
import { historyIdentity } from './history-names';
import { rowsWithAny } from './history-read';
import { siteKey } from './settings';
import type { HistoryClaimRecord, HistoryRecord } from './schema';

// "Seen before?" lives in history-seen.ts (its own index); re-exported here under the names callers use.
export { HistoryClaimIndex, seenBefore, type ClaimProbe, type SeenBefore, type SeenMatch } from './history-seen';

const WEEK = 7 * 24 * 3600 * 1000;

/**
 * The actor page first lists the newest this many articles, claims by the actor and claims about them (the view shows
 * as many; "Show more" asks for ACTOR_MORE_STEP more). Reading only what is shown matters for a frequent actor: 50 of
 * each were read and 12 shown, and the 150 or so records and claims were a third of the page's time.
 */
export const ACTOR_LIST_SHOWN = 12;
export const ACTOR_MORE_STEP = 50;

export interface ActorMemoryOptions {
  /** Newest articles listed (`articleCount` counts them all). */
  maxArticles?: number;
  /** Newest claims by the actor, and about them, listed. */
  maxClaims?: number;
  /** Co-actors listed. */
  maxCoActors?: number;
}

export { monthOf, weekStart };

export interface ActorMemory {
  identity: Identity;
  /** Articles where the actor appears, newest first: the newest `maxArticles`. */
  articles: { id: number; url: string; title: string; site: string; host: string; readAt: number; mentions: number }[];
  /** Every article naming the actor (`articles` lists the newest `maxArticles`). */
  articleCount: number;
  /** The first and last time the actor was read about (null without articles). */
  first: number | null;
  last: number | null;
  /** Mentions per week (Monday, UTC), oldest first, weeks without any included as 0 between the first and last. */
  weeks: { week: number; mentions: number; articles: number }[];
  /** Where the actor was read, one entry per host and site name, by number of articles (the view groups them by domain). */
  outlets: { host: string; site: string; articles: number; last: number }[];
  /** Roles seen, with the first and last time. */
  roles: { role: string; first: number; last: number; articles: number }[];
  /** Claims with the actor as source (in any article read), newest first: the newest `maxClaims`, and whether there are more. */
  said: { text: string; kind: ClaimKind; historyId: number; title: string; readAt: number }[];
  moreSaid: boolean;
  /** Claims that name the actor (by someone else; in any article read), newest first: the newest `maxClaims`, and whether there are more. */
  about: { text: string; kind: ClaimKind; source: string | null; anonymous: boolean; historyId: number; title: string; readAt: number }[];
  moreAbout: boolean;
  /**
   * Actors seen in the same articles (all the actor's articles), most often first; the person and the place of a name
   * that is no known place are one, named as seen latest (history-coactors.ts).
   */
  coActors: { key: string; name: string; type: ActorType; articles: number }[];
  /** All the co-actors (`coActors` lists the first `maxCoActors`). */
  coActorCount: number;
}

/** Rows naming the actor's keys, and the articles among them: each once, newest first (reading time, then id). */
async function actorRows(db: DramatisDB, keys: readonly string[]) {
  const rows = await rowsWithAny(db.historyActorWeeks, 'key', keys, (w) => `${w.key}\u0000${w.week}`);
  const readAt = new Map<number, number>();
  const times = new Map<number, number>();
  for (const w of rows) {
    for (const [i, id] of w.ids.entries()) {
      readAt.set(id, w.reads[i]);
      times.set(id, (times.get(id) ?? 0) + 1);
    }
  }
  const order = [...readAt].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return { rows, order, readAt, times };
}

/**
 * The actor over time, from the aggregates of its keys (history-aggregates.ts, history-coactors.ts) and the newest of
 * its records: a few small rows per week read, whatever the number of articles. Exact for every count, co-actors
 * included; the articles listed are the newest `maxArticles` (`articleCount` counts them all), the claims the newest
 * `maxClaims` (by when remembered), each ACTOR_LIST_SHOWN unless asked.
 */
export async function actorMemory(db: DramatisDB, key: string, options: ActorMemoryOptions = {}): Promise<ActorMemory | null> {
  const identity = await historyIdentity(db, key);
  if (!identity) return null;
  const keys = new Set(identity.keys);
  const maxClaims = options.maxClaims ?? ACTOR_LIST_SHOWN;
  // One claim more than listed is read to tell whether there are more.
  const wanted = maxClaims + 1;
  // The week rows and the co-actor totals of the actor's keys (one row per key, and its open week rows: the latest,
  // as a rule) depend on the identity only.
  const coActorRows = async (k: string) => {
    const total = await db.historyCoActorTotals.get(k);
    const open = await db.historyCoActorWeeks.where('[key+week]').between([k, total?.upto ?? Dexie.minKey], [k, Dexie.maxKey], true, true).toArray();
    return total ? [total, ...open] : open;
  };
  const [{ rows, order, readAt, times }, coLists] = await Promise.all([actorRows(db, identity.keys), Promise.all(identity.keys.map(coActorRows))]);
  const coRows: CoActorFold[] = coLists.flat();
  const ids = new Set(readAt.keys());
  // The newest claims (by id) under any key of the actor. An index orders the entries of one key by primary key, so a
  // key cursor read backwards gives each key's newest claim ids first (reading every id of a frequent actor's claims
  // took a second at 10,000 articles in Chromium, a cursor over the rows themselves several times the key cursor).
  // The ids of all the keys are merged first, newest first, and only as many rows read as are still wanted: with two
  // keys, 50 rows instead of each key's 100 (4 bulkGets of 100 claims were 16 ms of the most frequent actor's page).
  // A claim counts wherever it was read: its record need not list the actor among its own (the engine's claims name
  // their article's actors, but an imported file or the bench's drawn claims need not). Keeping only the actor's
  // articles cost a claim row per claim elsewhere: 800 of them, 100 ms, on the bench's history after its write runs.
  const newestClaims = async (index: 'sourceKey' | 'aboutKeys', keep: (c: HistoryClaimRecord) => boolean) => {
    const read = new Map<number, HistoryClaimRecord | undefined>();
    for (let limit = wanted; ; limit *= 4) {
      const lists = await Promise.all(identity.keys.map((k) => db.historyClaims.where(index).equals(k).reverse().limit(limit).primaryKeys()));
      // Every id of every key down to `floor` is in the lists: a key with `limit` ids may have older ones, not newer.
      const floor = Math.max(-Infinity, ...lists.filter((l) => l.length === limit).map((l) => l[l.length - 1]));
      const candidates = [...new Set(lists.flat())].filter((id) => id >= floor).sort((a, b) => b - a);
      const kept: HistoryClaimRecord[] = [];
      let next = 0;
      while (kept.length < wanted && next < candidates.length) {
        const batch = candidates.slice(next, next + wanted - kept.length);
        next += batch.length;
        const unread = batch.filter((id) => !read.has(id));
        for (const [i, c] of (await db.historyClaims.bulkGet(unread)).entries()) read.set(unread[i], c);
        for (const id of batch) {
          const c = read.get(id);
          if (c && keep(c)) kept.push(c);
        }
      }
      if (kept.length >= wanted || floor === -Infinity) return kept.slice(0, wanted);
    }
  };
  const newestIds = order.slice(0, options.maxArticles ?? ACTOR_LIST_SHOWN).map(([id]) => id);
  // Articles naming two keys of the actor (rare: "Trump" and "Donald Trump" kept apart in one article) are in two rows.
  const twice = [...times].filter(([, n]) => n > 1).map(([id]) => id);
  const [newest, saidRead, aboutRead, doubles] = await Promise.all([
    db.history.bulkGet(newestIds),
    ids.size ? newestClaims('sourceKey', (c) => !!c.sourceKey && keys.has(c.sourceKey)) : [],
    ids.size ? newestClaims('aboutKeys', (c) => !c.sourceKey || !keys.has(c.sourceKey)) : [],
    db.history.bulkGet(twice),
  ]);
  const records = newest.filter((r): r is HistoryRecord => !!r);
  const byId = new Map(records.map((r) => [r.id!, r]));
  const missing = [...new Set([...saidRead, ...aboutRead].map((c) => c.historyId))].filter((id) => !byId.has(id));
  for (const r of await db.history.bulkGet(missing)) if (r) byId.set(r.id!, r);
  // A claim without its record (none should be: they are written and forgotten together) is not listed.
  const saidRows = saidRead.filter((c) => byId.has(c.historyId)).slice(0, maxClaims);
  const aboutRows = aboutRead.filter((c) => byId.has(c.historyId)).slice(0, maxClaims);
  const mentionsIn = (r: HistoryRecord) => r.actors.filter((a) => keys.has(a.key)).reduce((s, a) => s + a.mentions, 0);

  const weekMap = new Map<number, { mentions: number; ids: Set<number> }>();
  const outletMap = new Map<string, { host: string; site: string; articles: number; last: number; lastId: number }>();
  const roleMap = new Map<string, { role: string; first: number; last: number; articles: number; lastId: number }>();
  const later = (x: { last: number; lastId: number }, y: { last: number; lastId: number }) => x.last > y.last || (x.last === y.last && x.lastId > y.lastId);
  for (const w of rows) {
    const wk = weekMap.get(w.week) ?? { mentions: 0, ids: new Set<number>() };
    wk.mentions += w.mentions;
    for (const id of w.ids) wk.ids.add(id);
    weekMap.set(w.week, wk);
    for (const h of w.hosts) {
      const k = `${h.host}\u0000${h.site}`;
      const o = outletMap.get(k);
      if (!o) outletMap.set(k, { host: h.host, site: h.site, articles: h.articles, last: h.last, lastId: h.lastId });
      else {
        o.articles += h.articles;
        if (later(h, o)) Object.assign(o, { last: h.last, lastId: h.lastId });
      }
    }
    for (const x of w.roles) {
      const r = roleMap.get(x.lower);
      if (!r) roleMap.set(x.lower, { role: x.role, first: x.first, last: x.last, articles: x.articles, lastId: x.lastId });
      else {
        r.articles += x.articles;
        r.first = Math.min(r.first, x.first);
        if (later(x, r)) Object.assign(r, { role: x.role, last: x.last, lastId: x.lastId });
      }
    }
  }
  // An article in n rows of the actor counts once: n - 1 too many for its outlet and for each role seen under several keys.
  for (const r of doubles) {
    if (!r) continue;
    const n = times.get(r.id!)!;
    outletMap.get(`${r.host}\u0000${r.site}`)!.articles -= n - 1;
    const roleKeys = new Map<string, Set<string>>();
    for (const a of r.actors) {
      if (!keys.has(a.key)) continue;
      for (const role of a.roles) roleKeys.set(role.toLowerCase(), (roleKeys.get(role.toLowerCase()) ?? new Set()).add(a.key));
    }
    for (const [lower, ks] of roleKeys) roleMap.get(lower)!.articles -= ks.size - 1;
  }
  const weeks: ActorMemory['weeks'] = [];
  if (weekMap.size) {
    const ws = [...weekMap.keys()];
    for (let w = Math.min(...ws); w <= Math.max(...ws); w += WEEK) {
      const x = weekMap.get(w);
      weeks.push({ week: w, mentions: x?.mentions ?? 0, articles: x?.ids.size ?? 0 });
    }
  }

  const together = coActorsFromRows(
    coRows,
    identity.keys,
    doubles.filter((r): r is HistoryRecord => !!r).map((r) => ({ record: r, rows: times.get(r.id!)! })),
  );
  const claimIn = (c: HistoryClaimRecord) => byId.get(c.historyId)!;
  return {
    identity,
    articles: records.map((r) => ({ id: r.id!, url: r.url, title: r.title, site: r.site, host: r.host, readAt: r.readAt, mentions: mentionsIn(r) })),
    articleCount: order.length,
    first: order.length ? order[order.length - 1][1] : null,
    last: order.length ? order[0][1] : null,
    weeks,
    outlets: [...outletMap.values()]
      .sort((a, b) => b.articles - a.articles || b.last - a.last || a.host.localeCompare(b.host) || a.site.localeCompare(b.site))
      .map(({ host, site, articles, last }) => ({ host, site, articles, last })),
    roles: [...roleMap.values()]
      .sort((a, b) => b.articles - a.articles || a.first - b.first || a.role.localeCompare(b.role))
      .map(({ role, first, last, articles }) => ({ role, first, last, articles })),
    said: saidRows.map((c) => ({ text: c.text, kind: c.kind, historyId: c.historyId, title: claimIn(c).title, readAt: claimIn(c).readAt })),
    moreSaid: saidRead.length > maxClaims,
    about: aboutRows.map((c) => ({
      text: c.text,
      kind: c.kind,
      source: c.source,
      anonymous: !!c.anonymous,
      historyId: c.historyId,
      title: claimIn(c).title,
      readAt: claimIn(c).readAt,
    })),
    moreAbout: aboutRead.length > maxClaims,
    coActors: together.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name) || a.key.localeCompare(b.key)).slice(0, options.maxCoActors ?? ACTOR_LIST_SHOWN),
    coActorCount: together.length,
  };
}

export interface ActorLine {
  /** Articles read that name the actor (this page excluded). */
  articles: number;
  first: number | null;
  last: number | null;
}

/** "in 14 articles you read since March, last on …": other remembered articles naming the actor (from the aggregates). */
export async function actorLine(db: DramatisDB, key: string, excludeUrl?: string): Promise<ActorLine> {
  const identity = await historyIdentity(db, key);
  if (!identity) return { articles: 0, first: null, last: null };
  const [{ order }, excluded] = await Promise.all([actorRows(db, identity.keys), excludeUrl ? db.history.where('url').equals(excludeUrl).primaryKeys() : ([] as number[])]);
  const rows = order.filter(([id]) => !excluded.includes(id));
  if (rows.length === 0) return { articles: 0, first: null, last: null };
  return { articles: rows.length, first: rows[rows.length - 1][1], last: rows[0][1] };
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

/** An outlet's sourcing across the articles read there (the host and its subdomains), from its monthly aggregates. */
export async function outletProfile(db: DramatisDB, hostOrUrl: string, options: { topSources?: number } = {}): Promise<OutletProfile> {
  const host = siteKey(hostOrUrl);
  const hosts = ((await db.historyOutletMonths.orderBy('host').uniqueKeys()) as string[]).filter((h) => h === host || h.endsWith(`.${host}`));
  const rows = await rowsWithAny(db.historyOutletMonths, 'host', hosts, (m) => `${m.host}\u0000${m.month}`);
  let articles = 0;
  let claims = 0;
  let anonymous = 0;
  let first = Infinity;
  let last = -Infinity;
  const months = new Map<string, { articles: number; claims: number; anonymous: number }>();
  const sources = new Map<string, { name: string; claims: number; nameId: number }>();
  let site: { site: string; exact: boolean; last: number; lastId: number } | null = null;
  for (const m of rows) {
    articles += m.ids.length;
    claims += m.claims;
    anonymous += m.anonymous;
    first = Math.min(first, m.first);
    last = Math.max(last, m.last);
    const x = months.get(m.month) ?? { articles: 0, claims: 0, anonymous: 0 };
    x.articles += m.ids.length;
    x.claims += m.claims;
    x.anonymous += m.anonymous;
    months.set(m.month, x);
    for (const s of m.sources) {
      const y = sources.get(s.key);
      if (!y) sources.set(s.key, { name: s.name, claims: s.claims, nameId: s.nameId });
      else {
        y.claims += s.claims;
        if (s.nameId > y.nameId) Object.assign(y, { name: s.name, nameId: s.nameId });
      }
    }
    // The site's name: from the latest article of the host itself, else of a subdomain.
    const exact = m.host === host;
    if (!site || (exact && !site.exact) || (exact === site.exact && (m.last > site.last || (m.last === site.last && m.lastId > site.lastId)))) {
      site = { site: m.site, exact, last: m.last, lastId: m.lastId };
    }
  }
  return {
    host,
    site: site?.site ?? host,
    articles,
    claims,
    anonymous,
    anonymousShare: claims ? anonymous / claims : 0,
    first: articles ? first : null,
    last: articles ? last : null,
    topSources: [...sources]
      .sort((a, b) => b[1].claims - a[1].claims || a[1].name.localeCompare(b[1].name) || a[0].localeCompare(b[0]))
      .slice(0, options.topSources ?? 5)
      .map(([, x]) => ({ name: x.name, claims: x.claims })),
    trend: [...months]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([month, x]) => ({ month, articles: x.articles, claims: x.claims, anonymousShare: x.claims ? x.anonymous / x.claims : 0 })),
  };
}

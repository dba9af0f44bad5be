/**
 * The reading history by outlet and by row, for the library's outlet page, "Read" view and outlet comparison
 * (issue 15). `outletProfile` (history-queries.ts) answers for one outlet; these answer the lists around it:
 * - `listOutlets`: every outlet read, with its articles, claims and anonymous share, and the reader's own average
 *   across all of them (the counts live on the records and no index holds them: from the page's digest of the
 *   history, history-digest.ts);
 * - `historyRows`: a page of remembered articles, newest first (the `readAt` index, stopped once the page is full),
 *   or those matching a search on title, site or host (the digest);
 * - `outletArticles`: the articles read at one outlet (its host and subdomains, as `outletProfile` counts them);
 * - `sourceKeyOf`: the history's actor key of a quoted source's name, to link it to its actor page.
 * Each row says whether the article is also saved (its reader view) by looking its URL up in `articles`.
 */
import { outletOf } from '../memory/outlets';
import type { ActorType } from '../nlp/types';
import type { DramatisDB } from './db';
import { historyDigest, type DigestRow } from './history-digest';
import { rowsWithAny } from './history-read';
import { actorKey } from './names';
import type { HistoryRecord } from './schema';
import { siteKey } from './settings';
import { foldText } from './words';

export interface SourcingCounts {
  articles: number;
  claims: number;
  anonymous: number;
  /** anonymous / claims (0 without claims). */
  anonymousShare: number;
}

export interface OutletSummary extends SourcingCounts {
  host: string;
  /** The site's display name (that of the host's first record, as `outletProfile` gives it), or the host. */
  site: string;
  /** The newest read there, epoch ms. */
  last: number;
}

export interface OutletsOverview {
  /** Most articles first (then the most recent, then by host). */
  outlets: OutletSummary[];
  /** Across every article remembered: the reader's average. */
  all: SourcingCounts;
}

const share = (anonymous: number, claims: number) => (claims ? anonymous / claims : 0);

/**
 * Every outlet in the history (one entry per registrable domain, as everywhere the memory counts outlets:
 * lib/memory/outlets.ts) and the totals across all of them (from the page's digest).
 */
export async function listOutlets(db: DramatisDB): Promise<OutletsOverview> {
  const byHost = new Map<string, OutletSummary & { named: { exact: boolean; readAt: number; id: number } }>();
  const all = { articles: 0, claims: 0, anonymous: 0 };
  for (const r of (await historyDigest(db)).values()) {
    all.articles++;
    all.claims += r.claims;
    all.anonymous += r.anonymous;
    const domain = outletOf(r.host);
    const o = byHost.get(domain) ?? { host: domain, site: r.site || r.host, articles: 0, claims: 0, anonymous: 0, anonymousShare: 0, last: 0, named: { exact: false, readAt: -Infinity, id: -Infinity } };
    o.articles++;
    o.claims += r.claims;
    o.anonymous += r.anonymous;
    o.last = Math.max(o.last, r.readAt);
    // Named as outletProfile names it (its page and this list agree): by the latest article of the domain's own host,
    // else of a subdomain.
    const exact = r.host === domain;
    const n = o.named;
    if ((exact && !n.exact) || (exact === n.exact && (r.readAt > n.readAt || (r.readAt === n.readAt && r.id > n.id)))) {
      o.named = { exact, readAt: r.readAt, id: r.id };
      o.site = r.site || r.host;
    }
    byHost.set(domain, o);
  }
  const outlets = [...byHost.values()].map(({ named: _, ...o }) => ({ ...o, anonymousShare: share(o.anonymous, o.claims) }));
  outlets.sort((a, b) => b.articles - a.articles || b.last - a.last || a.host.localeCompare(b.host));
  return { outlets, all: { ...all, anonymousShare: share(all.anonymous, all.claims) } };
}

/** One remembered article as the "Read" view and the outlet page list it. */
export interface HistoryRow {
  id: number;
  url: string;
  title: string;
  site: string;
  host: string;
  readAt: number;
  /** Distinct actors remembered. */
  actors: number;
  claims: number;
  anonymous: number;
  /** The saved article with this URL (its reader view), or null. */
  savedId: number | null;
}

function rowOf(r: HistoryRecord | DigestRow, saved: Map<string, number>): HistoryRow {
  return {
    id: r.id!,
    url: r.url,
    title: r.title,
    site: r.site,
    host: r.host,
    readAt: r.readAt,
    actors: typeof r.actors === 'number' ? r.actors : r.actors.length,
    claims: r.claims,
    anonymous: r.anonymous,
    savedId: saved.get(r.url) ?? null,
  };
}

/** The saved articles' ids by URL, for these records (one index read per URL). */
async function savedIds(db: DramatisDB, records: readonly { url: string }[]): Promise<Map<string, number>> {
  const articles = await rowsWithAny(db.articles, 'url', records.map((r) => r.url), (a) => a.id);
  return new Map(articles.map((a) => [a.url, a.id!]));
}

/**
 * Words of a search, folded (case and diacritics); every word must be in the title, site or host. A digest row keeps
 * its folded text (`hay`), so later searches do not fold it again.
 */
export function historyMatcher(query: string): ((r: Pick<HistoryRecord, 'title' | 'site' | 'host'> & { hay?: string }) => boolean) | null {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (r) => {
    const hay = (r.hay ??= foldText(`${r.title}\n${r.site}\n${r.host}`));
    return words.every((w) => hay.includes(w));
  };
}

export interface HistoryPage {
  rows: HistoryRow[];
  /** More rows match beyond this page. */
  more: boolean;
}

/**
 * The newest `limit` remembered articles (matching `query` when given). Without a search it reads the `readAt` index
 * newest first and stops one past the page (the first page of 10,000 records reads 101 of them); a search looks in the
 * page's digest of the history (history-digest.ts: a full read the first time, only what changed afterwards).
 */
export async function historyRows(db: DramatisDB, options: { query?: string; limit?: number } = {}): Promise<HistoryPage> {
  const limit = Math.max(1, options.limit ?? 100);
  const match = historyMatcher(options.query ?? '');
  let page: (HistoryRecord | DigestRow)[];
  let more: boolean;
  if (match) {
    const found = [...(await historyDigest(db)).values()].filter(match).sort((a, b) => b.readAt - a.readAt || b.id - a.id);
    page = found.slice(0, limit);
    more = found.length > limit;
  } else {
    const records = await db.history.orderBy('readAt').reverse().limit(limit + 1).toArray();
    page = records.slice(0, limit);
    more = records.length > limit;
  }
  const saved = await savedIds(db, page);
  return { rows: page.map((r) => rowOf(r, saved)), more };
}

/** The hosts an outlet covers in the history: the host itself and its subdomains (as `outletProfile` counts them). */
export async function outletHosts(db: DramatisDB, hostOrUrl: string): Promise<string[]> {
  const host = siteKey(hostOrUrl);
  if (!host) return [];
  return ((await db.history.orderBy('host').uniqueKeys()) as string[]).filter((h) => h === host || h.endsWith(`.${host}`));
}

/** Above this many articles at an outlet, its newest are found by walking the history newest first (see below). */
export const OUTLET_WALK = {
  articles: 500,
  reason:
    'An outlet with many articles is a large share of the history: walking the readAt index newest first finds its newest page after a few hundred records, where reading all of its records (with their actors) took seconds in Chromium at 10,000. A small outlet is read whole (a handful of records), since a walk would pass most of the history before finding them.',
} as const;

/** The articles read at an outlet, newest first (at most `limit`), and how many there are in all. */
export async function outletArticles(db: DramatisDB, hostOrUrl: string, options: { limit?: number } = {}): Promise<{ rows: HistoryRow[]; total: number }> {
  const limit = Math.max(1, options.limit ?? 50);
  const hosts = await outletHosts(db, hostOrUrl);
  // How many, from the host index alone (no record read).
  const total = (await Promise.all(hosts.map((h) => db.history.where('host').equals(h).count()))).reduce((a, b) => a + b, 0);
  let page: HistoryRecord[];
  if (total > OUTLET_WALK.articles) {
    const wanted = new Set(hosts);
    page = await db.history.orderBy('readAt').reverse().filter((r) => wanted.has(r.host)).limit(limit).toArray();
  } else {
    const records = await rowsWithAny(db.history, 'host', hosts, (r) => r.id);
    records.sort((a, b) => b.readAt - a.readAt || b.id! - a.id!);
    page = records.slice(0, limit);
  }
  const saved = await savedIds(db, page);
  return { rows: page.map((r) => rowOf(r, saved)), total };
}

const SOURCE_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];

/**
 * The actor key of a named source as the history stores it (a claim's `source` is its actor's name, its `sourceKey`
 * that name's key): the first of person, organization, place the name directory knows; null when none.
 */
export async function sourceKeyOf(db: DramatisDB, name: string): Promise<string | null> {
  const keys = SOURCE_TYPES.map((t) => actorKey(t, name));
  const rows = await db.historyNames.bulkGet(keys);
  const i = rows.findIndex((r) => !!r);
  return i < 0 ? null : keys[i];
}

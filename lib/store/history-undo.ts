/**
 * Forgetting with Undo (the library's "forget this site" and a row's "forget"): the records and claims are read before
 * `forgetSite` / `forgetPage` (history.ts) delete them, kept in memory by the page, and put back with their ids when
 * the user undoes. Nothing is kept anywhere else: closing the page makes the forgetting final.
 */
import type { DramatisDB } from './db';
import { forgetPage, forgetSite, historyTables } from './history';
import { addToAggregates } from './history-aggregates';
import { noteNames } from './history-names';
import { rowsWithAny } from './history-read';
import { outletHosts } from './history-outlets';
import { normalizeUrl } from './normalize-url';
import { noteClaimsBack } from './history-seen-index';
import type { HistoryClaimRecord, HistoryRecord } from './schema';

/** What a forget removed, enough to put it back. */
export interface ForgottenHistory {
  records: HistoryRecord[];
  claims: HistoryClaimRecord[];
}

async function snapshot(db: DramatisDB, records: HistoryRecord[]): Promise<ForgottenHistory> {
  const claims = await rowsWithAny(db.historyClaims, 'historyId', records.map((r) => r.id!), (c) => c.id);
  return { records, claims };
}

/** Forgets every article of a site (host and subdomains) and returns what went. */
export async function forgetSiteUndoable(db: DramatisDB, hostOrUrl: string): Promise<ForgottenHistory> {
  return db.transaction('rw', historyTables(db), async () => {
    const hosts = await outletHosts(db, hostOrUrl);
    const taken = await snapshot(db, await rowsWithAny(db.history, 'host', hosts, (r) => r.id));
    await forgetSite(db, hostOrUrl);
    return taken;
  });
}

/** Forgets one article (by URL) and returns what went. */
export async function forgetPageUndoable(db: DramatisDB, url: string): Promise<ForgottenHistory> {
  let key: string;
  try {
    key = normalizeUrl(url);
  } catch {
    return { records: [], claims: [] };
  }
  return db.transaction('rw', historyTables(db), async () => {
    const taken = await snapshot(db, await db.history.where('url').equals(key).toArray());
    await forgetPage(db, key);
    return taken;
  });
}

/**
 * Puts forgotten records back with their ids, claims, names and their part of the aggregates. A page read again since (its URL has a new record)
 * keeps the new record: the old one is not restored. Returns how many records came back.
 */
export async function restoreHistory(db: DramatisDB, forgotten: ForgottenHistory): Promise<number> {
  if (forgotten.records.length === 0) return 0;
  return db.transaction('rw', historyTables(db), async () => {
    const now = await rowsWithAny(db.history, 'url', forgotten.records.map((r) => r.url), (r) => r.id);
    const taken = new Set(now.map((r) => r.url));
    const records = forgotten.records.filter((r) => !taken.has(r.url));
    const back = new Set(records.map((r) => r.id));
    const claims = forgotten.claims.filter((c) => back.has(c.historyId));
    await db.history.bulkPut(records);
    await db.historyClaims.bulkPut(claims);
    await noteClaimsBack(db, claims.map((c) => c.id!));
    // The aggregates the actor page and the outlet profile read (history-aggregates.ts) take the records back in.
    for (const r of records) {
      await noteNames(db, r.actors);
      await addToAggregates(db, r, claims.filter((c) => c.historyId === r.id));
    }
    return records.length;
  });
}

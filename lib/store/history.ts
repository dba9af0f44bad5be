/**
 * The reading history (issue 15): a compact record of every analysed article, saved or not, in the extension's
 * database. Written by the background after the engine analysed a page (never from a private window, never when the
 * user turned it off), kept `historyDays` days, and forgotten on request by page, by site or all at once.
 */
import type { MemoryDraft } from '../memory/record';
import type { DramatisDB } from './db';
import { withQuota } from './errors';
import { hostOf, normalizeUrl } from './normalize-url';
import type { HistoryClaimRecord, HistoryRecord } from './schema';
import { noteNames, refreshNames } from './history-names';
import { addToAggregates, removeFromAggregates } from './history-aggregates';
import { keysWithAny } from './history-read';
import { getSettings, siteKey } from './settings';
import { noteClaimsGone, noteHistoryWiped } from './history-seen-index';

const DAY = 24 * 3600 * 1000;

/**
 * The tables a history write or forget touches (the records, claims, names and aggregates, and the log and snapshot of
 * the resident claim index, history-seen-index.ts), for one transaction.
 */
export function historyTables(db: DramatisDB) {
  return [db.history, db.historyClaims, db.historyNames, db.historyActorWeeks, db.historyOutletMonths, db.historyCoActorWeeks, db.historyCoActorTotals, db.historySeenLog, db.historySeenIndex];
}

export interface RememberContext {
  /** The tab is in a private (incognito) window: nothing is written, whatever the settings say. */
  incognito: boolean;
  now?: number;
}

export type RememberOutcome = { remembered: true; id: number } | { remembered: false; why: 'private' | 'off' };

/** The rows rememberArticle writes for a draft read at `now` (the record without id, its claims without historyId). */
export function historyRows(draft: MemoryDraft, now: number): { record: HistoryRecord; claims: Omit<HistoryClaimRecord, 'historyId'>[] } {
  const url = normalizeUrl(draft.url);
  const host = hostOf(url);
  return {
    record: {
      url,
      host,
      title: draft.title,
      site: draft.site || host,
      readAt: now,
      publishedAt: draft.publishedAt,
      actors: draft.actors,
      actorKeys: [...new Set(draft.actors.map((a) => a.key))],
      claims: draft.claims.length,
      anonymous: draft.claims.filter((c) => c.anonymous).length,
    },
    claims: draft.claims.map((c) => ({ text: c.text, kind: c.kind, source: c.source, sourceKey: c.sourceKey, anonymous: c.anonymous ? 1 : 0, aboutKeys: c.aboutKeys })),
  };
}

/** Writes (or replaces) the history record of one article and its claims, then prunes what is past retention. */
export async function rememberArticle(db: DramatisDB, draft: MemoryDraft, context: RememberContext): Promise<RememberOutcome> {
  if (context.incognito) return { remembered: false, why: 'private' };
  const settings = await getSettings(db);
  if (!settings.history) return { remembered: false, why: 'off' };
  const now = context.now ?? Date.now();
  const { record, claims } = historyRows(draft, now);
  const url = record.url;
  const id = await withQuota(() =>
    db.transaction('rw', historyTables(db), async () => {
      const existing = await db.history.where('url').equals(url).first();
      if (existing) {
        record.id = existing.id;
        // Its claims are replaced: noted for the resident claim index (history-seen-index.ts).
        const gone = await db.historyClaims.where('historyId').equals(existing.id!).primaryKeys();
        await db.historyClaims.bulkDelete(gone);
        await noteClaimsGone(db, gone);
        await removeFromAggregates(db, [existing]);
      }
      await noteNames(db, draft.actors);
      const historyId = await db.history.put(record);
      const rows = claims.map((c) => ({ ...c, historyId }));
      const claimIds = (await db.historyClaims.bulkAdd(rows, { allKeys: true })) as number[];
      await addToAggregates(db, { ...record, id: historyId }, rows.map((c, i) => ({ ...c, id: claimIds[i] })));
      if (existing) await refreshNames(db, existing.actorKeys.filter((k) => !record.actorKeys.includes(k)));
      await pruneIn(db, now - settings.historyDays * DAY);
      return historyId;
    }),
  );
  return { remembered: true, id };
}

/** Deletes records and everything of theirs; `forgotten`: the user asked (not retention), see noteClaimsGone. */
async function deleteRecords(db: DramatisDB, ids: number[], forgotten = false): Promise<number> {
  if (ids.length === 0) return 0;
  const keys = new Set<string>();
  const records = (await db.history.bulkGet(ids)).filter((r): r is HistoryRecord => !!r);
  for (const r of records) for (const k of r.actorKeys) keys.add(k);
  const claims = await keysWithAny(db.historyClaims, 'historyId', ids);
  await db.historyClaims.bulkDelete(claims);
  await noteClaimsGone(db, claims, forgotten);
  await db.history.bulkDelete(ids);
  await removeFromAggregates(db, records);
  await refreshNames(db, keys);
  return ids.length;
}

async function pruneIn(db: DramatisDB, cutoff: number): Promise<number> {
  return deleteRecords(db, await db.history.where('readAt').below(cutoff).primaryKeys());
}

/** Removes records read more than `historyDays` ago; returns how many. */
export async function pruneHistory(db: DramatisDB, now = Date.now()): Promise<number> {
  const { historyDays } = await getSettings(db);
  return db.transaction('rw', historyTables(db), () => pruneIn(db, now - historyDays * DAY));
}

/** "Forget this page": its record and claims. Returns how many records went (0 or 1). */
export async function forgetPage(db: DramatisDB, url: string): Promise<number> {
  let key: string;
  try {
    key = normalizeUrl(url);
  } catch {
    return 0;
  }
  return db.transaction('rw', historyTables(db), async () => deleteRecords(db, await db.history.where('url').equals(key).primaryKeys(), true));
}

/** "Forget this site": every record of the host (and its subdomains: forgetting bbc.co.uk forgets news.bbc.co.uk). */
export async function forgetSite(db: DramatisDB, hostOrUrl: string): Promise<number> {
  const host = siteKey(hostOrUrl);
  if (!host) return 0;
  return db.transaction('rw', historyTables(db), async () => {
    // The distinct hosts come from the index (one key each), then the records of those that match.
    const hosts = ((await db.history.orderBy('host').uniqueKeys()) as string[]).filter((h) => h === host || h.endsWith(`.${host}`));
    const ids = await keysWithAny(db.history, 'host', hosts);
    return deleteRecords(db, [...new Set(ids)], true);
  });
}

/** "Forget everything": the whole history (saved articles stay). */
export async function forgetAllHistory(db: DramatisDB): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    await db.history.clear();
    await db.historyClaims.clear();
    await db.historyNames.clear();
    await db.historyActorWeeks.clear();
    await db.historyOutletMonths.clear();
    await db.historyCoActorWeeks.clear();
    await db.historyCoActorTotals.clear();
    await noteHistoryWiped(db);
  });
}

/** How many articles the history holds, and since when. */
export async function historySize(db: DramatisDB): Promise<{ articles: number; since: number | null }> {
  const [articles, first] = await Promise.all([db.history.count(), db.history.orderBy('readAt').first()]);
  return { articles, since: first?.readAt ?? null };
}

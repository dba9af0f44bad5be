/**
 * A digest of the reading history kept in the page's memory: per record only what the library's lists show (URL,
 * title, site, host, date, counts), never the actors or claims. The outlets compared, the reader's average and a
 * search of the Read view need every record, and no index holds their counts or titles: a full read of 10,000
 * records takes seconds (measured in Chromium, scripts/bench/history-pages.ts). The digest pays it once per page; later
 * calls read only what changed since (records read since the newest one known, and, when the count says records
 * were forgotten or put back, the primary keys), so a page that is open while the reader reads elsewhere stays
 * current without reading everything again.
 */
import type { DramatisDB } from './db';
import type { HistoryRow } from './history-outlets';
import type { HistoryRecord } from './schema';

/** A history row as the lists show it (history-outlets.ts), without the saved article's id, plus the folded search text. */
export type DigestRow = Omit<HistoryRow, 'savedId'> & {
  /** Title, site and host folded for search (history-outlets.ts), filled on the first search that reads the row. */
  hay?: string;
};

interface Digest {
  rows: Map<number, DigestRow>;
  /** The newest `readAt` seen; records read since are read again. */
  newest: number;
}

const digests = new WeakMap<DramatisDB, Promise<Digest>>();

function rowOf(r: HistoryRecord): DigestRow {
  return { id: r.id!, url: r.url, title: r.title, site: r.site, host: r.host, readAt: r.readAt, actors: r.actors.length, claims: r.claims, anonymous: r.anonymous };
}

async function build(db: DramatisDB): Promise<Digest> {
  const rows = new Map<number, DigestRow>();
  let newest = 0;
  await db.history.each((r) => {
    rows.set(r.id!, rowOf(r));
    newest = Math.max(newest, r.readAt);
  });
  return { rows, newest };
}

async function refresh(db: DramatisDB, d: Digest): Promise<Digest> {
  // Written or read again since: a record's readAt is the time of its last write (rememberArticle).
  for (const r of await db.history.where('readAt').aboveOrEqual(d.newest).toArray()) {
    d.rows.set(r.id!, rowOf(r));
    d.newest = Math.max(d.newest, r.readAt);
  }
  const count = await db.history.count();
  if (count !== d.rows.size) {
    // Forgotten (pruned, deleted) or put back (Undo restores old records with their old dates): the keys say which.
    const keys = new Set(await db.history.toCollection().primaryKeys());
    for (const id of d.rows.keys()) if (!keys.has(id)) d.rows.delete(id);
    const missing = [...keys].filter((id) => !d.rows.has(id));
    for (const r of await db.history.bulkGet(missing)) if (r) d.rows.set(r.id!, rowOf(r));
  }
  return d;
}

/** The digest of the history, brought up to date (built on first use in this page). */
export async function historyDigest(db: DramatisDB): Promise<ReadonlyMap<number, DigestRow>> {
  const previous = digests.get(db);
  const next = previous ? previous.then((d) => refresh(db, d), () => build(db)) : build(db);
  digests.set(db, next);
  try {
    return (await next).rows;
  } catch (error) {
    // A failed read is not cached: the next call starts again.
    if (digests.get(db) === next) digests.delete(db);
    throw error;
  }
}

/** Drops the digest of a database (tests; a page that wants a fresh read). */
export function forgetDigest(db: DramatisDB): void {
  digests.delete(db);
}

/**
 * The name directory of the reading history (table `historyNames`, v5): one row per actor key, kept in step with the
 * history records, so one actor can be followed across articles from indexes alone (lib/memory/identity.ts).
 */
import { mergeEntries, nameEntry, resolveIdentity, type Identity, type NameDirectory, type NameEntry } from '../memory/identity';
import type { DramatisDB } from './db';
import { rowsWithAny } from './history-read';
import type { HistoryActor } from './schema';

/** Adds what these actors teach about names (inside a rw transaction on historyNames). */
export async function noteNames(db: DramatisDB, actors: readonly HistoryActor[]): Promise<void> {
  const entries = actors.map(nameEntry);
  const existing = await db.historyNames.bulkGet(entries.map((e) => e.key));
  await db.historyNames.bulkPut(entries.map((e, i) => (existing[i] ? mergeEntries(existing[i]!, e) : e)));
}

/**
 * Rebuilds the rows of `keys` from the history records still naming them (after forgetting): a name, alias or reference
 * key learnt only from forgotten articles goes with them. Inside a rw transaction on history and historyNames.
 */
export async function refreshNames(db: DramatisDB, keys: Iterable<string>): Promise<void> {
  for (const key of new Set(keys)) {
    let entry: NameEntry | undefined;
    await db.history.where('actorKeys').equals(key).each((r) => {
      for (const a of r.actors) if (a.key === key) entry = entry ? mergeEntries(entry, nameEntry(a)) : nameEntry(a);
    });
    if (entry) await db.historyNames.put(entry);
    else await db.historyNames.delete(key);
  }
}

/**
 * The directory over the database's indexes. Each lookup is read once per directory (resolving an identity asks the
 * same ones again in its second round): make one directory per resolution, so it never outlives a write. The Wikidata
 * items come from the cards (a card keeps the item of the summary the user's lookup fetched): one card read by its key
 * per name; the cards with a given item are found by reading the cards table, which happens only for an actor that has
 * an item (cards are one per actor of a SAVED article, and only looked-up ones have items).
 */
export function storeDirectory(db: DramatisDB): NameDirectory {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as Promise<T>;
  };
  return {
    get: (key) => once(`get\u0000${key}`, () => db.historyNames.get(key)),
    byAliases: (keys) => once(`alias\u0000${[...keys].sort().join('\u0000')}`, () => rowsWithAny(db.historyNames, 'aliasKeys', keys, (n) => n.key)),
    bySurname: (key) => once(`surname\u0000${key}`, () => db.historyNames.where('surname').equals(key).toArray()),
    byKb: (kb) => once(`kb\u0000${kb}`, () => db.historyNames.where('kb').equals(kb).toArray()),
    wikidataOf: (key) => once(`wikidata\u0000${key}`, async () => (await db.cards.get({ key }))?.summary?.wikidata ?? null),
    keysOfWikidata: (item) => once(`wikidata-keys\u0000${item}`, async () => (await db.cards.filter((c) => c.summary?.wikidata === item).toArray()).map((c) => c.key)),
  };
}

/** The identity of an actor key across the history (null when the history does not know it). */
export function historyIdentity(db: DramatisDB, key: string): Promise<Identity | null> {
  return resolveIdentity(storeDirectory(db), key);
}

/**
 * The co-actor network of an actor page (issue 15): the actor's newest history records (at most `maxRecords`), read
 * through the `actorKeys` index, counted by lib/memory/coactor-network.ts.
 *
 * "Newest" is by record id: ids grow with each new article remembered, and reading a page again keeps its id, so an
 * article first read long ago and read again today counts as old here. Only the primary keys of all the actor's
 * records are read (one index range per key of the actor); the records themselves only for the newest.
 */
import { coActorNetwork, type CoActorNetwork } from '../memory/coactor-network';
import type { DramatisDB } from './db';
import { historyIdentity } from './history-names';
import { keysWithAny } from './history-read';
import type { HistoryRecord } from './schema';

export const NETWORK_MAX_RECORDS = 200;

export interface ActorNetwork extends CoActorNetwork {
  /** The actor's keys (its identity across the history). */
  actorKeys: string[];
  /** All the actor's records, of which `records` (the newest) were counted. */
  total: number;
}

/** The network of `key`'s actor, or null when the history does not know it. */
export async function actorNetwork(db: DramatisDB, key: string, options: { maxRecords?: number; maxNodes?: number } = {}): Promise<ActorNetwork | null> {
  const identity = await historyIdentity(db, key);
  if (!identity) return null;
  const ids = (await keysWithAny(db.history, 'actorKeys', identity.keys)) as number[];
  ids.sort((a, b) => b - a);
  const newest = ids.slice(0, options.maxRecords ?? NETWORK_MAX_RECORDS);
  const records = (await db.history.bulkGet(newest)).filter((r): r is HistoryRecord => !!r);
  return { ...coActorNetwork(records, identity.keys, { maxNodes: options.maxNodes }), actorKeys: identity.keys, total: ids.length };
}

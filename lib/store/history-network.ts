/**
 * The co-actor network of an actor page (issue 15): the actor's newest history records (at most `maxRecords`), read
 * through the `actorKeys` index, counted by lib/memory/coactor-network.ts.
 *
 * "Newest" is by record id: ids grow with each new article remembered, and reading a page again keeps its id, so an
 * article first read long ago and read again today counts as old here. Only the primary keys of all the actor's
 * records are read (one index range per key of the actor); the records themselves only for the newest.
 *
 * Co-actors are joined by identity as the actor is ("Sousa" and "Marta Sousa" are one node, named by the full name):
 * see networkByIdentity.
 */
import { coActorNetwork, defaultGroup, type CoActorNetwork } from '../memory/coactor-network';
import type { Identity, NameEntry } from '../memory/identity';
import type { DramatisDB } from './db';
import { historyIdentity } from './history-names';
import { keysWithAny } from './history-read';
import { actorKey } from './names';
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
  return { ...(await networkByIdentity(db, records, identity.keys, options.maxNodes ?? 10)), actorKeys: identity.keys, total: ids.length };
}

/** Whether a candidate's identity may join it to another name: only those are resolved (each costs a few reads). */
function mayJoin(entry: NameEntry | undefined, candidates: ReadonlySet<string>): boolean {
  if (!entry) return false;
  const name = entry.key.slice(entry.key.indexOf(':') + 1);
  // A name of one word (a surname, an acronym), a name with aliases or a reference key, a full name whose surname is
  // another candidate.
  return !name.includes(' ') || entry.aliasKeys.length > 1 || !!entry.kb || (!!entry.surname && candidates.has(entry.surname));
}

/**
 * Counts `records` (each naming the actor of `selfKeys`) into a network whose co-actors are joined by identity: the
 * likeliest candidates (twice the nodes drawn) that may join another name are resolved (identity.ts, the same rules as
 * the actor's), a key going to the first identity that claims it; then the records are counted with those groups.
 */
export async function networkByIdentity(db: DramatisDB, records: readonly HistoryRecord[], selfKeys: readonly string[], maxNodes: number): Promise<CoActorNetwork> {
  const self = new Set(selfKeys);
  const candidates = coActorNetwork(records, selfKeys, { maxNodes: maxNodes * 2 }).nodes;
  const candidateKeys = new Set(candidates.map((n) => n.key));
  const entries = await db.historyNames.bulkGet(candidates.map((n) => n.key));
  const identities = await Promise.all(candidates.map((n, i) => (mayJoin(entries[i], candidateKeys) ? historyIdentity(db, n.key) : null)));
  const groupOf = new Map<string, string>();
  const display = new Map<string, Identity>();
  for (const [i, id] of identities.entries()) {
    if (!id) continue;
    // An identity that takes in the actor's own names is the actor: its keys are left out as the actor's are.
    const own = id.keys.find((k) => self.has(k));
    const full = actorKey(id.type, id.name);
    const rep = own ?? (id.keys.includes(full) ? full : candidates[i].key);
    for (const k of id.keys) if (!groupOf.has(k)) groupOf.set(k, rep);
    if (!own) display.set(rep, id);
  }
  const group = (k: string) => groupOf.get(k) ?? defaultGroup(k);
  const network = coActorNetwork(records, selfKeys, { maxNodes, group });
  // Each node under its identity's name (its key is one seen in the records: it opens the same actor's page).
  const nodes = network.nodes.map((n) => {
    const id = display.get(group(n.key));
    return id ? { ...n, name: id.name } : n;
  });
  return { ...network, nodes };
}

/**
 * The co-actor network of one actor (issue 15, the actor page's "small network picture"): who is seen with the actor
 * most often, and how often those co-actors are seen with each other. Pure counting over history records (the store
 * query in lib/store/history-network.ts reads them), so the picture and its text equivalent show the same numbers.
 *
 * Counts are ARTICLES, not mentions: an edge "A - B: 3" means A and B are both named in 3 of the articles read.
 */
import type { ActorType } from '../nlp/types';
import { probeKeys } from './identity';

/** What the counting reads from a history record. */
export interface NetworkRecord {
  actors: readonly { key: string; name: string; type: ActorType }[];
}

export interface NetworkNode {
  /** The co-actor's key: its group's own key when seen, else the first key seen in the group. */
  key: string;
  name: string;
  type: ActorType;
  /** Articles in which it appears with the actor. */
  articles: number;
}

export interface NetworkEdge {
  /** Keys of two nodes of `nodes` (never the centre): `a` sorts before `b`. */
  a: string;
  b: string;
  /** Articles naming both (and the actor: every record counted names the actor). */
  articles: number;
}

export interface CoActorNetwork {
  /** Records counted (at most the caller's limit). */
  records: number;
  /** The top co-actors, most articles first (ties by name). */
  nodes: NetworkNode[];
  /** Pairs of top co-actors seen together in at least one counted article, most articles first. */
  edges: NetworkEdge[];
}

export interface NetworkOptions {
  /** Most co-actors drawn (default 10). */
  maxNodes?: number;
  /**
   * The group a key belongs to: keys that are one actor (for the same name read as a person in one article and as a
   * place in another). Default: `defaultGroup`.
   */
  group?: (key: string) => string;
}

/**
 * The engine reads a rarely seen person as a place in one article ("Rui Valente"): the person and the place of a name
 * that is no known place are one co-actor, as on the actor page's "Seen with" list.
 */
export function defaultGroup(key: string): string {
  const probes = probeKeys(key);
  return probes.length > 1 ? probes.find((p) => p.startsWith('person:'))! : key;
}

/**
 * Counts the co-actors of the actor named by `actorKeys` in `records` (each record is expected to name the actor;
 * one that does not is skipped), keeps the `maxNodes` seen in most articles, and counts the articles in which each
 * pair of them appears together.
 */
export function coActorNetwork(records: readonly NetworkRecord[], actorKeys: Iterable<string>, options: NetworkOptions = {}): CoActorNetwork {
  const self = new Set(actorKeys);
  const group = options.group ?? defaultGroup;
  const maxNodes = Math.max(0, options.maxNodes ?? 10);
  const counts = new Map<string, NetworkNode>();
  // The groups of each counted record, for the pair counts once the top nodes are known.
  const perRecord: Set<string>[] = [];
  let counted = 0;
  for (const r of records) {
    if (!r.actors.some((a) => self.has(a.key))) continue;
    counted++;
    const here = new Set<string>();
    for (const a of r.actors) {
      if (self.has(a.key)) continue;
      const g = group(a.key);
      if (self.has(g) || here.has(g)) continue;
      here.add(g);
      const n = counts.get(g);
      if (!n) counts.set(g, { key: a.key, name: a.name, type: a.type, articles: 1 });
      else {
        n.articles++;
        // The group's own key names the node when it is seen ("Bo Lind" rather than "Lind").
        if (a.key === g && n.key !== g) Object.assign(n, { key: a.key, name: a.name, type: a.type });
      }
    }
    perRecord.push(here);
  }
  const top = [...counts.entries()]
    .sort((x, y) => y[1].articles - x[1].articles || x[1].name.localeCompare(y[1].name) || x[0].localeCompare(y[0]))
    .slice(0, maxNodes);
  const nodeOf = new Map(top.map(([g, n]) => [g, n]));
  const pairs = new Map<string, NetworkEdge>();
  for (const here of perRecord) {
    const present = [...here].filter((g) => nodeOf.has(g)).map((g) => nodeOf.get(g)!.key).sort();
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const id = `${present[i]}\n${present[j]}`;
        const e = pairs.get(id);
        if (e) e.articles++;
        else pairs.set(id, { a: present[i], b: present[j], articles: 1 });
      }
    }
  }
  return {
    records: counted,
    nodes: top.map(([, n]) => n),
    edges: [...pairs.values()].sort((x, y) => y.articles - x.articles || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
  };
}

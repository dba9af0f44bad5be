/**
 * One actor across articles: which remembered names are the same actor. Pure logic over a name directory (one entry
 * per actor key seen in the history), read through lookups so the store can answer them from indexes and the bench
 * and tests from a Map.
 *
 * The rules, in order, as data with reasons (IDENTITY_RULES): same key; same reference key (kb); an alias of one is
 * the name of the other (aliases are kept only when they may cross articles: record.ts drops metonyms); a surname
 * alone is the one full name known with that surname, or, when several share it, the one it was joined with in an
 * article. Two different full names of persons never merge through a shared alias ("Ivanka Trump" and "Donald Trump"
 * both called "Trump").
 *
 * When the user turned the Wikipedia lookup on and it resolved an actor, its card keeps the page's Wikidata item: two
 * keys with the same item are one actor whatever their names, and two with different items stay apart whatever a name
 * rule says (the directory answers `wikidataOf`; without it, or without items, only the name rules apply).
 */
import type { ActorType } from '../nlp/types';
import { lookupPlace } from '../kb';
import { actorKey, normalizeName } from '../store/names';

export interface NameEntry {
  /** `${type}:${normalized name}` */
  key: string;
  name: string;
  type: ActorType;
  /** The key and the keys of the cross-article aliases seen with it. */
  aliasKeys: string[];
  /** For a person named with two words or more: `person:<last word>`; otherwise null. */
  surname: string | null;
  kb: string | null;
}

export const IDENTITY_RULES = [
  { id: 'same-key', reason: 'The same normalized name and type is the same actor ("Donald Trump", "DONALD TRUMP", "Donald Trump\'s").' },
  { id: 'same-kb', reason: 'The engine linked both to the same reference entry (a country under all its names).' },
  { id: 'alias', reason: 'The engine joined the names in one article ("Trump" with "Donald Trump", "IAEA" with its full name): the alias names the same actor elsewhere.' },
  { id: 'surname', reason: 'A surname alone ("Trump") is the one person known with that surname; with two or more ("Donald Trump", "Ivanka Trump") it stays apart.' },
  {
    id: 'surname-by-alias',
    reason:
      'With two or more people of that surname, a surname alone is the one of them the engine joined it with in an article ("Trump" with "Donald Trump" in one story; "Ivanka Trump" never called "Trump"): the reader\'s own reading says which one it means. Joined with two of them, it stays apart.',
  },
  { id: 'no-full-name-merge', reason: 'Two different full names are two people, whatever alias they share.' },
  {
    id: 'same-wikidata',
    reason: 'The user\'s Wikipedia lookup resolved both to the same Wikidata item ("Lula" and "Luiz Inácio Lula da Silva"): one actor, even two full names.',
  },
  {
    id: 'different-wikidata',
    reason: 'The lookup resolved them to different items ("Trump" looked up as Donald Trump, "Melania Trump"): two actors, whatever a name rule says.',
  },
] as const;

export interface NameDirectory {
  get(key: string): Promise<NameEntry | undefined>;
  /** Entries whose aliasKeys contain any of `keys`. */
  byAliases(keys: string[]): Promise<NameEntry[]>;
  /** Entries whose surname is `key` ("person:trump"). */
  bySurname(key: string): Promise<NameEntry[]>;
  byKb(kb: string): Promise<NameEntry[]>;
  /** The Wikidata item the user's lookup resolved this key to (its card's), or null. Optional: no items, no item rules. */
  wikidataOf?(key: string): Promise<string | null>;
  /** The keys resolved to `item`. Optional, with `wikidataOf`. */
  keysOfWikidata?(item: string): Promise<string[]>;
}

function words(key: string): number {
  return key.slice(key.indexOf(':') + 1).split(' ').length;
}

/** A person's full name (two words or more); also a "place" of two words or more that is no known place (a misread person). */
function isFullPerson(e: NameEntry): boolean {
  return words(e.key) > 1 && (e.type === 'person' || (e.type === 'place' && !lookupPlace(e.key.slice(6))));
}

/** The directory entry of one remembered actor (a person's surname key when it has two words or more). */
export function nameEntry(actor: { key: string; name: string; type: ActorType; aliases: string[]; kb?: string }): NameEntry {
  const n = actor.key.slice(actor.key.indexOf(':') + 1).split(' ');
  return {
    key: actor.key,
    name: actor.name,
    type: actor.type,
    aliasKeys: [...new Set([actor.key, ...actor.aliases.map((a) => actorKey(actor.type, a))])].filter((k) => k !== `${actor.type}:`),
    surname: actor.type === 'person' && n.length > 1 ? `person:${n[n.length - 1]}` : null,
    kb: actor.kb ?? null,
  };
}

/** Merges two entries of the same key (the aliases of both). */
export function mergeEntries(a: NameEntry, b: NameEntry): NameEntry {
  return { ...a, aliasKeys: [...new Set([...a.aliasKeys, ...b.aliasKeys])], kb: a.kb ?? b.kb, name: a.name.length >= b.name.length ? a.name : b.name };
}

export interface Identity {
  /** Every key that is this actor. */
  keys: string[];
  /** The display name: the longest full name among them. */
  name: string;
  type: ActorType;
}

/**
 * The keys to look a name up under: its own, and for a person or a place whose name is not a known place, the same name
 * as the other of the two (the engine reads a rarely seen person as a place: "Rui Valente" was a place in one article).
 */
export function probeKeys(key: string): string[] {
  const i = key.indexOf(':');
  const type = key.slice(0, i);
  const name = key.slice(i + 1);
  if ((type === 'person' || type === 'place') && !lookupPlace(name)) return [key, `${type === 'person' ? 'place' : 'person'}:${name}`];
  return [key];
}

function typeOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** The identity of `key`: the keys that name the same actor across the history. */
export async function resolveIdentity(dir: NameDirectory, key: string): Promise<Identity | null> {
  const start = await dir.get(key);
  if (!start) return null;
  const items = new Map<string, Promise<string | null>>();
  const itemOf = (k: string): Promise<string | null> => {
    if (!dir.wikidataOf) return Promise.resolve(null);
    if (!items.has(k)) items.set(k, dir.wikidataOf(k));
    return items.get(k)!;
  };
  const members = new Map<string, NameEntry>([[start.key, start]]);
  // The Wikidata item of the members, once one of them has one (never two: "different-wikidata").
  let item = await itemOf(start.key);
  const hasFull = (except: string) => [...members.values()].some((m) => isFullPerson(m) && !probeKeys(m.key).includes(except) && m.key !== except);
  const sameKind = (e: NameEntry) => e.type === start.type || probeKeys(start.key).some((k) => typeOf(k) === e.type);
  const add = async (e: NameEntry) => {
    if (members.has(e.key) || !sameKind(e)) return;
    const its = await itemOf(e.key);
    // "different-wikidata": the lookup says they are two.
    if (its && item && its !== item) return;
    // Two different full names are two people ("no-full-name-merge"), unless the lookup says they are one ("same-wikidata").
    if (isFullPerson(e) && hasFull(e.key) && !(its && its === item)) return;
    members.set(e.key, e);
    item ??= its;
  };
  // Two rounds: from the key to its full name (a surname, an alias), then from the full name to its other names.
  for (let round = 0; round < 2; round++) {
    for (const e of [...members.values()]) {
      const probes = probeKeys(e.key);
      const found: NameEntry[] = [...(await dir.byAliases([...e.aliasKeys, ...probes]))];
      for (const k of [...e.aliasKeys, ...probes]) {
        const other = k === e.key ? undefined : await dir.get(k);
        if (other) found.push(other);
      }
      if (e.kb) found.push(...(await dir.byKb(e.kb)));
      // The full names found so far were joined with this name in an article (alias, reference key): when there is one,
      // the people who merely share its surname do not make it ambiguous ("surname-by-alias").
      const joined = new Set(found.filter((f) => isFullPerson(f) && !members.has(f.key)).map((f) => f.key.replace(/^place:/, 'person:')));
      for (const p of probes) {
        if (p.startsWith('person:') && words(p) === 1 && joined.size !== 1) found.push(...(await dir.bySurname(p)));
      }
      if (isFullPerson(e) && e.surname) {
        const sharing = (await dir.bySurname(e.surname)).filter(isFullPerson);
        if (sharing.length === 1) {
          for (const k of probeKeys(e.surname)) {
            const alone = await dir.get(k);
            if (alone) found.push(alone);
          }
        }
      }
      // A full name joins only when it is the one candidate: a surname shared by two known people stays apart.
      const full = new Set(found.filter((f) => isFullPerson(f) && !members.has(f.key)).map((f) => f.key.replace(/^place:/, 'person:')));
      for (const f of found) {
        if (isFullPerson(f) && !members.has(f.key) && full.size !== 1) continue;
        // A surname alone joins a full name only when no other known person has that surname, or when the one of them
        // it was joined with in an article is already a member ("surname-by-alias").
        if (!members.has(f.key) && words(f.key) === 1 && probeKeys(f.key).some((k) => k.startsWith('person:'))) {
          const owners = (await dir.bySurname(f.key.replace(/^place:/, 'person:'))).filter(isFullPerson);
          const byAlias = owners.filter((o) => probeKeys(f.key).some((k) => o.aliasKeys.includes(k)));
          if (owners.length > 1 && !(byAlias.length === 1 && members.has(byAlias[0].key))) continue;
        }
        await add(f);
      }
      // "same-wikidata": every key the lookup resolved to the members' item.
      if (item && dir.keysOfWikidata) {
        for (const k of await dir.keysOfWikidata(item)) {
          const other = members.has(k) ? undefined : await dir.get(k);
          if (other) await add(other);
        }
      }
    }
  }
  const all = [...members.values()];
  const display = all.filter(isFullPerson)[0] ?? all.sort((a, b) => b.name.length - a.name.length)[0];
  return { keys: [...members.keys()], name: display.name, type: display.type };
}

/** A NameDirectory over entries in memory (tests, the bench). */
export class MemoryDirectory implements NameDirectory {
  private readonly entries = new Map<string, NameEntry>();
  private readonly items = new Map<string, string>();

  /** Records the Wikidata item the lookup resolved `key` to (as a card keeps it). */
  setWikidata(key: string, item: string): void {
    this.items.set(key, item);
  }

  async wikidataOf(key: string) {
    return this.items.get(key) ?? null;
  }

  async keysOfWikidata(item: string) {
    return [...this.items].filter(([, i]) => i === item).map(([k]) => k);
  }

  add(entry: NameEntry): void {
    const had = this.entries.get(entry.key);
    this.entries.set(entry.key, had ? mergeEntries(had, entry) : entry);
  }

  async get(key: string) {
    return this.entries.get(key);
  }

  async byAliases(keys: string[]) {
    const set = new Set(keys);
    return [...this.entries.values()].filter((e) => e.aliasKeys.some((k) => set.has(k)));
  }

  async bySurname(key: string) {
    return [...this.entries.values()].filter((e) => e.surname === key);
  }

  async byKb(kb: string) {
    return [...this.entries.values()].filter((e) => e.kb === kb);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}

/** Normalizes a display name for comparisons (re-exported for the UI and the bench). */
export { normalizeName };

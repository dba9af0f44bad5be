/**
 * The co-actor aggregate of the reading history (v8, table `historyCoActorWeeks`): one row per actor key and week, the
 * same rows as `historyActorWeeks` (history-aggregates.ts), holding the OTHER actor keys named in those articles, with
 * the number of articles each, and its name and time in the latest of them. The actor page's "Seen with" list is
 * counted from these rows over ALL the actor's articles (it read the newest 100 records, counted over those only).
 *
 * A row is a fold of the records of its actor-week row and does not depend on their order (the name comes from the
 * latest record, by reading time then id), so it is kept with the other aggregates: added to at write time, rebuilt
 * from its records when some are forgotten, built from scratch after a bulk write. Raw keys are stored; grouping
 * ("Rui Valente" read as a person and as a place is one co-actor, lib/memory/identity.ts probeKeys) happens when read,
 * so a change of the place gazetteer needs no rebuild. For that grouping, a row also counts the articles naming both
 * the person and the place of one name (`both`), so the two are not counted twice.
 *
 * Parallel arrays rather than an object per entry: structured clone stores an object's property names with every
 * object, and a row of a frequent actor holds hundreds of entries.
 *
 * `historyCoActorTotals` (v10): one row per actor key, the same fold over its articles read before the week `upto`
 * (its week rows before `upto`, merged); its week rows from `upto` on are marked `open` and read beside it. So the actor
 * page reads one total and one open row or so per key instead of every week row (the week rows of the most frequent
 * actor of 10,000 articles took 15 ms to read and 22 ms to merge in Chromium), and a write touches its key's open row
 * only: the total is read once per key and week, when the key's first article of a new week moves `upto` (folding the
 * open rows before it), or for an article of an older week (an import). Forgetting takes the records of folded weeks
 * out of the total, and looks up only the co-actors whose latest article went (history-aggregates.ts).
 */
import { probeKeys } from '../memory/identity';
import type { ActorType } from '../nlp/types';
import type { HistoryRecord } from './schema';

export interface HistoryCoActorWeekRecord {
  key: string;
  week: number;
  /** Other actor keys named in the row's articles, and per key: articles, name and time (reading, id) of the latest. */
  keys: string[];
  articles: number[];
  names: string[];
  last: number[];
  lastId: number[];
  /** Names (the part after "type:") whose person and place keys are both in an article, and in how many. */
  both: string[];
  bothArticles: number[];
  /** 1 while the row is not yet in its key's total (v10): the row's week is the total's `upto` or later. */
  open?: 1;
}

/**
 * The fold of one actor key over its articles read before the week `upto` (v10, table `historyCoActorTotals`, keyed
 * by `key`): its week rows before `upto` merged; the rows from `upto` on are `open` and read beside it.
 */
export type HistoryCoActorTotalRecord = Omit<HistoryCoActorWeekRecord, 'week' | 'open'> & { upto: number };

export function emptyCoActorWeek(key: string, week: number): HistoryCoActorWeekRecord {
  return { key, week, keys: [], articles: [], names: [], last: [], lastId: [], both: [], bothArticles: [] };
}

export function emptyCoActorTotal(key: string, upto: number): HistoryCoActorTotalRecord {
  return { key, upto, keys: [], articles: [], names: [], last: [], lastId: [], both: [], bothArticles: [] };
}

export type CoActorFold = Omit<HistoryCoActorWeekRecord, 'week' | 'open'>;

/** Adds a row (a week's, or a total) into a total: articles and `both` added up, the name of the latest kept. */
export function mergeCoActorRow(row: CoActorFold, w: CoActorFold): void {
  const at = new Map(row.keys.map((k, i) => [k, i]));
  for (const [i, k] of w.keys.entries()) {
    const j = at.get(k);
    if (j === undefined) {
      at.set(k, row.keys.push(k) - 1);
      row.articles.push(w.articles[i]);
      row.names.push(w.names[i]);
      row.last.push(w.last[i]);
      row.lastId.push(w.lastId[i]);
      continue;
    }
    row.articles[j] += w.articles[i];
    if (w.last[i] > row.last[j] || (w.last[i] === row.last[j] && w.lastId[i] > row.lastId[j])) {
      row.names[j] = w.names[i];
      row.last[j] = w.last[i];
      row.lastId[j] = w.lastId[i];
    }
  }
  for (const [i, n] of w.both.entries()) {
    const j = row.both.indexOf(n);
    if (j < 0) {
      row.both.push(n);
      row.bothArticles.push(w.bothArticles[i]);
    } else row.bothArticles[j] += w.bothArticles[i];
  }
}

/**
 * The totals of the keys of these rows (week rows, or totals): per key, the merge of its rows, covering every week of
 * them (`upto` after the latest). Equal to folding every record of those rows into one row, in any order.
 */
export function coActorTotalsOf(rows: readonly (HistoryCoActorWeekRecord | HistoryCoActorTotalRecord)[]): HistoryCoActorTotalRecord[] {
  const totals = new Map<string, HistoryCoActorTotalRecord>();
  for (const w of rows) {
    const upto = 'upto' in w ? w.upto : w.week + 1;
    let t = totals.get(w.key);
    if (!t) totals.set(w.key, (t = emptyCoActorTotal(w.key, upto)));
    t.upto = Math.max(t.upto, upto);
    mergeCoActorRow(t, w);
  }
  return [...totals.values()];
}

const nameOf = (key: string) => key.slice(key.indexOf(':') + 1);

/** The other actors of a record, as the co-actors of `self`: each key once, with its first name in the record. */
function othersIn(r: HistoryRecord, self: (key: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of r.actors) if (!self(a.key) && !out.has(a.key)) out.set(a.key, a.name);
  return out;
}

/** Adds one record (with its id) to the co-actor row of one of its keys (a week's or the total). */
export function foldCoActorWeek(row: CoActorFold, r: HistoryRecord): void {
  const id = r.id!;
  const at = r.readAt;
  const others = othersIn(r, (k) => k === row.key);
  // Positions by key: a total of a frequent actor holds thousands of keys, an article tens (indexOf was their product).
  const pos = new Map(row.keys.map((k, i) => [k, i]));
  for (const [k, name] of others) {
    let i = pos.get(k) ?? -1;
    if (i < 0) {
      i = row.keys.push(k) - 1;
      row.articles.push(0);
      row.names.push(name);
      row.last.push(at);
      row.lastId.push(id);
    }
    row.articles[i]++;
    if (at > row.last[i] || (at === row.last[i] && id > row.lastId[i])) {
      row.names[i] = name;
      row.last[i] = at;
      row.lastId[i] = id;
    }
    if (k.startsWith('person:') && others.has(`place:${nameOf(k)}`)) {
      const j = row.both.indexOf(nameOf(k));
      if (j < 0) {
        row.both.push(nameOf(k));
        row.bothArticles.push(1);
      } else row.bothArticles[j]++;
    }
  }
}

/**
 * Takes one record out of the total of one of its keys (it is being forgotten): its co-actors' articles and `both` go
 * down by one, entries left with none go. Returns the co-actor keys whose name and time came from this record: their
 * latest is now another record, found in the key's week rows (fixLatest).
 */
export function unfoldCoActorTotal(row: CoActorFold, r: HistoryRecord): Set<string> {
  const stale = new Set<string>();
  const others = othersIn(r, (k) => k === row.key);
  const drop = new Set<number>();
  const at = new Map(row.keys.map((k, i) => [k, i]));
  for (const k of others.keys()) {
    const i = at.get(k);
    if (i === undefined) continue;
    if (--row.articles[i] <= 0) drop.add(i);
    else if (row.lastId[i] === r.id) stale.add(k);
    if (k.startsWith('person:') && others.has(`place:${nameOf(k)}`)) {
      const j = row.both.indexOf(nameOf(k));
      if (j >= 0 && --row.bothArticles[j] <= 0) {
        row.both.splice(j, 1);
        row.bothArticles.splice(j, 1);
      }
    }
  }
  if (drop.size) {
    const keep = (_: unknown, i: number) => !drop.has(i);
    row.keys = row.keys.filter(keep);
    row.articles = row.articles.filter(keep);
    row.names = row.names.filter(keep);
    row.last = row.last.filter(keep);
    row.lastId = row.lastId.filter(keep);
  }
  return stale;
}

/**
 * Sets the name and time of the `stale` entries of a total from the key's week rows, read newest week first: the first
 * row naming a co-actor holds its latest article (a week's articles are all later than an earlier week's).
 * `weeksNewestFirst` visits the rows until the callback returns false.
 */
export async function fixLatest(
  row: CoActorFold,
  stale: Set<string>,
  weeksNewestFirst: (visit: (w: HistoryCoActorWeekRecord) => boolean) => Promise<void>,
): Promise<void> {
  if (stale.size === 0) return;
  const at = new Map(row.keys.map((k, i) => [k, i]));
  await weeksNewestFirst((w) => {
    for (const [i, k] of w.keys.entries()) {
      if (!stale.has(k)) continue;
      const j = at.get(k)!;
      row.names[j] = w.names[i];
      row.last[j] = w.last[i];
      row.lastId[j] = w.lastId[i];
      stale.delete(k);
    }
    return stale.size > 0;
  });
}

export interface CoActor {
  key: string;
  name: string;
  type: ActorType;
  articles: number;
}

/**
 * The group of a co-actor key: the person and the place of a name that is no known place are one co-actor (probeKeys),
 * named "person:…"; unless the other one is the actor itself (then the key stays alone, as before the aggregate).
 */
export function coActorGroup(key: string, self: ReadonlySet<string>): string {
  const probes = probeKeys(key);
  if (probes.length === 1 || probes.some((p) => self.has(p))) return key;
  return probes.find((p) => p.startsWith('person:'))!;
}

const typeOf = (key: string) => key.slice(0, key.indexOf(':')) as ActorType;

/**
 * The co-actors of the actor of `selfKeys` over all its articles, from its co-actor rows (its totals, or its week
 * rows). `doubles` are the records naming two or more of the actor's keys (in that many rows of one week, and of the
 * totals), with the number of rows each is in: their co-actors are taken out the extra times. Each group is named by the member seen latest (reading time, then id; the
 * person on a tie), its articles are those naming any member.
 */
export function coActorsFromRows(rows: readonly CoActorFold[], selfKeys: Iterable<string>, doubles: readonly { record: HistoryRecord; rows: number }[]): CoActor[] {
  const self = new Set(selfKeys);
  const perKey = new Map<string, { articles: number; name: string; last: number; lastId: number }>();
  const both = new Map<string, number>();
  for (const row of rows) {
    for (const [i, k] of row.keys.entries()) {
      if (self.has(k)) continue;
      const x = perKey.get(k);
      if (!x) perKey.set(k, { articles: row.articles[i], name: row.names[i], last: row.last[i], lastId: row.lastId[i] });
      else {
        x.articles += row.articles[i];
        if (row.last[i] > x.last || (row.last[i] === x.last && row.lastId[i] > x.lastId)) Object.assign(x, { name: row.names[i], last: row.last[i], lastId: row.lastId[i] });
      }
    }
    for (const [i, n] of row.both.entries()) both.set(n, (both.get(n) ?? 0) + row.bothArticles[i]);
  }
  for (const { record, rows: n } of doubles) {
    const others = othersIn(record, (k) => self.has(k));
    for (const k of others.keys()) perKey.get(k)!.articles -= n - 1;
    for (const k of others.keys()) if (k.startsWith('person:') && others.has(`place:${nameOf(k)}`)) both.set(nameOf(k), both.get(nameOf(k))! - (n - 1));
  }
  const groups = new Map<string, CoActor & { last: number; lastId: number; rank: number }>();
  // Only a name seen both as a person and as a place can join two keys: the others are their own group (probeKeys
  // looks the name up in the gazetteer, thousands of times for a frequent actor otherwise).
  const other = (k: string) => (k.startsWith('person:') ? `place:${nameOf(k)}` : k.startsWith('place:') ? `person:${nameOf(k)}` : null);
  for (const [k, x] of perKey) {
    if (x.articles <= 0) continue;
    const o = other(k);
    const g = o && (perKey.get(o)?.articles ?? 0) > 0 ? coActorGroup(k, self) : k;
    const rank = k.startsWith('person:') ? 1 : 0;
    const y = groups.get(g);
    if (!y) {
      groups.set(g, { key: k, name: x.name, type: typeOf(k), articles: x.articles, last: x.last, lastId: x.lastId, rank });
      continue;
    }
    y.articles += x.articles;
    if (x.last > y.last || (x.last === y.last && (x.lastId > y.lastId || (x.lastId === y.lastId && rank > y.rank)))) {
      Object.assign(y, { key: k, name: x.name, type: typeOf(k), last: x.last, lastId: x.lastId, rank });
    }
  }
  // A merged person and place: the articles naming both counted once.
  for (const [n, count] of both) {
    const g = groups.get(`person:${n}`);
    if (g && count > 0 && perKey.has(`place:${n}`) && coActorGroup(`place:${n}`, self) === `person:${n}`) g.articles -= count;
  }
  return [...groups.values()].map(({ key, name, type, articles }) => ({ key, name, type, articles }));
}

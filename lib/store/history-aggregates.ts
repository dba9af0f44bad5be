/**
 * Aggregates of the reading history kept at write time (v6), so the actor page, the card's actor line and the outlet
 * profile read a few small rows instead of every record and claim of an actor or an outlet:
 *
 * - `historyActorWeeks`, one row per actor key and week (Monday, UTC): the ids and reading times of the articles naming
 *   the key, its mentions, the roles seen with it (articles, first and last time) and the outlets (articles, last time).
 * - `historyOutletMonths`, one row per host and month (UTC): the ids and reading times of its articles, its claims, the
 *   anonymous ones, and its named sources (claims each).
 *
 * Each row is a fold of the records it covers, and the fold does not depend on their order (a display name comes from
 * the latest record, by reading time then id; a source's name from its latest claim, by id), so adding one record to a
 * row gives the same row as building it from all its records. Writing adds the new record to its rows; forgetting
 * (a page, a site, retention) rebuilds the rows the forgotten records were in from their remaining records (exact, and
 * only those rows are read). The unit tests compare every answer with a full recomputation (history-scan.ts).
 *
 * - `historyCoActorWeeks` (v8, history-coactors.ts), the same rows as `historyActorWeeks` with the other actors of
 *   those articles: kept here beside them (each is a fold of the same records).
 * - `historyCoActorTotals` (v10, history-coactors.ts), one row per actor key, the merge of its co-actor week rows
 *   before `upto` (the later ones are open): see addToAggregates and removeFromAggregates.
 */
import type { DramatisDB } from './db';
import Dexie from 'dexie';
import { coActorTotalsOf, emptyCoActorTotal, emptyCoActorWeek, fixLatest, foldCoActorWeek, mergeCoActorRow, unfoldCoActorTotal, type HistoryCoActorTotalRecord, type HistoryCoActorWeekRecord } from './history-coactors';
import { rowsWithAny } from './history-read';
import type { HistoryClaimRecord, HistoryRecord } from './schema';

/** Monday 00:00 UTC of the week of `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

/** The UTC month of `ms`, "2026-03". */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** A role seen with an actor key in a week. */
export interface ActorWeekRole {
  /** Lower case: the role's identity. */
  lower: string;
  /** As written in the latest article. */
  role: string;
  articles: number;
  first: number;
  last: number;
  /** The record id of the latest article (ties of `last`). */
  lastId: number;
}

/** An outlet (a host under one site name) where an actor key was read in a week. */
export interface ActorWeekHost {
  host: string;
  site: string;
  articles: number;
  last: number;
  lastId: number;
}

export interface HistoryActorWeekRecord {
  key: string;
  week: number;
  /** The records naming the key read this week, and when each was read (same order). */
  ids: number[];
  reads: number[];
  mentions: number;
  roles: ActorWeekRole[];
  hosts: ActorWeekHost[];
}

export interface OutletSource {
  key: string;
  /** The source as written in its latest claim (by claim id). */
  name: string;
  claims: number;
  nameId: number;
}

export interface HistoryOutletMonthRecord {
  host: string;
  month: string;
  ids: number[];
  reads: number[];
  /** The site's display name in the latest article. */
  site: string;
  first: number;
  last: number;
  lastId: number;
  claims: number;
  anonymous: number;
  /** Named (not anonymous) sources with an actor key. */
  sources: OutletSource[];
}

type ClaimPart = Pick<HistoryClaimRecord, 'id' | 'source' | 'sourceKey' | 'anonymous'>;

const later = (at: number, id: number, than: { last: number; lastId: number }) => at > than.last || (at === than.last && id > than.lastId);

export function emptyActorWeek(key: string, week: number): HistoryActorWeekRecord {
  return { key, week, ids: [], reads: [], mentions: 0, roles: [], hosts: [] };
}

/** Adds one record (with its id) to the row of one of its actor keys. */
export function foldActorWeek(row: HistoryActorWeekRecord, r: HistoryRecord): void {
  const id = r.id!;
  const at = r.readAt;
  row.ids.push(id);
  row.reads.push(at);
  const roles = new Map<string, string>();
  for (const a of r.actors) {
    if (a.key !== row.key) continue;
    row.mentions += a.mentions;
    for (const role of a.roles) if (!roles.has(role.toLowerCase())) roles.set(role.toLowerCase(), role);
  }
  for (const [lower, role] of roles) {
    let x = row.roles.find((y) => y.lower === lower);
    if (!x) row.roles.push((x = { lower, role, articles: 0, first: at, last: at, lastId: id }));
    x.articles++;
    x.first = Math.min(x.first, at);
    if (later(at, id, x)) Object.assign(x, { role, last: at, lastId: id });
  }
  // One entry per host and site name: the actor page groups them into outlets (registrable domains) and lists a
  // domain's other names ("Harbour Times; also as Coast Daily").
  let h = row.hosts.find((y) => y.host === r.host && y.site === r.site);
  if (!h) row.hosts.push((h = { host: r.host, site: r.site, articles: 0, last: at, lastId: id }));
  h.articles++;
  if (later(at, id, h)) Object.assign(h, { last: at, lastId: id });
}

export function emptyOutletMonth(host: string, month: string): HistoryOutletMonthRecord {
  return { host, month, ids: [], reads: [], site: host, first: Infinity, last: -Infinity, lastId: -1, claims: 0, anonymous: 0, sources: [] };
}

/** Adds one record (with its id) and its claims (with theirs) to its host's month. */
export function foldOutletMonth(row: HistoryOutletMonthRecord, r: HistoryRecord, claims: readonly ClaimPart[]): void {
  const id = r.id!;
  const at = r.readAt;
  row.ids.push(id);
  row.reads.push(at);
  row.first = Math.min(row.first, at);
  if (later(at, id, row)) Object.assign(row, { site: r.site, last: at, lastId: id });
  row.claims += r.claims;
  row.anonymous += r.anonymous;
  for (const c of claims) {
    if (c.anonymous || !c.sourceKey) continue;
    let s = row.sources.find((x) => x.key === c.sourceKey);
    if (!s) row.sources.push((s = { key: c.sourceKey, name: '', claims: 0, nameId: -1 }));
    s.claims++;
    if (c.id! > s.nameId) Object.assign(s, { name: c.source ?? c.sourceKey, nameId: c.id! });
  }
}

const actorRowKey = (key: string, week: number) => JSON.stringify([key, week]);
const outletRowKey = (host: string, month: string) => JSON.stringify([host, month]);

/** Every aggregate row of a whole history (the v6 upgrade, a bulk write). */
export function buildAggregates(
  records: readonly HistoryRecord[],
  claims: readonly HistoryClaimRecord[],
): { actorWeeks: HistoryActorWeekRecord[]; outletMonths: HistoryOutletMonthRecord[]; coActorWeeks: HistoryCoActorWeekRecord[]; coActorTotals: HistoryCoActorTotalRecord[] } {
  const claimsOf = new Map<number, HistoryClaimRecord[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.historyId) ?? [];
    list.push(c);
    claimsOf.set(c.historyId, list);
  }
  const actorWeeks = new Map<string, HistoryActorWeekRecord>();
  const outletMonths = new Map<string, HistoryOutletMonthRecord>();
  const coActorWeeks = new Map<string, HistoryCoActorWeekRecord>();
  for (const r of records) {
    const week = weekStart(r.readAt);
    for (const key of new Set(r.actorKeys)) {
      const k = actorRowKey(key, week);
      const row = actorWeeks.get(k) ?? emptyActorWeek(key, week);
      foldActorWeek(row, r);
      actorWeeks.set(k, row);
      const co = coActorWeeks.get(k) ?? emptyCoActorWeek(key, week);
      foldCoActorWeek(co, r);
      coActorWeeks.set(k, co);
    }
    const month = monthOf(r.readAt);
    const k = outletRowKey(r.host, month);
    const row = outletMonths.get(k) ?? emptyOutletMonth(r.host, month);
    foldOutletMonth(row, r, claimsOf.get(r.id!) ?? []);
    outletMonths.set(k, row);
  }
  const coWeeks = [...coActorWeeks.values()];
  return { actorWeeks: [...actorWeeks.values()], outletMonths: [...outletMonths.values()], coActorWeeks: coWeeks, coActorTotals: coActorTotalsOf(coWeeks) };
}

/** Adds a record just written (with its id) and its claims (with theirs). Inside a rw transaction on the aggregates. */
export async function addToAggregates(db: DramatisDB, r: HistoryRecord, claims: readonly ClaimPart[]): Promise<void> {
  const week = weekStart(r.readAt);
  const keys = [...new Set(r.actorKeys)];
  const month = monthOf(r.readAt);
  const [weeks, outlet, coWeeks] = await Promise.all([
    db.historyActorWeeks.bulkGet(keys.map((k) => [k, week])),
    db.historyOutletMonths.get([r.host, month]),
    db.historyCoActorWeeks.bulkGet(keys.map((k) => [k, week])),
  ]);
  const rows = keys.map((k, i) => weeks[i] ?? emptyActorWeek(k, week));
  for (const row of rows) foldActorWeek(row, r);
  const co = keys.map((k, i) => coWeeks[i] ?? emptyCoActorWeek(k, week));
  for (const row of co) foldCoActorWeek(row, r);
  const o = outlet ?? emptyOutletMonth(r.host, month);
  foldOutletMonth(o, r, claims);
  // The co-actor totals: an open week row (the key's current week, as a rule) is all there is to write. A key's first
  // article of a week reads its total: a week before the total's `upto` is folded into it too; a later one moves
  // `upto` to this week, the key's open rows before it joining the total.
  const need = co.filter((row, i) => !coWeeks[i] || !row.open);
  const totals = await db.historyCoActorTotals.bulkGet(need.map((row) => row.key));
  const putTotals: HistoryCoActorTotalRecord[] = [];
  const closed: HistoryCoActorWeekRecord[] = [];
  await Promise.all(
    need.map(async (row, i) => {
      const total = totals[i] ?? emptyCoActorTotal(row.key, week);
      putTotals.push(total);
      if (week < total.upto) {
        foldCoActorWeek(total, r);
        delete row.open;
        return;
      }
      // A key with no total yet (new to the history) has no earlier week rows to fold: no read for it.
      const older = totals[i] && total.upto < week ? await db.historyCoActorWeeks.where('[key+week]').between([row.key, total.upto], [row.key, week], true, false).toArray() : [];
      for (const w of older) {
        mergeCoActorRow(total, w);
        delete w.open;
        closed.push(w);
      }
      total.upto = week;
      row.open = 1;
    }),
  );
  await Promise.all([
    db.historyActorWeeks.bulkPut(rows),
    db.historyOutletMonths.put(o),
    db.historyCoActorWeeks.bulkPut([...closed, ...co]),
    db.historyCoActorTotals.bulkPut(putTotals),
  ]);
}

/**
 * Takes records out of the aggregates (they are being forgotten or replaced): each row they were in is rebuilt from its
 * other records, or deleted when none is left. Inside a rw transaction on history, historyClaims and the aggregates;
 * the remaining records and their claims must still be there (the forgotten ones may or may not be).
 */
export async function removeFromAggregates(db: DramatisDB, records: readonly HistoryRecord[]): Promise<void> {
  if (records.length === 0) return;
  const gone = new Set(records.map((r) => r.id!));
  const actorKeys = new Map<string, [string, number]>();
  const outletKeys = new Map<string, [string, string]>();
  for (const r of records) {
    const week = weekStart(r.readAt);
    for (const key of r.actorKeys) actorKeys.set(actorRowKey(key, week), [key, week]);
    const month = monthOf(r.readAt);
    outletKeys.set(outletRowKey(r.host, month), [r.host, month]);
  }
  const [weeks, months, oldCo] = await Promise.all([
    db.historyActorWeeks.bulkGet([...actorKeys.values()]),
    db.historyOutletMonths.bulkGet([...outletKeys.values()]),
    db.historyCoActorWeeks.bulkGet([...actorKeys.values()]),
  ]);
  const keep = (ids: number[] | undefined) => (ids ?? []).filter((id) => !gone.has(id));
  const needed = new Set<number>();
  for (const row of weeks) for (const id of keep(row?.ids)) needed.add(id);
  const monthIds = new Set<number>();
  for (const row of months) for (const id of keep(row?.ids)) monthIds.add(id);
  for (const id of monthIds) needed.add(id);
  const loaded = await db.history.bulkGet([...needed]);
  const byId = new Map(loaded.filter((r): r is HistoryRecord => !!r).map((r) => [r.id!, r]));
  const claimsOf = new Map<number, HistoryClaimRecord[]>();
  for (const c of await rowsWithAny(db.historyClaims, 'historyId', [...monthIds], (x) => x.id)) {
    const list = claimsOf.get(c.historyId) ?? [];
    list.push(c);
    claimsOf.set(c.historyId, list);
  }
  const putWeeks: HistoryActorWeekRecord[] = [];
  const putCo: HistoryCoActorWeekRecord[] = [];
  const dropWeeks: [string, number][] = [];
  for (const [i, [key, week]] of [...actorKeys.values()].entries()) {
    const ids = keep(weeks[i]?.ids).filter((id) => byId.has(id));
    if (ids.length === 0) {
      dropWeeks.push([key, week]);
      continue;
    }
    const row = emptyActorWeek(key, week);
    const co = emptyCoActorWeek(key, week);
    if (oldCo[i]?.open) co.open = 1;
    for (const id of ids) {
      foldActorWeek(row, byId.get(id)!);
      foldCoActorWeek(co, byId.get(id)!);
    }
    putWeeks.push(row);
    putCo.push(co);
  }
  const putMonths: HistoryOutletMonthRecord[] = [];
  const dropMonths: [string, string][] = [];
  for (const [i, [host, month]] of [...outletKeys.values()].entries()) {
    const ids = keep(months[i]?.ids).filter((id) => byId.has(id));
    if (ids.length === 0) {
      dropMonths.push([host, month]);
      continue;
    }
    const row = emptyOutletMonth(host, month);
    for (const id of ids) foldOutletMonth(row, byId.get(id)!, claimsOf.get(id) ?? []);
    putMonths.push(row);
  }
  await Promise.all([
    db.historyActorWeeks.bulkDelete(dropWeeks),
    db.historyActorWeeks.bulkPut(putWeeks),
    db.historyCoActorWeeks.bulkDelete(dropWeeks),
    db.historyCoActorWeeks.bulkPut(putCo),
    db.historyOutletMonths.bulkDelete(dropMonths),
    db.historyOutletMonths.bulkPut(putMonths),
  ]);
  // The totals of the keys whose rows were folded into them: the forgotten records of those weeks taken out; a
  // co-actor whose latest article went gets its name and time from the key's folded week rows (as just rebuilt), newest
  // first. A key with no week row left has no total.
  const folded = new Map<string, Set<number>>();
  for (const [i, [key, week]] of [...actorKeys.values()].entries()) {
    if (oldCo[i] && !oldCo[i]!.open) folded.set(key, (folded.get(key) ?? new Set()).add(week));
  }
  const dropped = [...new Set(dropWeeks.map(([key]) => key))];
  const left = await Promise.all(dropped.map((key) => db.historyCoActorWeeks.where('key').equals(key).count()));
  const gonekeys = new Set(dropped.filter((_, i) => left[i] === 0));
  const touched = [...folded.keys()].filter((key) => !gonekeys.has(key));
  const totals = await db.historyCoActorTotals.bulkGet(touched);
  const putTotals: HistoryCoActorTotalRecord[] = [];
  await Promise.all(
    touched.map(async (key, i) => {
      const total = totals[i];
      if (!total) return;
      const weeksOf = folded.get(key)!;
      const stale = new Set<string>();
      for (const r of records) if (weeksOf.has(weekStart(r.readAt)) && r.actorKeys.includes(key)) for (const k of unfoldCoActorTotal(total, r)) stale.add(k);
      const kept = new Set(total.keys);
      for (const k of stale) if (!kept.has(k)) stale.delete(k);
      await fixLatest(total, stale, async (visit) => {
        await db.historyCoActorWeeks
          .where('[key+week]')
          .between([key, Dexie.minKey], [key, total.upto], true, false)
          .reverse()
          .until((w) => !visit(w), true)
          .toArray();
      });
      putTotals.push(total);
    }),
  );
  await Promise.all([db.historyCoActorTotals.bulkDelete([...gonekeys]), db.historyCoActorTotals.bulkPut(putTotals)]);
}

/** Rebuilds every aggregate row from the history (after a bulk write). Inside a rw transaction on the history tables. */
export async function rebuildAggregates(db: DramatisDB): Promise<void> {
  const [records, claims] = await Promise.all([db.history.toArray(), db.historyClaims.toArray()]);
  const { actorWeeks, outletMonths, coActorWeeks, coActorTotals } = buildAggregates(records, claims);
  await Promise.all([db.historyActorWeeks.clear(), db.historyOutletMonths.clear(), db.historyCoActorWeeks.clear(), db.historyCoActorTotals.clear()]);
  await Promise.all([
    db.historyActorWeeks.bulkPut(actorWeeks),
    db.historyOutletMonths.bulkPut(outletMonths),
    db.historyCoActorWeeks.bulkPut(coActorWeeks),
    db.historyCoActorTotals.bulkPut(coActorTotals),
  ]);
}

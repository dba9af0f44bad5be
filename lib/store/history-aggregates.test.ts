// The aggregates behind the actor page, the card's actor line and the outlet profile stay exact: after random
// sequences of writes (new pages, pages read again), forgetting (a page, a site, retention) and imports, every answer
// from the aggregates equals the full recomputation over every record and claim (history-scan.ts), and the rows equal
// those built from scratch. Fixed seed, bounded runs.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryDraft } from '../memory/record';
import type { DramatisDB } from './db';
import { exportAll } from './export-import';
import { forgetAllHistory, forgetPage, forgetSite, pruneHistory, rememberArticle } from './history';
import { buildAggregates, weekStart } from './history-aggregates';
import { coActorTotalsOf, emptyCoActorTotal, foldCoActorWeek, type HistoryCoActorWeekRecord } from './history-coactors';
import { actorLine, actorMemory, outletProfile } from './history-queries';
import { actorLineScan, actorMemoryScan, outletProfileScan } from './history-scan';
import { applyImport, prepareImport } from './import-file';
import { setSetting } from './settings';
import type { HistoryActor } from './schema';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2);

/** A small world where names collide: a full name and its surname, an alias, one name as person and place. */
const ACTORS: HistoryActor[] = [
  { key: 'person:ana ruiz', name: 'Ana Ruiz', type: 'person', mentions: 1, roles: [], aliases: ['Ruiz'] },
  { key: 'person:ruiz', name: 'Ruiz', type: 'person', mentions: 1, roles: [], aliases: [] },
  { key: 'person:rui valente', name: 'Rui Valente', type: 'person', mentions: 1, roles: [], aliases: [] },
  { key: 'place:rui valente', name: 'Rui Valente', type: 'place', mentions: 1, roles: [], aliases: [] },
  { key: 'organization:harbour authority', name: 'Harbour Authority', type: 'organization', mentions: 1, roles: [], aliases: ['HA'] },
  { key: 'organization:ha', name: 'HA', type: 'organization', mentions: 1, roles: [], aliases: [] },
  { key: 'place:lisbon', name: 'Lisbon', type: 'place', mentions: 1, roles: [], aliases: [] },
  { key: 'person:joana costa', name: 'Joana Costa', type: 'person', mentions: 1, roles: [], aliases: [] },
];
const ROLES = ['finance minister', 'mayor', 'spokeswoman', 'engineer'];
const URLS = ['https://a.example/1', 'https://a.example/2', 'https://news.a.example/3', 'https://b.example/4', 'https://b.example/5', 'https://c.example/6', 'https://c.example/7', 'https://a.example/8'];
const CLAIMS = ['The bridge will reopen in May', 'Taxes will not rise this year', 'The port lost money', 'Nobody was hurt', 'The vote was fair'];

const actorArb = fc.record({
  i: fc.integer({ min: 0, max: ACTORS.length - 1 }),
  mentions: fc.integer({ min: 1, max: 9 }),
  roles: fc.subarray(ROLES, { maxLength: 2 }),
});
const claimArb = fc.record({
  text: fc.constantFrom(...CLAIMS),
  source: fc.option(fc.integer({ min: 0, max: ACTORS.length - 1 }), { nil: null }),
  anonymous: fc.boolean(),
  about: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
});
const writeArb = fc.record({
  op: fc.constant('write' as const),
  url: fc.constantFrom(...URLS),
  day: fc.integer({ min: 0, max: 60 }),
  hour: fc.integer({ min: 0, max: 23 }),
  actors: fc.array(actorArb, { minLength: 1, maxLength: 5 }),
  claims: fc.array(claimArb, { maxLength: 4 }),
});
const opArb = fc.oneof(
  { weight: 6, arbitrary: writeArb },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('forgetPage' as const), url: fc.constantFrom(...URLS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('forgetSite' as const), host: fc.constantFrom('a.example', 'news.a.example', 'b.example', 'c.example') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prune' as const), days: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('import' as const), writes: fc.array(writeArb, { minLength: 1, maxLength: 4 }) }) },
);
type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

function draftOf(w: Write): MemoryDraft {
  const actors: HistoryActor[] = [];
  for (const a of w.actors) {
    if (actors.some((x) => x.key === ACTORS[a.i].key)) continue;
    actors.push({ ...ACTORS[a.i], mentions: a.mentions, roles: a.roles });
  }
  return {
    url: w.url,
    title: `Story ${w.url.slice(-1)}`,
    site: `Site of ${new URL(w.url).host} ${w.day % 3}`,
    publishedAt: 0,
    actors,
    claims: w.claims.map((c) => ({
      text: c.text,
      kind: 'direct' as const,
      source: c.anonymous || c.source === null ? null : ACTORS[c.source].name,
      sourceKey: c.anonymous || c.source === null ? null : ACTORS[c.source].key,
      anonymous: c.anonymous,
      aboutKeys: c.about.map((i) => ACTORS[i].key),
    })),
  };
}

const at = (w: Write) => T0 + w.day * DAY + w.hour * 3600 * 1000;
const dbs: DramatisDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

/** Every aggregate answer equals the full recomputation; the rows equal those built from scratch. */
async function expectExact(db: DramatisDB): Promise<void> {
  for (const a of ACTORS) {
    expect(await actorMemory(db, a.key)).toEqual(await actorMemoryScan(db, a.key));
    // Few claims wanted: the newest of several keys' claims, read a few ids at a time, are still the newest.
    for (const maxClaims of [1, 2]) expect(await actorMemory(db, a.key, { maxClaims })).toEqual(await actorMemoryScan(db, a.key, { maxClaims }));
    // Longer lists ("Show more"): every article and claim of the small history listed.
    const all = { maxArticles: 1000, maxClaims: 1000, maxCoActors: 1000 };
    expect(await actorMemory(db, a.key, all)).toEqual(await actorMemoryScan(db, a.key, all));
    expect(await actorLine(db, a.key, URLS[0])).toEqual(await actorLineScan(db, a.key, URLS[0]));
    expect(await actorLine(db, a.key)).toEqual(await actorLineScan(db, a.key));
  }
  for (const host of ['a.example', 'news.a.example', 'b.example', 'c.example', 'https://a.example/x']) {
    expect(await outletProfile(db, host)).toEqual(await outletProfileScan(db, host));
  }
  const fresh = buildAggregates(await db.history.toArray(), await db.historyClaims.toArray());
  const sortRow = <T extends { ids: number[]; reads: number[] }>(r: T) => {
    const pairs = r.ids.map((id, i) => [id, r.reads[i]] as const).sort((x, y) => x[0] - y[0]);
    return { ...r, ids: pairs.map((p) => p[0]), reads: pairs.map((p) => p[1]), ...('roles' in r ? { roles: [...(r.roles as { lower: string }[])].sort((x, y) => x.lower.localeCompare(y.lower)) } : {}), ...('hosts' in r ? { hosts: [...(r.hosts as { host: string; site: string }[])].sort((x, y) => x.host.localeCompare(y.host) || x.site.localeCompare(y.site)) } : {}), ...('sources' in r ? { sources: [...(r.sources as { key: string }[])].sort((x, y) => x.key.localeCompare(y.key)) } : {}) };
  };
  const byKey = <T extends { ids: number[]; reads: number[] }>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), sortRow(r)]));
  expect(byKey(await db.historyActorWeeks.toArray(), (r) => `${r.key}|${r.week}`)).toEqual(byKey(fresh.actorWeeks, (r) => `${r.key}|${r.week}`));
  expect(byKey(await db.historyOutletMonths.toArray(), (r) => `${r.host}|${r.month}`)).toEqual(byKey(fresh.outletMonths, (r) => `${r.host}|${r.month}`));
  // The co-actor rows (v8): entries in any order, the same per key.
  const coRow = (r: HistoryCoActorWeekRecord) => ({
    entries: Object.fromEntries(r.keys.map((k, i) => [k, [r.articles[i], r.names[i], r.last[i], r.lastId[i]]])),
    both: Object.fromEntries(r.both.map((n, i) => [n, r.bothArticles[i]])),
  });
  const coByKey = (rows: HistoryCoActorWeekRecord[]) => Object.fromEntries(rows.map((r) => [`${r.key}|${r.week}`, coRow(r)]));
  expect(coByKey(await db.historyCoActorWeeks.toArray())).toEqual(coByKey(fresh.coActorWeeks));
  // The co-actor totals (v10), one row per key with the key's open week rows (from the total's `upto` on) beside it:
  // merged, the same as built from every record; and the rows before `upto` are the folded ones, the rest open.
  const totals = await db.historyCoActorTotals.toArray();
  const weekRows = await db.historyCoActorWeeks.toArray();
  for (const t of totals) for (const w of weekRows.filter((x) => x.key === t.key)) expect([w.week, !!w.open]).toEqual([w.week, w.week >= t.upto]);
  const merged = coActorTotalsOf([...totals, ...weekRows.filter((w) => w.open)]);
  const totalsByKey = (rows: Omit<HistoryCoActorWeekRecord, 'week'>[]) => Object.fromEntries(rows.map((r) => [r.key, coRow({ ...r, week: 0 })]));
  expect(totalsByKey(merged)).toEqual(totalsByKey(fresh.coActorTotals));
  // ... and the same as folding every record straight into one row per key (not through the week rows' merge).
  const direct = new Map<string, ReturnType<typeof emptyCoActorTotal>>();
  for (const r of await db.history.toArray()) {
    for (const k of new Set(r.actorKeys)) {
      if (!direct.has(k)) direct.set(k, emptyCoActorTotal(k, 0));
      foldCoActorWeek(direct.get(k)!, r);
    }
  }
  expect(totalsByKey(merged)).toEqual(totalsByKey([...direct.values()]));
}

describe('history aggregates', () => {
  it('answer as a full recomputation after random writes, forgets, retention and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const db = testDb();
        dbs.push(db);
        await setSetting(db, 'historyDays', 3650);
        for (const op of ops) {
          if (op.op === 'write') await rememberArticle(db, draftOf(op), { incognito: false, now: at(op) });
          else if (op.op === 'forgetPage') await forgetPage(db, op.url);
          else if (op.op === 'forgetSite') await forgetSite(db, op.host);
          else if (op.op === 'prune') {
            await setSetting(db, 'historyDays', op.days);
            await pruneHistory(db, T0 + 61 * DAY);
            await setSetting(db, 'historyDays', 3650);
          } else {
            // Another browser's history, exported and imported here (merged by URL: the later reading wins).
            const other = testDb();
            dbs.push(other);
            await setSetting(other, 'historyDays', 3650);
            for (const w of op.writes) await rememberArticle(other, draftOf(w), { incognito: false, now: at(w) });
            await applyImport(db, prepareImport(JSON.stringify(await exportAll(other)), {}, T0 + 61 * DAY));
          }
        }
        await expectExact(db);
        await forgetAllHistory(db);
        expect(await db.historyActorWeeks.count()).toBe(0);
        expect(await db.historyOutletMonths.count()).toBe(0);
        expect(await db.historyCoActorWeeks.count()).toBe(0);
        expect(await db.historyCoActorTotals.count()).toBe(0);
        await db.delete();
        dbs.splice(dbs.indexOf(db), 1);
      }),
      { seed: 20261207, numRuns: 40 },
    );
  }, 120_000);

  it('counts an article naming two keys of one actor once (its outlet and roles too)', async () => {
    const db = testDb();
    dbs.push(db);
    // "Ana Ruiz" and "Ruiz" kept apart in one article: one identity (the surname of the one full name).
    const both: MemoryDraft = {
      url: 'https://a.example/1',
      title: 'One',
      site: 'A',
      publishedAt: 0,
      actors: [
        { ...ACTORS[0], mentions: 3, roles: ['mayor'] },
        { ...ACTORS[1], mentions: 2, roles: ['mayor', 'engineer'] },
      ],
      claims: [],
    };
    await rememberArticle(db, both, { incognito: false, now: T0 });
    await rememberArticle(db, { ...both, url: 'https://a.example/2', actors: [both.actors[1]] }, { incognito: false, now: T0 + DAY });
    const m = (await actorMemory(db, 'person:ruiz'))!;
    expect([...m.identity.keys].sort()).toEqual(['person:ana ruiz', 'person:ruiz']);
    expect(m.articleCount).toBe(2);
    expect(m.weeks).toEqual([{ week: weekStart(T0), mentions: 7, articles: 2 }]);
    expect(m.outlets.map((o) => [o.host, o.articles])).toEqual([['a.example', 2]]);
    expect(m.roles.map((r) => [r.role, r.articles])).toEqual([
      ['engineer', 2],
      ['mayor', 2],
    ]);
    expect(m).toEqual(await actorMemoryScan(db, 'person:ruiz'));
  });

  it('counts co-actors over every article of the actor, a name read as person and place once', async () => {
    const db = testDb();
    dbs.push(db);
    await setSetting(db, 'historyDays', 3650);
    const [ana, ruiz, rui, ruiPlace, harbour, , lisbon] = ACTORS;
    const draft = (n: number, actors: HistoryActor[]): MemoryDraft => ({ url: `https://a.example/${n}`, title: `T${n}`, site: 'A', publishedAt: 0, actors, claims: [] });
    // 120 articles with Lisbon (more than the 100 newest the page used to count over), in weeks apart.
    for (let i = 0; i < 120; i++) await rememberArticle(db, draft(i, [ana, lisbon]), { incognito: false, now: T0 + i * DAY });
    // Rui Valente as a person in one article, as a place in another, as both in a third: three articles.
    await rememberArticle(db, draft(200, [ana, rui]), { incognito: false, now: T0 + 200 * DAY });
    await rememberArticle(db, draft(201, [ana, ruiPlace, harbour]), { incognito: false, now: T0 + 201 * DAY });
    await rememberArticle(db, draft(202, [ana, ruiPlace, rui]), { incognito: false, now: T0 + 202 * DAY });
    // "Ruiz" (the same actor as Ana Ruiz) with Harbour Authority: not a co-actor of herself; Harbour Authority in 2.
    await rememberArticle(db, draft(203, [ana, ruiz, harbour]), { incognito: false, now: T0 + 203 * DAY });
    const m = (await actorMemory(db, 'person:ana ruiz'))!;
    expect(m.articleCount).toBe(124);
    // Rui Valente is named by the person's key: in article 202 (the latest) both were seen, the person wins the tie.
    expect(m.coActors.map((c) => [c.key, c.articles])).toEqual([
      ['place:lisbon', 120],
      ['person:rui valente', 3],
      ['organization:harbour authority', 2],
    ]);
    expect(m).toEqual(await actorMemoryScan(db, 'person:ana ruiz'));
    // Forgetting the article with both leaves two.
    await forgetPage(db, 'https://a.example/202');
    const after = (await actorMemory(db, 'person:ana ruiz'))!;
    expect(after.coActors.find((c) => c.name === 'Rui Valente')).toEqual({ key: 'place:rui valente', name: 'Rui Valente', type: 'place', articles: 2 });
    expect(after).toEqual(await actorMemoryScan(db, 'person:ana ruiz'));
  });
});

// Upgrade tests: seed a database declared with the versions up to n-1, close it, open DramatisDB (version n) and read.
// One case per version (see the comment at the top of schema.ts).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { baghdad } from '../../tests/fixtures/store/articles';
import { listArticles, saveArticle, searchArticles } from './articles';
import { declareVersions, DramatisDB } from './db';
import { buildAggregates } from './history-aggregates';
import { actorMemory, outletProfile } from './history-queries';
import { seenBefore } from './history-seen';
import { ResidentSeenIndex } from './history-seen-index';
import { LATEST_VERSION, SCHEMA_VERSIONS, type HistoryRecord } from './schema';
import { IDBKeyRange, indexedDB, testDbName } from './test-db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new Dexie(name, { indexedDB, IDBKeyRange }).delete();
});

/** Seeds a database at `version` with the given writer, then closes it. */
async function seedAt(version: number, write: (db: Dexie) => Promise<void>): Promise<string> {
  const name = testDbName();
  names.push(name);
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  declareVersions(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  await write(old);
  old.close();
  return name;
}

async function openLatest(name: string): Promise<DramatisDB> {
  const db = new DramatisDB(name, { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  return db;
}

/** An article exactly as version 1 stored it (no sortTitle, no publishedAt). */
function v1Article(id: number, title: string, published: string | null, savedAt: number) {
  return {
    id,
    url: `https://v1.example/${id}`,
    host: 'v1.example',
    title,
    byline: null,
    site: 'V1',
    published,
    excerpt: '',
    text: 'Militias and ministers.',
    contentHtml: '',
    analysis: null,
    counts: { actors: 0, claims: 0, anonymous: 0 },
    anonymousShare: 0,
    reliesOnAnonymous: 0,
    savedAt,
    updatedAt: savedAt,
    read: 0,
    readAt: null,
    archived: 0,
    tags: ['old'],
    words: ['militias', 'ministers'],
    actorKeys: [],
    actorCards: {},
  };
}

describe('schema versions', () => {
  it('are numbered 1..n without gaps', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    const expected = Array.from({ length: versions[versions.length - 1] }, (_, i) => i + 1);
    expect(versions).toEqual(expected);
  });

  it('v1 -> v2: adds sortTitle and publishedAt to every article, and the title/published orders work', async () => {
    const name = await seedAt(1, async (old) => {
      await old.table('articles').bulkAdd([
        v1Article(1, 'Zebras return to the plains', '2020-05-01T00:00:00Z', 3),
        v1Article(2, 'The Árctic thaw', null, 2),
        v1Article(3, 'an apple a day', 'not a date', 1),
      ]);
    });
    const db = await openLatest(name);
    const rows = await db.articles.orderBy('id').toArray();
    expect(rows.map((a) => [a.sortTitle, a.publishedAt])).toEqual([
      ['zebras return to the plains', Date.UTC(2020, 4, 1)],
      ['arctic thaw', 0],
      ['apple a day', 0],
    ]);
    expect((await listArticles(db, { sort: 'title' })).map((a) => a.id)).toEqual([3, 2, 1]);
    expect((await listArticles(db, { sort: 'published-desc', limit: 1 })).map((a) => a.id)).toEqual([1]);
    expect((await listArticles(db, { sort: 'title', filter: { tag: 'old' } })).map((a) => a.id)).toEqual([3, 2, 1]);
    // everything else is as v1 left it
    expect(rows[0]).toMatchObject({ url: 'https://v1.example/1', tags: ['old'], words: ['militias', 'ministers'] });
    expect((await searchArticles(db, 'militias')).map((a) => a.id)).toEqual([1, 2, 3]);
    db.close();
  });

  it('v2 -> v3: the [archived+host+savedAt] index covers the existing articles and the site filter pages through it', async () => {
    const name = await seedAt(2, async (old) => {
      await old.table('articles').bulkAdd([
        { ...v1Article(1, 'One', null, 10), sortTitle: 'one', publishedAt: 0 },
        { ...v1Article(2, 'Two', null, 30), host: 'other.example', url: 'https://other.example/2', sortTitle: 'two', publishedAt: 0 },
        { ...v1Article(3, 'Three', null, 20), sortTitle: 'three', publishedAt: 0 },
        { ...v1Article(4, 'Four', null, 40), archived: 1, sortTitle: 'four', publishedAt: 0 },
      ]);
    });
    const db = await openLatest(name);
    // v1.example, not archived, newest first: 3 (savedAt 20), then 1 (10); 2 is on another site, 4 is archived
    const keys = await db.articles.where('[archived+host+savedAt]').between([0, 'v1.example', Dexie.minKey], [0, 'v1.example', Dexie.maxKey]).primaryKeys();
    expect(keys).toEqual([1, 3]);
    expect((await listArticles(db, { filter: { site: 'www.v1.example' } })).map((a) => a.id)).toEqual([3, 1]);
    expect((await listArticles(db, { filter: { site: 'v1.example' }, sort: 'saved-asc', limit: 1, offset: 1 })).map((a) => a.id)).toEqual([3]);
    expect((await listArticles(db, { filter: { site: 'v1.example' }, archived: true })).map((a) => a.id)).toEqual([4]);
    expect((await listArticles(db, { filter: { site: 'v1.example' }, archived: 'all' })).map((a) => a.id)).toEqual([4, 3, 1]);
    db.close();
  });

  it('v3 -> v4: contentHtml (stored, never shown) leaves every article; everything else stays', async () => {
    const big = `<p>${'x'.repeat(10_000)}</p>`;
    const name = await seedAt(3, async (old) => {
      await old.table('articles').bulkAdd([
        { ...v1Article(1, 'One', null, 10), contentHtml: big, sortTitle: 'one', publishedAt: 0 },
        { ...v1Article(2, 'Two', null, 20), sortTitle: 'two', publishedAt: 0 },
      ]);
    });
    const db = await openLatest(name);
    const all = await db.articles.orderBy('id').toArray();
    expect(all.map((a) => 'contentHtml' in a)).toEqual([false, false]);
    const { contentHtml: _gone, ...rest } = { ...v1Article(1, 'One', null, 10), sortTitle: 'one', publishedAt: 0 };
    expect(all[0]).toEqual(rest);
    expect(await searchArticles(db, 'militias')).toHaveLength(2);
    db.close();
  });

  it('v4 -> v5: the reading history tables appear empty, the articles stay, and the history is written and queried by its indexes', async () => {
    const { contentHtml: _gone, ...one } = { ...v1Article(1, 'One', null, 10), sortTitle: 'one', publishedAt: 0 };
    const name = await seedAt(4, async (old) => {
      await old.table('articles').bulkAdd([one]);
    });
    const db = await openLatest(name);
    expect(await db.history.count()).toBe(0);
    expect(await db.historyClaims.count()).toBe(0);
    expect(await db.articles.get(1)).toEqual(one);
    const id = await db.history.add({
      url: 'https://v5.example/a',
      host: 'v5.example',
      title: 'A',
      site: 'V5',
      readAt: 5,
      publishedAt: 0,
      actors: [{ key: 'person:ana lima', name: 'Ana Lima', type: 'person', mentions: 2, roles: [], aliases: [] }],
      actorKeys: ['person:ana lima'],
      claims: 1,
      anonymous: 0,
    });
    await db.historyClaims.add({ historyId: id, text: 'x', kind: 'direct', source: 'Ana Lima', sourceKey: 'person:ana lima', anonymous: 0, aboutKeys: ['place:lisbon'] });
    expect(await db.history.where('actorKeys').equals('person:ana lima').primaryKeys()).toEqual([id]);
    expect(await db.history.where('host').equals('v5.example').count()).toBe(1);
    expect(await db.historyClaims.where('sourceKey').equals('person:ana lima').count()).toBe(1);
    expect(await db.historyClaims.where('aboutKeys').equals('place:lisbon').count()).toBe(1);
    db.close();
  });

  it('v5 -> v6: the aggregates are built from the history already there, and the actor page and outlet profile read them', async () => {
    const record = (url: string, readAt: number, actors: { key: string; name: string; mentions: number; roles: string[] }[], claims: number, anonymous: number) => ({
      url,
      host: new URL(url).host,
      title: url,
      site: 'Harbour Times',
      readAt,
      publishedAt: 0,
      actors: actors.map((a) => ({ ...a, type: a.key.slice(0, a.key.indexOf(':')), aliases: [] })),
      actorKeys: actors.map((a) => a.key),
      claims,
      anonymous,
    });
    const MON = Date.UTC(2026, 2, 2);
    const name = await seedAt(5, async (old) => {
      const ana = { key: 'person:ana lima', name: 'Ana Lima', mentions: 3, roles: ['mayor'] };
      const port = { key: 'organization:port', name: 'Port', mentions: 1, roles: [] };
      const ids = (await old.table('history').bulkAdd(
        [
          record('https://h.example/1', MON + 3600_000, [ana, port], 2, 1),
          record('https://h.example/2', MON + 8 * 86400_000, [{ ...ana, mentions: 2, roles: [] }], 1, 0),
          record('https://news.h.example/3', Date.UTC(2026, 3, 1), [port], 1, 1),
        ],
        { allKeys: true },
      )) as number[];
      await old.table('historyClaims').bulkAdd([
        { historyId: ids[0], text: 'a', kind: 'direct', source: 'Ana Lima', sourceKey: 'person:ana lima', anonymous: 0, aboutKeys: [] },
        { historyId: ids[0], text: 'b', kind: 'direct', source: 'officials', sourceKey: null, anonymous: 1, aboutKeys: ['person:ana lima'] },
        { historyId: ids[1], text: 'c', kind: 'direct', source: 'Lima', sourceKey: 'person:ana lima', anonymous: 0, aboutKeys: [] },
        { historyId: ids[2], text: 'd', kind: 'direct', source: null, sourceKey: null, anonymous: 1, aboutKeys: [] },
      ]);
      await old.table('historyNames').bulkAdd([
        { key: 'person:ana lima', name: 'Ana Lima', type: 'person', aliasKeys: ['person:ana lima'], surname: 'person:lima', kb: null },
        { key: 'organization:port', name: 'Port', type: 'organization', aliasKeys: ['organization:port'], surname: null, kb: null },
      ]);
    });
    const db = await openLatest(name);
    // Ana Lima: two articles in two weeks; the port: one row in March (h.example), one in April (news.h.example).
    expect(await db.historyActorWeeks.count()).toBe(4);
    expect(await db.historyOutletMonths.count()).toBe(2);
    const ana = (await actorMemory(db, 'person:ana lima'))!;
    expect(ana.articleCount).toBe(2);
    expect(ana.weeks).toEqual([
      { week: MON, mentions: 3, articles: 1 },
      { week: MON + 7 * 86400_000, mentions: 2, articles: 1 },
    ]);
    expect(ana.roles).toEqual([{ role: 'mayor', first: MON + 3600_000, last: MON + 3600_000, articles: 1 }]);
    expect(ana.said.map((c) => c.text)).toEqual(['c', 'a']);
    expect(ana.about.map((c) => c.text)).toEqual(['b']);
    expect(ana.coActors.map((c) => [c.key, c.articles])).toEqual([['organization:port', 1]]);
    const outlet = await outletProfile(db, 'h.example');
    expect([outlet.articles, outlet.claims, outlet.anonymous]).toEqual([3, 4, 2]);
    expect(outlet.topSources).toEqual([{ name: 'Lima', claims: 2 }]);
    expect(outlet.trend.map((t) => [t.month, t.articles])).toEqual([
      ['2026-03', 2],
      ['2026-04', 1],
    ]);
    db.close();
  });

  it('v7 -> v8: the co-actor rows are built from the history already there, and the actor page counts every article', async () => {
    const MON = Date.UTC(2026, 2, 2);
    const actor = (key: string, name: string) => ({ key, name, type: key.slice(0, key.indexOf(':')), mentions: 1, roles: [], aliases: [] });
    const ana = actor('person:ana lima', 'Ana Lima');
    const port = actor('organization:port', 'Port');
    const rui = actor('person:rui valente', 'Rui Valente');
    const ruiPlace = actor('place:rui valente', 'Rui Valente');
    const record = (n: number, readAt: number, actors: ReturnType<typeof actor>[]) => ({
      url: `https://h.example/${n}`,
      host: 'h.example',
      title: `T${n}`,
      site: 'Harbour Times',
      readAt,
      publishedAt: 0,
      actors,
      actorKeys: actors.map((a) => a.key),
      claims: 0,
      anonymous: 0,
    });
    const name = await seedAt(7, async (old) => {
      const records = [
        record(1, MON + 3600_000, [ana, port]),
        record(2, MON + 8 * 86400_000, [ana, port, rui]),
        record(3, MON + 9 * 86400_000, [ana, ruiPlace, rui]),
        record(4, MON + 20 * 86400_000, [port]),
      ];
      const ids = (await old.table('history').bulkAdd(records, { allKeys: true })) as number[];
      const { actorWeeks, outletMonths } = buildAggregates(
        records.map((r, i) => ({ ...r, id: ids[i] }) as HistoryRecord),
        [],
      );
      await old.table('historyActorWeeks').bulkPut(actorWeeks);
      await old.table('historyOutletMonths').bulkPut(outletMonths);
      await old.table('historyNames').bulkAdd(
        [ana, port, rui, ruiPlace].map((a) => ({ key: a.key, name: a.name, type: a.type, aliasKeys: [a.key], surname: a.type === 'person' ? `person:${a.key.split(' ').pop()}` : null, kb: null })),
      );
    });
    const db = await openLatest(name);
    // One row per actor key and week: Ana 2 (weeks 1, 2), the port 3 (weeks 1, 2, 3), Rui as person 1, as place 1.
    expect(await db.historyCoActorWeeks.count()).toBe(7);
    const week2 = (await db.historyCoActorWeeks.get(['person:ana lima', MON + 7 * 86400_000]))!;
    expect(Object.fromEntries(week2.keys.map((k, i) => [k, week2.articles[i]]))).toEqual({ 'organization:port': 1, 'person:rui valente': 2, 'place:rui valente': 1 });
    expect(week2.both).toEqual(['rui valente']);
    expect(week2.bothArticles).toEqual([1]);
    const m = (await actorMemory(db, 'person:ana lima'))!;
    expect(m.coActors.map((c) => [c.key, c.articles])).toEqual([
      ['organization:port', 2],
      ['person:rui valente', 2],
    ]);
    db.close();
  });

  it('v8 -> v9: the resident claim index\'s snapshot and log tables appear empty, no claim is touched; "seen before?" answers at once and the index is built on demand', async () => {
    const QUOTE = 'The bridge will reopen in May, and not a day later, whatever the unions decide';
    const name = await seedAt(8, async (old) => {
      const historyId = (await old.table('history').add({ url: 'https://old.example/1', host: 'old.example', title: 'Old', site: 'Old', readAt: 1, publishedAt: 0, actors: [], actorKeys: [], claims: 1, anonymous: 0 })) as number;
      // A claim row as v8 keeps it, prints included (v8 has no hook here: these stand in for what the write put there).
      await old.table('historyClaims').add({ historyId, text: QUOTE, kind: 'direct', source: 'Ana Lima', sourceKey: 'person:ana lima', anonymous: 0, aboutKeys: [], prints: [11, 22] });
    });
    const db = await openLatest(name);
    expect(await db.historySeenIndex.count()).toBe(0);
    expect(await db.historySeenLog.count()).toBe(0);
    // Untouched: the prints as they were (an upgrade that rewrote the claims would have recomputed them from the text).
    expect((await db.historyClaims.toArray()).map((c) => c.prints)).toEqual([[11, 22]]);
    const reader = new ResidentSeenIndex(db, { autoRewrite: false, autoRebuild: false });
    const [seen] = await seenBefore(db, reader, [{ text: 'any words at all here', source: null, sourceKey: null, anonymous: false }]);
    expect(seen.matches).toEqual([]);
    expect(reader.loaded).toBe(false);
    await reader.rebuild();
    expect(reader.loaded).toBe(true);
    expect(reader.stats).toMatchObject({ live: 1, postings: 2 });
    db.close();
  });

  it('v8 -> v9 -> v10: the co-actor totals are merged from the week rows already there, one row per actor key', async () => {
    const MON = Date.UTC(2026, 2, 2);
    const DAY = 86400_000;
    const actor = (key: string, name: string) => ({ key, name, type: key.slice(0, key.indexOf(':')), mentions: 1, roles: [], aliases: [] });
    const ana = actor('person:ana lima', 'Ana Lima');
    const port = actor('organization:port', 'Port');
    const thePort = actor('organization:port', 'The Port');
    const rui = actor('person:rui valente', 'Rui Valente');
    const ruiPlace = actor('place:rui valente', 'Rui Valente');
    const record = (n: number, readAt: number, actors: ReturnType<typeof actor>[]) => ({
      url: `https://h.example/${n}`,
      host: 'h.example',
      title: `T${n}`,
      site: 'Harbour Times',
      readAt,
      publishedAt: 0,
      actors,
      actorKeys: actors.map((a) => a.key),
      claims: 0,
      anonymous: 0,
    });
    const name = await seedAt(8, async (old) => {
      // Weeks 1, 2, 2, 3, 3: the port is named "The Port" in the latest article naming it with Ana.
      const records = [
        record(1, MON + 3600_000, [ana, port]),
        record(2, MON + 8 * DAY, [ana, port, rui]),
        record(3, MON + 9 * DAY, [ana, ruiPlace, rui]),
        record(4, MON + 20 * DAY, [port]),
        record(5, MON + 15 * DAY, [ana, thePort]),
      ];
      const ids = (await old.table('history').bulkAdd(records, { allKeys: true })) as number[];
      const { actorWeeks, outletMonths, coActorWeeks } = buildAggregates(
        records.map((r, i) => ({ ...r, id: ids[i] }) as HistoryRecord),
        [],
      );
      await old.table('historyActorWeeks').bulkPut(actorWeeks);
      await old.table('historyOutletMonths').bulkPut(outletMonths);
      await old.table('historyCoActorWeeks').bulkPut(coActorWeeks);
      await old.table('historyNames').bulkAdd(
        [ana, port, rui, ruiPlace].map((a) => ({ key: a.key, name: a.name, type: a.type, aliasKeys: [a.key], surname: a.type === 'person' ? `person:${a.key.split(' ').pop()}` : null, kb: null })),
      );
    });
    const db = await openLatest(name);
    const entries = (t: { keys: string[]; articles: number[]; names: string[] }) => Object.fromEntries(t.keys.map((k, i) => [k, [t.articles[i], t.names[i]]]));
    expect((await db.historyCoActorTotals.toCollection().primaryKeys()).sort()).toEqual(['organization:port', 'person:ana lima', 'person:rui valente', 'place:rui valente']);
    const anaTotal = (await db.historyCoActorTotals.get('person:ana lima'))!;
    // Each key's latest week stays out of its total, open: Ana's total is weeks 1 and 2 (articles 1, 2, 3), the port
    // in 1 and 2 under the name "Port"; her week 3 (article 5, "The Port") is open.
    expect(anaTotal.upto).toBe(MON + 14 * DAY);
    expect(entries(anaTotal)).toEqual({ 'organization:port': [2, 'Port'], 'person:rui valente': [2, 'Rui Valente'], 'place:rui valente': [1, 'Rui Valente'] });
    expect([anaTotal.both, anaTotal.bothArticles]).toEqual([['rui valente'], [1]]);
    const open = (await db.historyCoActorWeeks.toArray()).filter((w) => w.open).map((w) => [w.key, w.week]);
    expect(open.sort()).toEqual(
      [
        ['organization:port', MON + 14 * DAY],
        ['person:ana lima', MON + 14 * DAY],
        ['person:rui valente', MON + 7 * DAY],
        ['place:rui valente', MON + 7 * DAY],
      ].sort(),
    );
    // The port's total: weeks 1 and 2 (articles 1, 2); article 4 (alone) and 5 are its open week 3.
    expect(entries((await db.historyCoActorTotals.get('organization:port'))!)).toEqual({ 'person:ana lima': [2, 'Ana Lima'], 'person:rui valente': [1, 'Rui Valente'] });
    // Rui's only week is open: his total is empty.
    expect(entries((await db.historyCoActorTotals.get('person:rui valente'))!)).toEqual({});
    const m = (await actorMemory(db, 'person:ana lima'))!;
    // Rui Valente as person (2, 3) and place (3) is one co-actor in two articles.
    expect(m.coActors.map((c) => [c.key, c.name, c.articles])).toEqual([
      ['organization:port', 'The Port', 3],
      ['person:rui valente', 'Rui Valente', 2],
    ]);
    db.close();
  });

  it('data saved by the latest code reopens unchanged', async () => {
    const name = await seedAt(LATEST_VERSION, async (old) => {
      await saveArticle(old as DramatisDB, baghdad);
    });
    const db = await openLatest(name);
    const [article] = await listArticles(db);
    expect(article.title).toBe('Pompeo makes surprise visit to Baghdad');
    expect(article.sortTitle).toBe('pompeo makes surprise visit to baghdad');
    expect(await searchArticles(db, 'militias')).toHaveLength(1);
    db.close();
  });
});

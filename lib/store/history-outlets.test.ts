import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryClaim, MemoryDraft } from '../memory/record';
import { saveArticle } from './articles';
import type { DramatisDB } from './db';
import { rememberArticle } from './history';
import { historyMatcher, historyRows, listOutlets, outletArticles, outletHosts, sourceKeyOf } from './history-outlets';
import { outletProfile } from './history-queries';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9);

const named = (text: string, source: string): MemoryClaim => ({ text, kind: 'indirect', source, sourceKey: `person:${source.toLowerCase()}`, anonymous: false, aboutKeys: [] });
const anon = (text: string): MemoryClaim => ({ text, kind: 'indirect', source: 'officials', sourceKey: null, anonymous: true, aboutKeys: [] });

function draft(url: string, title: string, site: string, claims: MemoryClaim[]): MemoryDraft {
  const speakers = [...new Set(claims.filter((c) => c.sourceKey).map((c) => c.source!))];
  return {
    url,
    title,
    site,
    publishedAt: 0,
    actors: speakers.map((name) => ({ key: `person:${name.toLowerCase()}`, name, type: 'person', mentions: 1, roles: [], aliases: [] })),
    claims,
  };
}

// Four readings at two outlets (one with a subdomain) and one at a third, with hand-counted claims:
//   harbour.example (with news.harbour.example, one outlet by registrable domain):
//     a 1 claim + c 4 claims (2 anonymous) + d 2 claims (1 anonymous) -> 3 articles, 7 claims, 3 anonymous
//   coast.example (www.coast.example): 1 article, 2 claims, 0 anonymous
//   all:                   4 articles, 9 claims, 3 anonymous (1/3)
const readings: [MemoryDraft, number][] = [
  [draft('https://harbour.example/a', 'Bridge repairs to finish in May', 'Harbour Times', [named('repairs were on schedule', 'Okafor')]), T0],
  [draft('https://www.coast.example/b', 'Ferry operators doubt the timetable', 'Coast Daily', [named('the bridge would not reopen', 'Valente'), named('workers did their part', 'Brandt')]), T0 + DAY],
  [draft('https://news.harbour.example/c', 'Port costs rise by a third', 'Harbour Times', [named('costs rose', 'Okafor'), named('the fund would pay', 'Okafor'), anon('the audit was late'), anon('the minister knew')]), T0 + 2 * DAY],
  [draft('https://harbour.example/d', 'Açores ferry strike ends', 'Harbour Times', [named('the strike ended', 'Brandt'), anon('talks were tense')]), T0 + 3 * DAY],
];

let db: DramatisDB;
beforeEach(async () => {
  db = testDb();
  for (const [d, at] of readings) await rememberArticle(db, d, { incognito: false, now: at });
});
afterEach(() => db.delete());

describe('listOutlets', () => {
  it('one entry per registrable domain (a subdomain is the same outlet), most articles first, with the reader\'s average across all', async () => {
    const { outlets, all } = await listOutlets(db);
    expect(outlets.map((o) => [o.host, o.site, o.articles, o.claims, o.anonymous])).toEqual([
      ['harbour.example', 'Harbour Times', 3, 7, 3],
      ['coast.example', 'Coast Daily', 1, 2, 0],
    ]);
    expect(outlets[0].anonymousShare).toBeCloseTo(3 / 7);
    expect(outlets[1].anonymousShare).toBe(0);
    expect(outlets[0].last).toBe(T0 + 3 * DAY);
    expect(all).toEqual({ articles: 4, claims: 9, anonymous: 3, anonymousShare: 3 / 9 });
  });

  it('an empty history: no outlets, no claims, a share of 0', async () => {
    const empty = testDb();
    expect(await listOutlets(empty)).toEqual({ outlets: [], all: { articles: 0, claims: 0, anonymous: 0, anonymousShare: 0 } });
    await empty.delete();
  });
});

describe('outletArticles and outletHosts', () => {
  it('the host and its subdomains, newest first, as outletProfile counts them', async () => {
    expect(await outletHosts(db, 'https://www.harbour.example/x')).toEqual(['harbour.example', 'news.harbour.example']);
    const { rows, total } = await outletArticles(db, 'harbour.example');
    expect(total).toBe(3);
    expect(rows.map((r) => r.url)).toEqual(['https://harbour.example/d', 'https://news.harbour.example/c', 'https://harbour.example/a']);
    expect(rows[1]).toMatchObject({ title: 'Port costs rise by a third', actors: 1, claims: 4, anonymous: 2, savedId: null });
    const profile = await outletProfile(db, 'harbour.example');
    expect(profile.articles).toBe(total);
  });

  it('a subdomain alone, and a limit', async () => {
    expect((await outletArticles(db, 'news.harbour.example')).rows.map((r) => r.url)).toEqual(['https://news.harbour.example/c']);
    const two = await outletArticles(db, 'harbour.example', { limit: 2 });
    expect([two.rows.length, two.total]).toEqual([2, 3]);
    expect(await outletArticles(db, 'nowhere.example')).toEqual({ rows: [], total: 0 });
  });

  it('says which articles are also saved (their reader view)', async () => {
    const saved = await saveArticle(db, { url: 'https://harbour.example/a', title: 'Bridge repairs to finish in May', text: 'Some saved text.', analysis: null });
    const { rows } = await outletArticles(db, 'harbour.example');
    expect(rows.map((r) => r.savedId)).toEqual([null, null, saved.id]);
  });
});

describe('historyRows', () => {
  it('newest first, a page at a time, saying whether more follow', async () => {
    const first = await historyRows(db, { limit: 3 });
    expect(first.rows.map((r) => r.url)).toEqual(['https://harbour.example/d', 'https://news.harbour.example/c', 'https://www.coast.example/b']);
    expect(first.more).toBe(true);
    const all = await historyRows(db, { limit: 4 });
    expect(all.rows.length).toBe(4);
    expect(all.more).toBe(false);
    expect(all.rows[2]).toMatchObject({ site: 'Coast Daily', host: 'coast.example', actors: 2, claims: 2, anonymous: 0, readAt: T0 + DAY });
  });

  it('searches title, site and host, every word, ignoring case and accents', async () => {
    expect((await historyRows(db, { query: 'coast' })).rows.map((r) => r.url)).toEqual(['https://www.coast.example/b']);
    expect((await historyRows(db, { query: 'harbour BRIDGE' })).rows.map((r) => r.url)).toEqual(['https://harbour.example/a']);
    expect((await historyRows(db, { query: 'acores' })).rows.map((r) => r.title)).toEqual(['Açores ferry strike ends']);
    expect((await historyRows(db, { query: 'news.harbour' })).rows.map((r) => r.url)).toEqual(['https://news.harbour.example/c']);
    expect((await historyRows(db, { query: 'zebra' })).rows).toEqual([]);
    // A search page stops at the limit too.
    const page = await historyRows(db, { query: 'harbour', limit: 2 });
    expect([page.rows.length, page.more]).toEqual([2, true]);
  });

  it('a blank search is no search', () => {
    expect(historyMatcher('   ')).toBeNull();
    expect(historyMatcher('Times')!({ title: 'x', site: 'Harbour Times', host: 'h' })).toBe(true);
  });
});

describe('sourceKeyOf', () => {
  it('the key the history knows for a quoted name, or null', async () => {
    expect(await sourceKeyOf(db, 'Okafor')).toBe('person:okafor');
    expect(await sourceKeyOf(db, 'Nobody Known')).toBeNull();
  });
});

describe('outletArticles on a large outlet', () => {
  it('walks the history newest first and finds the same page as reading the outlet whole', async () => {
    const big = testDb();
    // 513 articles at big.example (over OUTLET_WALK.articles) between 307 elsewhere, read an hour apart.
    for (let i = 0; i < 820; i++) {
      const host = i % 8 < 5 ? 'big.example' : 'other.example';
      await big.history.add({ url: `https://${host}/${i}`, host, title: `T${i}`, site: host, readAt: T0 + i * 3600_000, publishedAt: 0, actors: [], actorKeys: [], claims: 1, anonymous: 0 });
    }
    const bigCount = await big.history.where('host').equals('big.example').count();
    expect(bigCount).toBeGreaterThan(500);
    const { rows, total } = await outletArticles(big, 'big.example', { limit: 30 });
    expect(total).toBe(bigCount);
    const expected = (await big.history.where('host').equals('big.example').toArray()).sort((a, b) => b.readAt - a.readAt).slice(0, 30);
    expect(rows.map((r) => r.url)).toEqual(expected.map((r) => r.url));
    await big.delete();
  });
});

describe('listOutlets and outletProfile name an outlet alike', () => {
  it('a host whose records carry two site names: the same name in the list and on the page', async () => {
    await rememberArticle(db, draft('https://coast.example/e', 'Later story', 'Coast Daily Online', []), { incognito: false, now: T0 + 9 * DAY });
    const { outlets } = await listOutlets(db);
    const coast = outlets.find((o) => o.host === 'coast.example')!;
    expect(coast.site).toBe((await outletProfile(db, 'coast.example')).site);
    // The latest article's name (T0 + 9 days), as the outlet page shows it.
    expect(coast.site).toBe('Coast Daily Online');
  });
});

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { claimPrints } from '../memory/claim-index';
import { memoryDraft, type MemoryDraft } from '../memory/record';
import { analysisOf, span } from '../memory/test-analysis';
import type { Claim } from '../nlp/types';
import { declareVersions, DramatisDB } from './db';
import { exportAll, importAll } from './export-import';
import { forgetAllHistory, forgetPage, forgetSite, pruneHistory, rememberArticle } from './history';
import { ClaimPrintIndex, HistoryClaimIndex, SEEN_LIMITS, seenBefore } from './history-seen';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { setSetting } from './settings';
import { IDBKeyRange, indexedDB, testDb, testDbName } from './test-db';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 11, 7, 12);
const QUOTE = 'The bridge will reopen in May, and not a day later, whatever the unions decide';

/** A page with these claims, all from Ana Lima. */
function page(url: string, claims: string[]): MemoryDraft {
  const text = `Ana Lima spoke. ${claims.map((c) => `"${c}," she said.`).join(' ')}`;
  const analysis = analysisOf(
    [{ id: 'a1', name: 'Ana Lima', type: 'person', mentions: [span(text, 'Ana Lima')] }],
    claims.map((c): Claim => ({ ...span(text, c), kind: 'direct', source: { ...span(text, 'Ana Lima'), actorId: 'a1', anonymous: false } })),
  );
  return memoryDraft({ url, title: url, site: new URL(url).host, text, analysis });
}

const probe = (text: string) => ({ text, source: 'Ana Lima', sourceKey: 'person:ana lima', anonymous: false });

/** The rows the persisted index lists under any print of `text`. */
async function indexed(db: DramatisDB, text: string): Promise<number[]> {
  return (await new ClaimPrintIndex(db).candidateIds([text]))[0];
}

const dbs: Dexie[] = [];
function fresh(): DramatisDB {
  const db = testDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('the persisted claim index (historyClaims.prints)', () => {
  it('is written with the history write: every claim row carries its prints, and a new reader finds it without building anything', async () => {
    const db = fresh();
    await rememberArticle(db, page('https://a.example/1', [QUOTE, 'the strike would go on until Friday']), { incognito: false, now: NOW });
    const rows = await db.historyClaims.toArray();
    expect(rows.map((r) => r.prints)).toEqual([claimPrints(QUOTE), claimPrints('the strike would go on until Friday')]);
    // QUOTE has 15 words: 13 distinct shingles of three words (counted by hand).
    expect(rows[0].prints).toHaveLength(13);
    // A database opened anew (as after a background restart): the index is there.
    db.close();
    dbs.splice(dbs.indexOf(db), 1);
    const again = new DramatisDB(db.name, { indexedDB, IDBKeyRange });
    dbs.push(again);
    const [seen] = await seenBefore(again, new HistoryClaimIndex(again).index, [probe('“The bridge will reopen in May, not a day later”')]);
    expect(seen.matches.map((m) => m.url)).toEqual(['https://a.example/1']);
  });

  it('replaces prints a caller gives (a file, a bug) with those of the text, on add and on a text change', async () => {
    const db = fresh();
    const id = await db.historyClaims.add({ historyId: 1, text: QUOTE, kind: 'direct', source: null, sourceKey: null, anonymous: 0, aboutKeys: [], prints: [1, 2, 3] });
    expect((await db.historyClaims.get(id))!.prints).toEqual(claimPrints(QUOTE));
    await db.historyClaims.update(id, { text: 'the strike would go on until Friday' });
    expect((await db.historyClaims.get(id))!.prints).toEqual(claimPrints('the strike would go on until Friday'));
    expect(await indexed(db, QUOTE)).toEqual([]);
  });

  it('goes with forgetting a page, a site, retention and "forget everything"', async () => {
    const db = fresh();
    const at = (url: string, now: number) => rememberArticle(db, page(url, [QUOTE]), { incognito: false, now });
    await at('https://a.example/1', NOW - 100 * DAY);
    await at('https://b.example/2', NOW);
    await at('https://c.example/3', NOW);
    await at('https://d.example/4', NOW);
    // The first one is past the 90 days kept by default: the next write pruned it.
    expect(await indexed(db, QUOTE)).toHaveLength(3);
    await forgetPage(db, 'https://b.example/2');
    expect(await indexed(db, QUOTE)).toHaveLength(2);
    await forgetSite(db, 'c.example');
    const left = await indexed(db, QUOTE);
    expect((await db.historyClaims.bulkGet(left)).map((c) => c!.historyId)).toEqual([(await db.history.where('url').equals('https://d.example/4').first())!.id]);
    await setSetting(db, 'historyDays', 1);
    await pruneHistory(db, NOW + 2 * DAY);
    expect(await indexed(db, QUOTE)).toEqual([]);
    await at('https://e.example/5', NOW);
    await forgetAllHistory(db);
    expect(await indexed(db, QUOTE)).toEqual([]);
  });

  it('is rebuilt by import (export -> wipe -> import finds the same claims)', async () => {
    const db = fresh();
    await rememberArticle(db, page('https://a.example/1', [QUOTE]), { incognito: false, now: NOW });
    await rememberArticle(db, page('https://b.example/2', ['The bridge will reopen in May, not a day later, whatever the unions decide']), { incognito: false, now: NOW + DAY });
    const file = await exportAll(db);
    expect(JSON.stringify(file)).not.toContain('prints');
    await forgetAllHistory(db);
    await importAll(db, file);
    const [seen] = await seenBefore(db, null, [probe(QUOTE)], 'https://a.example/1');
    expect(seen.matches.map((m) => m.url)).toEqual(['https://b.example/2']);
    expect(seen.matches[0].diff?.filter((d) => d.kind !== 'same')).toEqual([{ kind: 'added', text: 'and ' }]);
  });

  it('a quote carried by 30 articles, more than the 24 a claim reads (SEEN_LIMITS): at least 24, marked `more`, the oldest first; without limits all 30', async () => {
    const db = fresh();
    for (let i = 0; i < 30; i++) {
      const text = i % 2 ? QUOTE : `${QUOTE} next year`;
      await rememberArticle(db, page(`https://outlet${i}.example/story`, [text, `an unrelated remark number ${i} about the weather today`]), { incognito: false, now: NOW + i * 1000 });
    }
    expect(SEEN_LIMITS.perClaim).toBe(24);
    const [seen, none] = await seenBefore(db, null, [probe(QUOTE), probe('a remark about the trains that nobody made')]);
    expect(seen.matches).toHaveLength(24);
    expect(seen.more).toBe(true);
    expect(seen.matches[0].url).toBe('https://outlet0.example/story');
    expect(seen.matches.map((m) => m.url)).toEqual(Array.from({ length: 24 }, (_, i) => `https://outlet${i}.example/story`));
    expect(none.matches).toEqual([]);
    expect(none.more).toBeUndefined();
    const [all] = await seenBefore(db, new ClaimPrintIndex(db, { perPrint: Infinity, perClaim: Infinity }), [probe(QUOTE)]);
    expect(all.matches).toHaveLength(30);
    expect(all.outlets).toHaveLength(30);
    expect(all.more).toBeUndefined();
  });

  it('within the limits the count is exact and not marked', async () => {
    const db = fresh();
    for (let i = 0; i < 3; i++) await rememberArticle(db, page(`https://outlet${i}.example/story`, [QUOTE]), { incognito: false, now: NOW + i * 1000 });
    const [seen] = await seenBefore(db, new ClaimPrintIndex(db, { perPrint: 3, perClaim: 3 }), [probe(QUOTE)]);
    expect(seen.matches.map((m) => m.url)).toEqual(['https://outlet0.example/story', 'https://outlet1.example/story', 'https://outlet2.example/story']);
    expect(seen.more).toBeUndefined();
  });

  it('a common phrase that fills its per-shingle reads with older, other claims: the quote is still found, the oldest first, marked `more`', async () => {
    const db = fresh();
    // Six older articles whose claims share "whatever the unions decide" (3 shingles' worth of words) with the quote and
    // nothing else: they fill those shingles' first reads.
    for (let i = 0; i < 6; i++) await rememberArticle(db, page(`https://old${i}.example/story`, [`the ferry fares number ${i} will rise whatever the unions decide`]), { incognito: false, now: NOW + i * 1000 });
    // Then the quote: trimmed in the first (oldest) article, whole in the next three.
    await rememberArticle(db, page('https://first.example/story', ['The bridge will reopen in May, and not a day later']), { incognito: false, now: NOW + 10_000 });
    for (let i = 0; i < 3; i++) await rememberArticle(db, page(`https://later${i}.example/story`, [QUOTE]), { incognito: false, now: NOW + 20_000 + i * 1000 });
    const [seen] = await seenBefore(db, new ClaimPrintIndex(db, { perPrint: 2, perClaim: 3 }), [probe(QUOTE)]);
    // Every shingle is cut at 2 ids, so `more`. "whatever the unions" and "the unions decide" list two ferry claims (not
    // the quote). The trimmed quote shares 9 of the quote's 13 shingles (half or more), so it ties with later0 (11) and
    // comes first, the oldest; the third place goes to a ferry claim (2 shared, older than later1), which is then rejected.
    expect(seen.more).toBe(true);
    expect(seen.matches.map((m) => m.url)).toEqual(['https://first.example/story', 'https://later0.example/story']);
  });
});

describe('schema v7 upgrade', () => {
  it('fills the prints of the claims remembered before, and "seen before?" finds them', async () => {
    const before = Math.max(...SCHEMA_VERSIONS.filter((v) => v.version < 7).map((v) => v.version));
    const name = testDbName();
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    declareVersions(old, before);
    await old.open();
    const historyId = (await old.table('history').add({ url: 'https://old.example/1', host: 'old.example', title: 'Old', site: 'Old', readAt: NOW, publishedAt: 0, actors: [], actorKeys: [], claims: 2, anonymous: 0 })) as number;
    await old.table('historyClaims').bulkAdd([
      { historyId, text: QUOTE, kind: 'direct', source: 'Ana Lima', sourceKey: 'person:ana lima', anonymous: 0, aboutKeys: [] },
      { historyId, text: 'no comment', kind: 'direct', source: null, sourceKey: null, anonymous: 0, aboutKeys: [] },
    ]);
    old.close();
    const db = new DramatisDB(name, { indexedDB, IDBKeyRange });
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const rows = await db.historyClaims.toArray();
    expect(rows.map((r) => r.text)).toEqual([QUOTE, 'no comment']);
    // Too short to match anything: no index entries.
    expect(rows.map((r) => r.prints?.length)).toEqual([13, 0]);
    const [seen] = await seenBefore(db, null, [probe('The bridge will reopen in May, and not a day later')], 'https://new.example/');
    expect(seen.matches.map((m) => [m.url, m.otherSource])).toEqual([['https://old.example/1', false]]);
  });
});

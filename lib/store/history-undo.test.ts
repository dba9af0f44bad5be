import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryDraft } from '../memory/record';
import type { DramatisDB } from './db';
import { rememberArticle } from './history';
import { actorMemory, outletProfile } from './history-queries';
import { forgetPageUndoable, forgetSiteUndoable, restoreHistory } from './history-undo';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9);

function draft(url: string, who: string, anonymous: number): MemoryDraft {
  return {
    url,
    title: `Story ${url.at(-1)}`,
    site: 'Harbour Times',
    publishedAt: 0,
    actors: [{ key: `person:${who.toLowerCase()}`, name: who, type: 'person', mentions: 2, roles: [], aliases: [] }],
    claims: [
      { text: `${who} spoke about ${url}`, kind: 'direct', source: who, sourceKey: `person:${who.toLowerCase()}`, anonymous: false, aboutKeys: [] },
      ...Array.from({ length: anonymous }, (_, i) => ({ text: `unnamed claim ${i} of ${url}`, kind: 'indirect' as const, source: 'officials', sourceKey: null, anonymous: true, aboutKeys: [] })),
    ],
  };
}

let db: DramatisDB;
beforeEach(async () => {
  db = testDb();
  await rememberArticle(db, draft('https://harbour.example/1', 'Okafor', 1), { incognito: false, now: T0 });
  await rememberArticle(db, draft('https://news.harbour.example/2', 'Brandt', 2), { incognito: false, now: T0 + DAY });
  await rememberArticle(db, draft('https://coast.example/3', 'Okafor', 0), { incognito: false, now: T0 + 2 * DAY });
});
afterEach(() => db.delete());

const counts = async () => [await db.history.count(), await db.historyClaims.count(), await db.historyNames.count()];

describe('forgetSiteUndoable and restoreHistory', () => {
  it('forgets the site with its subdomains, then puts back the same records, claims and names', async () => {
    const before = { profile: await outletProfile(db, 'harbour.example'), brandt: await actorMemory(db, 'person:brandt'), rows: await db.history.toArray(), claims: await db.historyClaims.toArray() };
    expect(await counts()).toEqual([3, 6, 2]);
    const gone = await forgetSiteUndoable(db, 'harbour.example');
    expect(gone.records.map((r) => r.url).sort()).toEqual(['https://harbour.example/1', 'https://news.harbour.example/2']);
    // 2 + 3 claims went; Brandt was only in the forgotten articles, Okafor stays (coast.example).
    expect(gone.claims.length).toBe(5);
    expect(await counts()).toEqual([1, 1, 1]);
    expect((await outletProfile(db, 'harbour.example')).articles).toBe(0);
    expect(await actorMemory(db, 'person:brandt')).toBeNull();

    expect(await restoreHistory(db, gone)).toBe(2);
    expect(await counts()).toEqual([3, 6, 2]);
    expect(await db.history.toArray()).toEqual(before.rows);
    expect(await db.historyClaims.toArray()).toEqual(before.claims);
    expect(await outletProfile(db, 'harbour.example')).toEqual(before.profile);
    expect(await actorMemory(db, 'person:brandt')).toEqual(before.brandt);
  });

  it('a page read again since the forget keeps its new record', async () => {
    const gone = await forgetSiteUndoable(db, 'harbour.example');
    await rememberArticle(db, draft('https://harbour.example/1', 'Okafor', 0), { incognito: false, now: T0 + 5 * DAY });
    expect(await restoreHistory(db, gone)).toBe(1);
    const again = await db.history.where('url').equals('https://harbour.example/1').toArray();
    expect(again.map((r) => [r.readAt, r.anonymous])).toEqual([[T0 + 5 * DAY, 0]]);
    // Its old claims did not come back beside the new ones: 1 (new page 1) + 3 (page 2) + 1 (page 3).
    expect(await db.historyClaims.count()).toBe(5);
  });

  it('forgetting a site never read takes nothing and restores nothing', async () => {
    const gone = await forgetSiteUndoable(db, 'nowhere.example');
    expect(gone).toEqual({ records: [], claims: [] });
    expect(await restoreHistory(db, gone)).toBe(0);
    expect(await counts()).toEqual([3, 6, 2]);
  });
});

describe('forgetPageUndoable', () => {
  it('one article (its URL normalized) and back', async () => {
    const gone = await forgetPageUndoable(db, 'https://coast.example/3?utm_source=feed');
    expect(gone.records.map((r) => r.url)).toEqual(['https://coast.example/3']);
    expect(await counts()).toEqual([2, 5, 2]);
    expect(await restoreHistory(db, gone)).toBe(1);
    expect(await counts()).toEqual([3, 6, 2]);
    expect((await actorMemory(db, 'person:okafor'))!.articles.map((a) => a.url)).toEqual(['https://coast.example/3', 'https://harbour.example/1']);
  });

  it('a URL that is not one takes nothing', async () => {
    expect(await forgetPageUndoable(db, 'not a url')).toEqual({ records: [], claims: [] });
  });
});

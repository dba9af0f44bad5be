import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryDraft } from '../memory/record';
import type { DramatisDB } from './db';
import { forgetSite, pruneHistory, rememberArticle } from './history';
import { historyDigest } from './history-digest';
import { forgetPageUndoable, restoreHistory } from './history-undo';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9);

function draft(url: string, title: string, anonymous: number, actors = 1): MemoryDraft {
  return {
    url,
    title,
    site: 'Site',
    publishedAt: 0,
    actors: Array.from({ length: actors }, (_, i) => ({ key: `person:p${i}`, name: `P${i}`, type: 'person' as const, mentions: 1, roles: [], aliases: [] })),
    claims: Array.from({ length: 3 }, (_, i) => ({ text: `claim ${i} of ${url}`, kind: 'indirect' as const, source: null, sourceKey: null, anonymous: i < anonymous, aboutKeys: [] })),
  };
}

/** What the digest should hold: every record, read afresh. */
async function truth(db: DramatisDB) {
  return (await db.history.toArray())
    .map((r) => [r.id, r.url, r.title, r.readAt, r.actors.length, r.claims, r.anonymous])
    .sort((a, b) => (a[0] as number) - (b[0] as number));
}
async function digest(db: DramatisDB) {
  return [...(await historyDigest(db)).values()]
    .map((r) => [r.id, r.url, r.title, r.readAt, r.actors, r.claims, r.anonymous])
    .sort((a, b) => (a[0] as number) - (b[0] as number));
}

let db: DramatisDB;
beforeEach(async () => {
  db = testDb();
  await rememberArticle(db, draft('https://a.example/1', 'One', 1), { incognito: false, now: T0 });
  await rememberArticle(db, draft('https://b.example/2', 'Two', 0, 3), { incognito: false, now: T0 + DAY });
});
afterEach(() => db.delete());

describe('historyDigest', () => {
  it('holds every record\'s list fields, and stays in step with writes, re-reads, forgetting, Undo and pruning', async () => {
    expect(await digest(db)).toEqual(await truth(db));
    expect((await digest(db)).length).toBe(2);

    // A new article, and one read again (same id, new date and counts).
    await rememberArticle(db, draft('https://c.example/3', 'Three', 2), { incognito: false, now: T0 + 2 * DAY });
    await rememberArticle(db, draft('https://a.example/1', 'One, updated', 3, 2), { incognito: false, now: T0 + 3 * DAY });
    expect(await digest(db)).toEqual(await truth(db));
    expect((await historyDigest(db)).get(1)).toMatchObject({ title: 'One, updated', anonymous: 3, actors: 2, readAt: T0 + 3 * DAY });

    // Forgotten, then put back with its old id and old date (older than the newest known).
    const gone = await forgetPageUndoable(db, 'https://b.example/2');
    expect(await digest(db)).toEqual(await truth(db));
    expect((await digest(db)).length).toBe(2);
    await restoreHistory(db, gone);
    expect(await digest(db)).toEqual(await truth(db));
    expect((await digest(db)).length).toBe(3);

    // Forgotten and another read at once: the count alone would not tell.
    await forgetSite(db, 'c.example');
    await rememberArticle(db, draft('https://d.example/4', 'Four', 0), { incognito: false, now: T0 + 4 * DAY });
    expect(await digest(db)).toEqual(await truth(db));

    // Pruned by retention (90 days).
    await pruneHistory(db, T0 + 4 * DAY + 90 * DAY - 1);
    expect(await digest(db)).toEqual(await truth(db));
    expect((await digest(db)).map((r) => r[1])).toEqual(['https://d.example/4']);
  });

  it('an empty history: an empty digest', async () => {
    const empty = testDb();
    expect((await historyDigest(empty)).size).toBe(0);
    await empty.delete();
  });
});

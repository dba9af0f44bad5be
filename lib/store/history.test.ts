import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryDraft, type MemoryDraft } from '../memory/record';
import { analysisOf, span } from '../memory/test-analysis';
import type { DramatisDB } from './db';
import { exportAll, importAll } from './export-import';
import { forgetAllHistory, forgetPage, forgetSite, historySize, pruneHistory, rememberArticle } from './history';
import { prepareImport } from './import-file';
import { setSetting } from './settings';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 11, 7, 12);

function draftFor(url: string, title = 'A story', who = 'Ana Lima'): MemoryDraft {
  const text = `${who} said the bridge would open in May. Officials said the cost had doubled.`;
  const analysis = analysisOf(
    [{ id: 'a1', name: who, type: 'person', mentions: [span(text, who)], roles: ['Mayor'] }],
    [
      { ...span(text, 'the bridge would open in May'), kind: 'indirect', source: { ...span(text, who), actorId: 'a1', anonymous: false } },
      { ...span(text, 'the cost had doubled'), kind: 'indirect', source: { ...span(text, 'Officials'), anonymous: true } },
    ],
  );
  return memoryDraft({ url, title, site: 'Example', text, analysis, published: '2026-12-01' });
}

let db: DramatisDB;
beforeEach(() => {
  db = testDb();
});
afterEach(async () => {
  await db.delete();
});

describe('rememberArticle', () => {
  it('writes a compact record and its claims (on by default)', async () => {
    const out = await rememberArticle(db, draftFor('https://www.example.com/a?utm_source=x'), { incognito: false, now: NOW });
    expect(out.remembered).toBe(true);
    const [r] = await db.history.toArray();
    expect(r).toMatchObject({ url: 'https://www.example.com/a', host: 'example.com', readAt: NOW, claims: 2, anonymous: 1, actorKeys: ['person:ana lima'] });
    expect(r.actors).toEqual([{ key: 'person:ana lima', name: 'Ana Lima', type: 'person', mentions: 1, roles: ['Mayor'], aliases: [] }]);
    const claims = await db.historyClaims.toArray();
    expect(claims.map((c) => [c.text, c.sourceKey, c.anonymous])).toEqual([
      ['the bridge would open in May', 'person:ana lima', 0],
      ['the cost had doubled', null, 1],
    ]);
  });

  it('never writes from a private window, even with saving from private windows allowed', async () => {
    await setSetting(db, 'allowPrivate', true);
    expect(await rememberArticle(db, draftFor('https://example.com/a'), { incognito: true, now: NOW })).toEqual({ remembered: false, why: 'private' });
    expect(await db.history.count()).toBe(0);
    expect(await db.historyClaims.count()).toBe(0);
  });

  it('writes nothing when the user turned the history off', async () => {
    await setSetting(db, 'history', false);
    expect(await rememberArticle(db, draftFor('https://example.com/a'), { incognito: false, now: NOW })).toEqual({ remembered: false, why: 'off' });
    expect(await db.history.count()).toBe(0);
  });

  it('reading a page again replaces its record and claims (one record per URL)', async () => {
    await rememberArticle(db, draftFor('https://example.com/a'), { incognito: false, now: NOW });
    await rememberArticle(db, draftFor('https://example.com/a', 'Updated', 'Rui Costa'), { incognito: false, now: NOW + 1000 });
    const all = await db.history.toArray();
    expect(all.map((r) => [r.title, r.readAt, r.actorKeys])).toEqual([['Updated', NOW + 1000, ['person:rui costa']]]);
    expect(await db.historyClaims.count()).toBe(2);
  });
});

describe('retention', () => {
  it('keeps 90 days by default: a write prunes records read before that, with their claims', async () => {
    await rememberArticle(db, draftFor('https://example.com/old'), { incognito: false, now: NOW - 91 * DAY });
    await rememberArticle(db, draftFor('https://example.com/recent'), { incognito: false, now: NOW - 89 * DAY });
    await rememberArticle(db, draftFor('https://example.com/today'), { incognito: false, now: NOW });
    expect((await db.history.orderBy('readAt').toArray()).map((r) => r.url)).toEqual(['https://example.com/recent', 'https://example.com/today']);
    expect(await db.historyClaims.count()).toBe(4);
  });

  it('a shorter retention set later prunes at once on pruneHistory', async () => {
    await rememberArticle(db, draftFor('https://example.com/a'), { incognito: false, now: NOW - 10 * DAY });
    await rememberArticle(db, draftFor('https://example.com/b'), { incognito: false, now: NOW - 2 * DAY });
    await setSetting(db, 'historyDays', 7);
    expect(await pruneHistory(db, NOW)).toBe(1);
    expect((await db.history.toArray()).map((r) => r.url)).toEqual(['https://example.com/b']);
    expect(await historySize(db)).toEqual({ articles: 1, since: NOW - 2 * DAY });
  });
});

describe('forgetting', () => {
  beforeEach(async () => {
    for (const [i, url] of ['https://news.example.com/a', 'https://www.example.com/b', 'https://other.org/c', 'https://notexample.com/d'].entries()) {
      await rememberArticle(db, draftFor(url), { incognito: false, now: NOW + i });
    }
  });

  it('this page: its record and claims only', async () => {
    expect(await forgetPage(db, 'https://www.example.com/b?utm_medium=x#top')).toBe(1);
    expect((await db.history.toArray()).map((r) => r.url)).toEqual(['https://news.example.com/a', 'https://other.org/c', 'https://notexample.com/d']);
    expect(await db.historyClaims.count()).toBe(6);
  });

  it('this site: the host and its subdomains, not a host that merely ends with the same letters', async () => {
    expect(await forgetSite(db, 'example.com')).toBe(2);
    expect((await db.history.toArray()).map((r) => r.url)).toEqual(['https://other.org/c', 'https://notexample.com/d']);
    expect(await db.historyClaims.count()).toBe(4);
  });

  it('everything', async () => {
    await forgetAllHistory(db);
    expect(await db.history.count()).toBe(0);
    expect(await db.historyClaims.count()).toBe(0);
  });
});

describe('export and import', () => {
  async function historyDump(d: DramatisDB) {
    const claims = await d.historyClaims.toArray();
    return (await d.history.orderBy('url').toArray()).map(({ id, ...r }) => ({
      ...r,
      claims: claims.filter((c) => c.historyId === id).map(({ id: _i, historyId: _h, ...c }) => c),
    }));
  }

  it('export -> wipe -> import gives the same history back', async () => {
    await rememberArticle(db, draftFor('https://example.com/a'), { incognito: false, now: NOW - DAY });
    await rememberArticle(db, draftFor('https://other.org/b', 'Other', 'Rui Costa'), { incognito: false, now: NOW });
    const before = await historyDump(db);
    const file = JSON.stringify(await exportAll(db));
    await db.delete();
    db = testDb();
    const result = await importAll(db, file);
    expect(result.history).toEqual({ added: 2, updated: 0 });
    expect(await historyDump(db)).toEqual(before);
    expect(before).toHaveLength(2);
    expect(before[0].claims).toHaveLength(2);
  });

  it('a file without history (written before it existed) still imports', async () => {
    const file = await exportAll(db);
    const { history: _none, ...old } = file;
    expect(() => prepareImport(JSON.stringify({ ...old, settings: [{ key: 'lookup', value: false }] }))).not.toThrow();
  });

  it('a bad history record is skipped and named; derived counts come from the claims, not the file', async () => {
    await rememberArticle(db, draftFor('https://example.com/a'), { incognito: false, now: NOW });
    const file = JSON.parse(JSON.stringify(await exportAll(db)));
    file.history.push({ ...file.history[0], url: 'javascript:alert(1)' });
    file.history.push({ ...file.history[0], url: 'https://example.com/future', readAt: 1e15 });
    file.history.push({ ...file.history[0], url: 'https://example.com/lying', anonymous: 99, claims: file.history[0].claims });
    const plan = prepareImport(JSON.stringify(file), {}, NOW);
    expect(plan.skipped.map((s) => s.where)).toEqual(['history[1]', 'history[2]']);
    if (plan.source !== 'dramatis') throw new Error('expected a Dramatis plan');
    expect(plan.history.map((h) => [h.record.url, h.record.anonymous])).toEqual([
      ['https://example.com/a', 1],
      ['https://example.com/lying', 1],
    ]);
  });
});

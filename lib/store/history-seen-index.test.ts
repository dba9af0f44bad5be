import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryDraft, type MemoryDraft } from '../memory/record';
import { analysisOf, span } from '../memory/test-analysis';
import type { Claim } from '../nlp/types';
import type { DramatisDB } from './db';
import { exportAll, importAll } from './export-import';
import { forgetAllHistory, forgetPage, forgetSite, pruneHistory, rememberArticle } from './history';
import { ClaimPrintIndex, seenBefore, type SeenLimits } from './history-seen';
import { idRanges, PRINTS_ID, ResidentSeenIndex } from './history-seen-index';
import { forgetSiteUndoable, restoreHistory, type ForgottenHistory } from './history-undo';
import { setSetting } from './settings';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 11, 7, 12);

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
const QUOTE = 'The bridge will reopen in May, and not a day later, whatever the unions decide';
const OTHER = 'the ferry fares will rise in June whatever the unions decide';

const dbs: Dexie[] = [];
function fresh(): DramatisDB {
  const db = testDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A resident index that only loads, rebuilds and rewrites when told (no timers). */
const manual = (db: DramatisDB, limits?: SeenLimits) => new ResidentSeenIndex(db, { autoRewrite: false, autoRebuild: false, ...(limits ? { limits } : {}) });

/** A deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('idRanges', () => {
  it('merges consecutive ids into ranges, sorted, repeats once', () => {
    expect(idRanges([7, 3, 4, 5, 9, 8, 3, 12])).toEqual([3, 5, 7, 9, 12, 12]);
    expect(idRanges([])).toEqual([]);
  });
});

describe('the resident claim index in the store', () => {
  it('serves from the per-shingle index while there is no snapshot, then from memory once built, with the same candidates', async () => {
    const db = fresh();
    for (let i = 0; i < 5; i++) await rememberArticle(db, page(`https://o${i}.example/s`, [i % 2 ? QUOTE : OTHER, `remark number ${i} about the weather today`]), { incognito: false, now: NOW + i });
    const resident = manual(db);
    const texts = [QUOTE, OTHER, 'a remark about the weather today'];
    const before = await resident.lookup(texts);
    expect(before.index).toBeNull();
    expect(resident.last.loaded).toBe('none');
    const persisted = await new ClaimPrintIndex(db).rankedCandidates(texts);
    expect({ ids: before.ids, more: before.more }).toEqual(persisted);
    await resident.rebuild();
    const after = await resident.lookup(texts);
    expect(after.index).not.toBeNull();
    expect({ ids: after.ids, more: after.more }).toEqual(persisted);
    // QUOTE is in articles 1 and 3 (claim ids 3 and 7: two claims an article); OTHER shares "whatever the unions decide".
    expect(after.ids[0].slice(0, 2)).toEqual([3, 7]);
  });

  it('snapshot + claims written since + forgotten since: a new reader (a restarted background) loads it and answers as the table', async () => {
    const db = fresh();
    for (let i = 0; i < 4; i++) await rememberArticle(db, page(`https://o${i}.example/s`, [QUOTE]), { incognito: false, now: NOW + i });
    const first = manual(db);
    await first.rebuild();
    await first.rewrite();
    const meta = await db.historySeenIndex.get('meta');
    expect(meta).toMatchObject({ key: 'meta', maxId: 4, seq: 0, claims: 4, prints: PRINTS_ID });
    // After the snapshot: two more articles, one read again (its claim replaced), one past retention.
    await rememberArticle(db, page('https://o4.example/s', [QUOTE]), { incognito: false, now: NOW + 10 });
    await rememberArticle(db, page('https://o1.example/s', ['nothing to do with bridges or unions at all']), { incognito: false, now: NOW + 11 });
    await setSetting(db, 'historyDays', 1);
    await pruneHistory(db, NOW + DAY + 1);
    expect(await db.historySeenLog.count()).toBe(2);
    const restarted = manual(db);
    const { ids, index } = await restarted.lookup([QUOTE]);
    expect(restarted.last.loaded).toBe('snapshot');
    expect(index).not.toBeNull();
    // Claims 3 (o2), 4 (o3) from the snapshot, 5 (o4) written since; 1 (o0, read at NOW) past retention (cut-off NOW + 1),
    // 2 (o1's first reading) replaced by 6, which is not the quote. Two log entries (the replaced claim, the pruned one).
    expect(ids[0]).toEqual([3, 4, 5]);
    expect(restarted.last).toMatchObject({ added: 2, logEntries: 2 });
    expect(ids).toEqual((await new ClaimPrintIndex(db).rankedCandidates([QUOTE])).ids);
    // Rewritten: the log up to it goes, and the next reader gets the same from the snapshot alone.
    await restarted.rewrite();
    expect(await db.historySeenLog.count()).toBe(0);
    const third = manual(db);
    expect((await third.lookup([QUOTE])).ids[0]).toEqual([3, 4, 5]);
    expect(third.last).toMatchObject({ loaded: 'snapshot', added: 0, logEntries: 0 });
  });

  it('ignores a stale or corrupt snapshot (another print rule or format, mismatched rows, broken arrays) and builds it again', async () => {
    const db = fresh();
    for (let i = 0; i < 3; i++) await rememberArticle(db, page(`https://o${i}.example/s`, [QUOTE]), { incognito: false, now: NOW + i });
    const writer = manual(db);
    await writer.rebuild();
    await writer.rewrite();
    const meta = (await db.historySeenIndex.get('meta'))!;
    const data = (await db.historySeenIndex.get('data'))!;
    if (meta.key !== 'meta' || data.key !== 'data') throw new Error('test: rows');
    const broken = [
      [{ ...meta, prints: 'another rule' }, data],
      [meta, { ...data, stamp: 'another snapshot' }],
      [meta, { ...data, snapshot: { ...data.snapshot, format: 0 } }],
      [meta, { ...data, snapshot: { ...data.snapshot, postings: new Uint32Array([9, 9, 9]).buffer } }],
      [meta, { ...data, snapshot: 'not a snapshot' }],
    ] as const;
    for (const [m, d] of broken) {
      await db.historySeenIndex.bulkPut([m, d as typeof data]);
      const reader = manual(db);
      const first = await reader.lookup([QUOTE]);
      expect(reader.last.loaded).toBe('invalid');
      // The per-shingle index answered meanwhile, the right candidates.
      expect(first.index).toBeNull();
      expect(first.ids[0]).toEqual([1, 2, 3]);
      await reader.rebuild();
      await reader.rewrite();
      const again = manual(db);
      expect((await again.lookup([QUOTE])).ids[0]).toEqual([1, 2, 3]);
      expect(again.last.loaded).toBe('snapshot');
    }
  });

  it('forgetting a page or a site drops the snapshot at once (no print of a forgotten claim stays on disk); a reader holding the index still answers right and writes it again without them', async () => {
    const db = fresh();
    for (let i = 0; i < 4; i++) await rememberArticle(db, page(`https://o${i}.example/s`, [QUOTE]), { incognito: false, now: NOW + i });
    const held = manual(db);
    await held.rebuild();
    await held.rewrite();
    expect(await db.historySeenIndex.count()).toBe(2);
    await forgetPage(db, 'https://o1.example/s');
    expect(await db.historySeenIndex.count()).toBe(0);
    expect((await held.lookup([QUOTE])).ids[0]).toEqual([1, 3, 4]);
    await held.rewrite();
    const data = (await db.historySeenIndex.get('data'))!;
    expect(data.key === 'data' && [...new Uint32Array(data.snapshot.ids)]).toEqual([1, 3, 4]);
    await forgetSite(db, 'o3.example');
    expect(await db.historySeenIndex.count()).toBe(0);
    const reader = manual(db);
    expect((await reader.lookup([QUOTE])).index).toBeNull();
    await reader.rebuild();
    // o0 and o2 are left (claims 1 and 3).
    expect((await reader.lookup([QUOTE])).ids[0]).toEqual([1, 3]);
  });

  it('a snapshot taken while a forget is in the log after it is not written (it would put the forgotten prints back on disk)', async () => {
    const db = fresh();
    for (let i = 0; i < 3; i++) await rememberArticle(db, page(`https://o${i}.example/s`, [QUOTE]), { incognito: false, now: NOW + i });
    const held = manual(db);
    await held.rebuild();
    // The forget lands between the index's last read and the rewrite's write: the rewrite's own sync applies it first.
    await forgetPage(db, 'https://o0.example/s');
    await held.rewrite();
    const data = (await db.historySeenIndex.get('data'))!;
    expect(data.key === 'data' && [...new Uint32Array(data.snapshot.ids)]).toEqual([2, 3]);
  });

  it('"forget everything" empties a held index and the snapshot; what is read afterwards is found', async () => {
    const db = fresh();
    for (let i = 0; i < 3; i++) await rememberArticle(db, page(`https://o${i}.example/s`, [QUOTE]), { incognito: false, now: NOW + i });
    const held = manual(db);
    await held.rebuild();
    await held.rewrite();
    await forgetAllHistory(db);
    expect(await db.historySeenIndex.count()).toBe(0);
    expect((await held.lookup([QUOTE])).ids[0]).toEqual([]);
    await rememberArticle(db, page('https://new.example/s', [QUOTE]), { incognito: false, now: NOW + 5 });
    expect((await held.lookup([QUOTE])).ids[0]).toEqual([4]);
  });

  it('gives the same candidates and answers as the per-shingle index over random histories: writes, pages read again, forgets, retention, Undo, import, wipe, rewrites and restarts (property)', async () => {
    const rand = rng(15);
    const WORDS = 'the bridge will reopen in may and not a day later whatever unions decide ferry fares rise strike'.split(' ');
    const sentence = () => Array.from({ length: 4 + Math.floor(rand() * 8) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
    const limits: SeenLimits[] = [
      { perPrint: 3, perClaim: 4 },
      { perPrint: Infinity, perClaim: Infinity },
    ];
    let fromMemory = 0;
    let reread = 0;
    let undone = 0;
    for (let round = 0; round < 4; round++) {
      const db = fresh();
      await setSetting(db, 'historyDays', 60);
      let now = NOW;
      const urls: string[] = [];
      // Every claim text written: the probes are mostly these (some forgotten since), so the lists they read are crowded.
      const written: string[] = [];
      const write = async (url: string) => {
        const claims = Array.from({ length: Math.floor(rand() * 5) }, sentence);
        written.push(...claims);
        await rememberArticle(db, page(url, claims), { incognito: false, now: (now += DAY * rand() * 3) });
        if (!urls.includes(url)) urls.push(url);
      };
      for (let i = 0; i < 8; i++) await write(`https://s${i % 3}.example/p${i}`);
      const held = limits.map((l) => manual(db, l));
      for (const h of held) await h.rebuild();
      let undo: ForgottenHistory | null = null;
      const ops: string[] = [];
      for (let step = 0; step < 40; step++) {
        const x = rand();
        // A page still remembered (forgotten and pruned ones are not read again here).
        const remembered = await db.history.toArray();
        const live = remembered[Math.floor(rand() * remembered.length)];
        const url = live?.url ?? urls[0];
        if (x < 0.25) {
          ops.push('write');
          await write(`https://s${Math.floor(rand() * 4)}.example/p${urls.length}`);
        } else if (x < 0.4 && live) {
          ops.push('read again');
          if ((await db.historyClaims.where('historyId').equals(live.id!).count()) > 0) reread++;
          await write(url);
        } else if (x < 0.45 && live) {
          ops.push('forget page');
          await forgetPage(db, url);
        } else if (x < 0.53) {
          ops.push('forget site (Undo kept)');
          undo = await forgetSiteUndoable(db, `s${Math.floor(rand() * 4)}.example`);
        } else if (x < 0.63 && undo) {
          ops.push('Undo');
          await restoreHistory(db, undo);
          undone += undo.claims.length;
          undo = null;
        } else if (x < 0.68) {
          ops.push('retention');
          await pruneHistory(db, now);
        } else if (x < 0.73) {
          ops.push('export, forget everything, import');
          const file = await exportAll(db);
          await forgetAllHistory(db);
          await importAll(db, file);
        } else if (x < 0.77) {
          ops.push('import into itself');
          await importAll(db, await exportAll(db));
        } else if (x < 0.9) {
          ops.push('rewrite');
          await held[Math.floor(rand() * held.length)].rewrite();
        } else {
          ops.push('restart');
          const k = Math.floor(rand() * held.length);
          held[k] = manual(db, limits[k]);
        }
        const pick = () => written[Math.floor(rand() * written.length)] ?? sentence();
        const texts = [pick(), pick(), `${pick()} ${sentence()}`, sentence()];
        for (const [k, h] of held.entries()) {
          const table = await new ClaimPrintIndex(db, limits[k]).rankedCandidates(texts);
          const { ids, more, index } = await h.lookup(texts);
          if (index) fromMemory++;
          expect({ ids, more }, `round ${round}, after ${ops.join(' > ')}, limits ${JSON.stringify(limits[k])}`).toEqual(table);
          if (step % 5 === 4) {
            const probes = texts.map(probe);
            expect(await seenBefore(db, h, probes, url)).toEqual(await seenBefore(db, new ClaimPrintIndex(db, limits[k]), probes, url));
          }
          // A restarted reader without a snapshot serves from the table: build it so later steps test the memory.
          if (!h.loaded) await h.rebuild();
        }
      }
    }
    // The memory answered most lookups, and pages with claims were read again (the case a missing log entry breaks).
    expect(fromMemory).toBeGreaterThan(100);
    expect(reread).toBeGreaterThan(5);
    expect(undone).toBeGreaterThan(5);
  }, 120_000);
});

/**
 * The memory bench's page (issue 15), in TEST BUILDS ONLY (`wxt build --mode e2e`; wxt.config.ts drops this entrypoint
 * from every other build): an extension page, so the history lives in real IndexedDB in the extension's origin, as the
 * library's actor page and the popup read it. scripts/bench/memory-chromium.ts drives it through Playwright:
 * `prepare` generates the same history as the Node bench (scripts/bench/memory-history.ts), `seed` writes it through
 * the product's write path (rememberArticle, one article at a time, as the background does), and `measure` times the
 * product's queries here, in the page, beside the naive full scans of lib/store/history-scan.ts.
 */
import type { MemoryDraft } from '@/lib/memory/record';
import { DramatisDB } from '@/lib/store/db';
import { rememberArticle } from '@/lib/store/history';
import { coActorsFromRows } from '@/lib/store/history-coactors';
import { historyIdentity, storeDirectory } from '@/lib/store/history-names';
import { actorMemory, type ClaimProbe } from '@/lib/store/history-queries';
import { rowsWithAny } from '@/lib/store/history-read';
import type { HistoryRecord } from '@/lib/store/schema';
import { probeKeys, resolveIdentity, type NameDirectory } from '@/lib/memory/identity';
import { benchActors } from '@/scripts/bench/memory-history';
import { generateHistory, type GeneratedArticle } from '@/scripts/bench/memory-history';
import { measureMemory, type BenchRow, type MeasureOptions } from '@/scripts/bench/memory-measure';
import { seenSteps } from '@/scripts/bench/memory-seen-steps';

const DB = 'dramatis-bench-memory';
let db: DramatisDB;
let history: GeneratedArticle[] = [];
let probes: ClaimProbe[] = [];
let bytesBefore = 0;

const usage = async () => (await navigator.storage.estimate()).usage ?? 0;

const bench = {
  /**
   * A fresh database and the generated history of `n` articles (kept in the page for `seed`). With `reuse`, a database
   * left by an earlier run (`--profile DIR`) that already holds `n` articles is kept (opening it runs any schema
   * upgrade since), and `reused` says there is nothing to seed.
   */
  async prepare(drafts: MemoryDraft[], n: number, probeClaims: ClaimProbe[], reuse = false): Promise<{ articles: number; claims: number; mentions: number; reused: boolean; openMs: number; version: number }> {
    let reused = false;
    let openMs = 0;
    let version = 0;
    if (reuse) {
      db = new DramatisDB(DB);
      // Opening a database left by an older build runs the schema upgrades since (timed: the upgrade at this size).
      const o0 = performance.now();
      await db.open();
      openMs = performance.now() - o0;
      version = db.verno;
      // The generated history only: the write rows of a run add their own articles (write.example, answer.example).
      const added = (await db.history.where('host').anyOf(['write.example', 'answer.example']).count());
      reused = (await db.history.count()) - added === n;
      db.close();
    }
    if (!reused) await new DramatisDB(DB).delete();
    db = new DramatisDB(DB);
    await db.open();
    await db.settings.put({ key: 'historyDays', value: 3650 });
    history = generateHistory(n, drafts);
    probes = probeClaims;
    bytesBefore = await usage();
    return {
      articles: history.length,
      claims: history.reduce((s, h) => s + h.draft.claims.length, 0),
      mentions: history.reduce((s, h) => s + h.draft.actors.reduce((t, a) => t + a.mentions, 0), 0),
      reused,
      openMs,
      version,
    };
  },

  /** Writes articles [from, to) through rememberArticle, one at a time as the background does; returns each write's ms. */
  async seed(from: number, to: number): Promise<number[]> {
    const out: number[] = [];
    for (const { draft, readAt } of history.slice(from, to)) {
      const s = performance.now();
      await rememberArticle(db, draft, { incognito: false, now: readAt });
      out.push(performance.now() - s);
    }
    return out;
  },

  /** Storage used by the history written since `prepare` (navigator.storage.estimate), per article. */
  async bytesPerArticle(): Promise<number> {
    return ((await usage()) - bytesBefore) / history.length;
  },

  async measure(options: MeasureOptions): Promise<{ rows: BenchRow[]; indexBuildMs: number; indexSize: number; notes: string[]; counts: Record<string, number> }> {
    const counts = { articles: await db.history.count(), claims: await db.historyClaims.count(), names: await db.historyNames.count() };
    return { ...(await measureMemory(db, history, probes, options)), counts };
  },

  /** One actor page, for profiling by hand (console timings when `globalThis.__t` is set). */
  async actor(key: string): Promise<number> {
    const s = performance.now();
    await actorMemory(db, key);
    return performance.now() - s;
  },

  /**
   * The actor page's reads one after the other, each timed (ms), for the most frequent and the median actor: where the
   * time goes. The old page's reads (the newest 100 records, every claim id of the actor's keys, counting over the 100
   * records) beside newer ones (50 records listed, as until session 10: the page now lists ACTOR_LIST_SHOWN; each key's
   * newest claims, the co-actor rows).
   */
  async actorSteps(): Promise<Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, number>> = {};
    const { top, mid } = benchActors(history);
    for (const [label, key] of [
      ['top', top],
      ['median', mid],
      ['top again', top],
    ] as const) {
      const t: Record<string, number> = {};
      const step = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
        const s = performance.now();
        const v = await f();
        t[name] = Math.round((performance.now() - s) * 10) / 10;
        return v;
      };
      const identity = (await step('identity', () => historyIdentity(db, key)))!;
      // What the identity reads: each directory call once (storeDirectory caches), and the rows they return.
      const dir = storeDirectory(db);
      const calls: Record<string, number> = {};
      const counted = Object.fromEntries(
        Object.entries(dir).map(([name, f]) => [
          name,
          async (...args: unknown[]) => {
            const v = await (f as (...a: unknown[]) => Promise<unknown>)(...args);
            calls[name] = (calls[name] ?? 0) + 1;
            calls[`${name} rows`] = (calls[`${name} rows`] ?? 0) + (Array.isArray(v) ? v.length : v ? 1 : 0);
            return v;
          },
        ]),
      ) as unknown as NameDirectory;
      await step('identity again (counted)', () => resolveIdentity(counted, key));
      for (const [name, n] of Object.entries(calls)) t[`identity calls: ${name}`] = n;
      const keys = new Set(identity.keys);
      const rows = await step('week rows', () => rowsWithAny(db.historyActorWeeks, 'key', identity.keys, (w) => `${w.key}\u0000${w.week}`));
      const readAt = new Map<number, number>();
      const times = new Map<number, number>();
      for (const w of rows) for (const [i, id] of w.ids.entries()) readAt.set(id, w.reads[i]), times.set(id, (times.get(id) ?? 0) + 1);
      const twice = [...times].filter(([, n]) => n > 1).map(([id]) => id);
      t['articles under two keys'] = twice.length;
      await step('records under two keys', () => db.history.bulkGet(twice));
      const order = [...readAt].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
      const ids = new Set(order);
      const r100 = (await step('old: newest 100 records', () => db.history.bulkGet(order.slice(0, 100)))).filter((r): r is HistoryRecord => !!r);
      await step('new: newest 50 records', () => db.history.bulkGet(order.slice(0, 50)));
      for (const index of ['sourceKey', 'aboutKeys'] as const) {
        const lists = await step(`old: every claim id (${index})`, () => Promise.all(identity.keys.map((k) => db.historyClaims.where(index).equals(k).primaryKeys())));
        const candidates = [...new Set(lists.flat())].sort((a, b) => b - a);
        await step(`old: first 100 claim rows (${index})`, () => db.historyClaims.bulkGet(candidates.slice(0, 100)));
        await step(`new: newest 50 claims, filtered cursor (${index})`, () =>
          Promise.all(identity.keys.map((k) => db.historyClaims.where(index).equals(k).reverse().filter((c) => ids.has(c.historyId)).limit(50).toArray())),
        );
        await step(`new: newest 50 claims, cursor (${index})`, () => Promise.all(identity.keys.map((k) => db.historyClaims.where(index).equals(k).reverse().limit(50).toArray())));
        await step(`new: newest 100 claim ids, key cursor (${index})`, () => Promise.all(identity.keys.map((k) => db.historyClaims.where(index).equals(k).reverse().limit(100).primaryKeys())));
        await step(`old: every claim id again (${index})`, () => Promise.all(identity.keys.map((k) => db.historyClaims.where(index).equals(k).primaryKeys())));
      }
      await step('old: co-actor counting over 100 records', async () => {
        const together = new Map<string, number>();
        for (const r of r100) for (const a of r.actors) if (!keys.has(a.key)) together.set(probeKeys(a.key).find((p) => together.has(p)) ?? a.key, 1);
        return together;
      });
      const coRows = await step('old: co-actor week rows', () => rowsWithAny(db.historyCoActorWeeks, 'key', identity.keys, (w) => `${w.key}\u0000${w.week}`));
      await step('old: co-actor merge of week rows', async () => coActorsFromRows(coRows, identity.keys, []));
      t['co-actor week rows read'] = coRows.length;
      t['co-actor week entries'] = coRows.reduce((s, r) => s + r.keys.length, 0);
      const totals = (await step('new: co-actor totals (v10)', () => db.historyCoActorTotals.bulkGet(identity.keys))).filter((x) => !!x);
      await step('new: co-actor merge of totals', async () => coActorsFromRows(totals, identity.keys, []));
      t['co-actor total entries'] = totals.reduce((s, r) => s + r.keys.length, 0);
      await step('whole page (actorMemory)', () => actorMemory(db, key));
      out[`${label} ${key} (${order.length} articles)`] = t;
    }
    return out;
  },

  /**
   * "Seen before?" for the new article's claims, step by step (ms), each step as main's seenBefore does it, then reads
   * that a resident index could use instead: where the time goes (`--seen-steps`).
   */
  async seenSteps(): Promise<Record<string, number>> {
    return seenSteps(db, probes);
  },

  /** Closes the database; deletes it unless `keep` (`--profile DIR`: the next run reuses it). */
  async close(keep = false): Promise<void> {
    db.close();
    if (!keep) await new DramatisDB(DB).delete();
  },
};

(globalThis as unknown as { memoryBench: typeof bench }).memoryBench = bench;
document.body.dataset.ready = '1';

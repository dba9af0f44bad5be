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
import { actorMemory, type ClaimProbe } from '@/lib/store/history-queries';
import { generateHistory, type GeneratedArticle } from '@/scripts/bench/memory-history';
import { measureMemory, type BenchRow, type MeasureOptions } from '@/scripts/bench/memory-measure';

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
  async prepare(drafts: MemoryDraft[], n: number, probeClaims: ClaimProbe[], reuse = false): Promise<{ articles: number; claims: number; mentions: number; reused: boolean }> {
    let reused = false;
    if (reuse) {
      db = new DramatisDB(DB);
      await db.open();
      reused = (await db.history.count()) === n;
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

  async measure(options: MeasureOptions): Promise<{ rows: BenchRow[]; indexBuildMs: number; indexSize: number; counts: Record<string, number> }> {
    const counts = { articles: await db.history.count(), claims: await db.historyClaims.count(), names: await db.historyNames.count() };
    return { ...(await measureMemory(db, history, probes, options)), counts };
  },

  /** One actor page, for profiling by hand (console timings when `globalThis.__t` is set). */
  async actor(key: string): Promise<number> {
    const s = performance.now();
    await actorMemory(db, key);
    return performance.now() - s;
  },

  /** Closes the database; deletes it unless `keep` (`--profile DIR`: the next run reuses it). */
  async close(keep = false): Promise<void> {
    db.close();
    if (!keep) await new DramatisDB(DB).delete();
  },
};

(globalThis as unknown as { memoryBench: typeof bench }).memoryBench = bench;
document.body.dataset.ready = '1';

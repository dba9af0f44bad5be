// The memory bench's measurements (issue 15), shared by the Node run (memory.ts, fake-indexeddb) and the Chromium run
// (the extension's bench page, entrypoints/bench-memory): the product's queries as the UI calls them, each beside the
// naive full scan of lib/store/history-scan.ts computing the same answer, with a check that both answers are equal.
// Browser-safe (no Node imports).
import { MemoryWriter } from '../../lib/memory/writer';
import type { DramatisDB } from '../../lib/store/db';
import { forgetSite, rememberArticle } from '../../lib/store/history';
import { actorLine, actorMemory, outletProfile, type ClaimProbe } from '../../lib/store/history-queries';
import { actorLineScan, actorMemoryScan, outletProfileScan } from '../../lib/store/history-scan';
import { benchActors, DAY, HOSTS, median, T0, type GeneratedArticle } from './memory-history';
import { measureSeenBefore } from './memory-seen';

export interface BenchRow {
  label: string;
  /** Median ms of the product's function. */
  ours: number;
  /** Median ms of the naive full scan (null: no scan to compare with). */
  scan: number | null;
  check: string;
}

export interface MeasureOptions {
  /** Timed runs of each product query (after one warm-up). */
  runs: number;
  /** Timed runs of each full scan (no warm-up); 0 skips the scans (a quicker run while developing: no ratio, no check). */
  scanRuns: number;
  /** Only these groups of rows (`--only actor,seen`); all when absent. */
  only?: readonly MeasureGroup[];
}

/** The bench's groups of rows, for `--only`. */
export const MEASURE_GROUPS = ['actor', 'line', 'outlet', 'seen', 'write'] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

/** `--only a,b`, `--runs N` and `--scan-runs N` from a command line (the Node and the Chromium runs read the same flags). */
export function measureFlags(argv: readonly string[], defaults: { runs: number; scanRuns: number }): MeasureOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only')?.split(',').map((g) => g.trim());
  const unknown = only?.filter((g) => !(MEASURE_GROUPS as readonly string[]).includes(g)) ?? [];
  if (unknown.length) throw new Error(`--only: unknown group ${unknown.join(', ')} (groups: ${MEASURE_GROUPS.join(', ')})`);
  const scanRuns = value('--scan-runs');
  // `--runs N`: more timed runs of each query, for a steadier median on a noisy machine.
  const runs = value('--runs');
  return { runs: runs === undefined ? defaults.runs : Number(runs), scanRuns: scanRuns === undefined ? defaults.scanRuns : Number(scanRuns), ...(only ? { only: only as MeasureGroup[] } : {}) };
}

async function time<T>(runs: number, f: () => Promise<T>, warmUp: boolean): Promise<{ ms: number; value: T }> {
  if (runs === 0) return { ms: NaN, value: undefined as T };
  let value = warmUp ? await f() : (undefined as T);
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    value = await f();
    all.push(performance.now() - s);
  }
  return { ms: median(all), value };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function measureMemory(
  db: DramatisDB,
  history: readonly GeneratedArticle[],
  probes: readonly ClaimProbe[],
  { runs, scanRuns, only }: MeasureOptions,
  log: (line: string) => void = () => {},
): Promise<{ rows: BenchRow[]; indexBuildMs: number; indexSize: number; notes: string[] }> {
  const rows: BenchRow[] = [];
  const wanted = (g: MeasureGroup) => !only || only.includes(g);
  // A row's scan and check, or none when the scans are skipped.
  const scanned = (scan: { ms: number; value: unknown }, check: () => string) => (scanRuns === 0 ? { scan: null, check: 'scan skipped' } : { scan: scan.ms, check: check() });
  const { top, topArticles, mid, midArticles } = benchActors(history);
  for (const [label, key] of [
    [`actor page, most frequent actor (${topArticles} articles)`, top],
    [`actor page, median actor (${midArticles} articles)`, mid],
  ] as const) {
    if (!wanted('actor')) break;
    const ours = await time(runs, () => actorMemory(db, key), true);
    const scan = await time(scanRuns, () => actorMemoryScan(db, key), false);
    const o = ours.value!;
    const s = scan.value!;
    rows.push({ label, ours: ours.ms, ...scanned(scan, () => (same(o, s) ? 'same answer' : o.articleCount === s.articleCount ? 'same article count, answer differs' : `DIFFER: ${o.articleCount} vs ${s.articleCount} articles`)) });
    log(`  ${label}: ${ours.ms.toFixed(1)} ms (scan ${scan.ms.toFixed(0)} ms)`);
  }
  // The card's line, on the last page read (excluded from its own count).
  const here = history[history.length - 1].draft.url;
  for (const [label, key] of [
    ['actor line (card), most frequent actor', top],
    ['actor line (card), median actor', mid],
  ] as const) {
    if (!wanted('line')) break;
    const ours = await time(runs, () => actorLine(db, key, here), true);
    const scan = await time(scanRuns, () => actorLineScan(db, key, here), false);
    rows.push({ label, ours: ours.ms, ...scanned(scan, () => (same(ours.value, scan.value) ? 'same answer' : 'DIFFER')) });
    log(`  ${label}: ${ours.ms.toFixed(1)} ms (scan ${scan.ms.toFixed(0)} ms)`);
  }
  if (wanted('outlet')) {
    const host = HOSTS[3];
    const prof = await time(runs, () => outletProfile(db, host), true);
    const profScan = await time(scanRuns, () => outletProfileScan(db, host), false);
    rows.push({
      label: `outlet profile (${prof.value.articles} articles)`,
      ours: prof.ms,
      ...scanned(profScan, () => (same(prof.value, profScan.value) ? 'same answer' : prof.value.articles === profScan.value.articles ? 'same article count, answer differs' : 'DIFFER')),
    });
    log(`  outlet profile: ${prof.ms.toFixed(1)} ms (scan ${profScan.ms.toFixed(0)} ms)`);
  }

  let indexBuildMs = 0;
  const notes: string[] = [];
  if (wanted('seen')) {
    // "Seen before?" for every claim of a new article: main's path and the resident index (memory-seen.ts).
    const seen = await measureSeenBefore(db, probes, runs, scanRuns, log);
    rows.push(...seen.rows);
    notes.push(...seen.notes);
  }

  if (wanted('write')) {
    // A history write on top of the history: the background's rememberArticle of a new article (after the page's answer).
    const draft = history[0].draft;
    const writes: number[] = [];
    const run = Date.now().toString(36);
    for (let i = 0; i < Math.max(runs, 11); i++) {
      const s = performance.now();
      // A new URL each run: a database kept by `--profile` already has the last run's, and writing one again replaces it
      // (deletes its claims and takes it out of the aggregates first), which is not the write of a new article.
      await rememberArticle(db, { ...draft, url: `https://write.example/${run}/${i}` }, { incognito: false, now: T0 + 86 * DAY + i });
      writes.push(performance.now() - s);
    }
    rows.push({ label: 'history write (rememberArticle, background)', ours: median(writes), scan: null, check: 'after the page has its answer' });
    // What the write adds to the page's answer: the background's analysis handler calls MemoryWriter.remember (which
    // schedules the write and returns) before it replies; the write then runs on its own.
    const added: number[] = [];
    for (let i = 0; i < Math.max(runs, 11); i++) {
      const writer = new MemoryWriter(db, { draft: async () => ({ ...draft, url: `https://answer.example/${run}/${i}` }), incognito: async () => false });
      const s = performance.now();
      writer.remember({ tabId: 1, url: `https://answer.example/${run}/${i}` });
      added.push(performance.now() - s);
      await writer.pending.get(1);
    }
    rows.push({ label: "history write: added to the page's answer (MemoryWriter.remember)", ours: median(added), scan: null, check: 'schedules the write, returns' });
    // The written articles go again, so a history kept by `--profile` stays the generated one: each run added 22 copies
    // of the first article's claims, and after some dozens of runs "seen before?" matched them and the actor page read
    // their claims (both slower than on the history as generated).
    await forgetSite(db, 'write.example');
    await forgetSite(db, 'answer.example');
  }
  return { rows, indexBuildMs, indexSize: await db.historyClaims.count(), notes };
}

export function printRows(rows: readonly BenchRow[], print: (line: string) => void = console.log): void {
  const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const head = ['operation (median)', 'Dramatis ms', 'naive scan ms', 'ratio', 'check'];
  const body = rows.map((r) => [r.label, ms(r.ours), r.scan === null ? '-' : ms(r.scan), r.scan === null ? '-' : `${(r.scan / r.ours).toFixed(1)}x`, r.check]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  print(line(head));
  print(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  for (const r of body) print(line(r));
}

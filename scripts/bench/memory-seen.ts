// "Seen before?" rows of the memory bench (issue 15), shared by the Node run (fake-indexeddb) and the Chromium run
// (memory-measure.ts calls it for the `seen` group): the resident claim index (lib/store/history-seen-index.ts) beside
// main's path (ClaimPrintIndex: one IndexedDB index read per shingle), on the same database in the same run:
// - main's path, warm (median);
// - the resident index built from the claims (no snapshot: after the upgrade, after a forget while the background slept),
//   then its snapshot written (compaction + one row), its size;
// - cold: a new index object (as after a background start) answering its first query: the snapshot read and checked,
//   the claims written since and the log applied, the lookup and the rows of the answer (median of new objects);
// - warm: the same object again (median);
// - the answer checked against main's path (the same JSON) and against a full scan of every claim (first seen, count
//   when no limit cut it, outlets).
// Browser-safe (no Node imports).
import { outletsInOrder } from '../../lib/memory/outlets';
import { prepareClaim, samePrepared, type PreparedClaim } from '../../lib/memory/claim-match';
import type { DramatisDB } from '../../lib/store/db';
import { ClaimPrintIndex, seenBefore, type ClaimProbe, type SeenBefore } from '../../lib/store/history-seen';
import { ResidentSeenIndex } from '../../lib/store/history-seen-index';
import type { HistoryRecord } from '../../lib/store/schema';
import { median } from './memory-history';
import type { BenchRow } from './memory-measure';

const HERE = 'https://new.example/x';

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const s = performance.now();
  const value = await f();
  return { ms: performance.now() - s, value };
}

async function medianOf<T>(runs: number, f: () => Promise<T>): Promise<{ ms: number; value: T; all: number[] }> {
  const all: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = await timed(f);
    all.push(t.ms);
    value = t.value;
  }
  return { ms: median(all), value, all };
}

/**
 * The truth for each claim from every stored claim (each distinct wording prepared once): the articles carrying the
 * same claim, this page left out, oldest first.
 */
async function fullScan(db: DramatisDB, probes: readonly ClaimProbe[]): Promise<{ ids: number[]; readAt: Map<number, number>; records: Map<number, HistoryRecord> }[]> {
  const claims = await db.historyClaims.toArray();
  const prepared = new Map<string, PreparedClaim>();
  const byProbe = probes.map((p) => {
    const mine = prepareClaim(p.text);
    const articles = new Set<number>();
    for (const c of claims) {
      let q = prepared.get(c.text);
      if (!q) prepared.set(c.text, (q = prepareClaim(c.text)));
      if (samePrepared(mine, q)) articles.add(c.historyId);
    }
    return articles;
  });
  const records = new Map<number, HistoryRecord>();
  for (const r of await db.history.bulkGet([...new Set(byProbe.flatMap((s) => [...s]))])) if (r && r.url !== HERE) records.set(r.id!, r);
  return byProbe.map((set) => {
    const ids = [...set].filter((id) => records.has(id)).sort((a, b) => records.get(a)!.readAt - records.get(b)!.readAt || a - b);
    return { ids, readAt: new Map(ids.map((id) => [id, records.get(id)!.readAt])), records };
  });
}

/** The answer beside the full scan: first seen, count (exact unless `more`, then at most), outlets (when exact). */
function scanCheck(out: SeenBefore[], scan: Awaited<ReturnType<typeof fullScan>>): string {
  let first = 0;
  let count = 0;
  let outlets = 0;
  let lower = 0;
  for (const [i, s] of scan.entries()) {
    const o = out[i];
    const oldest = s.ids.length ? s.readAt.get(s.ids[0]) : undefined;
    if ((o.matches[0]?.readAt ?? undefined) === oldest) first++;
    if (o.more) {
      if (o.matches.length <= s.ids.length) lower++;
    } else if (o.matches.length === s.ids.length) count++;
    const truth = outletsInOrder(s.ids.map((id) => s.records.get(id)!));
    if (o.more ? truth.length >= o.outlets.length : JSON.stringify(outletsInOrder(o.matches)) === JSON.stringify(truth)) outlets++;
  }
  const n = scan.length;
  return `vs full scan: first seen ${first}/${n}, count exact ${count} + "at least" (≤ scan) ${lower} of ${n}, outlets ${outlets}/${n}`;
}

export async function measureSeenBefore(db: DramatisDB, probes: readonly ClaimProbe[], runs: number, scanRuns: number, log: (line: string) => void = () => {}): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const n = probes.length;
  const articles = await db.history.count();
  // Main's path: one index read per distinct shingle (warm: after one run).
  const main = new ClaimPrintIndex(db);
  await seenBefore(db, main, probes, HERE);
  const mainRun = await medianOf(runs, () => seenBefore(db, main, probes, HERE));
  const mainAnswer = JSON.stringify(mainRun.value);
  const scan = scanRuns > 0 ? await timed(() => fullScan(db, probes)) : null;
  const check = (out: SeenBefore[]) => `${JSON.stringify(out) === mainAnswer ? "same answer as main's" : "DIFFERS from main's"}${scan ? `; ${scanCheck(out, scan.value)}` : ''}`;
  rows.push({ label: `seen before?, ${n} claims: main's path (an index read per shingle), warm`, ours: mainRun.ms, scan: scan?.ms ?? null, check: `${mainRun.value.reduce((s, x) => s + x.matches.length, 0)} articles matched${scan ? `; ${scanCheck(mainRun.value, scan.value)}` : ''}` });
  log(`  main's path: ${mainRun.ms.toFixed(1)} ms`);

  // The resident index: built from the claims (no snapshot), then its snapshot written.
  const built = new ResidentSeenIndex(db, { autoRewrite: false, autoRebuild: false });
  await db.historySeenIndex.clear();
  const build = await timed(() => built.rebuild());
  rows.push({ label: `  resident index: built from the ${built.stats!.live.toLocaleString('en-US')} claims (no snapshot; background)`, ours: build.ms, scan: null, check: "main's path serves meanwhile" });
  const rewrite = await timed(() => built.rewrite());
  const bytes = built.last.bytes ?? 0;
  rows.push({
    label: '  resident index: snapshot rewrite (compaction + write; background)',
    ours: rewrite.ms,
    scan: null,
    check: `compaction ${(built.last.compactMs ?? 0).toFixed(0)} ms, write ${(built.last.rewriteMs ?? 0).toFixed(0)} ms; ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / Math.max(1, articles)).toLocaleString('en-US')} bytes an article, ${built.stats!.postings.toLocaleString('en-US')} postings`,
  });
  log(`  built in ${build.ms.toFixed(0)} ms, snapshot written in ${rewrite.ms.toFixed(0)} ms (${(bytes / 1e6).toFixed(1)} MB)`);

  // Cold: a new object each time (a background started anew), its first answer.
  const coldLoads: number[] = [];
  const cold = await medianOf(Math.max(3, runs), async () => {
    const r = new ResidentSeenIndex(db, { autoRewrite: false, autoRebuild: false });
    const out = await seenBefore(db, r, probes, HERE);
    if (!r.loaded) throw new Error('bench: the snapshot was not loaded');
    coldLoads.push(r.last.loadMs ?? NaN);
    return out;
  });
  rows.push({ label: `seen before?, ${n} claims: resident index, cold (snapshot load + lookup)`, ours: cold.ms, scan: scan?.ms ?? null, check: `${check(cold.value)}; load ${median(coldLoads).toFixed(1)} ms` });
  // Warm: the index in memory.
  const warm = new ResidentSeenIndex(db, { autoRewrite: false, autoRebuild: false });
  await seenBefore(db, warm, probes, HERE);
  const warmRun = await medianOf(runs, () => seenBefore(db, warm, probes, HERE));
  rows.push({ label: `seen before?, ${n} claims: resident index, warm`, ours: warmRun.ms, scan: scan?.ms ?? null, check: check(warmRun.value) });
  const lookup = await medianOf(runs, () => warm.lookup(probes.map((p) => p.text)));
  rows.push({ label: '  of which candidates (sync + lookup in memory)', ours: lookup.ms, scan: null, check: `sync ${(warm.last.syncMs ?? 0).toFixed(1)} ms` });
  log(`  resident: cold ${cold.ms.toFixed(1)} ms (load ${median(coldLoads).toFixed(1)}), warm ${warmRun.ms.toFixed(1)} ms`);
  // One claim, as the card asks.
  const oneMain = await medianOf(runs, () => seenBefore(db, main, probes.slice(0, 1), HERE));
  const one = await medianOf(runs, () => seenBefore(db, warm, probes.slice(0, 1), HERE));
  rows.push({ label: "seen before?, 1 claim (a card's line): main's path, warm", ours: oneMain.ms, scan: null, check: '' });
  rows.push({ label: "seen before?, 1 claim (a card's line): resident index, warm", ours: one.ms, scan: null, check: JSON.stringify(one.value) === JSON.stringify(oneMain.value) ? "same answer as main's" : "DIFFERS from main's" });
  notes.push(`Resident index snapshot: ${(bytes / 1e6).toFixed(1)} MB for ${built.stats!.live.toLocaleString('en-US')} claims (${Math.round(bytes / Math.max(1, articles)).toLocaleString('en-US')} bytes an article); cold loads ${coldLoads.map((x) => x.toFixed(0)).join(', ')} ms.`);
  return { rows, notes };
}

// Memory bench (issue 15): in Node on fake-indexeddb by default, in Chromium with --chromium.
//
// 1. Identity: the eight fixture articles of tests/fixtures/memory are analysed by the engine and remembered; every
//    remembered actor is scored against the hand-made key (key.json): pairwise precision/recall of cross-article merges
//    (two remembered actors of two different articles are "merged" when they resolve to the same identity), beside a
//    naive baseline that merges exact normalized names of the same type. Credits and bylines remembered are counted.
// 2. Scale: a history of BENCH_MEMORY_N (default 10,000) articles generated from the real texts of the fixtures (memory
//    fixtures, newswire probe, GUM Wikinews dev), each the analysis of a real text plus actors and claims drawn from the
//    others (20 claims an article). The queries as the UI calls them, each beside a naive full scan
//    computing the same answer (memory-measure.ts, lib/store/history-scan.ts): the actor page and the card's actor
//    line (most frequent and median actor), the outlet profile, "seen before?" for every claim of a new article, a
//    history write; bytes per article.
// `npm run bench -- memory`; `npm run bench -- memory --chromium` runs the same scale bench in Chromium
// (memory-chromium.ts: the extension's bench page, real IndexedDB). BENCH_MEMORY_N (or --n N) sets the history's size;
// `--only actor,seen` runs some groups of rows (actor, line, outlet, seen, write), `--scan-runs 0` skips the naive scans, `--runs N`
// times each query N times (5 by default) for a steadier median.
import { readFileSync } from 'node:fs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { actorNetwork, networkByIdentity, NETWORK_MAX_RECORDS } from '../../lib/store/history-network';
import { ClaimIndex } from '../../lib/memory/claim-index-minisearch';
import { claimPrints, probePrints } from '../../lib/memory/claim-index';
import { sameClaim } from '../../lib/memory/claim-match';
import { MemoryDirectory, nameEntry, resolveIdentity } from '../../lib/memory/identity';
import { memoryDraft, type MemoryDraft } from '../../lib/memory/record';
import { analyze } from '../../lib/nlp';
import { DramatisDB } from '../../lib/store/db';
import { historyRows, historyTables, rememberArticle } from '../../lib/store/history';
import { rebuildAggregates } from '../../lib/store/history-aggregates';
import { historyIdentity, noteNames, storeDirectory } from '../../lib/store/history-names';
import { HistoryClaimIndex, seenBefore, type ClaimProbe } from '../../lib/store/history-queries';
import type { HistoryClaimRecord } from '../../lib/store/schema';
import { ClaimPrintIndex, SEEN_LIMITS, type SeenLimits } from '../../lib/store/history-seen';
import { declareVersions } from '../../lib/store/db';
import Dexie from 'dexie';
import { normalizeName } from '../../lib/store/names';
import { loadNodeModel } from '../lib/node-model';
import { benchActors, DAY, generateHistory, median, T0, type GeneratedArticle } from './memory-history';
import { measureFlags, measureMemory, printRows } from './memory-measure';

interface Fixture {
  id: string;
  url: string;
  site: string;
  title: string;
  byline: string | null;
  published: string;
  text: string;
}
interface Key {
  articles: Record<string, { actors: { id: string; names: string[] }[]; notActors: string[] }>;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

async function time<T>(runs: number, f: () => Promise<T>, warmUp = true): Promise<{ ms: number; value: T }> {
  let value = warmUp ? await f() : (undefined as T);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    value = await f();
    t.push(performance.now() - s);
  }
  return { ms: median(t), value };
}

function table(head: string[], rows: (string | number)[][]): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) => `| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/** Pairwise precision/recall of cross-article merges. */
function pairwise(items: { article: string; gold: string; cluster: string }[]) {
  let tp = 0;
  let sys = 0;
  let gold = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a.article === b.article) continue;
      const s = a.cluster === b.cluster;
      const g = a.gold === b.gold;
      if (s) sys++;
      if (g) gold++;
      if (s && g) tp++;
    }
  }
  const p = sys ? tp / sys : 1;
  const r = gold ? tp / gold : 1;
  return { tp, sys, gold, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function identityBench(fixtures: Fixture[], drafts: MemoryDraft[]): Promise<void> {
  const key = JSON.parse(readFileSync('tests/fixtures/memory/key.json', 'utf8')) as Key;
  const dir = new MemoryDirectory();
  for (const d of drafts) for (const a of d.actors) dir.add(nameEntry(a));
  const items: { article: string; gold: string; key: string; cluster: string; exact: string }[] = [];
  let credits = 0;
  let rawCredits = 0;
  for (const [i, f] of fixtures.entries()) {
    const k = key.articles[f.id];
    const not = new Set(k.notActors.map(normalizeName));
    rawCredits += analyze(f.text).actors.filter((a) => not.has(normalizeName(a.name))).length;
    for (const a of drafts[i].actors) {
      const names = [a.name, ...a.aliases].map(normalizeName);
      if (names.some((n) => not.has(n))) credits++;
      const g = k.actors.find((x) => x.names.map(normalizeName).some((n) => names.includes(n)));
      const identity = await resolveIdentity(dir, a.key);
      items.push({
        article: f.id,
        // Not in the key: an actor of its own (any merge of it is a false one).
        gold: g ? g.id : `unlisted:${f.id}:${a.key}`,
        key: a.key,
        cluster: [...identity!.keys].sort()[0],
        exact: a.key,
      });
    }
  }
  const ours = pairwise(items);
  const naive = pairwise(items.map((x) => ({ ...x, cluster: x.exact })));
  const goldActors = Object.values(key.articles).reduce((n, a) => n + a.actors.length, 0);
  console.log(`Identity across ${fixtures.length} fixture articles: ${items.length} remembered actors (${goldActors} in the key), pairs of two articles scored against tests/fixtures/memory/key.json.\n`);
  table(
    ['merging', 'precision', 'recall', 'F1', 'merged pairs', 'correct', 'key pairs'],
    [
      ['Dramatis (identity.ts)', ours.p.toFixed(3), ours.r.toFixed(3), ours.f.toFixed(3), ours.sys, ours.tp, ours.gold],
      ['exact name + type (baseline)', naive.p.toFixed(3), naive.r.toFixed(3), naive.f.toFixed(3), naive.sys, naive.tp, naive.gold],
    ],
  );
  console.log(`\nBylines, photo credits and dateline names (the key's notActors): ${rawCredits} actors in the raw analyses, ${credits} remembered.`);
  const missed = new Map<string, Set<string>>();
  for (const a of items) for (const b of items) if (a.article < b.article && a.gold === b.gold && a.cluster !== b.cluster) missed.set(a.gold, new Set([...(missed.get(a.gold) ?? []), a.key, b.key]));
  const wrong = new Set<string>();
  for (const a of items) for (const b of items) if (a.article < b.article && a.gold !== b.gold && a.cluster === b.cluster) wrong.add(`${a.key} ~ ${b.key}`);
  if (missed.size) console.log(`Not merged (key says same): ${[...missed].map(([g, ks]) => `${g}: ${[...ks].join(', ')}`).join('; ')}`);
  if (wrong.size) console.log(`Merged wrongly: ${[...wrong].join('; ')}`);
}

export function readBaseTexts(): { title: string; text: string; site: string }[] {
  const out: { title: string; text: string; site: string }[] = [];
  const mem = JSON.parse(readFileSync('tests/fixtures/memory/articles.json', 'utf8')) as Fixture[];
  for (const f of mem) out.push({ title: f.title, text: f.text, site: f.site });
  for (const line of readFileSync('tests/fixtures/newswire-probe/probe.jsonl', 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string };
    out.push({ title: d.text.split('\n')[0].slice(0, 80), text: d.text, site: 'Wire' });
  }
  const gum = JSON.parse(readFileSync('tests/fixtures/gum-wikinews.json', 'utf8')) as { documents: { title: string; text: string }[] };
  for (const d of gum.documents) out.push({ title: d.title, text: d.text, site: 'Wikinews' });
  return out;
}

/** At 10,000 articles the full-scan baselines take many minutes: run it with `npm run bench -- memory`. */
export const onlyWhenNamed = true;

export async function run(): Promise<void> {
  loadNodeModel();
  const fixtures = JSON.parse(readFileSync('tests/fixtures/memory/articles.json', 'utf8')) as Fixture[];
  const fixtureDrafts = fixtures.map((f) => memoryDraft({ ...f, analysis: analyze(f.text) }));
  await identityBench(fixtures, fixtureDrafts);

  const n = memoryBenchSize();
  const bases = readBaseTexts();
  const t0 = performance.now();
  const drafts = bases.map((b, i) => memoryDraft({ url: `https://base.example/${i}`, title: b.title, site: b.site, text: b.text, analysis: analyze(b.text) }));
  console.log(`\nScale: ${bases.length} real texts analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s; generating a history of ${n.toLocaleString('en-US')} articles from them.`);
  if (process.argv.includes('--chromium')) {
    const { runChromium } = await import('./memory-chromium');
    await runChromium(drafts, probeClaims(drafts), n);
    return;
  }
  const history = generateHistory(n, drafts);
  const db = new DramatisDB(`bench-memory-${process.pid}`, { indexedDB, IDBKeyRange });
  await db.open();
  await db.settings.put({ key: 'historyDays', value: 3650 });
  const g0 = performance.now();
  await writeHistoryBulk(db, history);
  const totalClaims = await db.historyClaims.count();
  const totalMentions = history.reduce((s, h) => s + h.draft.actors.reduce((t, a) => t + a.mentions, 0), 0);
  console.log(`Written in ${((performance.now() - g0) / 1000).toFixed(1)} s (bulk: the rows rememberArticle writes, in one transaction): ${n.toLocaleString('en-US')} articles, ${totalClaims.toLocaleString('en-US')} claims, ${totalMentions.toLocaleString('en-US')} mentions, ${(await db.historyNames.count()).toLocaleString('en-US')} names.\n`);

  const { rows, indexBuildMs, indexSize, notes } = await measureMemory(db, history, probeClaims(drafts), measureFlags(process.argv, { runs: 5, scanRuns: 1 }), (line) => console.error(line));
  printRows(rows);
  console.log(`\nClaim index persisted with the ${indexSize.toLocaleString('en-US')} claims (history-seen.ts): ready in ${(indexBuildMs / 1000).toFixed(2)} s after opening (nothing to build).`);
  for (const note of notes) console.log(note);
  await networkAndIdentityBench(db, history);

  // Seen before in detail: the stored index with and without its limits, against the full scan (seenBeforeBench, below).
  const seen = await seenBeforeBench(db, drafts);
  console.log('');
  table(['seen before? (median)', 'Dramatis ms', 'naive scan ms', 'ratio', 'check'], seen.rows);
  console.log('');
  for (const line of seen.notes) console.log(line);
  // Binary fields (the resident claim index's snapshot is ArrayBuffers and typed arrays) count their bytes: JSON would
  // write an ArrayBuffer as {} and a typed array as an object of its elements.
  const binary = (_: string, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? 'x'.repeat(v.byteLength) : v);
  const bytes = (xs: unknown[]) => xs.reduce((s: number, x) => s + Buffer.byteLength(JSON.stringify(x, binary)), 0);
  const parts = await Promise.all(db.tables.filter((t) => t.name.startsWith('history')).map(async (t) => [t.name, bytes(await t.toArray())] as const));
  const count = await db.history.count();
  const total = parts.reduce((s, [, b]) => s + b, 0);
  console.log(`Storage per remembered article: ${Math.round(total / count).toLocaleString('en-US')} bytes of rows as JSON (${parts.map(([name, b]) => `${name} ${Math.round(b / count)}`).join(', ')}); IndexedDB adds its indexes.`);
  console.log('Measured in Node on fake-indexeddb (a pure-JS IndexedDB), not in Chromium: see `npm run bench -- memory --chromium` for what users get.');
  await db.delete();
}

/**
 * The actor page's co-actor network (its own query, lib/store/history-network.ts: the newest 200 records of the actor
 * read through the index) beside a scan of every record that counts the same records the same way (the same identity
 * grouping of co-actors on both sides); then what reading the cards' Wikidata items (identity.ts, one card read per
 * name) adds to resolving an identity.
 */
async function networkAndIdentityBench(db: DramatisDB, history: GeneratedArticle[]): Promise<void> {
  const { top, mid } = benchActors(history);
  const rows: (string | number)[][] = [];
  for (const [label, key] of [
    [`co-actor network, most frequent (${top})`, top],
    [`co-actor network, median (${mid})`, mid],
  ] as const) {
    const ours = await time(5, () => actorNetwork(db, key));
    const scan = await time(3, async () => {
      const keys = new Set((await historyIdentity(db, key))!.keys);
      const mine = (await db.history.toArray()).filter((r) => r.actorKeys.some((k) => keys.has(k))).sort((a, b) => b.id! - a.id!);
      return networkByIdentity(db, mine.slice(0, NETWORK_MAX_RECORDS), [...keys], 10);
    });
    const o = ours.value!;
    const same = JSON.stringify([o.nodes, o.edges]) === JSON.stringify([scan.value.nodes, scan.value.edges]);
    rows.push([`${label}, ${o.records} of ${o.total} articles`, ms(ours.ms), ms(scan.ms), `${(scan.ms / ours.ms).toFixed(1)}x`, same ? `same ${o.nodes.length} nodes, ${o.edges.length} edges` : 'DIFFER']);
  }
  console.log('');
  table(['operation (median)', 'Dramatis ms', 'naive scan ms', 'ratio', 'check'], rows);
  for (const key of [top, mid]) {
    const withItems = await time(5, () => resolveIdentity(storeDirectory(db), key));
    const { wikidataOf: _w, keysOfWikidata: _k, ...namesOnly } = storeDirectory(db);
    const without = await time(5, () => resolveIdentity(namesOnly, key));
    const same = JSON.stringify(withItems.value?.keys) === JSON.stringify(without.value?.keys);
    console.log(`Identity of ${key}: ${ms(withItems.ms)} ms reading the cards' Wikidata items (no card has one here), ${ms(without.ms)} ms on names alone (${same ? 'same keys' : 'DIFFERENT keys'}).`);
  }
}

/** BENCH_MEMORY_N or `--n N` (default 10,000). */
function memoryBenchSize(): number {
  const i = process.argv.indexOf('--n');
  return Number(i >= 0 ? process.argv[i + 1] : (process.env.BENCH_MEMORY_N ?? 10_000));
}

/** The new article of "seen before?": the real text with the most claims (up to 20 of them), as a page would bring. */
function probeClaims(drafts: MemoryDraft[]): ClaimProbe[] {
  const probe = [...drafts].sort((a, b) => b.claims.length - a.claims.length)[0].claims.slice(0, 20);
  return probe.map((c) => ({ text: c.text, source: c.source, sourceKey: c.sourceKey, anonymous: c.anonymous }));
}

/**
 * The rows rememberArticle writes for each article (historyRows, noteNames, and the aggregates built at once, which
 * equal those built one write at a time: history-aggregates.test.ts), in one transaction.
 */
async function writeHistoryBulk(db: DramatisDB, history: GeneratedArticle[]): Promise<void> {
  await db.transaction('rw', historyTables(db), async () => {
    const rows = history.map((h) => historyRows(h.draft, h.readAt));
    const ids = (await db.history.bulkAdd(rows.map((r) => r.record), { allKeys: true })) as number[];
    await db.historyClaims.bulkAdd(rows.flatMap((r, i) => r.claims.map((c) => ({ ...c, historyId: ids[i] }))));
    for (const r of rows) await noteNames(db, r.record.actors);
    await rebuildAggregates(db);
  });
}

/**
 * "Seen before?" for the 20 claims of a new article (issue 15), each claim index beside the others and a full scan:
 * - persisted (this branch): `historyClaims.prints`, a multi-entry IndexedDB index, nothing built at start. Cold: the
 *   first query on a database connection opened just before (as after a background start); warm: median of 5.
 * - main's: MiniSearch built in memory from every claim at the first query after a start (cold = build + query), then
 *   capped at 20 candidates a claim (warm).
 * - MiniSearch saved with its own serialisation (toJSON) in IndexedDB and loaded with loadJSONAsync at start.
 * Checks: every claim the scan accepts is a candidate of the persisted index, and both find the same articles.
 * The index's size (entries and bytes) and its write cost (the same article written with and without prints).
 */
async function seenBeforeBench(db: DramatisDB, drafts: MemoryDraft[]): Promise<{ rows: (string | number)[][]; notes: string[] }> {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  // The new article: the real text with the most claims (up to 20 of them), as a page would bring.
  const probe = [...drafts].sort((a, b) => b.claims.length - a.claims.length)[0].claims.slice(0, 20);
  const probes = probe.map((c) => ({ text: c.text, source: c.source, sourceKey: c.sourceKey, anonymous: c.anonymous }));
  const texts = probes.map((p) => p.text);
  const here = 'https://new.example/x';
  const articlesOf = (r: Awaited<ReturnType<typeof seenBefore>>) => r.reduce((s, x) => s + x.matches.length, 0);

  // The full scan: every stored claim compared with every claim of the page (one run, no warm-up: minutes at 10,000).
  const scan = await time(
    1,
    async () => {
      const all = await db.historyClaims.toArray();
      return probes.map((p) => all.filter((c) => sameClaim(p.text, c.text)));
    },
    false,
  );
  const scanArticles = scan.value.reduce((s, cs) => s + new Set(cs.map((c) => c.historyId)).size, 0);

  // Persisted, cold: a new connection (the background's after a restart), first query.
  const cold = new DramatisDB(db.name, { indexedDB, IDBKeyRange });
  const c0 = performance.now();
  await cold.open();
  const coldOut = await seenBefore(cold, new HistoryClaimIndex(cold).index, probes, here);
  const coldMs = performance.now() - c0;
  const warm = await time(5, () => seenBefore(cold, new HistoryClaimIndex(cold).index, probes, here));
  cold.close();
  // Candidate recall of the index itself (no limits): every claim the scan accepts is a candidate.
  const cands = await new ClaimPrintIndex(db, { perPrint: Infinity, perClaim: Infinity }).candidateIds(texts);
  let missed = 0;
  for (const [i, cs] of scan.value.entries()) {
    const set = new Set(cands[i]);
    missed += cs.filter((c) => !set.has(c.id!)).length;
  }
  const scanClaims = scan.value.reduce((s, cs) => s + cs.length, 0);
  const candidateCount = cands.reduce((s, c) => s + c.length, 0);
  const check = `${articlesOf(warm.value)} articles (scan ${scanArticles}); recall ${scanClaims - missed}/${scanClaims}`;
  const limitsOf = (l: SeenLimits) => `K ${l.perPrint} ids a shingle, M ${l.perClaim} a claim`;
  rows.push([`seen before? persisted index (${limitsOf(SEEN_LIMITS)}), cold (open + first query)`, ms(coldMs), ms(scan.ms), `${(scan.ms / coldMs).toFixed(1)}x`, `${articlesOf(coldOut)} articles`]);
  rows.push([`seen before? persisted index (${limitsOf(SEEN_LIMITS)}), warm (${probes.length} claims)`, ms(warm.ms), ms(scan.ms), `${(scan.ms / warm.ms).toFixed(1)}x`, limitedCheck(warm.value)]);

  // The read limits (SEEN_LIMITS) against the branch before them (no limit: every candidate row and matching article):
  // time, and what the answer then means beside the full scan: articles found of the scan's, claims whose first seen is
  // the scan's oldest article, claims marked "at least" (more), and claims that lost articles without saying so (must be 0).
  function limitedCheck(out: Awaited<ReturnType<typeof seenBefore>>): string {
    let found = 0;
    let firstOk = 0;
    let marked = 0;
    let silent = 0;
    for (const [i, cs] of scan.value.entries()) {
      const truth = new Set(cs.map((c) => c.historyId));
      const oldest = Math.min(...truth);
      const got = out[i].matches.map((m) => m.historyId);
      found += got.filter((id) => truth.has(id)).length;
      if (truth.size === 0 ? got.length === 0 : got[0] === oldest) firstOk++;
      if (out[i].more) marked++;
      else if (got.length < truth.size) silent++;
    }
    return `articles ${found}/${scanArticles}; first seen right ${firstOk}/${probes.length}; "at least" ${marked}/${probes.length}; lost without saying ${silent}`;
  }
  const unlimited: SeenLimits = { perPrint: Infinity, perClaim: Infinity };
  const full = await time(1, () => seenBefore(db, new ClaimPrintIndex(db, unlimited), probes, here));
  rows.push([`seen before? persisted index, no limits (the branch before), warm`, ms(full.ms), ms(scan.ms), `${(scan.ms / full.ms).toFixed(1)}x`, `${check}; ${limitedCheck(full.value)}`]);
  if (process.env.BENCH_SEEN_SWEEP) {
    for (const perPrint of [16, 32, 64, 128, 256]) {
      for (const perClaim of [12, 24, 48]) {
        const l = { perPrint, perClaim };
        const t = await time(3, () => seenBefore(db, new ClaimPrintIndex(db, l), probes, here));
        rows.push([`  sweep: ${limitsOf(l)}, warm`, ms(t.ms), ms(scan.ms), `${(scan.ms / t.ms).toFixed(1)}x`, limitedCheck(t.value)]);
      }
    }
  }

  // main's: MiniSearch built from the table at the first query after a start (what HistoryClaimIndex.sync did).
  const m0 = performance.now();
  const ids = await db.historyClaims.toCollection().primaryKeys();
  const claimRows = await db.historyClaims.bulkGet(ids);
  const mini = new ClaimIndex();
  mini.addAll(claimRows.filter((r): r is HistoryClaimRecord => !!r).map((r) => ({ id: r.id!, text: r.text })));
  const buildMs = performance.now() - m0;
  const miniFirst = await time(1, () => seenBefore(db, mini, probes, here), false);
  const miniWarm = await time(5, () => seenBefore(db, mini, probes, here));
  rows.push([`seen before? main (MiniSearch in memory), cold (build + query)`, ms(buildMs + miniFirst.ms), ms(scan.ms), `${(scan.ms / (buildMs + miniFirst.ms)).toFixed(1)}x`, `build ${(buildMs / 1000).toFixed(1)} s`]);
  rows.push([`seen before? main (MiniSearch in memory), warm (cap 20)`, ms(miniWarm.ms), ms(scan.ms), `${(scan.ms / miniWarm.ms).toFixed(1)}x`, `${articlesOf(miniWarm.value)} articles (scan ${scanArticles})`]);

  // MiniSearch's own serialisation, saved in IndexedDB and loaded at start.
  const j0 = performance.now();
  const json = mini.toJSON();
  const jsonMs = performance.now() - j0;
  const store = new Dexie(`bench-minisearch-${process.pid}`, { indexedDB, IDBKeyRange });
  store.version(1).stores({ blobs: '&key' });
  await store.table('blobs').put({ key: 'claims', json });
  store.close();
  const l0 = performance.now();
  await store.open();
  const saved = (await store.table('blobs').get('claims')) as { json: string };
  const loaded = await ClaimIndex.fromJSON(saved.json);
  const loadMs = performance.now() - l0;
  const loadedFirst = await time(1, () => seenBefore(db, loaded, probes, here), false);
  await store.delete();
  rows.push([`seen before? MiniSearch saved (toJSON) + loadJSONAsync, cold`, ms(loadMs + loadedFirst.ms), ms(scan.ms), `${(scan.ms / (loadMs + loadedFirst.ms)).toFixed(1)}x`, `load ${(loadMs / 1000).toFixed(2)} s; JSON ${(json.length / 1e6).toFixed(1)} MB`]);

  // Size of the persisted index; winnowed samples of it, with their candidate recall on the scan's true pairs.
  const all = await db.historyClaims.toArray();
  const articles = await db.history.count();
  const entries = all.reduce((s, c) => s + (c.prints?.length ?? 0), 0);
  const variants = [1, 2, 3, 4].map((w) => {
    let n = 0;
    for (const c of all) n += claimPrints(c.text, w).length;
    let hit = 0;
    for (const [i, cs] of scan.value.entries()) {
      const mine = new Set(probePrints(texts[i]));
      hit += cs.filter((c) => claimPrints(c.text, w).some((p) => mine.has(p))).length;
    }
    return `window ${w}: ${(n / articles).toFixed(0)} entries an article, recall ${hit}/${scanClaims}`;
  });
  notes.push(
    `Claim index: ${entries.toLocaleString('en-US')} entries for ${all.length.toLocaleString('en-US')} claims (${(entries / articles).toFixed(0)} an article; ${(entries / all.length).toFixed(1)} a claim), ` +
      `about ${Math.round((entries * 8) / articles).toLocaleString('en-US')} bytes of keys an article as numbers (IndexedDB adds the primary key to each entry); ` +
      `${candidateCount.toLocaleString('en-US')} candidates read for the page's ${probes.length} claims, ${scanClaims.toLocaleString('en-US')} of them the same claim.`,
  );
  notes.push(`Winnowed samples (stored side; the page looks up every shingle): ${variants.join('; ')}.`);
  notes.push(`main's MiniSearch: built from ${all.length.toLocaleString('en-US')} claims in ${(buildMs / 1000).toFixed(2)} s at each background start; toJSON ${jsonMs.toFixed(0)} ms, ${(json.length / 1e6).toFixed(1)} MB (${Math.round(json.length / articles).toLocaleString('en-US')} bytes an article), rewritten whole after any change.`);

  // Write cost: the same article written with prints (DramatisDB) and without (a connection without the hook, as main).
  const plain = new Dexie(db.name, { indexedDB, IDBKeyRange });
  declareVersions(plain);
  const d = [...drafts].sort((a, b) => b.claims.length - a.claims.length)[0];
  const withPrints: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 10; i++) {
    let s = performance.now();
    await rememberArticle(db, { ...d, url: `https://seen-write.example/p${i}` }, { incognito: false, now: T0 + 86 * DAY });
    withPrints.push(performance.now() - s);
    s = performance.now();
    await rememberArticle(plain as DramatisDB, { ...d, url: `https://seen-write.example/n${i}` }, { incognito: false, now: T0 + 86 * DAY });
    without.push(performance.now() - s);
  }
  plain.close();
  const p0 = performance.now();
  for (let i = 0; i < 100; i++) for (const c of d.claims) claimPrints(c.text);
  const printMs = (performance.now() - p0) / 100;
  rows.push([`history write with prints (${d.claims.length} claims)`, ms(median(withPrints)), ms(median(without)), '-', `without prints (main) beside; prints computed in ${printMs.toFixed(2)} ms`]);
  return { rows, notes };
}

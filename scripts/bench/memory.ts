// Memory bench (issue 15), in Node on fake-indexeddb (not in Chromium: see the note printed at the end).
//
// 1. Identity: the eight fixture articles of tests/fixtures/memory are analysed by the engine and remembered; every
//    remembered actor is scored against the hand-made key (key.json): pairwise precision/recall of cross-article merges
//    (two remembered actors of two different articles are "merged" when they resolve to the same identity), beside a
//    naive baseline that merges exact normalized names of the same type. Credits and bylines remembered are counted.
// 2. Scale: a history of BENCH_MEMORY_N (default 10,000) articles generated from the real texts of the fixtures (memory
//    fixtures, newswire probe, GUM Wikinews dev), each the analysis of a real text plus actors and claims drawn from the
//    others (20 claims an article). Median of 5 runs of: the actor page (timeline, co-actors, claims) beside a naive full
//    scan computing the same; "seen before?" for every claim of a new article beside a scan comparing it with every
//    claim; the outlet profile beside a scan; a history write (record building + write); bytes per article.
// `npm run bench -- memory`
import { readFileSync } from 'node:fs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ClaimIndex } from '../../lib/memory/claim-index-minisearch';
import { claimPrints, probePrints } from '../../lib/memory/claim-index';
import { sameClaim } from '../../lib/memory/claim-match';
import { MemoryDirectory, nameEntry, resolveIdentity } from '../../lib/memory/identity';
import { memoryDraft, type MemoryDraft } from '../../lib/memory/record';
import { analyze } from '../../lib/nlp';
import { DramatisDB } from '../../lib/store/db';
import { rememberArticle } from '../../lib/store/history';
import { noteNames } from '../../lib/store/history-names';
import { actorMemory, HistoryClaimIndex, outletProfile, seenBefore } from '../../lib/store/history-queries';
import { ClaimPrintIndex, SEEN_LIMITS, type SeenLimits } from '../../lib/store/history-seen';
import { declareVersions } from '../../lib/store/db';
import Dexie from 'dexie';
import { normalizeName } from '../../lib/store/names';
import type { HistoryClaimRecord, HistoryRecord } from '../../lib/store/schema';
import { loadNodeModel } from '../lib/node-model';

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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

function readBaseTexts(): { title: string; text: string; site: string }[] {
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

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTS = Array.from({ length: 40 }, (_, i) => `outlet${i}.example`);
const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 8, 1);

function generate(n: number, drafts: MemoryDraft[]): { records: HistoryRecord[]; claims: Omit<HistoryClaimRecord, 'historyId'>[][] } {
  const rand = rng(15);
  const pool = drafts.flatMap((d) => d.claims);
  const actorPool = drafts.flatMap((d) => d.actors);
  const records: HistoryRecord[] = [];
  const claims: Omit<HistoryClaimRecord, 'historyId'>[][] = [];
  for (let i = 0; i < n; i++) {
    const base = drafts[i % drafts.length];
    const actors = base.actors.map((a) => ({ ...a }));
    for (let k = 0; k < 3; k++) {
      const extra = actorPool[Math.floor(rand() * actorPool.length)];
      if (!actors.some((a) => a.key === extra.key)) actors.push({ ...extra });
    }
    // About 50 mentions an article, spread over its actors as in its text.
    const sum = actors.reduce((s, a) => s + a.mentions, 0) || 1;
    for (const a of actors) a.mentions = Math.max(1, Math.round((a.mentions * 50) / sum));
    const cs = base.claims.slice(0, 20);
    while (cs.length < 20) cs.push(pool[Math.floor(rand() * pool.length)]);
    const host = HOSTS[Math.floor(rand() * HOSTS.length)];
    const anonymous = cs.filter((c) => c.anonymous).length;
    records.push({
      url: `https://${host}/story/${i}`,
      host,
      title: base.title,
      site: host,
      readAt: T0 + Math.floor((i / n) * 85 * DAY),
      publishedAt: 0,
      actors,
      actorKeys: [...new Set(actors.map((a) => a.key))],
      claims: cs.length,
      anonymous,
    });
    claims.push(cs.map((c) => ({ text: c.text, kind: c.kind, source: c.source, sourceKey: c.sourceKey, anonymous: c.anonymous ? 1 : 0, aboutKeys: c.aboutKeys })));
  }
  return { records, claims };
}

/** At 10,000 articles the full-scan baselines take many minutes: run it with `npm run bench -- memory`. */
export const onlyWhenNamed = true;

export async function run(): Promise<void> {
  loadNodeModel();
  const fixtures = JSON.parse(readFileSync('tests/fixtures/memory/articles.json', 'utf8')) as Fixture[];
  const fixtureDrafts = fixtures.map((f) => memoryDraft({ ...f, analysis: analyze(f.text) }));
  await identityBench(fixtures, fixtureDrafts);

  const n = Number(process.env.BENCH_MEMORY_N ?? 10_000);
  const bases = readBaseTexts();
  const t0 = performance.now();
  const drafts = bases.map((b, i) => memoryDraft({ url: `https://base.example/${i}`, title: b.title, site: b.site, text: b.text, analysis: analyze(b.text) }));
  console.log(`\nScale: ${bases.length} real texts analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s; generating a history of ${n.toLocaleString('en-US')} articles from them.`);
  const { records, claims } = generate(n, drafts);
  const db = new DramatisDB(`bench-memory-${process.pid}`, { indexedDB, IDBKeyRange });
  await db.open();
  await db.settings.put({ key: 'historyDays', value: 3650 });
  const g0 = performance.now();
  await db.transaction('rw', db.history, db.historyClaims, db.historyNames, async () => {
    const ids = (await db.history.bulkAdd(records, { allKeys: true })) as number[];
    await db.historyClaims.bulkAdd(claims.flatMap((cs, i) => cs.map((c) => ({ ...c, historyId: ids[i] }))));
    for (const r of records) await noteNames(db, r.actors);
  });
  const totalClaims = await db.historyClaims.count();
  const totalMentions = records.reduce((s, r) => s + r.actors.reduce((t, a) => t + a.mentions, 0), 0);
  console.log(`Written in ${((performance.now() - g0) / 1000).toFixed(1)} s: ${n.toLocaleString('en-US')} articles, ${totalClaims.toLocaleString('en-US')} claims, ${totalMentions.toLocaleString('en-US')} mentions, ${(await db.historyNames.count()).toLocaleString('en-US')} names.\n`);

  // The actor of the page: the most frequent actor, and one of median frequency.
  const freq = new Map<string, number>();
  for (const r of records) for (const k of r.actorKeys) freq.set(k, (freq.get(k) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1]);
  const top = ranked[0][0];
  const mid = ranked[Math.floor(ranked.length / 2)][0];

  async function naiveActor(key: string) {
    const identity = (await resolveIdentityFromScan(db, key))!;
    const keys = new Set(identity);
    const all = await db.history.toArray();
    const mine = all.filter((r) => r.actorKeys.some((k) => keys.has(k)));
    const ids = new Set(mine.map((r) => r.id!));
    const allClaims = await db.historyClaims.toArray();
    const said = allClaims.filter((c) => ids.has(c.historyId) && c.sourceKey && keys.has(c.sourceKey));
    const co = new Map<string, number>();
    for (const r of mine) for (const k of r.actorKeys) if (!keys.has(k)) co.set(k, (co.get(k) ?? 0) + 1);
    return { articles: mine.length, said: said.length, co: co.size };
  }

  const rows: (string | number)[][] = [];
  for (const [label, key] of [
    [`actor page, most frequent (${top}, ${freq.get(top)} articles)`, top],
    [`actor page, median (${mid}, ${freq.get(mid)} articles)`, mid],
  ] as const) {
    const ours = await time(5, () => actorMemory(db, key, { maxClaims: 100_000 }));
    const scan = await time(3, () => naiveActor(key));
    const same = ours.value!.articles.length === scan.value.articles;
    rows.push([label, ms(ours.ms), ms(scan.ms), `${(scan.ms / ours.ms).toFixed(1)}x`, same ? 'same articles' : `DIFFER ${ours.value!.articles.length} vs ${scan.value.articles}`]);
  }

  // Seen before: a new article (a real text's claims) against the whole history (seenBeforeBench, below).
  const seen = await seenBeforeBench(db, drafts);
  rows.push(...seen.rows);

  const host = HOSTS[3];
  const prof = await time(5, () => outletProfile(db, host));
  const profScan = await time(3, async () => {
    const all = (await db.history.toArray()).filter((r) => r.host === host);
    const ids = new Set(all.map((r) => r.id!));
    const cs = (await db.historyClaims.toArray()).filter((c) => ids.has(c.historyId));
    return { articles: all.length, claims: cs.length };
  });
  rows.push([`outlet profile (${host}, ${prof.value.articles} articles)`, ms(prof.ms), ms(profScan.ms), `${(profScan.ms / prof.ms).toFixed(1)}x`, prof.value.articles === profScan.value.articles && prof.value.claims === profScan.value.claims ? 'same counts' : 'DIFFER']);

  // A history write on top of the 10,000: building the record (engine document) + writing it (background).
  const f = fixtures[0];
  const analysis = analyze(f.text);
  const buildTimes: number[] = [];
  const writeTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    const d = memoryDraft({ ...f, url: `https://write.example/${i}`, analysis });
    const m = performance.now();
    await rememberArticle(db, d, { incognito: false, now: T0 + 86 * DAY });
    writeTimes.push(performance.now() - m);
    buildTimes.push(m - s);
  }
  rows.push(['history write: record built (engine document)', ms(median(buildTimes)), '-', '-', 'off the page: after its answer']);
  rows.push(['history write: stored (background)', ms(median(writeTimes)), '-', '-', 'not awaited by the page']);

  table(['operation (median)', 'Dramatis ms', 'naive scan ms', 'ratio', 'check'], rows);
  console.log('');
  for (const line of seen.notes) console.log(line);

  const [h, c, nm] = await Promise.all([db.history.toArray(), db.historyClaims.toArray(), db.historyNames.toArray()]);
  const bytes = (xs: unknown[]) => xs.reduce((s: number, x) => s + Buffer.byteLength(JSON.stringify(x)), 0);
  const total = bytes(h) + bytes(c) + bytes(nm);
  console.log(`Storage per remembered article: ${Math.round(total / h.length).toLocaleString('en-US')} bytes of records (record ${Math.round(bytes(h) / h.length)}, claims ${Math.round(bytes(c) / h.length)}, names ${Math.round(bytes(nm) / h.length)}), as JSON; IndexedDB adds its indexes.`);
  console.log('Measured in Node on fake-indexeddb (a pure-JS IndexedDB), not in Chromium: absolute times are an upper bound of the browser\'s for index reads and a lower one for nothing; the ratios are the point.');
  await db.delete();
}

/** The identity the naive side uses: the same resolution, so both sides answer for the same keys. */
async function resolveIdentityFromScan(db: DramatisDB, key: string): Promise<string[] | null> {
  const { historyIdentity } = await import('../../lib/store/history-names');
  return (await historyIdentity(db, key))?.keys ?? null;
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

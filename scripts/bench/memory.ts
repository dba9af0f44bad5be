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
// (memory-chromium.ts: the extension's bench page, real IndexedDB). BENCH_MEMORY_N (or --n N) sets the history's size.
import { readFileSync } from 'node:fs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { actorNetwork, networkByIdentity, NETWORK_MAX_RECORDS } from '../../lib/store/history-network';
import { MemoryDirectory, nameEntry, resolveIdentity } from '../../lib/memory/identity';
import { memoryDraft, type MemoryDraft } from '../../lib/memory/record';
import { analyze } from '../../lib/nlp';
import { DramatisDB } from '../../lib/store/db';
import { historyRows, historyTables } from '../../lib/store/history';
import { rebuildAggregates } from '../../lib/store/history-aggregates';
import { historyIdentity, noteNames, storeDirectory } from '../../lib/store/history-names';
import type { ClaimProbe } from '../../lib/store/history-queries';
import { normalizeName } from '../../lib/store/names';
import { loadNodeModel } from '../lib/node-model';
import { benchActors, generateHistory, median, type GeneratedArticle } from './memory-history';
import { measureMemory, printRows } from './memory-measure';

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

  const { rows, indexBuildMs, indexSize } = await measureMemory(db, history, probeClaims(drafts), { runs: 5, scanRuns: 1 }, (line) => console.error(line));
  printRows(rows);
  console.log(`\nClaim index (MiniSearch over shingles) built from ${indexSize.toLocaleString('en-US')} claims in ${(indexBuildMs / 1000).toFixed(2)} s (once per background start, then kept in step).`);
  await networkAndIdentityBench(db, history);
  const bytes = (xs: unknown[]) => xs.reduce((s: number, x) => s + Buffer.byteLength(JSON.stringify(x)), 0);
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

// The reading history's library pages (issue 15: the Read view, the outlets compared, an outlet's page), IN CHROMIUM
// through Playwright on the test build. A history of BENCH_HISTORY_N (default 10,000) records with 20 claims each is
// generated (titles and claim words from the real texts of tests/fixtures/memory, 150 outlets of very unequal size,
// 25 actors a record from a pool of 2,000 names, a quarter of the claims anonymous, reads spread over 90 days) and
// bulk-added into the extension's database through the service worker. Then, median of 5 runs:
// - in the library page, each query the pages make (the store's functions, bundled) beside a naive full scan computing
//   the same in the same page (`toArray()` of the table, then filter, sort and cut in memory); both answers compared.
//   Queries served by the page's digest of the history (lib/store/history-digest.ts) are timed twice: "first in the
//   page" (the digest dropped before each run: what a page just opened pays) and with the digest built;
// - each page end to end: navigation until its rows are visible, and the longest main-thread task meanwhile
//   (PerformanceObserver "longtask", > 50 ms), i.e. whether the page froze.
// `npm run bench -- history-pages`. Needs Chromium (prints one line and returns without it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { HistoryClaimRecord, HistoryRecord } from '../../lib/store/schema';
import { launchWithExtension, serviceWorkerOf } from '../lib/chromium-extension';
// @ts-expect-error: plain ESM helper shared with the e2e runner
import { CHROMIUM_MISSING, findChromium } from '../find-chromium.mjs';

export const onlyWhenNamed = true;

const ROOT = process.cwd();
const N = Number(process.env.BENCH_HISTORY_N ?? 10_000);
const CLAIMS = 20;
const ACTORS = 25;
const HOSTS = 150;
const RUNS = 5;
const EXTENSION = join(ROOT, '.output/chrome-mv3-e2e');
const SEARCH = 'bridge';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dataset(n: number): { records: HistoryRecord[]; claims: Omit<HistoryClaimRecord, 'historyId'>[][] } {
  const fixtures = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/memory/articles.json'), 'utf8')) as { title: string; text: string }[];
  const sentences = fixtures.flatMap((f) => f.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30 && s.length < 400));
  const titles = fixtures.map((f) => f.title);
  const rnd = random(15);
  const names = Array.from({ length: 2000 }, (_, i) => `Person${i} Name${i % 97}`);
  const now = Date.now();
  const records: HistoryRecord[] = [];
  const claims: Omit<HistoryClaimRecord, 'historyId'>[][] = [];
  for (let i = 0; i < n; i++) {
    // Outlet sizes fall off like a power law: host 0 about a sixth of the reading, most hosts a handful of articles.
    const h = Math.min(HOSTS - 1, Math.floor(HOSTS * rnd() ** 3));
    const host = `outlet${h}.example`;
    const anonymousRate = 0.1 + 0.4 * ((h * 37) % 100) / 100;
    const actors = Array.from({ length: ACTORS }, (_, k) => {
      const name = names[Math.floor(rnd() * names.length)];
      return { key: `person:${name.toLowerCase()}#${k}`, name, type: 'person' as const, mentions: 1 + Math.floor(rnd() * 5), roles: [], aliases: [] };
    });
    const cs = Array.from({ length: CLAIMS }, () => {
      const anonymous = rnd() < anonymousRate;
      const speaker = actors[Math.floor(rnd() * 5)];
      return {
        text: sentences[Math.floor(rnd() * sentences.length)].slice(0, 200),
        kind: 'indirect' as const,
        source: anonymous ? 'officials' : speaker.name,
        sourceKey: anonymous ? null : speaker.key,
        anonymous: (anonymous ? 1 : 0) as 0 | 1,
        aboutKeys: [],
      };
    });
    records.push({
      url: `https://${host}/story/${i}`,
      host,
      title: `${titles[i % titles.length]} (${i})`,
      site: `Outlet ${h} News`,
      readAt: now - Math.floor(rnd() * 90 * 24 * 3600 * 1000),
      publishedAt: 0,
      actors,
      actorKeys: actors.map((a) => a.key),
      claims: CLAIMS,
      anonymous: cs.filter((c) => c.anonymous).length,
    });
    claims.push(cs);
  }
  return { records, claims };
}

/** The page side: the store's functions (their own Dexie connection) beside naive full scans, timed in the page. */
const PAGE_SIDE = `
import { DramatisDB } from './lib/store/db';
import { historyRows, listOutlets, outletArticles } from './lib/store/history-outlets';
import { forgetDigest } from './lib/store/history-digest';
import { outletProfile } from './lib/store/history-queries';
import { rebuildAggregates } from './lib/store/history-aggregates';
import { historyTables } from './lib/store/history';

const db = new DramatisDB();
// The seeding bulk-adds records and claims (not through rememberArticle), so the aggregates the outlet page reads are
// built once from them, as the schema upgrade does.
(globalThis as any).__rebuild = () => db.transaction('rw', historyTables(db), () => rebuildAggregates(db));
const fold = (s) => s.normalize('NFKD').replace(/\\p{M}+/gu, '').toLowerCase();

async function naive(op) {
  const all = await db.history.toArray();
  if (op.kind === 'rows') {
    const w = op.query ? fold(op.query) : null;
    const kept = w ? all.filter((r) => fold(r.title + '\\n' + r.site + '\\n' + r.host).includes(w)) : all;
    kept.sort((a, b) => b.readAt - a.readAt);
    return kept.slice(0, op.limit).map((r) => r.id);
  }
  if (op.kind === 'outlets') {
    const by = new Map();
    for (const r of all) {
      const o = by.get(r.host) ?? { host: r.host, articles: 0, claims: 0, anonymous: 0, last: 0 };
      o.articles++; o.claims += r.claims; o.anonymous += r.anonymous; o.last = Math.max(o.last, r.readAt);
      by.set(r.host, o);
    }
    return [...by.values()].sort((a, b) => b.articles - a.articles || b.last - a.last || a.host.localeCompare(b.host)).map((o) => o.host + ':' + o.articles + ':' + o.anonymous);
  }
  // The outlet page: its articles newest first, its claims and anonymous count, its top named sources (without the
  // articles for outletProfile alone).
  const mine = all.filter((r) => r.host === op.host).sort((a, b) => b.readAt - a.readAt || b.id - a.id);
  const ids = new Set(mine.map((r) => r.id));
  const claims = (await db.historyClaims.toArray()).filter((c) => ids.has(c.historyId) && !c.anonymous && c.sourceKey);
  const top = new Map();
  for (const c of claims) top.set(c.sourceKey, (top.get(c.sourceKey) ?? 0) + 1);
  const best = [...top.values()].sort((a, b) => b - a).slice(0, 5);
  const head = [mine.length, mine.reduce((n, r) => n + r.anonymous, 0), ...best];
  return op.kind === 'profile' ? head : [...head, ...mine.slice(0, 50).map((r) => r.id)];
}

async function dramatis(op) {
  // "cold": as in a page just opened, before the digest of the history is built.
  if (op.cold) forgetDigest(db);
  if (op.kind === 'rows') return (await historyRows(db, { query: op.query, limit: op.limit })).rows.map((r) => r.id);
  if (op.kind === 'outlets') return (await listOutlets(db)).outlets.map((o) => o.host + ':' + o.articles + ':' + o.anonymous);
  if (op.kind === 'profile') {
    const p = await outletProfile(db, op.host);
    return [p.articles, p.anonymous, ...p.topSources.map((s) => s.claims)];
  }
  const [profile, articles] = await Promise.all([outletProfile(db, op.host), outletArticles(db, op.host, { limit: 50 })]);
  return [profile.articles, profile.anonymous, ...profile.topSources.map((s) => s.claims), ...articles.rows.map((r) => r.id)];
}

const longTasks = [];
try {
  new PerformanceObserver((l) => longTasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
} catch {}

globalThis.__bench = async (op, isNaive) => {
  const t0 = performance.now();
  const out = isNaive ? await naive(op) : await dramatis(op);
  const t1 = performance.now();
  // Let the observer deliver, then the longest main-thread task that began during the call.
  await new Promise((r) => setTimeout(r, 50));
  const longest = Math.max(0, ...longTasks.filter(([s]) => s >= t0 && s <= t1).map(([, d]) => d));
  return { ms: t1 - t0, longest, out: JSON.stringify(out) };
};
`;

async function pageBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: PAGE_SIDE, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-history-page.ts' },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

type Op = ({ kind: 'rows'; query?: string; limit: number } | { kind: 'outlets' } | { kind: 'outlet' | 'profile'; host: string }) & { cold?: boolean };

async function measure(page: Page, op: Op) {
  const t = { mine: [] as number[], naive: [] as number[], longest: 0 };
  let same = true;
  for (let r = 0; r < RUNS; r++) {
    const got: Record<string, { ms: number; longest: number; out: string }> = {};
    for (const isNaive of r % 2 === 0 ? [false, true] : [true, false]) {
      got[isNaive ? 'naive' : 'mine'] = (await page.evaluate(([o, n]) => (globalThis as any).__bench(o, n), [op, isNaive] as const)) as { ms: number; longest: number; out: string };
    }
    t.mine.push(got.mine.ms);
    t.naive.push(got.naive.ms);
    t.longest = Math.max(t.longest, got.mine.longest);
    if (got.mine.out !== got.naive.out) same = false;
  }
  return { mine: median(t.mine), naive: median(t.naive), longest: t.longest, same };
}

/** Opens a library route and waits for `ready`; the time, and the longest main-thread task meanwhile. */
async function pageLoad(page: Page, url: string, ready: string): Promise<{ ms: number; longest: number }> {
  const e2e: number[] = [];
  const longest: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await page.goto('about:blank');
    const start = performance.now();
    await page.goto(url);
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 120_000 });
    e2e.push(performance.now() - start);
    await page.waitForTimeout(300);
    longest.push((await page.evaluate(`window.__longest ?? 0`)) as number);
  }
  return { ms: median(e2e), longest: Math.max(...longest) };
}

export async function run(): Promise<void> {
  const executablePath: string | null = findChromium();
  if (!executablePath) {
    console.log(CHROMIUM_MISSING);
    return;
  }
  if (!existsSync(join(EXTENSION, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'pipe' });
  const { records, claims } = dataset(N);
  const bundle = await pageBundle();
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-bench-history-'));
  const context = await launchWithExtension(profile, { executablePath, headless: true, extensionDir: EXTENSION });
  try {
    const worker = await serviceWorkerOf(context);
    const id = new URL(worker.url()).host;
    const t0 = performance.now();
    const CHUNK = 500;
    for (let i = 0; i < records.length; i += CHUNK) {
      await worker.evaluate(
        async ([rs, cs]) => {
          const db = (globalThis as any).dramatis.db;
          await db.transaction('rw', db.history, db.historyClaims, async () => {
            const ids = (await db.history.bulkAdd(rs, { allKeys: true })) as number[];
            await db.historyClaims.bulkAdd(ids.flatMap((historyId, k) => cs[k].map((c: object) => ({ ...c, historyId }))));
          });
        },
        [records.slice(i, i + CHUNK), claims.slice(i, i + CHUNK)] as const,
      );
    }
    const counts = await worker.evaluate(async () => {
      const db = (globalThis as any).dramatis.db;
      return [await db.history.count(), await db.historyClaims.count()] as [number, number];
    });
    const topHost = 'outlet0.example';
    const topCount = records.filter((r) => r.host === topHost).length;
    console.log(`Seeded ${counts[0]} history records and ${counts[1]} claims in ${fmt(performance.now() - t0)} ms (largest outlet: ${topCount} articles).\n`);

    const page = await context.newPage();
    const a0 = performance.now();
    await page.goto(`chrome-extension://${id}/library.html#/read`);
    await page.evaluate(bundle);
    await page.evaluate(() => (globalThis as any).__rebuild());
    console.log(`Aggregates built from them in ${fmt(performance.now() - a0)} ms.\n`);
    // The longest task on the main thread, recorded from the page's start.
    await page.addInitScript(`window.__longest = 0; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}`);
    const base = `chrome-extension://${id}/library.html`;
    const loads = [
      // A reference, not a baseline: the library's existing first page (the saved articles; none are saved here), so the
      // cost of opening the library page itself on this machine is visible beside the history's pages.
      ['Saved (the existing list page, empty), for reference', await pageLoad(page, `${base}#/`, '.dr-state')],
      ['Read view, first 100 rows', await pageLoad(page, `${base}#/read`, '.dr-history__row')],
      ['Outlets compared', await pageLoad(page, `${base}#/outlets`, '.dr-outlets__row')],
      [`Outlet page, largest outlet (${topCount} articles)`, await pageLoad(page, `${base}#/outlet/${topHost}`, '[data-outlet="compare"]')],
    ] as const;
    await page.goto(`${base}#/read`);
    await page.locator('.dr-history__row').first().waitFor();
    await page.evaluate(bundle);
    const ops: [string, Op][] = [
      ['historyRows, first 100', { kind: 'rows', limit: 100 }],
      [`historyRows, search "${SEARCH}", first 100, first search in the page (builds the digest)`, { kind: 'rows', query: SEARCH, limit: 100, cold: true }],
      [`historyRows, search "${SEARCH}", first 100, digest built`, { kind: 'rows', query: SEARCH, limit: 100 }],
      ['historyRows, search with no match, digest built', { kind: 'rows', query: 'zzzqx', limit: 100 }],
      ['listOutlets (and the average), first in the page (builds the digest)', { kind: 'outlets', cold: true }],
      ['listOutlets (and the average), digest built', { kind: 'outlets' }],
      [`outletProfile + outletArticles, largest outlet`, { kind: 'outlet', host: topHost }],
      [`outletProfile alone, largest outlet`, { kind: 'profile', host: topHost }],
      [`outletProfile + outletArticles, outlet149`, { kind: 'outlet', host: 'outlet149.example' }],
    ];
    console.log('| query, in the library page | Dramatis (ms) | naive full scan (ms) | same answer | Dramatis: longest main-thread task (ms) |');
    console.log('|---|---|---|---|---|');
    for (const [label, op] of ops) {
      const m = await measure(page, op);
      console.log(`| ${label} | ${fmt(m.mine)} | ${fmt(m.naive)} | ${m.same ? 'yes' : 'NO'} | ${fmt(m.longest)} |`);
    }
    console.log('\n| page, navigation until its rows are visible | median (ms) | longest main-thread task (ms) |');
    console.log('|---|---|---|');
    for (const [label, l] of loads) console.log(`| ${label} | ${fmt(l.ms)} | ${fmt(l.longest)} |`);
    console.log(`\n(${N} records, ${CLAIMS} claims each, ${RUNS} runs, medians; Chromium ${context.browser()?.version() ?? ''}.)`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// Store benchmark, run IN CHROMIUM through Playwright on the built extension: 10,000 saved articles generated from the
// fixture texts (scripts/lib/generate-articles.ts) are saved with the store's own `saveArticle` (in Node, on
// fake-indexeddb; the records and cards are cached in the temp directory, keyed by the store and fixture sources), then
// bulk-added into the REAL extension database through the service worker. In the library page (an extension page on
// that database) it times, median of 5 runs (alternating which side goes first), Dramatis's store calls beside a naive
// full scan done in the same page (`db.articles.toArray()`, then filter and sort in memory):
//   - library first render: library.html opened until its first row is visible, beside the SAME page, components and
//     navigation whose list is loaded by a naive full scan (`library.html?source=scan`, the list page's read-only bench
//     seam: every record read, then filtered, sorted and cut to the first page in memory). Printed end to end
//     (navigation until the first row is visible, timed in Node) and "data to first row" (the list page's
//     `dramatis:list-mount` -> `dramatis:list-rows` performance marks, i.e. without the navigation and React mount
//     common to both sides); the rendered rows' titles of both sides are compared. Also the store call behind it
//     (`listArticles`, first page and the whole list);
//   - word search (`searchArticles`): "militias" (a third of the articles) and a word found in one article;
//   - filter by actor (`listArticles` with `filter.actor`);
//   - export (`exportAll`, no baseline).
// Results of both sides are compared (same ids in the same order; rendered titles for the first render), so a fast wrong
// answer cannot pass. BENCH_STORE_N=1000 uses fewer articles while developing (the figures to report are at 10,000).
// `npm run bench -- store`. Needs Chromium (prints one line and returns without it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { saveArticle } from '../../lib/store/articles';
import { DramatisDB } from '../../lib/store/db';
import type { ArticleRecord, CardRecord } from '../../lib/store/schema';
import { generateArticles } from '../lib/generate-articles';
import { launchWithExtension, serviceWorkerOf } from '../lib/chromium-extension';
// @ts-expect-error: plain ESM helper shared with the e2e runner
import { CHROMIUM_MISSING, findChromium } from '../find-chromium.mjs';

const ROOT = process.cwd();
const N = Number(process.env.BENCH_STORE_N ?? 10_000);
/** A library page's worth of rows. */
const PAGE = 50;
const RUNS = 5;
const RENDER_RUNS = 5;
const COMMON_WORD = 'militias';
/** generateArticles puts "Story number w<i>x." in article i only. */
const RARE_WORD = 'w4321x';
const ACTOR = 'person:mike pompeo';
/** generateArticles tags every tenth article "sample" and spreads the articles over 37 sites. */
const TAG = 'sample';
const SITE = 'site5.example';
const SOURCE_DIRS = ['entrypoints', 'lib', 'components', 'public', 'assets'];

interface Dataset {
  articles: ArticleRecord[];
  cards: CardRecord[];
}

function filesUnder(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else out.push(p);
  }
  return out;
}

/** The test build: it keeps the seams this bench uses (`globalThis.dramatis`, `library.html?source=scan`). */
const EXTENSION = join(ROOT, '.output/chrome-mv3-e2e');

/** Builds the Chrome test build when it is missing or older than any source file. */
function ensureBuilt(): void {
  const manifest = join(EXTENSION, 'manifest.json');
  const sources = [...SOURCE_DIRS.flatMap((d) => filesUnder(join(ROOT, d))), join(ROOT, 'wxt.config.ts'), join(ROOT, 'package.json')].filter(
    (f) => existsSync(f) && !/\.test\.tsx?$/.test(f),
  );
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newest) return;
  console.log('Building the extension (npx wxt build --mode e2e) ...');
  try {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    console.log(`${err.stdout ?? ''}${err.stderr ?? ''}`);
    throw e;
  }
}

/** The records `saveArticle` makes for the generated articles (and the cards it fills), cached by source hash. */
async function dataset(n: number): Promise<Dataset> {
  const hash = createHash('sha1').update(String(n));
  const inputs = [...filesUnder(join(ROOT, 'lib/store')), join(ROOT, 'scripts/lib/generate-articles.ts'), join(ROOT, 'scripts/lib/store-articles.ts')]
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const f of inputs) hash.update(f).update(readFileSync(f));
  const cache = join(tmpdir(), `dramatis-bench-store-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Dataset;
  console.log(`Saving ${n} generated articles with saveArticle (fake-indexeddb; cached in ${cache}) ...`);
  const name = `dramatis-bench-${process.pid}`;
  const db = new DramatisDB(name, { indexedDB, IDBKeyRange });
  try {
    for (const input of generateArticles(n)) await saveArticle(db, input);
    const data = { articles: await db.articles.toArray(), cards: await db.cards.toArray() };
    // Older caches (from earlier store sources) are dropped: one 20 MB file at a time.
    for (const f of readdirSync(tmpdir())) {
      if (/^dramatis-bench-store-[0-9a-f]{16}\.json$/.test(f)) rmSync(join(tmpdir(), f), { force: true });
    }
    writeFileSync(cache, JSON.stringify(data));
    return data;
  } finally {
    db.close();
    await db.delete();
  }
}

/**
 * The page side, bundled with the store's own functions (its own Dexie connection to the extension's database):
 * `__bench(op, naive)` runs one operation the Dramatis way or by a naive full scan and returns its time and result
 * ids. Both sides list the reading list (not archived) newest first (savedAt desc, then id desc), as the library does.
 * (Bundled rather than passed to page.evaluate as a function: tsx's helpers do not exist in the page.)
 */
const PAGE_SIDE = `
import { DramatisDB } from './lib/store/db';
import { listArticles, searchArticles } from './lib/store/articles';
import { exportAll } from './lib/store/export-import';
import type { ArticleRecord } from './lib/store/schema';

const db = new DramatisDB();

async function naiveScan(op: any): Promise<ArticleRecord[]> {
  const all = await db.articles.toArray();
  let kept: ArticleRecord[];
  if (op.kind === 'list') kept = all.filter((a) => !a.archived);
  else if (op.kind === 'actor') kept = all.filter((a) => !a.archived && a.actorKeys.includes(op.key));
  else if (op.kind === 'tag') kept = all.filter((a) => !a.archived && a.tags.includes(op.tag));
  else if (op.kind === 'site') kept = all.filter((a) => !a.archived && a.host === op.site);
  else {
    // A word starting with the query (the search's last word is a prefix) in title, text or actor names: one
    // case-insensitive regular expression per record (cheaper than tokenizing, so the baseline is not padded).
    const re = new RegExp('(?:^|[^\\\\p{L}\\\\p{N}])' + op.word, 'iu');
    kept = all.filter((a) => {
      if (a.archived) return false;
      if (re.test(a.title) || re.test(a.text)) return true;
      return (a.analysis?.actors ?? []).some((x) => re.test(x.name) || (x.aliases ?? []).some((n) => re.test(n)));
    });
  }
  kept.sort((a, b) => b.savedAt - a.savedAt || b.id! - a.id!);
  return op.limit === undefined ? kept : kept.slice(0, op.limit);
}

async function dramatis(op: any): Promise<ArticleRecord[]> {
  if (op.kind === 'export') return (await exportAll(db)).articles as ArticleRecord[];
  if (op.kind === 'list') return listArticles(db, { limit: op.limit });
  if (op.kind === 'actor') return listArticles(db, { filter: { actor: op.key }, limit: op.limit });
  if (op.kind === 'tag') return listArticles(db, { filter: { tag: op.tag }, limit: op.limit });
  if (op.kind === 'site') return listArticles(db, { filter: { site: op.site }, limit: op.limit });
  return searchArticles(db, op.word, { archived: false, limit: op.limit });
}

(globalThis as any).__bench = async (op: any, naive: boolean) => {
  const t0 = performance.now();
  const rows = naive ? await naiveScan(op) : await dramatis(op);
  return { ms: performance.now() - t0, ids: rows.map((r) => r.id) };
};
`;

async function pageBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: PAGE_SIDE, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-store-page.ts' },
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

interface Timed {
  ms: number;
  ids: number[];
}

type Op =
  | { kind: 'list'; limit?: number }
  | { kind: 'search'; word: string; limit?: number }
  | { kind: 'actor'; key: string; limit?: number }
  | { kind: 'tag'; tag: string; limit?: number }
  | { kind: 'site'; site: string; limit?: number }
  | { kind: 'export' };

async function timeInPage(page: Page, op: Op, naive: boolean): Promise<Timed> {
  return page.evaluate(([op, naive]) => (globalThis as any).__bench(op, naive), [op, naive] as const);
}

async function measure(page: Page, op: Op, withNaive: boolean) {
  const mine: number[] = [];
  const naive: number[] = [];
  let count = 0;
  let same = true;
  for (let r = 0; r < RUNS; r++) {
    // Alternate which side runs first, so neither always gets the warmer cache.
    const order = r % 2 === 0 ? [false, true] : [true, false];
    const got: Partial<Record<'mine' | 'naive', Timed>> = {};
    for (const isNaive of order) {
      if (isNaive && !withNaive) continue;
      got[isNaive ? 'naive' : 'mine'] = await timeInPage(page, op, isNaive);
    }
    mine.push(got.mine!.ms);
    count = got.mine!.ids.length;
    if (got.naive) {
      naive.push(got.naive.ms);
      if (got.naive.ids.join() !== got.mine!.ids.join()) same = false;
    }
  }
  return { mine: median(mine), naive: withNaive ? median(naive) : null, count, same };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

export async function run(): Promise<void> {
  const executablePath: string | null = findChromium();
  if (!executablePath) {
    console.log(CHROMIUM_MISSING);
    return;
  }
  ensureBuilt();
  const data = await dataset(N);
  const bundle = await pageBundle();
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-bench-profile-'));
  const context = await launchWithExtension(profile, { executablePath, headless: true, extensionDir: EXTENSION });
  try {
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const t0 = performance.now();
    const CHUNK = 1000;
    for (let i = 0; i < data.articles.length; i += CHUNK) {
      await worker.evaluate(async (rows) => {
        await (globalThis as any).dramatis.db.articles.bulkAdd(rows);
      }, data.articles.slice(i, i + CHUNK));
    }
    await worker.evaluate(async (cards) => {
      await (globalThis as any).dramatis.db.cards.bulkAdd(cards);
    }, data.cards);
    const seeded = await worker.evaluate(() => (globalThis as any).dramatis.db.articles.count() as Promise<number>);
    console.log(`Seeded ${seeded} articles and ${data.cards.length} cards into the extension database in ${fmt(performance.now() - t0)} ms.\n`);

    // (1) Library first render: the same library.html, components and navigation on both sides; only the list's data
    // source differs (`?source=scan`, the page's read-only bench seam: a full scan, sort and first page in memory).
    // Timed end to end (goto until the first row is visible) and from the list page's mount to its first rows in the
    // DOM (performance marks set by the page), alternating which side goes first; the rows' titles are compared.
    const library = await context.newPage();
    const url = `chrome-extension://${extensionId}/library.html#/`;
    const naiveUrl = `chrome-extension://${extensionId}/library.html?source=scan#/`;
    const renderOnce = async (naive: boolean) => {
      await library.goto('about:blank');
      const start = performance.now();
      await library.goto(naive ? naiveUrl : url);
      await library.locator('li.dr-article').first().waitFor({ state: 'visible', timeout: 120_000 });
      const endToEnd = performance.now() - start;
      // A string, not a function: tsx's helpers (__name) do not exist in the page.
      const page = (await library.evaluate(`({
        dataToRow: (performance.getEntriesByName('dramatis:list-rows')[0]?.startTime ?? NaN) -
          (performance.getEntriesByName('dramatis:list-mount')[0]?.startTime ?? NaN),
        titles: [...document.querySelectorAll('li.dr-article')].map((li) => li.getAttribute('aria-label') ?? ''),
      })`)) as { dataToRow: number; titles: string[] };
      if (!Number.isFinite(page.dataToRow)) throw new Error('library.html set no dramatis:list-mount / dramatis:list-rows marks');
      return { endToEnd, ...page };
    };
    const e2e = { mine: [] as number[], naive: [] as number[] };
    const dataToRow = { mine: [] as number[], naive: [] as number[] };
    let renderedRows = 0;
    let sameRows = true;
    for (let r = 0; r < RENDER_RUNS; r++) {
      const got: { mine?: Awaited<ReturnType<typeof renderOnce>>; naive?: Awaited<ReturnType<typeof renderOnce>> } = {};
      for (const isNaive of r % 2 === 0 ? [false, true] : [true, false]) got[isNaive ? 'naive' : 'mine'] = await renderOnce(isNaive);
      for (const side of ['mine', 'naive'] as const) {
        e2e[side].push(got[side]!.endToEnd);
        dataToRow[side].push(got[side]!.dataToRow);
      }
      renderedRows = got.mine!.titles.length;
      if (got.mine!.titles.join('\u0000') !== got.naive!.titles.join('\u0000')) sameRows = false;
    }
    await library.goto(url);
    await library.locator('li.dr-article').first().waitFor({ state: 'visible', timeout: 120_000 });
    await library.evaluate(bundle);

    const list = await measure(library, { kind: 'list', limit: PAGE }, true);
    const listAll = await measure(library, { kind: 'list' }, true);
    const common = await measure(library, { kind: 'search', word: COMMON_WORD, limit: PAGE }, true);
    const commonAll = await measure(library, { kind: 'search', word: COMMON_WORD }, true);
    const rare = await measure(library, { kind: 'search', word: RARE_WORD }, true);
    const actor = await measure(library, { kind: 'actor', key: ACTOR, limit: PAGE }, true);
    const actorAll = await measure(library, { kind: 'actor', key: ACTOR }, true);
    const tag = await measure(library, { kind: 'tag', tag: TAG, limit: PAGE }, true);
    const site = await measure(library, { kind: 'site', site: SITE, limit: PAGE }, true);
    const exported = await measure(library, { kind: 'export' }, false);

    const rows: string[] = [];
    const row = (name: string, m: { mine: number; naive: number | null; count: number; same: boolean }, targeted = true, naiveMs = m.naive) => {
      const ratio = naiveMs === null ? null : naiveMs / m.mine;
      const met = !targeted || ratio === null ? '–' : ratio >= 10 ? 'met' : '**not met**';
      const check = m.same ? '' : ' (results differ!)';
      rows.push(`| ${name} | ${m.count} | ${fmt(m.mine)} | ${naiveMs === null ? '–' : fmt(naiveMs)} | ${ratio === null ? '–' : ratio.toFixed(ratio < 1 ? 2 : 1) + 'x'} | ${met}${check} |`);
    };
    row(`library first render, end to end: library.html navigation until the first row is visible, ${renderedRows} rows (naive: the same page with ?source=scan)`, {
      mine: median(e2e.mine),
      naive: median(e2e.naive),
      count: renderedRows,
      same: sameRows,
    });
    row('library first render, data to first row: list page mounted until its first rows are in the DOM (performance marks)', {
      mine: median(dataToRow.mine),
      naive: median(dataToRow.naive),
      count: renderedRows,
      same: sameRows,
    });
    row(`library first page: listArticles, ${PAGE} rows`, list);
    row('library whole list: listArticles, no limit (no paging)', listAll);
    row(`search "${COMMON_WORD}": searchArticles, first ${PAGE}`, common);
    row(`search "${COMMON_WORD}": searchArticles, all matches (no paging)`, commonAll);
    row(`search "${RARE_WORD}" (one article): searchArticles`, rare);
    row(`filter by actor ${ACTOR}: listArticles, first ${PAGE}`, actor);
    row(`filter by actor ${ACTOR}: listArticles, all matches`, actorAll);
    row(`(other filters) tag "${TAG}" (1 in 10): listArticles, first ${PAGE}`, tag);
    row(`(other filters) site ${SITE} (1 in 37): listArticles, first ${PAGE}`, site);
    row('export: exportAll (whole database)', exported, false);

    console.log(`${seeded} articles (${(JSON.stringify(data.articles).length / 1e6).toFixed(1)} MB of records), Chromium headless, median of ${RUNS} runs (page render: ${RENDER_RUNS}).`);
    console.log(
      'Naive scan: db.articles.toArray() in the same page, then filter and sort in memory. First render: the same library.html, React components and navigation, its list loaded by that scan (library.html?source=scan) instead of the store\'s index; rows\' titles compared.\n',
    );
    console.log('| operation | rows | Dramatis ms | naive scan ms | ratio | target (>= 10x) |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const r of rows) console.log(r);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

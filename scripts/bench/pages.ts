// Page bench (`npm run bench -- pages`): what Dramatis costs on real news pages, in Chromium through Playwright.
//
// Pages: the L3S-GN1 Google News set (621 English news pages from 408 sites, 2008; research use only, so it is read
// from outside the repository: $DRAMATIS_PAGES_DIR, default ../data/l3s-gn1, with the pages in `original/`), plus a
// control group of pages where Dramatis should not run (the repository's non-article and French fixtures, and
// synthetic German-article, search-listing and section-front pages from pages-synthetic.ts).
//
// Every page is served from a local server on 127.0.0.1 and loaded twice, in two persistent contexts of the same
// Chromium with the same flags: one WITH the built extension, one WITHOUT any extension, alternating which goes first.
// Every request that is not to the local server is aborted (the pages' old ads, scripts and images), and the browser
// resolves no other host (--host-resolver-rules), so only localhost traffic leaves either browser.
//
// Measured per load (definitions; the figures are printed by `summarize` below). Every third pair (--trace-every) is
// traced on both sides for "our tasks"; the times (first highlight, main-thread) are summarized over the untraced
// pairs, because the V8 CPU profiler slows scripts down (the traced pairs' figures are printed beside them).
//   - time to first highlight: an init script in the page's main world polls `CSS.highlights` at every animation
//     frame (the registry is shared with the content script's isolated world) and keeps `performance.now()` of the
//     first frame where a `dramatis-*` highlight has at least one range; minus the navigation entry's
//     `domContentLoadedEventStart`. Granularity: one frame (about 16 ms). No highlight within --highlight-timeout
//     (5 s) after the load event = "no highlight".
//   - main-thread time: CDP `Performance.getMetrics` read on the page's session before navigating and again `--settle`
//     ms (2 s) after DOMContentLoaded: `TaskDuration` (wall time of the renderer main thread's tasks) and `ThreadTime`
//     (its CPU time, which suffers less when other processes compete for the cores); "extra" = with minus without,
//     page by page. Both sides run the same init script, tracing and CDP domains, so their cost cancels out.
//   - our tasks: a Chrome trace (timeline + V8 CPU profiler) over the same window; a task is "ours" when it is a
//     top-level `RunTask` on a renderer main thread that contains a timeline script event with a chrome-extension://
//     URL or a CPU sample with extension code on its stack (see ourTasks in pages-lib.ts). Its whole duration counts,
//     as wall time (what the Long Tasks API would see) and as thread CPU time.
//   - DOM: `document.documentElement.outerHTML` at the settle point on both sides. When they differ, the page is
//     loaded once more without the extension: if the two extension-free loads differ too, the page changes by itself
//     (timers, dates, random ids) and the pair says nothing about Dramatis; otherwise the difference is counted as ours.
//   - page errors: `pageerror` messages with the extension that the load without it did not have (when there are some,
//     the page is loaded once more without it, and only messages neither extension-free load had count); and exceptions
//     reported by CDP (Runtime.exceptionThrown, all worlds) whose URL or stack is in chrome-extension:// code.
//   - extension requests: requests made by the extension's service worker (Playwright marks them), requests whose CDP
//     initiator stack has a chrome-extension:// frame (content-script fetch/XHR/images), and chrome-extension://
//     frames in the page. Hovering (which opens the card iframe) is never done by this bench.
//
// Options: --limit N (L3S pages, first N by file name; default 60, 0 = all 621), --ext DIR (another build; default
// .output/chrome-mv3), --verbose (one row per page), --settle MS, --highlight-timeout MS, --trace-every N, --no-trace,
// --control-repeat N, --controls-only, --no-controls, --without-only (both sides without the extension: the noise).
// One unmeasured warm-up pair first; fresh browsers every 100 pairs. Ctrl-C (or SIGTERM) stops after the current pair
// and still prints the summary of the pairs done. A pair takes about 8 s (settle, highlight wait), all 621 about 90 min.
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
// @ts-expect-error: plain ESM helper shared with the e2e runner
import { CHROMIUM_MISSING, findChromium } from '../find-chromium.mjs';
import { CHROMIUM_ARGS } from '../lib/chromium-extension';
import {
  firstDifference,
  fmt,
  initiatedBy,
  isTraced,
  ourTasks,
  parseOptions,
  percentile,
  selectPages,
  table,
  type OurTasks,
  type PagesOptions,
  type TraceEvent,
} from './pages-lib';
import { syntheticPages } from './pages-synthetic';

const ROOT = process.cwd();
const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');
/** The repository's pages where Dramatis should not run by itself (not an article / not English). */
const FIXTURE_CONTROLS = ['not-article.html', 'french.html', 'french-lang.html'];
const EXT_PREFIX = 'chrome-extension://';
const LONG_TASK_MS = 50;
/** Hard limit for one load (navigation, settle, highlight wait, trace); a load that exceeds it is a failure. */
const LOAD_LIMIT_MS = 60_000;
/** Fresh browsers every so many pages, so one long run does not measure a browser's accumulated state. */
const RECYCLE_EVERY = 100;
const COMMON_ARGS = [
  ...CHROMIUM_ARGS,
  // Belt and braces beside the request routing: no host but the local server resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Main-world init script: remembers the first animation frame with a dramatis-* highlight (see the header). */
const INIT_SCRIPT = `(() => {
  if (window.top !== window) return;
  const raf = window.requestAnimationFrame.bind(window);
  const now = performance.now.bind(performance);
  const registry = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights : null;
  const state = { first: null, stopped: false };
  Object.defineProperty(window, Symbol.for('dramatis-bench'), { value: state });
  const tick = () => {
    if (state.stopped) return;
    if (state.first === null && registry) {
      for (const [name, h] of registry) {
        if (name.startsWith('dramatis-') && h.size > 0) { state.first = now(); break; }
      }
    }
    raf(tick);
  };
  raf(tick);
})();`;

/** The page's clock: now, DOMContentLoaded, load, first highlight (ms since navigation start, null when not yet). */
const READ_STATE = `(() => {
  const s = window[Symbol.for('dramatis-bench')] || { first: null };
  const nav = performance.getEntriesByType('navigation')[0];
  return { now: performance.now(), dcl: nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null,
    load: nav && nav.loadEventStart > 0 ? nav.loadEventStart : null, first: s.first };
})()`;
const STOP_POLLING = `(() => { const s = window[Symbol.for('dramatis-bench')]; if (s) s.stopped = true; })()`;
const HIGHLIGHT_NAMES = `[...CSS.highlights.keys()].filter((n) => n.startsWith('dramatis-'))`;

type Side = 'with' | 'without';

interface Load {
  error?: string;
  /** ms after DOMContentLoaded of the first frame with a dramatis-* highlight; null = none within the timeout. */
  firstHighlight: number | null;
  /** TaskDuration (wall) and ThreadTime (CPU), ms, from before navigation to the settle point. */
  taskMs: number;
  cpuMs: number;
  ours: OurTasks | null;
  dom: string;
  pageErrors: string[];
  extExceptions: string[];
  /** Requests initiated by extension code in the page, or made by the service worker during this load. */
  extRequests: string[];
  extFrames: string[];
  highlightNames: string[];
}

interface PageResult {
  group: 'l3s' | 'control';
  name: string;
  traced: boolean;
  with?: Load;
  without?: Load;
  error?: string;
  /** identical | page-changes-itself | ours */
  dom?: 'identical' | 'page-changes-itself' | 'ours';
  domDiff?: ReturnType<typeof firstDifference>;
  newPageErrors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pagesDir(): string {
  const dir = process.env.DRAMATIS_PAGES_DIR ? resolve(process.env.DRAMATIS_PAGES_DIR) : resolve(ROOT, '../data/l3s-gn1');
  return existsSync(join(dir, 'original')) ? join(dir, 'original') : dir;
}

/** Serves /l3s/<file> (the page's own charset declaration decides), /controls/<file>; everything else is a 404. */
async function startServer(l3sDir: string): Promise<{ server: Server; base: string }> {
  const synthetic = syntheticPages();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const name = basename(path);
    let body: string | Buffer | null = null;
    let type = 'text/html';
    try {
      if (path === `/l3s/${name}` && name.endsWith('.html')) body = readFileSync(join(l3sDir, name));
      else if (path === `/controls/${name}` && synthetic[name]) (body = synthetic[name]), (type = 'text/html; charset=utf-8');
      else if (path === `/controls/${name}` && FIXTURE_CONTROLS.includes(name)) {
        body = readFileSync(join(FIXTURE_PAGES, name));
        type = 'text/html; charset=utf-8';
      }
    } catch {
      body = null;
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}

/** One browser side: a persistent context with or without the extension, every non-local request aborted. */
class Browser {
  context!: BrowserContext;
  private profile = '';
  /** Requests the extension's service worker made since the last `takeWorkerRequests`. */
  private workerRequests: string[] = [];

  constructor(
    readonly side: Side,
    private readonly executablePath: string,
    private readonly ext: string | null,
    private readonly base: string,
  ) {}

  async open(): Promise<void> {
    this.profile = mkdtempSync(join(tmpdir(), `dramatis-bench-pages-${this.side}-`));
    const args = this.ext ? [`--disable-extensions-except=${this.ext}`, `--load-extension=${this.ext}`, ...COMMON_ARGS] : COMMON_ARGS;
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: this.executablePath,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args,
      // run() handles Ctrl-C / SIGTERM itself (finish the pair, print, close), so Playwright must not close on them.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    await this.context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith(`${this.base}/`) ? route.continue() : route.abort('blockedbyclient');
    });
    this.context.on('request', (r) => {
      if (r.serviceWorker()) this.workerRequests.push(r.url());
    });
    await this.context.addInitScript({ content: INIT_SCRIPT });
    if (this.ext) {
      const worker = this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker', { timeout: 15_000 }));
      if (!worker.url().startsWith(EXT_PREFIX)) throw new Error(`unexpected service worker ${worker.url()}`);
      await sleep(500); // let the background finish its start-up (onInstalled) before the first measured page
    }
    // Pages the extension might open by itself (none expected) would show up here.
    for (const p of this.context.pages()) if (p.url() !== 'about:blank') this.workerRequests.push(`tab ${p.url()}`);
  }

  takeWorkerRequests(): string[] {
    const r = this.workerRequests;
    this.workerRequests = [];
    return r;
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => {});
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }
}

/** The main thread's task time so far (wall) and CPU time, ms. */
async function mainThreadMs(cdp: CDPSession): Promise<{ task: number; cpu: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: ms('TaskDuration'), cpu: ms('ThreadTime') };
}

/** Loads `url` once on one side and measures it (see the header for the definitions). */
async function loadOnce(browser: Browser, url: string, o: PagesOptions, side: Side, trace: boolean): Promise<Load> {
  browser.takeWorkerRequests();
  const page: Page = await browser.context.newPage();
  const pageErrors: string[] = [];
  const extExceptions: string[] = [];
  const extRequests: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message.split('\n')[0]));
  let tracing: Promise<TraceEvent[]> | null = null;
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    await cdp.send('Runtime.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      if (initiatedBy(e.initiator as never) || (e.request.url.startsWith(EXT_PREFIX) && e.type !== 'Document')) extRequests.push(e.request.url);
    });
    cdp.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      const urls = [d.url ?? '', ...(d.stackTrace?.callFrames ?? []).map((f) => f.url)];
      if (urls.some((u) => u.startsWith(EXT_PREFIX))) extExceptions.push(d.exception?.description?.split('\n')[0] ?? d.text);
    });
    if (trace) {
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      tracing = new Promise((r) => cdp.once('Tracing.tracingComplete', () => r(events)));
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'],
        },
        transferMode: 'ReportEvents',
      });
    }
    const before = await mainThreadMs(cdp);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    let state = (await page.evaluate(READ_STATE)) as { now: number; dcl: number | null; load: number | null; first: number | null };
    for (let i = 0; state.dcl === null && i < 50; i++) {
      await sleep(20);
      state = (await page.evaluate(READ_STATE)) as typeof state;
    }
    if (state.dcl === null) throw new Error('no DOMContentLoaded');
    const dcl = state.dcl;
    await sleep(Math.max(0, dcl + o.settleMs - state.now));
    // The settle point: task time, trace and DOM are read here on both sides.
    const after = await mainThreadMs(cdp);
    let ours: OurTasks | null = null;
    if (tracing) {
      await cdp.send('Tracing.end');
      ours = ourTasks(await tracing, EXT_PREFIX);
      tracing = null;
    }
    const dom = (await page.evaluate('document.documentElement.outerHTML')) as string;
    // Time to first highlight: wait (with the extension only) until one shows or the timeout after load passes.
    state = (await page.evaluate(READ_STATE)) as typeof state;
    if (side === 'with') {
      while (state.first === null) {
        const deadline = (state.load ?? dcl + 10_000) + o.highlightTimeoutMs;
        if (state.now >= deadline) break;
        await sleep(100);
        state = (await page.evaluate(READ_STATE)) as typeof state;
      }
    }
    const highlightNames = (await page.evaluate(HIGHLIGHT_NAMES)) as string[];
    await page.evaluate(STOP_POLLING);
    const extFrames = page.frames().map((f) => f.url()).filter((u) => u.startsWith(EXT_PREFIX));
    return {
      firstHighlight: state.first === null ? null : state.first - dcl,
      taskMs: after.task - before.task,
      cpuMs: after.cpu - before.cpu,
      ours,
      dom,
      pageErrors,
      extExceptions,
      extRequests: [...extRequests, ...browser.takeWorkerRequests()],
      extFrames,
      highlightNames,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

function withLimit<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: over ${ms / 1000} s`)), ms))),
  ]);
}

/** Runs one page on both sides (alternating order by `index`) and compares them. */
async function runPage(
  sides: Record<Side, Browser>,
  group: PageResult['group'],
  name: string,
  url: string,
  index: number,
  o: PagesOptions,
): Promise<PageResult> {
  const traced = isTraced(index, o.traceEvery);
  const result: PageResult = { group, name, traced, newPageErrors: [] };
  const order: Side[] = index % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
  try {
    for (const side of order) result[side] = await withLimit(loadOnce(sides[side], url, o, side, traced), LOAD_LIMIT_MS, `${name} ${side}`);
  } catch (e) {
    result.error = (e as Error).message.split('\n')[0];
    return result;
  }
  const w = result.with!;
  const wo = result.without!;
  // A second load without the extension when the pair differs (DOM or page errors): does the page do that by itself?
  const firstErrors = new Set(wo.pageErrors);
  const differs = w.dom !== wo.dom || w.pageErrors.some((m) => !firstErrors.has(m));
  let again: Load | null = null;
  if (differs) {
    try {
      again = await withLimit(loadOnce(sides.without, url, o, 'without', false), LOAD_LIMIT_MS, `${name} recheck`);
    } catch {
      again = null;
    }
  }
  if (w.dom === wo.dom) result.dom = 'identical';
  else {
    result.dom = again && again.dom !== wo.dom ? 'page-changes-itself' : 'ours';
    result.domDiff = firstDifference(wo.dom, w.dom);
  }
  // Page errors neither extension-free load had.
  const before = new Set([...wo.pageErrors, ...(again?.pageErrors ?? [])]);
  result.newPageErrors = w.pageErrors.filter((m) => !before.has(m));
  // The DOM strings are only needed for the comparison above.
  w.dom = wo.dom = '';
  return result;
}

function verboseRow(r: PageResult): string {
  if (r.error) return `${r.group} ${r.name}: FAILED ${r.error}`;
  const w = r.with!;
  const wo = r.without!;
  const longest = w.ours?.tasks[0] ?? 0;
  const parts = [
    `${r.group} ${r.name}`,
    `first hl ${w.firstHighlight === null ? 'none' : `${w.firstHighlight.toFixed(0)} ms`}`,
    `task ${w.taskMs.toFixed(0)} - ${wo.taskMs.toFixed(0)} = ${(w.taskMs - wo.taskMs).toFixed(0)} ms`,
    `cpu ${w.cpuMs.toFixed(0)} - ${wo.cpuMs.toFixed(0)} = ${(w.cpuMs - wo.cpuMs).toFixed(0)} ms`,
    w.ours ? `traced: ours longest ${longest.toFixed(0)} ms (${w.ours.tasks.length} tasks, ${w.ours.total.toFixed(0)} ms)` : 'untraced',
    `dom ${r.dom}`,
  ];
  if (r.newPageErrors.length) parts.push(`new page errors: ${r.newPageErrors.join(' / ')}`);
  if (w.extExceptions.length) parts.push(`extension exceptions: ${w.extExceptions.join(' / ')}`);
  if (w.extRequests.length || w.extFrames.length) parts.push(`extension requests: ${[...w.extRequests, ...w.extFrames].join(' ')}`);
  if (r.dom === 'ours' && r.domDiff) parts.push(`dom diff at ${r.domDiff.offset}: ${JSON.stringify(r.domDiff.a)} vs ${JSON.stringify(r.domDiff.b)}`);
  return parts.join(' | ');
}

function contentScriptBytes(ext: string): { total: number; files: string[] } {
  const dir = join(ext, 'content-scripts');
  if (!existsSync(dir)) return { total: 0, files: [] };
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return { total: files.reduce((s, f) => s + statSync(join(dir, f)).size, 0), files };
}

const p50 = (v: number[]) => fmt(percentile(v, 50));
const p95 = (v: number[]) => fmt(percentile(v, 95));

/** The summary table (see the header for what each figure means). */
function summarize(results: PageResult[], o: PagesOptions, ext: string, bundle: { total: number; files: string[] }): string {
  const ok = results.filter((r) => !r.error);
  const failed = results.filter((r) => r.error);
  const isL3s = (r: PageResult) => r.group === 'l3s';
  const isPainted = (r: PageResult) => r.with!.firstHighlight !== null;
  const extra = (r: PageResult) => r.with!.taskMs - r.without!.taskMs;
  const extraCpu = (r: PageResult) => r.with!.cpuMs - r.without!.cpuMs;
  const longestCpu = (r: PageResult) => r.with!.ours?.cpuTasks[0] ?? 0;
  const longest = (r: PageResult) => r.with!.ours?.tasks[0] ?? 0;
  const ttfh = (r: PageResult) => r.with!.firstHighlight!;
  // Times from the untraced pairs (the profiler slows scripts); everything when all pairs are traced.
  const untraced = ok.filter((r) => !r.traced);
  const timed = untraced.length > 0 ? untraced : ok;
  const traced = ok.filter((r) => r.traced);
  const l3s = ok.filter(isL3s);
  const painted = l3s.filter(isPainted);
  const unpainted = l3s.filter((r) => !isPainted(r));
  const tPainted = timed.filter((r) => isL3s(r) && isPainted(r));
  const tUnpainted = timed.filter((r) => isL3s(r) && !isPainted(r));
  const tControls = timed.filter((r) => !isL3s(r));
  const trPainted = traced.filter((r) => isL3s(r) && isPainted(r));
  const trL3s = traced.filter(isL3s);
  const trControls = traced.filter((r) => !isL3s(r));
  const controls = ok.filter((r) => !isL3s(r));
  const late = painted.filter((r) => ttfh(r) > o.settleMs).length;
  const count = (rs: PageResult[], f: (r: PageResult) => boolean) => rs.filter(f).length;
  const sum = (rs: PageResult[], f: (r: PageResult) => number) => rs.reduce((s, r) => s + f(r), 0);
  const maxOf = (v: number[]) => (v.length ? Math.max(...v) : null);
  const pp = (v: number[], unit = ' ms') => `${p50(v)} / ${p95(v)}${unit} (n=${v.length})`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const dom = (rs: PageResult[]) =>
    `${count(rs, (r) => r.dom === 'identical')} of ${rs.length} identical; ${count(rs, (r) => r.dom === 'ours')} differ only with Dramatis, ` +
    `${count(rs, (r) => r.dom === 'page-changes-itself')} change by themselves`;

  const out: string[] = [];
  out.push(
    `Build: ${ext} · content script ${kb(bundle.total)} raw (${bundle.files.join(', ') || 'none'}) · ` +
      `settle ${o.settleMs} ms after DOMContentLoaded · highlight timeout ${o.highlightTimeoutMs} ms after load · ` +
      (o.traceEvery > 0 ? `traced: 1 pair in ${o.traceEvery} (${traced.length} traced, ${untraced.length} untraced)` : 'no trace') +
      (o.withoutOnly ? ' · SANITY RUN: both sides WITHOUT the extension' : ''),
  );
  out.push(
    `L3S-GN1 pages run: ${l3s.length} (${painted.length} painted, ${unpainted.length} no highlight) · ` +
      `control pages: ${new Set(controls.map((r) => r.name)).size} × ${o.controlRepeat} loads · failed pairs: ${failed.length}`,
  );
  out.push('');
  const timing = untraced.length > 0 && traced.length > 0 ? ' (untraced pairs)' : '';
  const rows: string[][] = [
    [`L3S first highlight after DOMContentLoaded, p50 / p95${timing}`, pp(tPainted.map(ttfh)), 'p50 <= 150, p95 <= 300 ms'],
    ['L3S pages with no highlight within the timeout', `${unpainted.length} of ${l3s.length}`, ''],
    [`L3S pages painted after the settle point (${o.settleMs} ms; their extra time is undercounted)`, `${late}`, ''],
    [`L3S extra main-thread, painted pages, p50 / p95${timing}`, pp(tPainted.map(extra)), 'p95 <= 40 ms'],
    [`  same, main-thread CPU time (ThreadTime)`, pp(tPainted.map(extraCpu)), 'p95 <= 40 ms'],
    [`L3S extra main-thread, pages not painted, p50 / p95${timing}`, pp(tUnpainted.map(extra)), 'p95 <= 5 ms'],
    [`  same, main-thread CPU time (ThreadTime)`, pp(tUnpainted.map(extraCpu)), 'p95 <= 5 ms'],
    [`controls extra main-thread (Dramatis does not run), p50 / p95${timing}`, `${pp(tControls.map(extra))}, max ${fmt(maxOf(tControls.map(extra)))} ms`, 'p95 <= 5 ms'],
    [`  same, main-thread CPU time (ThreadTime)`, `${pp(tControls.map(extraCpu))}, max ${fmt(maxOf(tControls.map(extraCpu)))} ms`, 'p95 <= 5 ms'],
  ];
  if (traced.length > 0) {
    if (untraced.length > 0) {
      rows.push(
        ['(traced pairs, profiler on) L3S first highlight, p50 / p95', pp(trPainted.map(ttfh)), ''],
        ['(traced pairs, profiler on) L3S extra main-thread, painted pages, p50 / p95', pp(trPainted.map(extra)), ''],
      );
    }
    const l = trL3s.map(longest);
    rows.push(
      ['L3S longest task of ours, p50 / max (traced pairs)', `${p50(l)} / ${fmt(maxOf(l))} ms (n=${l.length})`, `none > ${LONG_TASK_MS} ms`],
      ['  same, CPU time of those tasks, p50 / max', `${p50(trL3s.map(longestCpu))} / ${fmt(maxOf(trL3s.map(longestCpu)))} ms`, ''],
      [`L3S pages with a task of ours > ${LONG_TASK_MS} ms (traced pairs)`, `${count(trL3s, (r) => longest(r) > LONG_TASK_MS)} of ${trL3s.length} (by CPU time: ${count(trL3s, (r) => longestCpu(r) > LONG_TASK_MS)})`, '0'],
      ['L3S main-thread tasks of ours per page (trace sum, wall), p50 / p95', pp(trL3s.map((r) => r.with!.ours!.total)), ''],
      ['  same, CPU time', pp(trL3s.map((r) => r.with!.ours!.cpuTotal)), ''],
      ['controls longest task of ours, p50 / max (traced pairs)', `${p50(trControls.map(longest))} / ${fmt(maxOf(trControls.map(longest)))} ms (n=${trControls.length})`, `none > ${LONG_TASK_MS} ms`],
      ['sanity: traced loads WITHOUT the extension with a task of ours', `${count(traced, (r) => (r.without!.ours?.tasks.length ?? 0) > 0)}`, '0'],
    );
  }
  rows.push(
    ['DOM with vs without, L3S', dom(l3s), 'all identical'],
    ['DOM with vs without, controls', dom(controls), 'all identical'],
    ['pairs with page errors only with the extension (all)', `${count(ok, (r) => r.newPageErrors.length > 0)} of ${ok.length}`, '0'],
    ['exceptions in extension code (all)', `${sum(ok, (r) => r.with!.extExceptions.length)}`, '0'],
    ['requests and frames from the extension (all)', `${sum(ok, (r) => r.with!.extRequests.length + r.with!.extFrames.length)}`, '0'],
    ['content script raw size', kb(bundle.total), '<= 40 KB'],
  );
  out.push(table(['measure', 'Dramatis', 'target'], rows));
  if (failed.length) out.push('', `Failed pairs: ${failed.map((r) => `${r.name} (${r.error})`).join('; ')}`);
  return out.join('\n');
}

export async function run(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const ext = resolve(o.ext ?? join(ROOT, '.output/chrome-mv3'));
  const l3sDir = pagesDir();
  const haveL3s = existsSync(l3sDir) && readdirSync(l3sDir).some((f) => f.endsWith('.html'));
  if (!haveL3s && !o.skipL3s) {
    console.log(`Skipped: no L3S-GN1 pages in ${l3sDir} (set DRAMATIS_PAGES_DIR; see scripts/bench/pages.ts).`);
    return;
  }
  if (!existsSync(join(ext, 'manifest.json'))) {
    console.log(`Skipped: no built extension in ${ext} (npm run build, or --ext DIR).`);
    return;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`Skipped: ${CHROMIUM_MISSING}`);
    return;
  }
  const bundle = contentScriptBytes(ext);
  const pages = o.skipL3s ? [] : selectPages(readdirSync(l3sDir), o.limit);
  const controls = o.skipControls ? [] : [...FIXTURE_CONTROLS, ...Object.keys(syntheticPages())];
  const { server, base } = await startServer(l3sDir);
  const jobs: { group: PageResult['group']; name: string; url: string }[] = [
    ...controls.flatMap((name) => Array.from({ length: o.controlRepeat }, () => ({ group: 'control' as const, name, url: `${base}/controls/${name}` }))),
    ...pages.map((name) => ({ group: 'l3s' as const, name, url: `${base}/l3s/${name}` })),
  ];
  const sides: Record<Side, Browser> = {
    with: new Browser('with', executablePath, o.withoutOnly ? null : ext, base),
    without: new Browser('without', executablePath, null, base),
  };
  const results: PageResult[] = [];
  const started = Date.now();
  const closeAll = async () => {
    await Promise.all([sides.with.close(), sides.without.close()]);
  };
  // Ctrl-C (or SIGTERM) stops after the current page pair and still prints the summary of the pairs done; a second
  // one quits at once.
  let stopRequested = false;
  const onSignal = () => {
    if (stopRequested) void closeAll().finally(() => process.exit(130));
    stopRequested = true;
    console.error('  stopping after this page pair (again to quit at once)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await sides.with.open();
    await sides.without.open();
    // Warm-up (not measured): one load per side, so the first measured page does not pay the browser's first-use costs.
    if (jobs.length) await runPage(sides, jobs[0].group, 'warm-up', jobs[0].url, 0, o).catch(() => {});
    for (let i = 0; i < jobs.length && !stopRequested; i++) {
      if (i > 0 && i % RECYCLE_EVERY === 0) {
        await closeAll();
        await sides.with.open();
        await sides.without.open();
      }
      const job = jobs[i];
      const r = await runPage(sides, job.group, job.name, job.url, i, o);
      results.push(r);
      if (o.verbose) console.log(verboseRow(r));
      else if ((i + 1) % 20 === 0) console.error(`  ${i + 1} / ${jobs.length} page pairs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await closeAll();
    server.close();
  }
  console.log('');
  if (stopRequested) console.log(`Stopped early: ${results.length} of ${jobs.length} page pairs.`);
  console.log(summarize(results, o, ext, bundle));
  console.log(`\n(${results.length} page pairs in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

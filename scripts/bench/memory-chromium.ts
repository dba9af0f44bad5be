// The memory bench's scale section in Chromium (`npm run bench -- memory --chromium`; `--n 2000` for a smaller
// history): Chromium with the TEST build of the extension (`npm run build:e2e`, .output/chrome-mv3-e2e, the only build
// with the bench page), a fresh profile, the extension's page bench-memory.html (entrypoints/bench-memory). The page
// generates the same history as the Node run (memory-history.ts, from the drafts analysed here), writes it through
// rememberArticle one article at a time (the background's write path), then times the queries inside the page
// (memory-measure.ts: median of 5 runs, the naive full scans median of 3). Storage: navigator.storage.estimate() before
// and after the writes. `--profile DIR` keeps the browser profile in DIR and, when its database already holds the same
// number of articles, reuses it instead of writing them again (minutes at 10,000): for quick runs while developing;
// the writes' times and the storage figure are then not measured.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MemoryDraft } from '../../lib/memory/record';
import type { ClaimProbe } from '../../lib/store/history-queries';
// @ts-expect-error: plain ESM helper shared with the e2e runner
import { CHROMIUM_MISSING, findChromium } from '../find-chromium.mjs';
import { launchWithExtension, serviceWorkerOf } from '../lib/chromium-extension';
import { median } from './memory-history';
import { measureFlags, printRows, type BenchRow, type MeasureOptions } from './memory-measure';

const EXTENSION = resolve(process.env.DRAMATIS_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
const CHUNK = 500;

interface PageBench {
  prepare(drafts: MemoryDraft[], n: number, probes: ClaimProbe[], reuse: boolean): Promise<{ articles: number; claims: number; mentions: number; reused: boolean; openMs: number; version: number }>;
  seed(from: number, to: number): Promise<number[]>;
  bytesPerArticle(): Promise<number>;
  measure(options: MeasureOptions): Promise<{ rows: BenchRow[]; indexBuildMs: number; indexSize: number; notes: string[]; counts: Record<string, number> }>;
  actorSteps(): Promise<Record<string, Record<string, number>>>;
  seenSteps(): Promise<Record<string, number>>;
  close(keep: boolean): Promise<void>;
}
declare const memoryBench: PageBench;

export async function runChromium(drafts: MemoryDraft[], probes: ClaimProbe[], n: number): Promise<void> {
  const executablePath = findChromium() as string | null;
  if (!executablePath) {
    console.log(`Skipped: ${CHROMIUM_MISSING}`);
    return;
  }
  if (!existsSync(join(EXTENSION, 'bench-memory.html'))) {
    console.log(`Skipped: no bench page in ${EXTENSION}: run \`npm run build:e2e\` first (only the test build has it).`);
    return;
  }
  const started = performance.now();
  const flag = process.argv.indexOf('--profile');
  const kept = flag >= 0 ? resolve(process.argv[flag + 1]) : null;
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'dramatis-bench-memory-'));
  const context = await launchWithExtension(profile, { executablePath, extensionDir: EXTENSION });
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    page.setDefaultTimeout(0);
    await page.goto(`chrome-extension://${id}/bench-memory.html`);
    await page.waitForSelector('body[data-ready="1"]');
    const version = await context.browser()?.version();
    const size = await page.evaluate(([d, count, p, reuse]) => memoryBench.prepare(d, count, p, reuse), [drafts, n, probes, !!kept] as const);
    console.log(`Chromium ${version ?? ''} (headless), extension page in ${EXTENSION}: ${size.articles.toLocaleString('en-US')} articles, ${size.claims.toLocaleString('en-US')} claims, ${size.mentions.toLocaleString('en-US')} mentions.`);
    let bytes: number | null = null;
    if (size.reused) console.log(`Reused the database in ${kept} (schema v${size.version}, opened in ${size.openMs.toFixed(0)} ms, any upgrade included): nothing written, so no write times and no storage figure.`);
    else {
      const writes: number[] = [];
      const w0 = performance.now();
      for (let from = 0; from < n; from += CHUNK) {
        writes.push(...(await page.evaluate(([a, b]) => memoryBench.seed(a, b), [from, Math.min(n, from + CHUNK)] as const)));
        process.stderr.write(`\r  written ${Math.min(n, from + CHUNK)} / ${n}`);
      }
      process.stderr.write('\n');
      const sorted = [...writes].sort((a, b) => a - b);
      console.log(
        `Written through rememberArticle, one article at a time, in ${((performance.now() - w0) / 1000).toFixed(1)} s: a write took ${median(writes).toFixed(2)} ms median, ${sorted[Math.floor(sorted.length * 0.9)].toFixed(2)} ms p90 (the last 1,000: ${median(writes.slice(-1000)).toFixed(2)} ms median).`,
      );
      bytes = await page.evaluate(() => memoryBench.bytesPerArticle());
    }
    if (process.argv.includes('--steps')) {
      // The actor page's reads one by one (where the time goes), before the timed runs.
      for (const [actor, steps] of Object.entries(await page.evaluate(() => memoryBench.actorSteps()))) {
        console.log(`Actor page steps, ${actor}:`);
        for (const [step, ms] of Object.entries(steps)) console.log(`  ${step}: ${ms}`);
      }
    }
    if (process.argv.includes('--seen-steps')) {
      // "Seen before?" step by step (memory-seen-steps.ts), before the timed runs.
      console.log('Seen before? steps (ms):');
      for (const [step, ms] of Object.entries(await page.evaluate(() => memoryBench.seenSteps()))) console.log(`  ${step}: ${ms}`);
    }
    const options = measureFlags(process.argv, { runs: 5, scanRuns: 3 });
    const result = await page.evaluate((o) => memoryBench.measure(o), options);
    console.log('');
    printRows(result.rows);
    console.log('');
    for (const note of result.notes) console.log(note);
    if (bytes !== null) console.log(`Storage per remembered article: ${Math.round(bytes).toLocaleString('en-US')} bytes (navigator.storage.estimate() delta over ${n.toLocaleString('en-US')} articles: rows, indexes and aggregates as Chromium stores them).`);
    await page.evaluate((keep) => memoryBench.close(keep), !!kept);
  } finally {
    await context.close();
    if (!kept) rmSync(profile, { recursive: true, force: true });
  }
  console.log(`Chromium run: ${((performance.now() - started) / 1000).toFixed(0)} s in all.`);
}

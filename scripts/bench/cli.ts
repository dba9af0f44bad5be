// CLI benchmark: the whole pipeline as a user runs it, process start included. A fresh process reads ~400k words
// of real news as {"id","text"} lines on stdin and writes one JSON line per article to a file that is then thrown
// away, for:
//   - Dramatis's bundled CLI, `node .output/cli/analyze.mjs --jsonl` (what `npm run analyze -- --jsonl` runs);
//   - a compromise 14.17.0 CLI doing the equivalent work (scripts/bench/cli-compromise.ts, bundled the same way,
//     plain node);
//   - the old path, `tsx scripts/analyze.ts --jsonl` (TypeScript compiled at every start).
// Best of 3 runs, the three alternating. Then cold start: one small text file, process start to exit (median of 5).
// Wall time is what a user waits; CPU time (user + system of the process and its children, Linux only) is printed
// beside it because it moves much less when other work shares the machine.
// The news is the PolNeAR training texts (data/train/text, 840 political articles from 2016), read from
// $DRAMATIS_NEWS_DIR (default ../data/polnear-train beside the repository); never committed, skipped when absent.
// `npm run bench -- cli`.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = process.cwd();
const TARGET_WORDS = 400_000;
const RUNS = 3;
const COLD_RUNS = 5;

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first articles (by file name) that together reach TARGET_WORDS, as JSONL. */
function newsJsonl(dir: string): { jsonl: string; articles: number; words: number } {
  let words = 0;
  const lines: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    if (words >= TARGET_WORDS) break;
    const text = readFileSync(join(dir, file), 'utf8');
    words += countWords(text);
    lines.push(JSON.stringify({ id: file.replace(/\.txt$/, ''), text }));
  }
  return { jsonl: lines.join('\n') + '\n', articles: lines.length, words };
}

interface Command { label: string; argv: string[] }
interface Timing { wall: number; cpu: number }

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) used by this process's children that have exited so far; NaN off Linux. */
function childrenCpuSeconds(): number {
  try {
    // /proc/self/stat: after "(command) ", field 14 is cutime and 15 cstime (fields 16 and 17 of the whole line).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Runs one command to its exit, stdin from `input`, stdout to `sink`; returns wall and CPU seconds. */
function timeRun(cmd: Command, input: string, sink: string): Timing {
  const stdin = openSync(input, 'r');
  const stdout = openSync(sink, 'w');
  try {
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    const r = spawnSync(cmd.argv[0], cmd.argv.slice(1), { cwd: ROOT, stdio: [stdin, stdout, 'pipe'] });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`${cmd.label} exited with ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
    return { wall, cpu: childrenCpuSeconds() - cpu0 };
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const newsDir = resolve(ROOT, process.env.DRAMATIS_NEWS_DIR ?? '../data/polnear-train');
  if (!existsSync(newsDir)) {
    console.log(`skipped: no news texts in ${newsDir} (set DRAMATIS_NEWS_DIR to a folder of .txt articles)`);
    return;
  }
  const news = newsJsonl(newsDir);
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-cli-'));
  try {
    const input = join(dir, 'news.jsonl');
    const sink = join(dir, 'out.jsonl');
    writeFileSync(input, news.jsonl);

    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
    const compromiseCli = join(dir, 'compromise-cli.mjs');
    await build({ entryPoints: [join(ROOT, 'scripts/bench/cli-compromise.ts')], outfile: compromiseCli, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });

    const dramatis: Command = { label: 'Dramatis, bundled CLI (node .output/cli/analyze.mjs)', argv: [process.execPath, join(ROOT, '.output/cli/analyze.mjs')] };
    const compromise: Command = { label: 'compromise 14.17.0, bundled CLI (plain node)', argv: [process.execPath, compromiseCli] };
    const tsx: Command = { label: 'Dramatis through tsx (the old npm run analyze)', argv: [join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'scripts/analyze.ts')] };
    const commands = [dramatis, compromise, tsx];

    // Every CLI writes one line per article (checked once, after a timed run).
    const best = new Map<Command, Timing>(commands.map((c) => [c, { wall: Infinity, cpu: Infinity }]));
    for (let round = 0; round < RUNS; round++) {
      for (const cmd of commands) {
        const t = timeRun({ ...cmd, argv: [...cmd.argv, '--jsonl'] }, input, sink);
        const b = best.get(cmd)!;
        best.set(cmd, { wall: Math.min(b.wall, t.wall), cpu: Math.min(b.cpu, t.cpu) });
        if (round === 0) {
          const lines = readFileSync(sink, 'utf8').split('\n').filter(Boolean).length;
          if (lines !== news.articles) throw new Error(`${cmd.label}: ${lines} output lines for ${news.articles} articles`);
        }
      }
    }

    const small = join(ROOT, 'tests/fixtures/sample-pompeo-baghdad.txt');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const coldStart = (cmd: Command) => {
      const runs = Array.from({ length: COLD_RUNS }, () => timeRun(cmd, empty, sink));
      return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
    };
    const coldCommands = [...commands.map((c) => ({ ...c, argv: [...c.argv, small] })), { label: '(node alone, `node -e ""`)', argv: [process.execPath, '-e', ''] }];
    const cold = coldCommands.map((cmd) => ({ cmd, t: coldStart(cmd) }));

    const c = best.get(compromise)!;
    console.log(`${news.articles} articles from ${newsDir}, ${news.words.toLocaleString('en-US')} words, JSONL on stdin -> one JSON line per article; best of ${RUNS}, alternating\n`);
    console.log('| whole pipeline, fresh process | wall s | words/s | speed vs compromise | CPU s | CPU vs compromise |');
    console.log('|---|---|---|---|---|---|');
    for (const cmd of commands) {
      const t = best.get(cmd)!;
      const words = Math.round(news.words / t.wall).toLocaleString('en-US');
      console.log(`| ${cmd.label} | ${t.wall.toFixed(2)} | ${words} | ${(c.wall / t.wall).toFixed(1)}x | ${t.cpu.toFixed(2)} | ${(c.cpu / t.cpu).toFixed(1)}x |`);
    }
    console.log(`\ncold start, one small file (${countWords(readFileSync(small, 'utf8'))} words), process start to exit, median of ${COLD_RUNS}:\n`);
    console.log('| CLI | wall ms | CPU ms |');
    console.log('|---|---|---|');
    for (const { cmd, t } of cold) console.log(`| ${cmd.label} | ${Math.round(t.wall * 1000)} | ${Math.round(t.cpu * 1000)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx scripts/speed-ab.ts [REF]`: analyze() speed of this working tree beside git REF (default: HEAD) in one run.
// Both engines are bundled with esbuild (REF from a temporary git worktree), load the same model, and analyze every text
// the project has (dev set, newswire probes) in alternating passes; the best pass of each is printed with the ratio.
// For a change meant to leave the engine's speed alone (a restructuring): the machines are noisy, compare the ratio.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { MODEL_PATH } from './lib/node-model';

interface Engine {
  setActorModel(bytes: Uint8Array): void;
  analyze(text: string): unknown;
}

const ROOT = process.cwd();
const ref = process.argv[2] ?? 'HEAD';
const dir = mkdtempSync(join(tmpdir(), 'dramatis-speed-'));
const tree = join(dir, 'ref');
execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, ref], { cwd: ROOT });
try {
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  const engines: Record<string, Engine> = {};
  for (const [label, root] of [[ref, tree], ['working tree', ROOT]]) {
    const outfile = join(dir, `${label === ref ? 'ref' : 'now'}.mjs`);
    await build({ entryPoints: [join(root, 'lib/nlp/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
    engines[label] = (await import(pathToFileURL(outfile).href)) as Engine;
    engines[label].setActorModel(readFileSync(MODEL_PATH));
  }
  const FIX = join(ROOT, 'tests/fixtures');
  const jsonl = (f: string) => readFileSync(join(FIX, f), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  const texts = [
    ...(JSON.parse(readFileSync(join(FIX, 'gum-wikinews.json'), 'utf8')) as { documents: { text: string }[] }).documents.map((d) => d.text),
    ...jsonl('newswire-probe/probe.jsonl'),
    ...jsonl('newswire-probe/heldout.jsonl'),
  ];
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const labels = Object.keys(engines);
  const best: Record<string, number> = Object.fromEntries(labels.map((l) => [l, Infinity]));
  for (let pass = 0; pass < 9; pass++) {
    for (const label of pass % 2 ? [...labels].reverse() : labels) {
      const t0 = performance.now();
      for (const t of texts) engines[label].analyze(t);
      best[label] = Math.min(best[label], performance.now() - t0);
    }
  }
  console.log(`analyze() on ${texts.length} texts (${words.toLocaleString('en')} words), best of 9 alternating passes\n`);
  console.log('| engine | ms | words/s |\n|---|---|---|');
  for (const l of labels) console.log(`| ${l} | ${best[l].toFixed(0)} | ${Math.round((words / best[l]) * 1000).toLocaleString('en')} |`);
  console.log(`\nworking tree / ${ref} time: ${(best['working tree'] / best[ref]).toFixed(3)} (below 1: faster)`);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
  rmSync(dir, { recursive: true, force: true });
}

// Extraction benchmark: Dramatis's extractArticle (Readability + noise rules + DOMPurify) beside Readability alone
// (its content, read the same way as ours: readabilityText), measured in this one run on the hand-made pages in tests/fixtures/extract/ (true bodies written
// by hand in NAME.txt). Token precision/recall/F1 are bag-of-words overlaps of lower-cased letter/digit tokens
// (multiset), micro-averaged over pages. Two sets: development pages, and held-out pages (tests/fixtures/extract/heldout)
// written after the rules were frozen. Times are medians per page, excluding the jsdom parse (shown separately).
// `npm run bench -- extract`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, readabilityText } from '../../lib/extract/extract';
import { parseHtml } from '../../lib/extract/from-html';

const DIR = join(process.cwd(), 'tests/fixtures/extract');
const RUNS = 15;

export function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

export interface Overlap { common: number; predicted: number; gold: number }

export function overlap(predicted: string, gold: string): Overlap {
  const p = tokens(predicted);
  const g = tokens(gold);
  let common = 0;
  for (const [t, n] of p) common += Math.min(n, g.get(t) ?? 0);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { common, predicted: sum(p), gold: sum(g) };
}

export function prf(o: Overlap): { p: number; r: number; f1: number } {
  const p = o.predicted ? o.common / o.predicted : 0;
  const r = o.gold ? o.common / o.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<void> {
  await runSet(DIR, 'development pages (the noise rules were written while looking at these)');
  await runSet(join(DIR, 'heldout'), 'held-out pages (written after the rules were frozen; never tuned on)');
}

async function runSet(DIR: string, label: string): Promise<void> {
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
  const totals = { ours: { common: 0, predicted: 0, gold: 0 }, base: { common: 0, predicted: 0, gold: 0 } };
  const timesOurs: number[] = [];
  const timesBase: number[] = [];
  const rows: string[] = [];
  for (const file of pages) {
    const name = file.replace(/\.html$/, '');
    const html = readFileSync(join(DIR, file), 'utf8');
    const gold = readFileSync(join(DIR, `${name}.txt`), 'utf8');
    const url = `https://bench.example/${name}`;
    const parse = time(() => parseHtml(html, url));
    const doc = parseHtml(html, url);
    const ours = extractArticle(doc, url)?.text ?? '';
    const base = readabilityText(doc) ?? '';
    const tOurs = time(() => extractArticle(doc, url));
    const tBase = time(() => readabilityText(doc));
    timesOurs.push(tOurs);
    timesBase.push(tBase);
    const o = overlap(ours, gold);
    const b = overlap(base, gold);
    for (const k of ['common', 'predicted', 'gold'] as const) {
      totals.ours[k] += o[k];
      totals.base[k] += b[k];
    }
    const po = prf(o);
    const pb = prf(b);
    rows.push(`| ${name} | ${f3(pb.p)} / ${f3(pb.r)} / ${f3(pb.f1)} | ${f3(po.p)} / ${f3(po.r)} / ${f3(po.f1)} | ${ms(tBase)} | ${ms(tOurs)} | ${ms(parse)} |`);
  }
  const po = prf(totals.ours);
  const pb = prf(totals.base);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(`\n### ${label}\n\nToken P / R / F1 against hand-written bodies (${pages.length} pages in ${DIR.replace(process.cwd() + '/', '')}); times are medians of ${RUNS} runs.\n`);
  console.log('| page | Readability alone P / R / F1 | Dramatis P / R / F1 | Readability time | Dramatis time | jsdom parse |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(
    `| **all (micro)** | **${f3(pb.p)} / ${f3(pb.r)} / ${f3(pb.f1)}** | **${f3(po.p)} / ${f3(po.r)} / ${f3(po.f1)}** | ${ms(sum(timesBase))} | ${ms(sum(timesOurs))} (x${(sum(timesOurs) / sum(timesBase)).toFixed(2)}) | |`,
  );
}

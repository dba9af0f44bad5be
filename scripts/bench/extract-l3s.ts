// Extraction on real pages: the L3S-GN1 Google News set (621 English news pages from 408 sites, 2008, with the article
// text marked by hand: `span.x-nc-sel2` in `annotated/`). Research use only, so it is read from outside the repository:
// $DRAMATIS_PAGES_DIR, default ../data/l3s-gn1 (pages in `original/` and `annotated/`); the section skips when absent.
//
// For each page: Readability alone (its content read like ours, see readabilityText) and Dramatis's extractArticle (Readability + noise rules + guard)
// on the ORIGINAL page, scored as token P/R/F1 against the hand-marked full text (see extract.ts for the scoring).
// The pages are split in two halves by file name: "dev" (the first half, which rules are developed on) and "held-out"
// (the second half, reported separately and never looked at page by page while developing).
//
// Options (after the section name): --set dev|heldout|all (default all), --limit N (first N pages of each set),
// --without id[,id...] (adds a column: Dramatis with those noise rules switched off), --rules (one row per noise rule
// and for the headline, before-headline and comments stages: the set's F1 without it, and the pages it changes; only pages where it fired are re-run), --per-page (every page, not only those that differ).
// Memory: jsdom keeps some of every parsed page alive (about 4 GB after ~300 pages with three extractions each), so
// for both halves in one run give Node more heap: NODE_OPTIONS=--max-old-space-size=8192 npm run bench -- extract.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractWithReport, readabilityText, type CleanupReport } from '../../lib/extract/extract';
import { COMMENTS_STAGE } from '../../lib/extract/comments';
import { BEFORE_HEADLINE_STAGE, HEADLINE_STAGE } from '../../lib/extract/headline';
import { NOISE_RULES, type NoiseRule } from '../../lib/extract/noise-rules';
import { overlap, prf, type Overlap } from './extract';

export interface L3sOptions {
  set: 'dev' | 'heldout' | 'all';
  limit: number;
  without: string[];
  rules: boolean;
  perPage: boolean;
}

export function parseL3sOptions(argv: readonly string[]): L3sOptions {
  const o: L3sOptions = { set: 'all', limit: 0, without: [], rules: false, perPage: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') {
      const v = argv[++i];
      if (v !== 'dev' && v !== 'heldout' && v !== 'all') throw new Error('--set needs dev, heldout or all');
      o.set = v;
    } else if (a === '--limit') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error('--limit needs a whole number >= 0');
      o.limit = v;
    } else if (a === '--without') {
      const v = argv[++i];
      if (!v) throw new Error('--without needs rule ids (comma-separated)');
      o.without.push(...v.split(',').filter(Boolean));
    } else if (a === '--rules') o.rules = true;
    else if (a === '--per-page') o.perPage = true;
  }
  const known = new Set(NOISE_RULES.map((r) => r.id));
  const unknown = o.without.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`--without: unknown rule ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
  return o;
}

/** The two halves of the page list (sorted by file name): the first half is for development. */
export function splitPages(files: readonly string[]): { dev: string[]; heldout: string[] } {
  const sorted = [...files].sort();
  const half = Math.ceil(sorted.length / 2);
  return { dev: sorted.slice(0, half), heldout: sorted.slice(half) };
}

/** The hand-marked full text of an annotated page: the outermost `.x-nc-sel2` elements, one per line. */
export function goldText(doc: Document): string {
  const parts: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('.x-nc-sel2'))) {
    if (el.parentElement?.closest('.x-nc-sel2')) continue;
    parts.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
  return parts.filter(Boolean).join('\n');
}

const quiet = new VirtualConsole();
function parse(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quiet });
}

interface PageScore {
  name: string;
  base: Overlap;
  ours: Overlap;
  variant?: Overlap;
  cleanup?: CleanupReport;
  /** The original page shows no text (e.g. a crawl that cut the page inside an unclosed <title>: blank in a browser too). */
  blank: boolean;
  /** F1 without each rule (for --rules). */
  ablation?: Map<string, Overlap>;
}

const f3 = (x: number) => x.toFixed(3);
const sumOf = (rows: readonly Overlap[]): Overlap =>
  rows.reduce((t, o) => ({ common: t.common + o.common, predicted: t.predicted + o.predicted, gold: t.gold + o.gold }), {
    common: 0,
    predicted: 0,
    gold: 0,
  });
const macro = (rows: readonly Overlap[]) => rows.reduce((t, o) => t + prf(o).f1, 0) / Math.max(1, rows.length);

/** True when Dramatis kept less than half of what Readability got right on a page where Readability found the article. */
export function lostArticle(base: Overlap, ours: Overlap): boolean {
  return prf(base).r >= 0.5 && ours.common < 0.5 * base.common;
}

function scorePage(dir: string, file: string, options: L3sOptions): PageScore | null {
  const name = file.replace(/\.html$/, '');
  const url = `https://l3s.example/${name}`;
  const annotated = parse(readFileSync(join(dir, 'annotated', file), 'utf8'), url);
  const gold = goldText(annotated.window.document);
  annotated.window.close();
  if (!gold.trim()) return null;
  const dom = parse(readFileSync(join(dir, 'original', file), 'utf8'), url);
  try {
    const doc = dom.window.document;
    let cleanup: CleanupReport | undefined;
    const run = (rules?: readonly NoiseRule[], keep: { keepHeadline?: boolean; keepComments?: boolean; keepBeforeHeadline?: boolean } = {}) => {
      try {
        const out = extractWithReport(doc, url, { ...(rules ? { rules } : {}), ...keep });
        if (!rules && !keep.keepHeadline && !keep.keepComments && !keep.keepBeforeHeadline) cleanup = out?.cleanup;
        return out?.article.text ?? '';
      } catch {
        return '';
      }
    };
    let base = '';
    try {
      base = readabilityText(doc) ?? '';
    } catch {
      base = '';
    }
    const blank = (doc.body?.textContent ?? '').trim().length === 0;
    const score: PageScore = { name, base: overlap(base, gold), ours: overlap(run(), gold), cleanup, blank };
    if (options.without.length) score.variant = overlap(run(NOISE_RULES.filter((r) => !options.without.includes(r.id))), gold);
    if (options.rules) {
      // A rule that removed nothing on this page (and no guard stepped in) changes nothing when switched off: the other
      // rules find the same elements. So only the rules that fired are run again (exact, and ~20 times faster).
      score.ablation = new Map();
      const fired = new Set([...(cleanup?.before.removed ?? []), ...(cleanup?.after.removed ?? [])].map((r) => r.rule));
      const guarded = Boolean(cleanup?.before.guarded || cleanup?.after.guarded || cleanup?.fallback);
      for (const rule of NOISE_RULES) {
        score.ablation.set(rule.id, guarded || fired.has(rule.id) ? overlap(run(NOISE_RULES.filter((r) => r !== rule)), gold) : score.ours);
      }
      score.ablation.set(HEADLINE_STAGE.id, cleanup?.headline.length ? overlap(run(undefined, { keepHeadline: true }), gold) : score.ours);
      score.ablation.set(BEFORE_HEADLINE_STAGE.id, cleanup?.beforeHeadline ? overlap(run(undefined, { keepBeforeHeadline: true }), gold) : score.ours);
      score.ablation.set(COMMENTS_STAGE.id, cleanup?.comments ? overlap(run(undefined, { keepComments: true }), gold) : score.ours);
    }
    return score;
  } finally {
    dom.window.close();
  }
}

function report(label: string, scores: PageScore[], skipped: number, options: L3sOptions): void {
  const base = sumOf(scores.map((s) => s.base));
  const ours = sumOf(scores.map((s) => s.ours));
  const pb = prf(base);
  const po = prf(ours);
  const delta = (s: PageScore) => prf(s.ours).f1 - prf(s.base).f1;
  const better = scores.filter((s) => delta(s) > 0.01).length;
  const worse = scores.filter((s) => delta(s) < -0.01).length;
  const lost = scores.filter((s) => lostArticle(s.base, s.ours));
  const emptyOurs = scores.filter((s) => s.ours.predicted < 20 && s.base.common >= 50);
  console.log(`\n### L3S-GN1, ${label}: ${scores.length} pages${skipped ? ` (${skipped} with no hand-marked text left out)` : ''}\n`);
  const variantCol = options.without.length ? ` | Dramatis without ${options.without.join(', ')}` : '';
  console.log(`| | Readability alone | Dramatis${variantCol} |`);
  console.log(`|---|---|---${options.without.length ? '|---' : ''}|`);
  const v = options.without.length ? sumOf(scores.map((s) => s.variant!)) : null;
  const vp = v ? prf(v) : null;
  console.log(`| token P / R / F1 (micro) | ${f3(pb.p)} / ${f3(pb.r)} / ${f3(pb.f1)} | **${f3(po.p)} / ${f3(po.r)} / ${f3(po.f1)}**${vp ? ` | ${f3(vp.p)} / ${f3(vp.r)} / ${f3(vp.f1)}` : ''} |`);
  console.log(`| token F1, mean over pages | ${f3(macro(scores.map((s) => s.base)))} | **${f3(macro(scores.map((s) => s.ours)))}**${v ? ` | ${f3(macro(scores.map((s) => s.variant!)))}` : ''} |`);
  console.log(`| pages better / worse than Readability (F1 +- 0.01) | | ${better} / ${worse}${v ? ` | ${scores.filter((s) => prf(s.variant!).f1 - prf(s.base).f1 > 0.01).length} / ${scores.filter((s) => prf(s.variant!).f1 - prf(s.base).f1 < -0.01).length}` : ''} |`);
  console.log(`| pages where the article was lost (under half of Readability's correct tokens) | | ${lost.length}${v ? ` | ${scores.filter((s) => lostArticle(s.base, s.variant!)).length}` : ''} |`);
  const shown = scores.filter((s) => !s.blank);
  const sb = prf(sumOf(shown.map((s) => s.base)));
  const so = prf(sumOf(shown.map((s) => s.ours)));
  const sv = v ? prf(sumOf(shown.map((s) => s.variant!))) : null;
  console.log(
    `| token P / R / F1 (micro) without the ${scores.length - shown.length} pages that are blank in a browser too (no text in the original's body) | ${f3(sb.p)} / ${f3(sb.r)} / ${f3(sb.f1)} | **${f3(so.p)} / ${f3(so.r)} / ${f3(so.f1)}**${sv ? ` | ${f3(sv.p)} / ${f3(sv.r)} / ${f3(sv.f1)}` : ''} |`,
  );
  const guarded = scores.filter((s) => s.cleanup?.before.guarded || s.cleanup?.after.guarded).length;
  const fellBack = scores.filter((s) => s.cleanup?.fallback).length;
  console.log(`| pages where the guard kept a text whole / where Readability's own pick replaced the pre-cleaned one | | ${guarded} / ${fellBack} |`);
  console.log(`| pages empty where Readability was not (< 20 tokens) | ${scores.filter((s) => s.base.predicted < 20 && s.base.common === 0 && s.base.gold > 0).length} empty itself | ${emptyOurs.length} |`);

  const row = (s: PageScore) => {
    const b = prf(s.base);
    const o = prf(s.ours);
    const x = s.variant ? prf(s.variant) : null;
    return `| ${s.name} | ${f3(b.p)} / ${f3(b.r)} / ${f3(b.f1)} | ${f3(o.p)} / ${f3(o.r)} / ${f3(o.f1)}${x ? ` | ${f3(x.p)} / ${f3(x.r)} / ${f3(x.f1)}` : ''} | ${s.ours.gold} |`;
  };
  const header = `| page | Readability P / R / F1 | Dramatis P / R / F1${options.without.length ? ' | without P / R / F1' : ''} | gold tokens |\n|---|---|---${options.without.length ? '|---' : ''}|---|`;
  const listed = options.perPage ? scores : scores.filter((s) => Math.abs(delta(s)) > 0.01 || (s.variant && Math.abs(prf(s.variant).f1 - prf(s.ours).f1) > 0.01));
  console.log(`\n${options.perPage ? 'Every page' : 'Pages where Dramatis and Readability differ by more than 0.01 F1'} (${listed.length}):\n`);
  console.log(header);
  for (const s of [...listed].sort((a, b) => delta(a) - delta(b))) console.log(row(s));
  const worst = [...scores].sort((a, b) => prf(a.ours).f1 - prf(b.ours).f1).slice(0, 10);
  console.log(`\nThe 10 pages where Dramatis scores lowest:\n`);
  console.log(header);
  for (const s of worst) console.log(row(s));

  if (options.rules) {
    console.log(`\nEach noise rule (and the headline, before-headline and comments stages) switched off alone (micro F1 of the set; pages whose F1 moves by more than 0.005):\n`);
    console.log('| rule | F1 without it | change | pages it helps | pages it hurts |');
    console.log('|---|---|---|---|---|');
    for (const rule of [...NOISE_RULES, HEADLINE_STAGE, BEFORE_HEADLINE_STAGE, COMMENTS_STAGE]) {
      const without = scores.map((s) => s.ablation!.get(rule.id)!);
      const f = prf(sumOf(without)).f1;
      let helps = 0;
      let hurts = 0;
      scores.forEach((s, i) => {
        const d = prf(s.ours).f1 - prf(without[i]).f1;
        if (d > 0.005) helps++;
        else if (d < -0.005) hurts++;
      });
      console.log(`| ${rule.id} | ${f3(f)} | ${(po.f1 - f >= 0 ? '+' : '') + f3(po.f1 - f)} | ${helps} | ${hurts} |`);
    }
  }
}

export async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseL3sOptions(argv.slice(Math.max(0, argv.findIndex((a) => a.startsWith('--')))));
  const dir = process.env.DRAMATIS_PAGES_DIR ? resolve(process.env.DRAMATIS_PAGES_DIR) : resolve(process.cwd(), '../data/l3s-gn1');
  if (!existsSync(join(dir, 'original')) || !existsSync(join(dir, 'annotated'))) {
    console.log(`\n(L3S-GN1 pages not found in ${dir}: set DRAMATIS_PAGES_DIR; the real-page extraction section is skipped)`);
    return;
  }
  const files = readdirSync(join(dir, 'annotated')).filter((f) => f.endsWith('.html') && existsSync(join(dir, 'original', f)));
  const halves = splitPages(files);
  const sets: [string, string[]][] = [];
  if (options.set !== 'heldout') sets.push(['development half (first half by file name)', halves.dev]);
  if (options.set !== 'dev') sets.push(['held-out half (second half by file name; not looked at page by page while developing)', halves.heldout]);
  console.log(
    `\nReal pages: token P/R/F1 against the hand-marked article text (span.x-nc-sel2) of L3S-GN1, Readability alone and ` +
      `Dramatis measured in this one run on the original pages.`,
  );
  for (const [label, list] of sets) {
    const pages = options.limit ? list.slice(0, options.limit) : list;
    const scores: PageScore[] = [];
    let skipped = 0;
    for (const file of pages) {
      const s = scorePage(dir, file, options);
      if (s) scores.push(s);
      else skipped++;
    }
    report(label, scores, skipped, options);
  }
}

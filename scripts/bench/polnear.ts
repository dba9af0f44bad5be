// The PolNeAR rows of `npm run bench -- claims` (issue 13): attributed claims in real 2016 US political news.
// Data: a local copy of PolNeAR's data/train only (`$DRAMATIS_POLNEAR_DIR`, default ../data/polnear-train: the texts as
// NAME.txt and the brat standoff files as attributions/NAME_<annotator>.ann; research corpus, never committed). Its
// data/dev and data/test are reserved for evaluation and never read here. When an article has several annotators'
// files, the first by file name is used.
//
// Scoring, as the issue asks:
// - recall over gold attributions whose cue is a speech or writing act (speech-cues.ts): a gold attribution is found
//   when a claim's cue overlaps its cue (for a claim without a cue, when its content overlaps the gold content);
// - precision by cue overlap with any gold attribution (beliefs and evidence included: they are attributions too);
// - source right, on found speech attributions that have a gold source: the found source phrase shares at least half
//   of the words of the longer of the two phrases with the gold source ("the discussions" for "one Democratic senator
//   involved in the discussions" is wrong; "he" for "he" is right).
// The articles are split in two halves (alternating by file name): rules are developed on "A" and checked on "B".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim } from '../../lib/nlp/types';
import { isSpeechCue } from './speech-cues';

export interface Span { start: number; end: number }
export interface PolnearAttribution { cue: Span | null; content: Span | null; source: Span | null; cueText: string; speech: boolean }
export interface PolnearDoc { id: string; text: string; attributions: PolnearAttribution[] }

export function polnearDir(): string {
  return resolve(process.env.DRAMATIS_POLNEAR_DIR ?? join(process.cwd(), '../data/polnear-train'));
}

/** A brat span list "113 119" or "113 119;125 130" as one covering span. */
function coverSpan(ranges: string): Span {
  const parts = ranges.split(';').map((p) => p.trim().split(/\s+/).map(Number));
  return { start: Math.min(...parts.map((p) => p[0])), end: Math.max(...parts.map((p) => p[1])) };
}

/** Parses one brat standoff file: T lines give the spans, E lines join Source, Cue and Content into one attribution. */
export function parseAnn(ann: string): Omit<PolnearAttribution, 'speech'>[] {
  const spans = new Map<string, { type: string; span: Span; text: string }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('T') && cols[1]) {
      const space = cols[1].indexOf(' ');
      spans.set(cols[0], { type: cols[1].slice(0, space), span: coverSpan(cols[1].slice(space + 1)), text: cols[2] ?? '' });
    } else if (cols[0]?.startsWith('E') && cols[1]) events.push(cols[1].split(/\s+/));
  }
  const out: Omit<PolnearAttribution, 'speech'>[] = [];
  for (const args of events) {
    const roles = new Map(args.map((a) => a.split(':') as [string, string]));
    const kind = args[0]?.split(':')[0];
    if (kind !== 'Attribution' && kind !== 'Attribution-no-source') continue;
    const get = (role: string) => spans.get(roles.get(role) ?? '');
    const cue = get('Cue');
    const content = get('Content');
    const source = get('Source');
    if (!cue && !content) continue;
    out.push({ cue: cue?.span ?? null, content: content?.span ?? null, source: source?.span ?? null, cueText: cue?.text ?? '' });
  }
  return out;
}

/** The local PolNeAR train articles, or undefined (with the reason) when the copy is absent. */
export function loadPolnear(dir = polnearDir()): PolnearDoc[] | string {
  const annDir = join(dir, 'attributions');
  if (!existsSync(annDir)) return `PolNeAR train not found at ${dir} (set DRAMATIS_POLNEAR_DIR; see scripts/bench/polnear.ts)`;
  const docs: PolnearDoc[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const id = file.replace(/_[^_]+\.ann$/, '');
    if (seen.has(id) || !existsSync(join(dir, `${id}.txt`))) continue;
    seen.add(id);
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
    const attributions = parseAnn(readFileSync(join(annDir, file), 'utf8')).map((a) => ({ ...a, speech: isSpeechCue(a.cueText) }));
    docs.push({ id, text, attributions });
  }
  return docs;
}

/** Half "A" (development) and half "B" (check): alternate articles in file-name order. */
export function polnearHalves(docs: PolnearDoc[]): { a: PolnearDoc[]; b: PolnearDoc[] } {
  const sorted = [...docs].sort((x, y) => (x.id < y.id ? -1 : 1));
  return { a: sorted.filter((_, i) => i % 2 === 0), b: sorted.filter((_, i) => i % 2 === 1) };
}

const overlaps = (a: Span | null | undefined, b: Span | null | undefined) => !!a && !!b && a.start < b.end && b.start < a.end;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** The "source right": the two phrases share at least half of the words of the longer one. */
export function sourceRight(found: string, gold: string): boolean {
  const f = words(found);
  const g = words(gold);
  if (!f.length || !g.length) return false;
  const pool = [...g];
  let shared = 0;
  for (const w of f) {
    const i = pool.indexOf(w);
    if (i >= 0) { shared++; pool.splice(i, 1); }
  }
  return shared * 2 >= Math.max(f.length, g.length);
}

export interface PolnearScore { articles: number; speech: number; found: number; correct: number; recalled: number; sourceN: number; sourceRight: number }

/** Scores the claims found on each article against its attributions (one-to-one on the speech attributions). */
export function scorePolnear(docs: PolnearDoc[], claimsOf: (text: string) => Claim[], onDoc?: (d: PolnearDoc, claims: Claim[], missed: PolnearAttribution[], wrong: Claim[]) => void): PolnearScore {
  const s: PolnearScore = { articles: docs.length, speech: 0, found: 0, correct: 0, recalled: 0, sourceN: 0, sourceRight: 0 };
  for (const d of docs) {
    const claims = claimsOf(d.text);
    const hits = (c: Claim, a: PolnearAttribution) =>
      c.cue ? overlaps(c.cue, a.cue) : overlaps(c, a.content) && !d.attributions.some((o) => o !== a && overlaps(o.cue, c));
    const wrong: Claim[] = [];
    for (const c of claims) {
      s.found++;
      if (d.attributions.some((a) => hits(c, a))) s.correct++;
      else wrong.push(c);
    }
    const used = new Set<Claim>();
    const missed: PolnearAttribution[] = [];
    for (const a of d.attributions.filter((x) => x.speech)) {
      s.speech++;
      const c = claims.find((x) => !used.has(x) && hits(x, a));
      if (!c) { missed.push(a); continue; }
      used.add(c);
      s.recalled++;
      if (a.source && c.source) {
        s.sourceN++;
        if (sourceRight(d.text.slice(c.source.start, c.source.end), d.text.slice(a.source.start, a.source.end))) s.sourceRight++;
      } else if (a.source) s.sourceN++;
    }
    onDoc?.(d, claims, missed, wrong);
  }
  return s;
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-');

/** One table row: set, articles, speech attributions, claims found, precision, recall, F1, source right. */
export function polnearRow(name: string, s: PolnearScore): string {
  const p = s.correct / s.found;
  const r = s.recalled / s.speech;
  return `| ${name} | ${s.articles} | ${s.speech} | ${s.found} | ${f2(p)} | ${f2(r)} | ${f2((2 * p * r) / (p + r))} | ${f2(s.sourceRight / s.sourceN)} |`;
}

export const POLNEAR_HEADER = [
  '| set / system | articles | speech attributions | claims found | precision (cue overlap) | recall (speech) | F1 | source right |',
  '|---|---|---|---|---|---|---|---|',
];

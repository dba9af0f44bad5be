// Attributed claims benchmark: Dramatis's analyze() (with claims) beside compromise 14.17.0, measured in this one run.
// `npm run bench -- claims`. Gold: tests/fixtures/attributions/gum-wikinews.attributions.json (12 Wikinews news
// documents annotated by hand, see GUIDELINES.md; CC BY 2.5 texts / CC BY 4.0 annotations) and the sample article's
// gold (tests/fixtures/sample-pompeo-baghdad.gold.json). Set CLAIMS_DEBUG=1 to list the misses and false alarms.
// `npm run bench -- claims --without <id>[,<id>...]` (repeatable) adds a table with those claim patterns or stages
// (lib/nlp/claims/patterns.ts) switched off, beside the full pipeline; `--without-each` gives one row per pattern and
// stage, the ones that matter most first. Besides the scores on the annotated documents, it counts the claims that
// change on the texts without claim gold (the dev set and the two newswire probes).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../../lib/nlp/analyze';
import { tokenize } from '../../lib/nlp/tokenize';
import { recognizeActors } from '../../lib/nlp/actors';
import { CLAIM_STAGE_IDS, findClaims } from '../../lib/nlp/claims';
import { checkStageIds } from '../../lib/nlp/pipeline';
import type { Actor, Doc } from '../../lib/nlp/types';
import type { Claim } from '../../lib/nlp/types';
import { loadNodeModel } from '../lib/node-model';
import { anonymityLabelsPath, blindDevDir, blindHeldoutDir, labelledDocs, labelledRow, LABELLED_HEADER, loadAnonymityLabels, loadBlind, scoreWhoSaid, whoSaidRow, WHO_SAID_HEADER } from './who-said';
import { loadPolnear, polnearHalves, polnearRow, POLNEAR_HEADER, scorePolnear, type PolnearAttribution, type PolnearDoc } from './polnear';

const ROOT = process.cwd();
const DEBUG = !!process.env.CLAIMS_DEBUG;

interface R { start: number; end: number; text?: string }
export interface GoldClaim {
  kind: string;
  cue: R | null;
  content: R | null;
  source: R & { anonymous: boolean; document?: boolean };
}
export interface GoldDoc { id: string; text: string; claims: GoldClaim[] }

const overlaps = (a: R | null | undefined, b: R | null | undefined) => !!a && !!b && a.start < b.end && b.start < a.end;
const same = (a: R | null | undefined, b: R | null | undefined) => !!a && !!b && a.start === b.start && a.end === b.end;

/** The sample article's gold, with cue and source spans located next to the content (the gold file gives their text). */
export function sampleGold(): GoldDoc {
  const dir = join(ROOT, 'tests/fixtures');
  const g = JSON.parse(readFileSync(join(dir, 'sample-pompeo-baghdad.gold.json'), 'utf8'));
  const text = readFileSync(join(dir, g.text_file), 'utf8');
  const near = (s: string, pos: number): R => {
    let best = -1;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (best < 0 || Math.abs(i - pos) < Math.abs(best - pos)) best = i;
    if (best < 0) throw new Error(`sample gold: "${s}" not in text`);
    return { start: best, end: best + s.length, text: s };
  };
  const claims: GoldClaim[] = g.claims.map((c: { kind: string; cue: string | null; source: string; anonymous: boolean; claim?: [number, number] }) => {
    const content = c.claim ? { start: c.claim[0], end: c.claim[1] } : null;
    const anchor = content ? content.start : text.indexOf(c.cue!);
    const cue = c.cue ? near(c.cue, anchor) : null;
    // A cue-less continuation: its source is the speaker named before it.
    const source = near(c.source, cue ? cue.start : anchor - 1);
    return { kind: c.kind, cue, content, source: { ...source, anonymous: c.anonymous } };
  });
  return { id: 'sample-pompeo-baghdad', text, claims };
}

export function annotatedDocs(): GoldDoc[] {
  const f = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/attributions/gum-wikinews.attributions.json'), 'utf8'));
  return f.documents;
}

interface Pred { cue?: R; content?: R; source?: R & { anonymous: boolean } }

/** One-to-one matching: a claim matches when its cue overlaps the gold cue, or (cue-less gold) when the contents overlap. */
export function match(gold: GoldClaim[], pred: Pred[]): [GoldClaim, Pred][] {
  const pairs: [GoldClaim, Pred][] = [];
  const used = new Set<Pred>();
  for (const g of gold.filter((x) => x.cue)) {
    const p = pred.find((x) => !used.has(x) && overlaps(x.cue, g.cue));
    if (p) { used.add(p); pairs.push([g, p]); }
  }
  for (const g of gold.filter((x) => !x.cue)) {
    const p = pred.find((x) => !used.has(x) && !x.cue && overlaps(x.content, g.content))
      ?? pred.find((x) => !used.has(x) && overlaps(x.content, g.content) && !gold.some((o) => o.cue && overlaps(o.cue, x.cue)));
    if (p) { used.add(p); pairs.push([g, p]); }
  }
  return pairs;
}

interface Score { gold: number; pred: number; matched: number; source: number; sourceN: number; anon: number; exact: number }

function score(docs: GoldDoc[], predict: (text: string) => Pred[], label: string): Score {
  const s: Score = { gold: 0, pred: 0, matched: 0, source: 0, sourceN: 0, anon: 0, exact: 0 };
  for (const d of docs) {
    const pred = predict(d.text);
    const pairs = match(d.claims, pred);
    s.gold += d.claims.length;
    s.pred += pred.length;
    s.matched += pairs.length;
    for (const [g, p] of pairs) {
      if (p.source) { s.sourceN++; if (overlaps(p.source, g.source)) s.source++; }
      if (!!p.source?.anonymous === g.source.anonymous) s.anon++;
      if (g.content ? same(p.content, g.content) : same(p.cue, g.cue)) s.exact++;
      if (DEBUG && p.source && !overlaps(p.source, g.source)) console.log(`  [${label}] ${d.id} SOURCE gold "${d.text.slice(g.source.start, g.source.end)}" got "${d.text.slice(p.source.start, p.source.end)}"`);
      if (DEBUG && !!p.source?.anonymous !== g.source.anonymous) console.log(`  [${label}] ${d.id} ANON gold ${g.source.anonymous} "${d.text.slice(g.source.start, g.source.end)}"`);
    }
    if (DEBUG) {
      const mg = new Set(pairs.map((x) => x[0]));
      const mp = new Set(pairs.map((x) => x[1]));
      for (const g of d.claims) if (!mg.has(g)) console.log(`  [${label}] ${d.id} MISS ${g.kind} <${g.cue ? d.text.slice(g.cue.start, g.cue.end) : ''}> ${d.text.slice(g.content?.start ?? g.cue!.start, (g.content?.end ?? g.cue!.end)).slice(0, 80)}`);
      for (const p of pred) if (!mp.has(p)) console.log(`  [${label}] ${d.id} FALSE <${p.cue ? d.text.slice(p.cue.start, p.cue.end) : ''}> [${p.source ? d.text.slice(p.source.start, p.source.end) : ''}] ${p.content ? d.text.slice(p.content.start, p.content.end).slice(0, 80) : ''}`);
    }
  }
  return s;
}

const fromClaims = (claims: Claim[]): Pred[] =>
  claims.map((c) => ({ cue: c.cue, content: c.kind === 'no-comment' ? undefined : c, source: c.source }));

/** compromise's quotations(): direct quotes only, no cue and no source. */
function compromisePred(text: string): Pred[] {
  const out: Pred[] = [];
  for (const q of nlp(text).quotations().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    out.push({ content: { start: q.offset.start, end: q.offset.start + q.offset.length } });
  }
  return out;
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
function row(name: string, s: Score, hasSource: boolean): string {
  const p = s.matched / s.pred;
  const r = s.matched / s.gold;
  const ep = s.exact / s.pred;
  const er = s.exact / s.gold;
  return `| ${name} | ${s.gold} | ${s.pred} | ${f(p)} | ${f(r)} | ${f((2 * p * r) / (p + r))} | ${hasSource ? f(s.source / s.sourceN) : '-'} | ${hasSource ? f(s.anon / s.matched) : '-'} | ${f((2 * ep * er) / (ep + er || 1))} |`;
}

/** The options after `npm run bench -- claims`: `--without a,b` (repeatable) and `--without-each`. */
export function parseWithout(args: readonly string[]): { sets: string[][]; each: boolean } {
  const sets: string[][] = [];
  let each = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--without-each') each = true;
    else if (args[i] === '--without') {
      const value = args[i + 1];
      if (!value || value.startsWith('--')) throw new Error('--without needs a pattern or stage id (see lib/nlp/claims/patterns.ts)');
      sets.push(value.split(',').map((x) => x.trim()).filter(Boolean));
      i++;
    }
  }
  for (const ids of sets) checkStageIds(new Set(ids), { claims: CLAIM_STAGE_IDS });
  return { sets, each };
}

const jsonlTexts = (file: string) => readFileSync(join(ROOT, file), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);

/** The claims bench with patterns or stages switched off, beside the full pipeline (claims found on the same actors). */
function withoutTable(docs: GoldDoc[], sample: GoldDoc, sets: string[][]): void {
  const unannotated = [
    ...(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gum-wikinews.json'), 'utf8')) as { documents: { text: string }[] }).documents.map((d) => d.text),
    ...jsonlTexts('tests/fixtures/newswire-probe/probe.jsonl'),
    ...jsonlTexts('tests/fixtures/newswire-probe/heldout.jsonl'),
  ];
  const prepared = new Map<string, { doc: Doc; actors: Actor[] }>();
  const prepare = (t: string) => {
    let p = prepared.get(t);
    if (!p) { const doc = tokenize(t); p = { doc, actors: recognizeActors(doc, {}) }; prepared.set(t, p); }
    return p;
  };
  const claimsOf = (t: string, without: Set<string>) => { const p = prepare(t); return findClaims(p.doc, p.actors, undefined, { without }); };
  const gold = [...docs, sample];
  const keyOf = (c: Claim) => `${c.kind}|${c.start}|${c.end}|${c.cue?.start ?? ''}|${c.source?.start ?? ''}|${c.source?.end ?? ''}|${c.source?.actorId ?? ''}|${c.source?.anonymous ?? ''}`;
  const full = new Map(unannotated.map((t) => [t, new Set(claimsOf(t, new Set()).map(keyOf))]));
  const f1 = (s: Score) => { const p = s.matched / s.pred; const r = s.matched / s.gold; return (2 * p * r) / (p + r); };
  const base = score(gold, (t) => fromClaims(claimsOf(t, new Set())), 'full');
  const rows = sets.map((ids) => {
    const without = new Set(ids);
    const s = score(gold, (t) => fromClaims(claimsOf(t, without)), `without ${ids.join(',')}`);
    let lost = 0;
    let gained = 0;
    for (const t of unannotated) {
      const now = new Set(claimsOf(t, without).map(keyOf));
      const before = full.get(t)!;
      for (const k of before) if (!now.has(k)) lost++;
      for (const k of now) if (!before.has(k)) gained++;
    }
    return { ids, s, delta: f1(s) - f1(base), lost, gained };
  });
  // The rules that matter most first: the largest change in F1, then in claims changed on the unannotated texts.
  rows.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || b.lost + b.gained - (a.lost + a.gained));
  const sign = (x: number) => (Math.abs(x) < 0.0005 ? '0.000' : (x > 0 ? '+' : '') + x.toFixed(3));
  console.log(`\n12 annotated Wikinews docs + sample article (${base.gold} gold claims); claims lost / gained on ${unannotated.length} texts without claim gold (dev set, newswire probe and held-out).`);
  console.log('| switched off | gold | found | precision | recall | F1 | source acc. | anonymity acc. | exact-content F1 | F1 change | claims lost / gained (no gold) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  console.log(`${row('nothing (full pipeline)', base, true)} | |`);
  for (const r of rows) console.log(`${row(r.ids.join(', '), r.s, true)} ${sign(r.delta)} | ${r.lost} / ${r.gained} |`);
}

/**
 * The PolNeAR train rows (scripts/bench/polnear.ts), when the local copy is present: half A (developed on) and half B
 * (checked), Dramatis beside compromise's quotations(). POLNEAR_DEBUG=FILE writes half A's misses and false alarms there.
 */
function polnearTable(): void {
  const loaded = loadPolnear();
  if (typeof loaded === 'string') { console.log(`\n${loaded}: PolNeAR rows skipped.`); return; }
  const { a, b } = polnearHalves(loaded);
  const claimsOf = (text: string) => analyze(text).claims;
  const compromiseClaims = (text: string) => compromisePred(text).map((p) => ({ kind: 'direct', start: p.content!.start, end: p.content!.end, text: text.slice(p.content!.start, p.content!.end) } as Claim));
  const debug: string[] = [];
  const onDoc = process.env.POLNEAR_DEBUG
    ? (d: PolnearDoc, _c: Claim[], missed: PolnearAttribution[], wrong: Claim[]) => {
        const cut = (s: { start: number; end: number } | null | undefined) => (s ? d.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 160) : '');
        for (const m of missed) debug.push(`${d.id}\tMISS\t<${cut(m.cue)}>\t[${cut(m.source)}]\t${cut(m.content)}`);
        for (const w of wrong) debug.push(`${d.id}\tFALSE\t<${cut(w.cue)}>\t[${cut(w.source)}]\t${cut(w)}`);
      }
    : undefined;
  console.log(`\nPolNeAR train (real 2016 US political news, ${loaded.length} articles; recall over speech and writing cues, precision by cue overlap with any attribution):`);
  for (const line of POLNEAR_HEADER) console.log(line);
  console.log(polnearRow('half A (developed on) / Dramatis', scorePolnear(a, claimsOf, onDoc)));
  console.log(polnearRow('half A / compromise quotations()', scorePolnear(a, compromiseClaims)));
  console.log(polnearRow('half B (checked) / Dramatis', scorePolnear(b, claimsOf)));
  console.log(polnearRow('half B / compromise quotations()', scorePolnear(b, compromiseClaims)));
  if (process.env.POLNEAR_DEBUG) { writeFileSync(process.env.POLNEAR_DEBUG, `${debug.join('\n')}\n`); console.log(`(half A misses and false alarms written to ${process.env.POLNEAR_DEBUG})`); }
}

/**
 * "Who said it" on the blind wire-style articles (tests/fixtures/claims-blind: development) and, with --blind-heldout,
 * on their held-out siblings (../data/claims-heldout, kept out of the repository for one unseen figure per session).
 */
function whoSaidTable(heldout: boolean): void {
  const analyse = (text: string) => {
    const a = analyze(text);
    const names = new Map(a.actors.map((x) => [x.id, x.name]));
    return { claims: a.claims, actorName: (id: string) => names.get(id) };
  };
  const dev = loadBlind(blindDevDir());
  console.log('\nWho said it: blind wire-style articles (written and annotated without seeing Dramatis; precision = found claims that match a gold claim):');
  for (const line of WHO_SAID_HEADER) console.log(line);
  console.log(whoSaidRow('blind development set (tests/fixtures/claims-blind)', scoreWhoSaid(dev, analyse)));
  if (heldout) {
    const held = loadBlind(blindHeldoutDir());
    console.log(held.length ? whoSaidRow(`blind held-out set (${blindHeldoutDir()})`, scoreWhoSaid(held, analyse)) : `| blind held-out set: not found at ${blindHeldoutDir()} |`);
  }
  const labels = loadAnonymityLabels();
  const polnear = labels.length ? loadPolnear() : undefined;
  if (!labels.length || typeof polnear !== 'object') { console.log(`\n(real-news anonymity labels not found at ${anonymityLabelsPath()}: that row skipped)`); return; }
  console.log('\nWho said it on real news: PolNeAR train half A speech attributions, sources labelled named/anonymous by hand (GUIDELINES.md of the blind set):');
  for (const line of LABELLED_HEADER) console.log(line);
  console.log(labelledRow('PolNeAR train half A, hand-labelled sample', scoreWhoSaid(labelledDocs(polnearHalves(polnear).a, labels), analyse)));
}

export async function run(): Promise<void> {
  const options = parseWithout(process.argv.slice(2));
  loadNodeModel();
  const docs = annotatedDocs();
  const sample = sampleGold();
  const ours = (text: string) => fromClaims(analyze(text).claims);
  console.log('Claims: a claim matches when its cue overlaps the gold cue, or (cue-less quotes) when the contents overlap.');
  console.log('Source = source-span overlap on matched claims; anonymity = same named/anonymous call on matched claims;');
  console.log('exact = content span identical (no-comment: cue span). compromise has quotations() only: no cue, no source.\n');
  console.log('| set / system | gold | found | precision | recall | F1 | source acc. | anonymity acc. | exact-content F1 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(row(`12 annotated Wikinews docs / Dramatis`, score(docs, ours, 'gum'), true));
  console.log(row(`12 annotated Wikinews docs / compromise quotations()`, score(docs, compromisePred, 'gum-compromise'), false));
  console.log(row(`sample article / Dramatis`, score([sample], ours, 'sample'), true));
  console.log(row(`sample article / compromise quotations()`, score([sample], compromisePred, 'sample-compromise'), false));
  polnearTable();
  whoSaidTable(process.argv.includes('--blind-heldout'));
  if (options.each || options.sets.length) {
    withoutTable(docs, sample, options.each ? CLAIM_STAGE_IDS.map((id) => [id]) : options.sets);
    return;
  }

  // Speed: analyze() with claims vs compromise's parse (+ people/places/organizations/quotations), same texts, same run.
  const texts = [...docs.map((d) => d.text), sample.text];
  const wordsN = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  // One pass over all texts; the machine is shared, so the passes are interleaved and the fastest of 7 is kept.
  const pass = (fn: (t: string) => unknown) => {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    return performance.now() - t0;
  };
  const prepared = new Map(texts.map((t) => { const doc = tokenize(t); return [t, { doc, actors: recognizeActors(doc, {}) }]; }));
  const oursFull = (t: string) => analyze(t);
  const claimsOnly = (t: string) => { const p = prepared.get(t)!; return findClaims(p.doc, p.actors); };
  const comp = (t: string) => { const d = nlp(t); d.people().json(); d.places().json(); d.organizations().json(); d.quotations().json(); };
  pass(oursFull); pass(claimsOnly); pass(comp); // warm-up
  let oursMs = Infinity;
  let claimsMs = Infinity;
  let compMs = Infinity;
  for (let i = 0; i < 7; i++) {
    oursMs = Math.min(oursMs, pass(oursFull));
    claimsMs = Math.min(claimsMs, pass(claimsOnly));
    compMs = Math.min(compMs, pass(comp));
  }
  console.log(`\n| speed (${texts.length} texts, ${wordsN} words) | ms per pass (best of 7, interleaved) | words/s |`);
  console.log('|---|---|---|');
  console.log(`| Dramatis analyze() (actors + claims + profile) | ${oursMs.toFixed(1)} | ${Math.round((wordsN / oursMs) * 1000)} |`);
  console.log(`| of which claim finding alone (findClaims) | ${claimsMs.toFixed(1)} | ${Math.round((wordsN / claimsMs) * 1000)} |`);
  console.log(`| compromise parse + people/places/orgs/quotations | ${compMs.toFixed(1)} | ${Math.round((wordsN / compMs) * 1000)} |`);
  console.log(`| ratio (Dramatis speed / compromise speed) | ${(compMs / oursMs).toFixed(1)}x | |`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

// Diagnostic (not a test, not tuning): prints the dev-set gold mentions Dramatis misses or gets partly, by type, with
// context, and the error classes counted. `npx tsx scripts/lib-ner/diagnose.ts [type] [limit]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dramatisMentions } from '../bench/ner';

interface Gold { start: number; end: number; text: string; type: string; group: number }
const dev = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/gum-wikinews.json'), 'utf8')) as { documents: { id: string; text: string; entities: Gold[] }[] };
const only = process.argv[2];
const limit = Number(process.argv[3] ?? 400);
const classes = new Map<string, number>();
let shown = 0;
for (const d of dev.documents) {
  const pred = dramatisMentions(d.text);
  for (const g of d.entities) {
    if (!['person', 'organization', 'place'].includes(g.type)) continue;
    if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) continue;
    const same = pred.find((p) => p.start === g.start && p.end === g.end);
    const ov = pred.filter((p) => p.start < g.end && g.start < p.end);
    let cls: string;
    if (same) cls = `wrong type ${g.type}->${same.type}`;
    else if (!ov.length) cls = `missed ${g.type}`;
    else cls = `boundary ${g.type}`;
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
    if (only && g.type !== only) continue;
    if (shown++ >= limit) continue;
    const ctx = d.text.slice(Math.max(0, g.start - 50), g.start) + '[[' + d.text.slice(g.start, g.end) + ']]' + d.text.slice(g.end, g.end + 40);
    const pr = ov.map((p) => `${d.text.slice(p.start, p.end)}/${p.type}`).join(' | ');
    console.log(`${cls.padEnd(32)} ${ctx.replace(/\s+/g, ' ')}   PRED: ${pr}`);
  }
}
console.log([...classes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join('\n'));

// held-out (Wikigold tail): false positives and misses with context
if (process.argv.includes('--held-out')) {
  const { loadCorpora } = await import('./data');
  const { heldOut } = loadCorpora();
  const T: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };
  const hc = new Map<string, number>();
  for (const d of heldOut) {
    let text = '';
    const gold: { start: number; end: number; type: string }[] = [];
    for (const s of d.sents) {
      let cur: { s: number; type: string } | undefined;
      const starts: number[] = [], ends: number[] = [];
      const close = (endTok: number) => {
        if (cur) gold.push({ start: starts[cur.s], end: ends[endTok - 1], type: cur.type });
        cur = undefined;
      };
      s.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        starts.push(text.length);
        text += w;
        ends.push(text.length);
        const tag = Math.log2(s.mask[i]);
        if (tag === 0 || tag % 2 === 1) close(i);
        if (tag > 0 && tag % 2 === 1) cur = { s: i, type: T[['O', 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC'][tag]] };
      });
      close(s.words.length);
      text += '\n';
    }
    const pred = dramatisMentions(text);
    const ctx = (a: number, b: number) => (text.slice(Math.max(0, a - 40), a) + '[[' + text.slice(a, b) + ']]' + text.slice(b, b + 30)).replace(/\s+/g, ' ');
    for (const p of pred) {
      if (gold.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) continue;
      const same = gold.find((g) => g.start === p.start && g.end === p.end);
      const ov = gold.filter((g) => g.start < p.end && p.start < g.end);
      const cls = same ? `FP type ${same.type}->${p.type}` : ov.length ? `FP boundary ${p.type}` : `FP spurious ${p.type}`;
      hc.set(cls, (hc.get(cls) ?? 0) + 1);
      if (!only || cls.includes(only)) console.log(`${cls.padEnd(30)} ${ctx(p.start, p.end)}  GOLD: ${ov.map((g) => text.slice(g.start, g.end) + '/' + g.type).join(' | ')}`);
    }
    for (const g of gold) {
      if (pred.some((p) => p.start < g.end && g.start < p.end)) continue;
      const cls = `FN missed ${g.type}`;
      hc.set(cls, (hc.get(cls) ?? 0) + 1);
      if (!only || cls.includes(only)) console.log(`${cls.padEnd(30)} ${ctx(g.start, g.end)}`);
    }
  }
  console.log([...hc].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join('\n'));
}

// linking: gold mentions of one group, both found with exact spans, that Dramatis puts in different actors
if (process.argv.includes('--linking')) {
  for (const d of dev.documents) {
    const pred = dramatisMentions(d.text);
    const bySpan = new Map(pred.map((p) => [`${p.start}:${p.end}`, p]));
    const groups = new Map<number, Gold[]>();
    for (const g of d.entities) if (['person', 'organization', 'place'].includes(g.type)) groups.set(g.group, [...(groups.get(g.group) ?? []), g]);
    for (const gs of groups.values()) {
      const found = gs.map((g) => ({ g, p: bySpan.get(`${g.start}:${g.end}`) })).filter((x) => x.p);
      const actors = new Map<string, string[]>();
      for (const x of found) actors.set(x.p!.actor!, [...(actors.get(x.p!.actor!) ?? []), `${x.g.text}/${x.p!.type}`]);
      if (actors.size > 1) console.log(`${d.id}: ${[...actors.values()].map((v) => [...new Set(v)].join(', ')).join('  ||  ')}   (gold group of ${gs.length}, found ${found.length})`);
    }
  }
}

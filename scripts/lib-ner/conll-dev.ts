// Development loop on CoNLL-2003 eng.train (local copy only, never committed; see conll-train.ts):
//   npx tsx scripts/lib-ner/conll-dev.ts [--every N] [--offset K] [--errors organization] [--without stage-id,...]
// prints exact F1 (all sentences / prose sentences / per type) for Dramatis, and with --errors the missed and false
// mentions of one type with their sentence, to find error kinds.
import { tokenize } from '../../lib/nlp/tokenize';
import { recognizeActors } from '../../lib/nlp/actors';
import { loadNodeModel } from '../lib/node-model';
import { f1, readConllTrain, scoreConll, type ConllDoc } from './conll-train';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const every = Number(opt('--every') ?? 1);
const offset = Number(opt('--offset') ?? 0); // --every 2 --offset 1: the half not developed on
const errors = opt('--errors');
const without = opt('--without') ? new Set(opt('--without')!.split(',')) : undefined;

loadNodeModel();
const all = readConllTrain();
if (!all) {
  console.log('CoNLL-2003 eng.train: no local copy (../data/conll-train/eng.train), skipped');
  process.exit(0);
}
const docs = all.filter((_, i) => i % every === offset);
const predict = (text: string) =>
  recognizeActors(tokenize(text), {}, undefined, { without }).flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, type: a.type as string })));
const s = scoreConll(docs, predict);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`CoNLL-2003 eng.train, ${docs.length} docs (every ${every} from ${offset}): exact F1 all ${pct(f1(s.all.micro))} / prose ${pct(f1(s.prose.micro))}`);
for (const t of ['person', 'organization', 'place'] as const)
  console.log(`  ${t}: all ${pct(f1(s.all[t]))} (tp ${s.all[t].tp} fp ${s.all[t].fp} fn ${s.all[t].fn}) / prose ${pct(f1(s.prose[t]))}`);

if (errors) dumpErrors(docs, errors);

function dumpErrors(docs: ConllDoc[], type: string) {
  for (const d of docs) {
    const pred = predict(d.text);
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const gk = new Set(d.gold.map(key));
    const pk = new Set(pred.map(key));
    const line = (pos: number) => {
      const s = d.sentences.find((x) => pos >= x.start && pos <= x.end)!;
      return d.text.slice(s.start, s.end).slice(0, 160);
    };
    for (const g of d.gold) {
      if (g.type !== type || pk.has(key(g))) continue;
      const got = pred.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${d.text.slice(p.start, p.end)}/${p.type}`);
      console.log(`FN\t${d.index}\t${d.text.slice(g.start, g.end)}\t${got.join(',') || '-'}\t${line(g.start)}`);
    }
    for (const p of pred) {
      if (p.type !== type || gk.has(key(p))) continue;
      const was = d.gold.filter((g) => g.start < p.end && p.start < g.end).map((g) => `${d.text.slice(g.start, g.end)}/${g.type}`);
      console.log(`FP\t${d.index}\t${d.text.slice(p.start, p.end)}\t${was.join(',') || '-'}\t${line(p.start)}`);
    }
  }
}

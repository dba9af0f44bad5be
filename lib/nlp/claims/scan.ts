/**
 * The state the claim patterns share while they read one document: the drafts found so far, the quotations already
 * taken, and the look-ups over them ("the latest source in this sentence", "the subject before this cue").
 */
import type { Budget } from '../budget';
import type { Draft, Text } from './draft';
import type { Quote } from './quotes';
import type { Range } from './text-units';
import { indexAt } from './text-units';
import { leadingSubject, subjectBefore, type SubjectResult } from './source-phrase';
import type { CueHit } from './cue-hits';
import type { CueFrame } from './cues';
import { lastEndingBy, sentenceOf } from './spans';

export interface Scan extends Text {
  budget?: Budget;
  /** Quotations that can carry a cue (see Text.speech), computed once. */
  speech: Quote[];
  /** Drafts in the order the patterns produced them. */
  drafts: Draft[];
  /** Quotes taken by a draft (or by an "according to" phrase): no other pattern uses them. */
  usedQuote: Map<Quote, Draft>;
  /** Quotes partly taken by a mixed claim: where the taken part ends, and the claim. */
  partial: Map<Quote, { end: number; draft: Draft }>;
  /** Drafts in push order, by the start of the sentence their source starts in: for "the latest source in this sentence". */
  bySourceSentence: Map<number, Draft[]>;
  /**
   * For the quote patterns, the drafts with a source sorted by start: `found` before the quote phase, `added` by it
   * (drafts added there belong to later and later quotes, so both lists stay sorted).
   */
  withSource: { found: Draft[]; added: Draft[] };
}

export function newScan(t: Text, budget?: Budget): Scan {
  return {
    text: t.text,
    paras: t.paras,
    sents: t.sents,
    quotes: t.quotes,
    real: t.real,
    budget,
    speech: t.speech ?? t.quotes.filter((q) => !q.title && (!q.scare || q.punctuated)),
    drafts: [],
    usedQuote: new Map(),
    partial: new Map(),
    bySourceSentence: new Map(),
    withSource: { found: [], added: [] },
  };
}

/** Adds a draft found by a pattern, indexed by the sentence its source starts in. */
export function pushDraft(s: Scan, d: Draft): void {
  s.drafts.push(d);
  if (!d.source) return;
  const si = indexAt(s.sents, d.source.start);
  if (si < 0) return; // such a source cannot lie inside a sentence before a cue
  const key = s.sents[si].start;
  const list = s.bySourceSentence.get(key);
  if (list) list.push(d);
  else s.bySourceSentence.set(key, [d]);
}

/** The draft pushed last whose source lies in `sent` before `cueStart`. */
export function latestSourceBefore(s: Scan, sent: Range, cueStart: number): Draft | undefined {
  const list = s.bySourceSentence.get(sent.start) ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const d = list[i];
    if (d.source && d.source.start >= sent.start && d.source.end <= cueStart) return d;
  }
  return undefined;
}

/**
 * The source phrase before a cue at `cueStart`, read from `from`: the subject noun phrase; for a participle after a
 * comma or a coordinated verb, the main clause's subject (the latest source in the sentence, else its leading subject).
 */
export function sourceBefore(s: Scan, from: number, cueStart: number, sent: Range, form = ''): { span?: Range; before?: Range } {
  const { text } = s;
  // A participle after a comma ("..., writing in a blog post \"...\"", "..., adding that ...") or a gerund after "by",
  // "after", "before", "upon" or "while" ("landed in hot water by saying that ...") takes the main subject.
  if (/ing$/.test(form) && /(?:,|\b(?:by|after|before|upon|while))\s*$/i.test(text.slice(Math.max(from, cueStart - 10), cueStart))) {
    const prev = latestSourceBefore(s, sent, cueStart);
    if (prev?.source) return { span: prev.source };
    const main = mainSubject(text, sent, cueStart);
    return main ? { span: main } : {};
  }
  // "X was quoted as saying ..."
  const quoted = /\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?quoted\s+(?:\w+\s+)?as\s*$/i.exec(text.slice(from, cueStart));
  // A progressive cue ("Trump is insisting that ...", "He's predicting that ...", "some are quietly saying"): the subject
  // stands before the form of "be".
  const progressive = /ing$/.test(form) && !quoted ? PROGRESSIVE_BEFORE.exec(text.slice(Math.max(from, cueStart - 40), cueStart)) : null;
  const r = subjectBefore(text, from, quoted ? from + quoted.index : progressive ? cueStart - progressive[0].length : cueStart);
  if (r.kind === 'span') return { span: r.span, before: r.before };
  if (r.kind === 'coordinated') {
    const prev = latestSourceBefore(s, sent, cueStart);
    if (prev?.source) return { span: prev.source };
    const lead = leadingSubject(text, sent.start, cueStart);
    return lead ? { span: lead } : {};
  }
  return {};
}

/** A form of "be" and adverbs before a progressive cue ("is", "'s", "are quietly", "was still"). */
const PROGRESSIVE_BEFORE = /(?:\s+(?:is|are|was|were|am)|['’](?:s|re|m))(?:\s+(?:[a-z]+ly|also|still|now|already|even|just))*\s+$/i;

/**
 * The subject of a sentence's main clause, for a participle or gerund cue at `cueStart` ("Continuing his answer,
 * Carson rejected it, saying ...": Carson; "After saying he was nervous, the man ...": the man): the noun phrase
 * opening the sentence, else the one after the first comma when the sentence opens with a participle, a
 * preposition or a subordinate clause.
 */
function mainSubject(text: string, sent: Range, cueStart: number): Range | null {
  let lead = leadingSubject(text, sent.start, sent.end);
  // A pronoun is a whole subject: the verbs after it may be unknown to the walk ("He drew fire by saying").
  const pronoun = lead && /^(?:he|she|they|it)\b/i.exec(text.slice(lead.start, lead.end));
  if (lead && pronoun) lead = { start: lead.start, end: lead.start + pronoun[0].length };
  const opener = /^\s*(?:[A-Za-z]+ing|[A-Za-z]+ed|After|Before|While|When|As|In|On|At|During|Asked|Speaking|Upon|Despite|Although|Though|If|Because|Since)\b/;
  // A year or a number is not a subject but what is left of an opening phrase ("In 2016, Mrs. Schlafly endorsed ...").
  if (lead && !opener.test(text.slice(lead.start, lead.end)) && /\p{L}/u.test(text.slice(lead.start, lead.end))) return lead;
  if (!opener.test(text.slice(sent.start, sent.start + 20))) return lead;
  const comma = text.indexOf(',', sent.start);
  if (comma < 0 || comma >= sent.end) return null;
  // The main clause may start before the cue ("Continuing, Carson rejected it, saying") or after it ("After saying
  // he was nervous, the man ended up ...").
  return leadingSubject(text, comma + 1, comma < cueStart ? cueStart : sent.end);
}

/**
 * A cue verb with what the cue-verb patterns read around it. One is made per document and moved from cue to cue
 * (`at`), so the runner allocates nothing per cue: a pattern must not keep it (a draft copies the cue's span).
 */
export class CueAt implements CueHit {
  start = 0;
  end = 0;
  form = '';
  frame: CueFrame = 'say';
  sent: Range = { start: 0, end: 0 };
  para: Range = { start: 0, end: 0 };
  /** The quotation that can carry a cue ending last before the cue, in its paragraph. */
  prevQuote?: Quote;
  /** Where the cue's clause starts: the end of `prevQuote` when it lies in the sentence, else the sentence start. */
  fromQ = 0;
  private plain?: SubjectResult;

  constructor(private readonly s: Scan) {}

  /** Moves to the cue verb `hit`. */
  at(hit: CueHit): this {
    const s = this.s;
    this.start = hit.start;
    this.end = hit.end;
    this.form = hit.form;
    this.frame = hit.frame;
    this.sent = sentenceOf(s.sents, hit.start);
    this.para = s.paras[indexAt(s.paras, hit.start)] ?? this.sent;
    const lastBefore = lastEndingBy(s.speech, hit.start);
    this.prevQuote = lastBefore && lastBefore.end >= this.para.start ? lastBefore : undefined;
    this.fromQ = this.prevQuote && this.prevQuote.end > this.sent.start ? this.prevQuote.end : this.sent.start;
    this.plain = undefined;
    return this;
  }

  /** The subject right before the cue, read from `fromQ` (one walk back, shared by the patterns that need it). */
  subject(): SubjectResult {
    return (this.plain ??= subjectBefore(this.s.text, this.fromQ, this.start));
  }
}

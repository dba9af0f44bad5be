import type { ClaimKind } from '../types';
import type { Range, Word } from './text-units';
import { firstIndex, indexAt, words } from './text-units';
import type { Quote } from './quotes';
import { quoteAt } from './quotes';
import type { CueFrame } from './cues';
import { ACCORDING_TO, AUXILIARIES, BE_FORMS, CUE_VERBS, NO_COMMENT, NOUN_AFTER, NOUN_BEFORE, NOUN_CUES } from './cues';
import { PRONOUN_SOURCE, leadingSubject, subjectAfter, subjectBefore } from './source-phrase';
import { MAX_CUE_LOOKAHEAD_WORDS } from '../limits';
import type { Budget } from '../budget';

/** A claim before its source is classified and resolved. */
export interface Draft {
  kind: ClaimKind;
  content?: Range;
  cue?: Range;
  source?: Range;
  /** Cue-less continuation of another draft's speaker. */
  continues?: Draft;
}

export interface Text {
  text: string;
  paras: Range[];
  sents: Range[];
  quotes: Quote[];
  /** Real quotations only (not scare quotes). */
  real: Quote[];
  /** Quotations that can carry a cue: real ones plus short punctuated ones ("We will win," Trump said). */
  speech?: Quote[];
}

const FORM_INFO = new Map<string, { frame: CueFrame; ambiguous: boolean; lemma: string }>();
for (const v of CUE_VERBS) for (const f of v.forms) FORM_INFO.set(f, { frame: v.frame, ambiguous: !!v.ambiguous?.includes(f), lemma: v.forms[0] });
const ACCORDING_RE = new RegExp(`(?:${ACCORDING_TO.map((a) => a.phrase.replace(/ /g, '\\s+')).join('|')})\\b`, 'iy');
const NO_COMMENT_RE = new RegExp(`(?:${NO_COMMENT.map((n) => n.pattern).join('|')})\\b`, 'iy');
/** First words of the phrases above: the sticky patterns are only tried where one of these words starts. */
const ACCORDING_FIRST = new Set(ACCORDING_TO.map((a) => a.phrase.split(' ')[0]));
const NO_COMMENT_FIRST = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'did', 'does', 'do', 'could', 'can', "couldn't", "can't", 'cannot', "didn't", "doesn't", "don't", 'had', 'couldn’t', 'can’t', 'didn’t', 'doesn’t', 'don’t', 'would', 'will', 'has', 'have', "wouldn't", "won't", "hasn't", "haven't", "hadn't", 'wouldn’t', 'won’t', 'hasn’t', 'haven’t', 'hadn’t']);
const LOWER_WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

/** Sticky match of `re` at `pos`. */
function matchAt(re: RegExp, text: string, pos: number): string | undefined {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const after = text.charCodeAt(pos + m[0].length);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(after)) ? undefined : m[0];
}

const WH = /^(?:what|how|why|whether|when|where|who|whom|which|if)$/i;
const CLAUSE_PRONOUN = /^(?:he|she|it|they|we|i|you|there|this|these|those)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|show|shows|showed|remain|remains|remained|need|needs|needed)$/i;
const SAY_NOT_CLAUSE = /^(?:goodbye|nothing|so|anything|little|much|hello|yes|no|sorry|grace|prayers|thanks|something|more|less|otherwise)$/i;

const lw = (w: Word | undefined) => (w ? w.text.toLowerCase() : '');
const isCap = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);

function sentenceOf(t: Text, pos: number): Range {
  const i = indexAt(t.sents, pos);
  return i >= 0 ? t.sents[i] : { start: pos, end: pos };
}

/** The previous and next word around a span (within a short window). */
function neighbours(t: Text, start: number, end: number): { before: Word[]; after: Word[] } {
  return { before: words(t.text, Math.max(0, start - 60), start).slice(-4), after: words(t.text, end, Math.min(t.text.length, end + 60)).slice(0, 4) };
}

/** A verb reading of a cue form: not after a determiner/preposition, not passive, not an infinitive after "to". */
function verbReading(t: Text, start: number, end: number, form: string, ambiguous: boolean): boolean {
  const { before, after } = neighbours(t, start, end);
  let k = before.length - 1;
  while (k >= 0 && AUXILIARIES.has(lw(before[k])) && !/^(?:has|have|had|will|would|can|could|may|might|should|must|did|does|do)$/.test(lw(before[k]))) k--;
  const prev = lw(before[k]);
  const prevRaw = before[before.length - 1];
  const next = lw(after[0]);
  if (BE_FORMS.has(prev) && !(form === 'saying' && lw(before[k - 1]) === 'as')) return false;
  // Negated speech ("did not say", "never claimed") is not a claim; refusals are found by the no-comment patterns.
  if (before.slice(Math.max(0, k - 1)).some((w) => /^(?:not|never|n't|n’t)$/i.test(w.text) || /n['’]t$/i.test(w.text))) return false;
  // Gerunds after a preposition ("from claiming asylum", "without saying") are not attributions.
  if (/ing$/.test(form) && /^(?:from|of|for|by|without|about|after|before|in|on|against|despite|besides|than)$/.test(prev)) return false;
  if (prev === 'as' && form === 'saying' && lw(before[k - 1]) === 'quoted') return true;
  if (/^(?:when|if|as|after|before|while|once|unless|being)$/.test(prev) && /^(?:asked|told|called|reported|described|quoted)$/.test(form)) return false;
  if (prev === 'to' && !/^(?:told|said|added)$/.test(form)) return false;
  // Modal, hypothetical or imperative speech ("would say", "can you explain", "let me tell", "I'd say") is not reported.
  if (/^(?:will|would|can|could|may|might|should|must|shall|do|does|did|let|help|please|wanna|gonna)$/.test(prev) || (prevRaw && /['’](?:ll|d)$/i.test(prevRaw.text))) return false;
  if (/^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|no|any)$/.test(lw(prevRaw))) return false;
  if (ambiguous) {
    if (NOUN_BEFORE.has(prev) || NOUN_AFTER.has(next)) return false;
    if (prevRaw && /['’]s?$/.test(prevRaw.text)) return false; // "Trump's claim", "the voters' claims"
    if (prevRaw && /^['’]s?$/.test(prevRaw.text)) return false;
    if (prevRaw && /^\p{Lu}/u.test(prevRaw.text) && /^(?:state|states)$/.test(form)) return false;
    if (!prevRaw || /^[,.;:(]$/.test(prevRaw.text)) return false;
  }
  if (form === 'alleged' && !/^(?:that|,)$/.test(next)) return false;
  return true;
}

/** Adverbials allowed between a cue and its clause: time and medium phrases ("on Tuesday", "in a statement"). */
const ADVERBIAL_START = /^(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|tonight|late|early|via|through|over|outside|inside|recently|previously|again|also|repeatedly|publicly|privately|separately|then|now|further|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Where the reported clause starts after a cue, or null when the frame is not satisfied. */
function complementStart(t: Text, cueEnd: number, sentEnd: number, frame: CueFrame, form = ''): number | null {
  const ws = words(t.text, cueEnd, sentEnd, MAX_CUE_LOOKAHEAD_WORDS);
  if (ws.length === 0) return null;
  let i = 0;
  if (frame === 'ask') {
    // "asked the governments not to ...", "pleaded with him to ...", "asked officials how ...": an addressee is required.
    let j = lw(ws[0]) === 'with' ? 1 : 0;
    const first = j;
    const stop = /^accus/.test(form) ? /^(?:of)$/i : /^(?:to|not|whether|how|why|what|if|when|where|who)$/i;
    while (j < ws.length && j - first < 7 && !stop.test(ws[j].text)) {
      if (!/[\p{L}\p{N}'’-]/u.test(ws[j].text) || FINITE.test(ws[j].text)) return null;
      j++;
    }
    if (j === first || j >= ws.length) return null;
    if (lw(ws[j]) === 'not' && lw(ws[j + 1]) !== 'to') return null;
    if (lw(ws[j]) === 'of' ? !/^accus/.test(form) : /^accus/.test(form)) return null;
    return ws[0].start;
  }
  // Addressee for tell/warn: "told reporters", "told CBC News", "told the court", "warned Iraq".
  if (frame === 'tell') {
    const w0 = ws[0];
    if (/^(?:him|her|them|me|us|you|reporters|journalists|lawmakers|legislators|parliament|congress|supporters|listeners|viewers|readers|investigators|police|officials|colleagues|staff|members|students|delegates|senators|residents|voters|workers|employees)$/i.test(w0.text)) i = 1;
    else if (isCap(w0) || /^(?:the|a|an|his|her|their|its|our)$/i.test(w0.text)) {
      let j = 1;
      // A capitalized name ("CBC News", "The Huffington Post") or a short noun phrase ("the court", "Iraq's top brass").
      while (j < ws.length && j < 6 && (isCap(ws[j]) || /^(?:of|-|'s|’s)$/i.test(ws[j].text))) j++;
      if (j === 1 && !isCap(w0) && ws[1] && /^[a-z]+$/.test(ws[1].text) && !FINITE.test(ws[1].text)) j = 2;
      // A possessive addressee: "Iraq’s top brass", "the minister's aides".
      if (/['’]s$/.test(ws[j - 1].text) || /^(?:'s|’s)$/.test(ws[j]?.text ?? '')) {
        if (/^(?:'s|’s)$/.test(ws[j]?.text ?? '')) j++;
        for (let k = 0; k < 2 && j < ws.length && /^[a-z]+$/.test(ws[j].text) && !/^(?:that|to|about|of|the|he|she|it|they|we)$/.test(ws[j].text) && !FINITE.test(ws[j].text); k++) j++;
      }
      i = j;
    }
    if (/^(?:to|about|of|off|apart)$/i.test(ws[i]?.text ?? '')) return null;
  }
  // A parenthetical after the cue: ", in a satirical fashion, that ..." / ", on Tuesday, the ...".
  if (ws[i]?.text === ',') {
    let j = i + 1;
    while (j < ws.length && j - i < 9 && ws[j].text !== ',') j++;
    if (j < ws.length && ws[j].text === ',' && ADVERBIAL_START.test(ws[i + 1]?.text ?? '') || /ly$/.test(ws[i + 1]?.text ?? '') && ws[j]?.text === ',') i = j + 1;
    else return null; // a quotation after a comma is handled as a direct quote
  }
  if (ws[i]?.text === ':') return null;
  // Skip a short adverbial: "on Tuesday", "in a statement", "last week", "after the trip".
  if (ADVERBIAL_START.test(ws[i]?.text ?? '')) {
    let j = i + 1;
    while (j < ws.length && j - i < 9 && !/^(?:that|,|:)$/.test(ws[j].text) && !(CLAUSE_PRONOUN.test(ws[j].text) && j > i)) j++;
    if (j < ws.length && (ws[j].text === 'that' || CLAUSE_PRONOUN.test(ws[j].text))) i = j;
    else if (j < ws.length && ws[j].text === ',' && j + 1 < ws.length) i = j + 1;
    else return null;
  }
  const w = ws[i];
  if (!w) return null;
  if (lw(w) === 'that' && frame !== 'describe') {
    const n = ws[i + 1];
    if (!n) return null;
    return n.text === ',' && ws[i + 2] ? ws[i + 2].start : n.start;
  }
  if (frame === 'describe') {
    // "describes X as Y", "characterized X as Y", "called X \"Y\"".
    for (let j = i; j < Math.min(ws.length, i + 16); j++) {
      if (lw(ws[j]) === 'as' && j >= i) return w.start;
      if (/^["“‘']$/.test(ws[j].text) && j > i && j - i <= 6) {
        const at = quoteAt(t.quotes, ws[j].start);
        const q = at && at.start === ws[j].start ? at : undefined;
        if (q && !q.title) return w.start;
      }
      if (ws[j].text === ',' || ws[j].text === ';') break;
    }
    return null;
  }
  if (frame === 'quote-only') return null;
  if (SAY_NOT_CLAUSE.test(w.text) || /^(?:to|of|for|about|by|with|and|or|but|because|from|into|up|out|off|goodbye|hello)$/i.test(w.text) || !/[\p{L}\p{N}"“‘]/u.test(w.text)) return null;
  if (WH.test(w.text) && lw(w) !== 'which') return w.start;
  if (frame === 'that') {
    if (CLAUSE_PRONOUN.test(w.text)) return w.start;
    const next8 = ws.slice(i + 1, i + 7);
    const fin = next8.findIndex((x) => FINITE.test(x.text));
    if (fin >= 0 && next8.slice(0, fin).every((x) => x.text !== ',') && !/^(?:to|of|for)$/.test(w.text)) return w.start;
    return null;
  }
  return w.start;
}

/** End of a reported clause: the sentence end (stopping at ";" and ", but"), without the final period unless a quote runs on. */
function contentEnd(t: Text, start: number, sentEnd: number): number {
  const slice = t.text.slice(start, sentEnd);
  const stop = /;|,\s+but\s|\s[–—]\s/.exec(slice);
  let end = stop ? start + stop.index : sentEnd;
  while (end > start && /\s/.test(t.text[end - 1])) end--;
  const q = quoteAt(t.real, end - 1);
  const quoteRunsOn = q && q.innerEnd > end;
  const endsWithQuote = /["”’»]$/.test(t.text.slice(start, end));
  if (!quoteRunsOn && !endsWithQuote) while (end > start && /[.,;:]/.test(t.text[end - 1])) end--;
  return end;
}

function trimmedSpan(text: string, start: number, end: number): Range | undefined {
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** Words (not punctuation) in a stretch of text; with `limit`, counting stops at limit + 1 (enough to compare with it). */
function wordCount(text: string, start: number, end: number, limit = Infinity): number {
  const re = WORD_ONLY;
  re.lastIndex = start;
  let n = 0;
  for (let m = re.exec(text); m && m.index < end && n <= limit; m = re.exec(text)) n++;
  return n;
}
/** The first word token (letters or digits) of a stretch of text, cut at its end as `words` cuts it; '' when none. */
function firstWord(text: string, start: number, end: number): string {
  const re = WORD_ONLY;
  re.lastIndex = start;
  const m = re.exec(text);
  return m && m.index < end ? text.slice(m.index, Math.min(end, m.index + m[0].length)) : '';
}

/** Whether a stretch of text ends with a comma and optional spaces, as /,\s*$/ on its slice (without scanning it). */
function endsWithComma(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && /\s/.test(text[i - 1])) i--;
  return i > start && text[i - 1] === ',';
}

/** The word tokens of `words` (letters or digits): a token of `words` holds a letter or digit exactly when it is one of these. */
const WORD_ONLY = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*/gu;

/** The last quote (quotes are sorted and do not overlap) that ends at or before `pos`. */
function lastEndingBy<Q extends Range>(quotes: Q[], pos: number): Q | undefined {
  return quotes[firstIndex(quotes, (q) => q.end > pos) - 1];
}
/** The first quote that starts at or after `pos`. */
function firstStartingAt<Q extends Range>(quotes: Q[], pos: number): Q | undefined {
  return quotes[firstIndex(quotes, (q) => q.start >= pos)];
}

export interface CueHit extends Range {
  form: string;
  frame: CueFrame;
}

/** Cue verbs outside quotations, with a verb reading. */
export function findCueHits(t: Text, triggers?: { according: number[]; noComment: number[]; nouns: number[] }): CueHit[] {
  const out: CueHit[] = [];
  LOWER_WORD.lastIndex = 0;
  const text = t.text;
  for (let m = LOWER_WORD.exec(text); m; m = LOWER_WORD.exec(text)) {
    const form = m[0];
    if (triggers && NOUN_CUES.has(form)) triggers.nouns.push(m.index);
    const info = FORM_INFO.get(form);
    if (!info) {
      if (triggers) {
        const l = form.toLowerCase();
        if (ACCORDING_FIRST.has(l)) triggers.according.push(m.index);
        else if (NO_COMMENT_FIRST.has(l)) triggers.noComment.push(m.index);
      }
      continue;
    }
    const start = m.index;
    const end = start + form.length;
    if (/[\p{L}\p{N}\-]/u.test(text[start - 1] ?? ' ') || /[\p{L}\p{N}\-]/u.test(text[end] ?? ' ')) continue;
    const q = quoteAt(t.quotes, start);
    if (q && start >= q.innerStart && end <= q.innerEnd) continue;
    if (!verbReading(t, start, end, form, info.ambiguous)) continue;
    out.push({ start, end, form, frame: info.frame });
  }
  return out;
}

/**
 * The claim finder: direct quotes with a cue after or before them, indirect speech ("X said (that) ...",
 * "CLAUSE, X said"), "according to X", refusals to comment, then cue-less quotes that continue a speaker.
 */
export function findDrafts(t: Text, budget?: Budget): Draft[] {
  const { text } = t;
  const drafts: Draft[] = [];
  const usedQuote = new Map<Quote, Draft>();
  /** For quotes partly consumed by a mixed claim: where the consumed part ends. */
  const partial = new Map<Quote, { end: number; draft: Draft }>();
  /** Drafts in push order, by the start of the sentence their source starts in: for "the latest source in this sentence". */
  const bySourceSentence = new Map<number, Draft[]>();
  const push = (d: Draft) => {
    drafts.push(d);
    if (!d.source) return;
    const si = indexAt(t.sents, d.source.start);
    if (si < 0) return; // such a source cannot lie inside a sentence before a cue
    const key = t.sents[si].start;
    const list = bySourceSentence.get(key);
    if (list) list.push(d);
    else bySourceSentence.set(key, [d]);
  };
  /** The draft pushed last whose source lies in `sent` before `cueStart`. */
  const latestSourceBefore = (sent: Range, cueStart: number): Draft | undefined => {
    const list = bySourceSentence.get(sent.start) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i];
      if (d.source && d.source.start >= sent.start && d.source.end <= cueStart) return d;
    }
    return undefined;
  };

  const sourceBefore = (from: number, cueStart: number, sent: Range, form = ''): { span?: Range; before?: Range } => {
    // A participle after a comma ("..., writing in a blog post \"...\"", "..., adding that ...") takes the main subject.
    if (/ing$/.test(form) && /,\s*$/.test(text.slice(from, cueStart))) {
      const prev = latestSourceBefore(sent, cueStart);
      if (prev?.source) return { span: prev.source };
      const lead = leadingSubject(text, sent.start, cueStart);
      return lead ? { span: lead } : {};
    }
    // "X was quoted as saying ..."
    const quoted = /\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?quoted\s+(?:\w+\s+)?as\s*$/i.exec(text.slice(from, cueStart));
    const r = subjectBefore(text, from, quoted ? from + quoted.index : cueStart);
    if (r.kind === 'span') return { span: r.span, before: r.before };
    if (r.kind === 'coordinated') {
      const prev = latestSourceBefore(sent, cueStart);
      if (prev?.source) return { span: prev.source };
      const lead = leadingSubject(text, sent.start, cueStart);
      return lead ? { span: lead } : {};
    }
    return {};
  };

  const speech = t.speech ?? t.quotes.filter((q) => !q.title && (!q.scare || q.punctuated));
  const triggers = { according: [] as number[], noComment: [] as number[], nouns: [] as number[] };
  for (const cue of findCueHits(t, triggers)) {
    // Out of time: no further cue is examined (cues come in text order), and the passes below keep to the text before.
    if (budget?.spent()) {
      budget.stopAt(cue.start);
      break;
    }
    const sent = sentenceOf(t, cue.start);
    // A question in the narration ("Can you tell us whether ...?") reports no speech.
    if (/\?$/.test(text.slice(sent.start, sent.end).trimEnd())) continue;
    const para = t.paras[indexAt(t.paras, cue.start)] ?? sent;
    // 1. Postposed: "Q," X said / "Q," said X.
    const lastBefore = lastEndingBy(speech, cue.start);
    const prevQuote = lastBefore && lastBefore.end >= para.start ? lastBefore : undefined;
    if (prevQuote && !usedQuote.has(prevQuote) && !partial.has(prevQuote)) {
      const between = text.slice(prevQuote.end, cue.start);
      const innerTail = text.slice(Math.max(prevQuote.innerStart, prevQuote.innerEnd - 2), prevQuote.innerEnd);
      const joined = /^\s*[,]/.test(between) || /[,?!—–-]\s*$/.test(innerTail) || /^\s*[—–-]/.test(between);
      if (joined && wordCount(text, prevQuote.end, cue.start) <= 14 && !/[.;:!?"“”]/.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|U\.S|U\.K|U\.N)\./g, '').replace(/^\s*[,]/, ''))) {
        let src: Range | undefined;
        if (wordCount(text, prevQuote.end, cue.start) > 0) src = sourceBefore(prevQuote.end, cue.start, sent, cue.form).span;
        else src = subjectAfter(text, cue.end, Math.min(sent.end, para.end)) ?? undefined;
        if (src) {
          const d: Draft = { kind: 'direct', content: { start: prevQuote.innerStart, end: prevQuote.innerEnd }, cue, source: src };
          push(d);
          usedQuote.set(prevQuote, d);
          continue;
        }
      }
    }
    // 2. Preposed: X said: "Q" / X said, "Q" / X told the paper, "Q" (possibly in the next paragraph after a colon).
    const nextQuote = firstStartingAt(speech, cue.end);
    // A quote inside another claim's reported clause can still take a nearer cue: "... a message stating, \"...\"".
    const owner = nextQuote && (usedQuote.get(nextQuote) ?? partial.get(nextQuote)?.draft);
    const nested = !!owner && owner.kind !== 'direct' && /^[\s]*[,:]\s*$/.test(text.slice(cue.end, nextQuote!.start));
    // At most 8 words may stand between: count no further (the next quote may be far away), slice only when close.
    const n = nextQuote && (nested || !owner) ? wordCount(text, cue.end, nextQuote.start, 8) : Infinity;
    if (nextQuote && (nested || !owner) && n <= 8) {
      const between = text.slice(cue.end, nextQuote.start);
      const sameOrColon = nextQuote.start < para.end || /:\s*$/.test(between) && !/\n\s*\S[^\n]*\n/.test(between);
      const punct = /[,:]\s*$/.test(between) || n === 0;
      const prepOpen = n > 0 && /^\s*(?:[,]\s*)?(?:in|on|to|at|after|during|via|using|from|through|with|before)\b/i.test(between);
      if (sameOrColon && !/[.;!?"“”]/.test(between) && !/\bthat\b/i.test(between) && (punct || prepOpen || cue.frame === 'tell' && isCap(words(text, cue.end, nextQuote.start)[0]))) {
        const src = sourceBefore(Math.max(sent.start, prevQuote && prevQuote.end > sent.start ? prevQuote.end : sent.start), cue.start, sent, cue.form).span;
        if (src) {
          const d: Draft = { kind: 'direct', content: { start: nextQuote.innerStart, end: nextQuote.innerEnd }, cue, source: src };
          push(d);
          usedQuote.set(nextQuote, d);
          continue;
        }
      }
    }
    // 3. Reverse indirect: "CLAUSE, X said." (nothing but adverbials after the cue).
    // What follows the cue, up to a participle clause (", adding that ...", ", citing ...") which belongs to the same speaker.
    const participle = /,\s+[a-z]+ing\b/.exec(text.slice(cue.end, sent.end));
    const afterEnd = participle ? cue.end + participle.index : sent.end;
    // Up to 4 words are read (enough to tell "3 or fewer"), not the rest of the sentence.
    const afterCount = wordCount(text, cue.end, afterEnd, 3);
    const afterFirst = afterCount > 0 ? firstWord(text, cue.end, afterEnd) : '';
    const fromQ = prevQuote && prevQuote.end > sent.start ? prevQuote.end : sent.start;
    // The subject right before the cue, as steps 3, 3b and 4 read it (one walk back, not three).
    const plain = subjectBefore(text, fromQ, cue.start);
    if (afterCount <= 3 && (afterCount === 0 || ADVERBIAL_START.test(afterFirst)) && cue.frame !== 'ask' && cue.frame !== 'describe') {
      const r = plain;
      if (r.kind === 'span' && wordCount(text, r.before.start, r.before.end, 3) >= 3 && endsWithComma(text, r.before.start, r.before.end)) {
        const content = trimmedSpan(text, r.before.start, r.before.end);
        if (content) {
          let c = content;
          // Skip a leading opener that belongs to the narration ("Yesterday,").
          push({ kind: hasRealQuote(t, c) ? 'mixed' : 'indirect', content: c, cue, source: r.span });
          continue;
        }
      }
    }
    // 3b. Inverted: "CLAUSE, said the official." (a comma right before the cue, the subject after it to the end).
    const wholeIsSubject = plain.kind === 'span' && wordCount(text, plain.before.start, plain.before.end, 3) < 3;
    if (!wholeIsSubject && endsWithComma(text, fromQ, cue.start) && wordCount(text, fromQ, cue.start, 4) >= 4 && cue.frame === 'say') {
      const src = subjectAfter(text, cue.end, sent.end);
      const restAfter = src ? wordCount(text, src.end, sent.end, 0) : 99;
      if (src && (restAfter === 0 || /^\s*,/.test(text.slice(src.end, sent.end))) && !PRONOUN_SOURCE.test(text.slice(src.start, src.end))) {
        const content = trimmedSpan(text, fromQ, cue.start);
        if (content && !/["“”]\s*$/.test(text.slice(content.start, content.end))) {
          push({ kind: hasRealQuote(t, content) ? 'mixed' : 'indirect', content, cue, source: src });
          continue;
        }
      }
    }
    // 4. "As X said (to Y), CLAUSE."
    const asSubject = plain;
    if (asSubject.kind === 'span' && /(?:^|[\s,])as\s+$/i.test(text.slice(Math.max(0, asSubject.span.start - 4), asSubject.span.start)) && cue.frame !== 'ask') {
      const tail = words(text, cue.end, sent.end, 8); // a comma within the first 7 tokens, and the token after it
      const comma = tail.findIndex((w) => w.text === ',');
      if (comma >= 0 && comma <= 6 && wordCount(text, tail[comma].end, sent.end, 3) >= 3) {
        const start = tail[comma + 1].start;
        const content = { start, end: contentEnd(t, start, sent.end) };
        push({ kind: hasRealQuote(t, content) ? 'mixed' : 'indirect', content, cue, source: asSubject.span });
        continue;
      }
    }
    // 5. Indirect / mixed: X said (that) CLAUSE.
    const cs = complementStart(t, cue.end, sent.end, cue.frame, cue.form);
    if (cs !== null) {
      const src = sourceBefore(fromQ, cue.start, sent, cue.form).span;
      if (!src) continue;
      let end = contentEnd(t, cs, sent.end);
      // In a relative clause ("Trump, who said the vote was rigged, refused ...") the content ends at the next comma.
      if (/,\s*(?:who|which)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(src.end, cue.start - 40), cue.start).replace(/^.*?(?=,)/, ''))) {
        const comma = text.indexOf(',', cs);
        if (comma > cs && comma < end) end = comma;
      }
      if (end <= cs) continue;
      const content = { start: cs, end };
      const d: Draft = { kind: hasRealQuote(t, content) ? 'mixed' : 'indirect', content, cue, source: src };
      push(d);
      for (let qi = firstIndex(t.real, (x) => x.end > content.start); qi < t.real.length; qi++) {
        const q = t.real[qi];
        if (q.start >= content.end) break;
        if (q.end <= content.start) continue;
        if (q.innerEnd > content.end + 1) partial.set(q, { end: content.end, draft: d });
        else usedQuote.set(q, d);
      }
    }
  }

  // "according to X" / "in the words of X".
  for (const start of triggers.according) {
    if (budget && outOfTime(budget, start)) break;
    const phrase = matchAt(ACCORDING_RE, text, start);
    if (!phrase) continue;
    const end = start + phrase.length;
    const q = quoteAt(t.quotes, start);
    if (q && start >= q.innerStart) continue;
    const sent = sentenceOf(t, start);
    const cue = { start, end };
    // Source: up to a following quotation, or to the next comma / sentence end.
    const firstAfter = firstStartingAt(t.real, end);
    const nextQ = firstAfter && firstAfter.start < sent.end ? firstAfter : undefined;
    let srcEnd: number;
    if (nextQ && wordCount(text, end, nextQ.start) <= 14 && !/[.;]/.test(text.slice(end, nextQ.start))) srcEnd = nextQ.start;
    else {
      const rest = text.slice(end, sent.end);
      const comma = /,|;|\s[–—]\s/.exec(rest);
      srcEnd = comma ? end + comma.index : sent.end;
    }
    // "according to the team's coach, Alireza Mehraban, ..." / "according to X, a professor at Y." keep the apposition.
    if (!(nextQ && srcEnd === nextQ.start)) {
      const rest = text.slice(srcEnd, sent.end);
      const name = /^,\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*(?=,)/u.exec(rest);
      if (name) srcEnd += name[0].length;
      const tail = text.slice(srcEnd, sent.end);
      if (/^,/.test(tail) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does|do|[a-z]+ed)\b/.test(tail)) srcEnd = sent.end;
    }
    const source = trimmedSpan(text, end, srcEnd);
    if (!source) continue;
    const srcClean = { start: source.start, end: source.end };
    while (srcClean.end > srcClean.start && /[.,;:)]/.test(text[srcClean.end - 1])) srcClean.end--;
    let content: Range | undefined;
    if (nextQ && srcEnd === nextQ.start) {
      content = { start: nextQ.innerStart, end: nextQ.innerEnd };
      usedQuote.set(nextQ, { kind: 'according-to' });
    } else {
      let cStart = srcEnd;
      // Skip ", quoting X (Y)," / ", citing X," after the source.
      const tail = text.slice(cStart, sent.end);
      const skip = /^\s*,\s*(?:quoting|citing|which cited|who cited)\b[^,]*(?:\([^)]*\))?\s*,/.exec(tail);
      if (skip) cStart += skip[0].length;
      const restWords = wordCount(text, cStart, sent.end);
      if (restWords >= 3) content = { start: cStart, end: contentEnd(t, cStart, sent.end) };
      else {
        const lead = trimmedSpan(text, sent.start, start);
        if (lead) content = lead;
      }
      if (content) content = trimmedSpan(text, content.start, content.end);
    }
    if (!content) continue;
    const d: Draft = { kind: 'according-to', content, cue, source: srcClean };
    push(d);
    for (let qi = firstIndex(t.real, (x) => x.start >= content!.start); qi < t.real.length && t.real[qi].start < content.end + 1; qi++) {
      const rq = t.real[qi];
      if (rq.end <= content.end + 1 && !usedQuote.has(rq)) usedQuote.set(rq, d);
    }
  }

  // Refusals to comment: the span is the cue's.
  for (const start of triggers.noComment) {
    if (budget && outOfTime(budget, start)) break;
    const phrase = matchAt(NO_COMMENT_RE, text, start);
    if (!phrase) continue;
    const q = quoteAt(t.quotes, start);
    if (q && start >= q.innerStart) continue;
    const sent = sentenceOf(t, start);
    const cue = { start, end: start + phrase.length };
    const lastBefore = lastEndingBy(t.real, start);
    const prevQ = lastBefore && lastBefore.end > sent.start ? lastBefore : undefined;
    let src = sourceBefore(prevQ ? prevQ.end : sent.start, start, sent).span;
    if (!src) continue;
    push({ kind: 'no-comment', cue, source: src });
  }

  // Noun cues after a possessive source: "Trump's claim that ...", "his assertion that ...".
  for (const start of triggers.nouns) {
    if (budget && outOfTime(budget, start)) break;
    const nounEnd = text.indexOf(' ', start);
    if (nounEnd < 0 || !/^\s+that\s/.test(text.slice(nounEnd, nounEnd + 7))) continue;
    const q = quoteAt(t.quotes, start);
    if (q && start >= q.innerStart) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    const m = /(?:^|[\s(,])((?:\p{Lu}[\p{L}.\-]*\s+){0,4}\p{Lu}[\p{L}.\-]*)['’]s\s+(?:[a-z]+\s+)?$|(?:^|\s)(his|her|their|its)\s+(?:[a-z]+\s+)?$/iu.exec(before);
    if (!m) continue;
    const who = m[1] ?? m[2];
    if (m[1] && !/^\p{Lu}/u.test(m[1])) continue;
    const srcStart = start - before.length + m.index + m[0].indexOf(who);
    const sent = sentenceOf(t, start);
    const cStart = text.indexOf('that', nounEnd) + 5;
    const end = contentEnd(t, cStart, sent.end);
    if (end <= cStart || wordCount(text, cStart, end) < 3) continue;
    const content = { start: cStart, end };
    push({ kind: hasRealQuote(t, content) ? 'mixed' : 'indirect', content, cue: { start, end: nounEnd }, source: { start: srcStart, end: srcStart + who.length } });
  }

  drafts.sort((a, b) => (a.cue?.start ?? a.content!.start) - (b.cue?.start ?? b.content!.start));

  // Cue-less quotes: the rest of a quote after a mixed claim, "Q" - Name bylines, quotes after a speaker in the same
  // paragraph, floating quote paragraphs and quotes running on from the previous paragraph.
  // The latest draft with a source before each quote, by cue (else content) start; ties go to the draft added last.
  // Drafts added below belong to later and later quotes, so both lists stay sorted by that position.
  const keyOf = (d: Draft) => d.cue?.start ?? d.content!.start;
  const sortedWithSource = drafts.filter((d) => d.source);
  const addedWithSource: Draft[] = [];
  const add = (d: Draft) => { drafts.push(d); if (d.source) addedWithSource.push(d); };
  const latestBefore = (list: Draft[], pos: number) => list[firstIndex(list, (d) => keyOf(d) >= pos) - 1];
  for (const q of t.real) {
    if (q.start >= (budget?.stoppedAt ?? Infinity)) break;
    if (usedQuote.has(q)) continue;
    const part = partial.get(q);
    if (part) {
      const rest = trimmedSpan(text, part.end, q.innerEnd);
      if (rest && wordCount(text, rest.start, rest.end) >= 3) {
        const d: Draft = { kind: 'direct', content: rest, source: part.draft.source, continues: part.draft };
        add(d);
        usedQuote.set(q, d);
      }
      continue;
    }
    const para = t.paras[indexAt(t.paras, q.start)];
    const byline = /^\s*[-–—]\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})\s*$/u.exec(text.slice(q.end, para.end))
      ?? /^\s+(\p{Lu}\p{L}+(?:\s+[\p{L}]+){0,3}),\s*["“]/u.exec(text.slice(q.end, para.end));
    const inner = text.slice(q.innerStart, q.innerEnd).trim();
    // Quoted titles of articles carry no final punctuation: they do not continue a speaker.
    if (q.closed && !/[.!?,;:…\-–—)\]]['"’”]?$/.test(inner) && !/^[.!?,;]/.test(text.slice(q.end, q.end + 1))) continue;
    if (byline && /[.!?]["”]?$/.test(inner)) {
      const s = text.indexOf(byline[1], q.end);
      const d: Draft = { kind: 'direct', content: { start: q.innerStart, end: q.innerEnd }, source: { start: s, end: s + byline[1].trim().length } };
      add(d);
      usedQuote.set(q, d);
      continue;
    }
    const early = latestBefore(sortedWithSource, q.start);
    const added = latestBefore(addedWithSource, q.start);
    const last = !early ? added : !added ? early : keyOf(added) >= keyOf(early) ? added : early;
    if (!last) continue;
    const lastPos = last.cue?.start ?? last.content!.start;
    const lastPara = indexAt(t.paras, lastPos);
    const thisPara = indexAt(t.paras, q.start);
    const sameParagraph = lastPara === thisPara;
    let prevParaQuote: Quote | undefined;
    const prevPara = thisPara > 0 ? t.paras[thisPara - 1] : undefined;
    for (let qi = prevPara ? firstIndex(t.real, (x) => x.start >= prevPara.start) : t.real.length; qi < t.real.length && t.real[qi].start < prevPara!.end; qi++) {
      if (!t.real[qi].closed) { prevParaQuote = t.real[qi]; break; }
    }
    const floating = q.wholeParagraph && thisPara - lastPara <= 1 && last.kind !== 'no-comment';
    const runsOn = prevParaQuote && usedQuote.has(prevParaQuote) && /^\s*["“«]/.test(text.slice(para.start, q.start + 1));
    if (sameParagraph && last.kind !== 'according-to' || floating || runsOn) {
      const src = runsOn ? usedQuote.get(prevParaQuote!)! : last;
      if (!src.source) continue;
      const d: Draft = { kind: 'direct', content: { start: q.innerStart, end: q.innerEnd }, source: src.source, continues: src };
      add(d);
      usedQuote.set(q, d);
    }
  }
  // A subject that ends in a pronoun after other words ("With tears in her eyes she") is the pronoun.
  for (const d of drafts) {
    if (!d.source) continue;
    const m = /(\S+)\s(he|she|they)$/i.exec(text.slice(d.source.start, d.source.end));
    if (m && !/,/.test(text.slice(d.source.start, d.source.end)) && !/^(?:of|to|for|with|by|and|or|the)$/i.test(m[1])) d.source = { start: d.source.end - m[2].length, end: d.source.end };
  }
  // "I", "we" and "you" outside a quotation are not sources in news text (unmarked pull-quotes, the writer, the
  // reader); nor is a phrase ending in a function word or holding a contraction ("You'll", "upon what people's").
  // Out of time in a later pass: claims keep to the text before where it stopped, as the cue pass's do.
  const stop = budget?.stoppedAt ?? Infinity;
  return drafts
    .filter((d) => (d.cue?.start ?? d.content!.start) < stop)
    .filter((d) => !d.source || plausibleSource(text.slice(d.source.start, d.source.end)))
    .sort((a, b) => (a.cue?.start ?? a.content!.start) - (b.cue?.start ?? b.content!.start));
}

/**
 * For the passes after the cue verbs ("according to", refusals, noun cues), whose triggers come in text order: stop
 * at the offset where the cue pass ran out of time, else check the budget (recording the offset if it is spent now).
 */
function outOfTime(budget: Budget, pos: number): boolean {
  if (budget.exhausted) return pos >= budget.stoppedAt;
  if (!budget.spent()) return false;
  budget.stopAt(pos);
  return true;
}

function plausibleSource(phrase: string): boolean {
  if (/^(?:i|we)$/i.test(phrase)) return false;
  if (/\b(?:you|your|yours|I|me|my|us|our)\b/.test(phrase.replace(/^(?:We|Our|My)\b/, 'x'))) return false;
  if (/\b(?:we|i)\b/i.test(phrase) && !/^(?:we|i)$/i.test(phrase)) return false;
  if (/['’](?:ll|m|re|ve|d)\b/i.test(phrase)) return false;
  if (/\b(?:of|to|upon|at|in|on|for|with|what|that|me|him|them|let|the|a|an|and|or|but|there|here|mean|lot|is|are|was|were)$/i.test(phrase)) return false;
  if (/['’]s$/.test(phrase) || /\b(?:there|it|that|what|here)['’]s\b/i.test(phrase)) return false;
  if (/^(?:no|yes|well|so|oh|ok|okay|take|let|look|see|now|then|upon|about|from|into|onto|of|with|without|[a-z]+ing)$/i.test(phrase.split(/\s+/)[0]) && !/^(?:no\.)/i.test(phrase)) return false;
  return true;
}

/** Whether a reported clause holds a quotation (even a short one): then it is mixed speech. Titles do not count. */
function hasRealQuote(t: Text, r: Range): boolean {
  for (let i = firstIndex(t.quotes, (q) => q.start >= r.start); i < t.quotes.length && t.quotes[i].start < r.end; i++) {
    if (!t.quotes[i].title) return true;
  }
  return false;
}

export { PRONOUN_SOURCE };

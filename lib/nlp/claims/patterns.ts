/**
 * How claims are found: every pattern and every pass over the drafts, in the order they run, each with its reason.
 *
 * Patterns are tried at triggers, one kind of trigger after the other (TRIGGERS): first every cue verb of the text
 * ("said", "told", "claimed"... with a verb reading, outside quotations; cues.ts) in text order, then every "according
 * to" phrase, every refusal to comment, every noun cue, and last every real quotation that no pattern has taken yet.
 * At one trigger the patterns of its kind are tried by `priority` (lowest first) until one answers: a draft (that
 * pattern found the claim), or BLOCK (no claim here, and no later pattern may look). After the patterns,
 * CLAIM_STAGES run over all the drafts in order. find-drafts.ts is the runner (budget, switching off, trace).
 *
 * `npm run bench -- claims --without <id>` measures the claims with one pattern or stage switched off; a pattern
 * switched off lets the next one by priority take its triggers. Each pattern is tested with cases and controls in
 * patterns.test.ts. The sources found here are phrases; index.ts resolves them to actors.
 */
import type { Stage } from '../pipeline';
import type { Draft, Text } from './draft';
import { draftStart } from './draft';
import type { Quote } from './quotes';
import { quoteAt } from './quotes';
import type { Range } from './text-units';
import { firstIndex, indexAt, words } from './text-units';
import { ACCORDING_RE, NO_COMMENT_RE, cueParticle } from './cues';
import { subjectAfter } from './source-phrase';
import { AUXILIARY_VERBS, IRREGULAR_PAST_FORMS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUN } from './vocabulary';
import { ADVERBIAL_START, complementStart, contentEnd } from './clause';
import type { CueAt, Scan } from './scan';
import { AMBIGUOUS_FORMS } from './cue-hits';
import { sourceBefore } from './scan';
import {
  endsWithComma, firstStartingAt, firstWord, hasRealQuote, isCap, lastEndingBy, matchAt, sentenceOf, trimmedSpan, wordCount,
} from './spans';

/** The kinds of place a pattern is tried at, in the order the kinds are visited. */
export const TRIGGERS = ['cue-verb', 'according-to', 'refusal', 'noun-cue', 'quote'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** A pattern's answer that says "no claim at this trigger, and no pattern after me may find one". */
export const BLOCK = 'block';
/** What a pattern says at one trigger: a draft, BLOCK, or undefined (the next pattern by priority is tried). */
export type Outcome = Draft | typeof BLOCK | undefined;

interface PatternInfo {
  /** Unique, kebab-case: `--without <id>` switches the pattern off. */
  id: string;
  /** One sentence: why the pattern exists. */
  reason: string;
  /** Patterns of one trigger are tried lowest first. */
  priority: number;
}
/** A claim pattern: `match` looks at one trigger and answers with an Outcome. It reads and may record in the Scan. */
export type ClaimPattern = PatternInfo & (
  | { trigger: 'cue-verb'; match(s: Scan, cue: CueAt): Outcome }
  | { trigger: 'according-to' | 'refusal' | 'noun-cue'; match(s: Scan, start: number): Outcome }
  | { trigger: 'quote'; match(s: Scan, q: Quote): Outcome }
);

export const CLAIM_PATTERNS: ClaimPattern[] = [
  // --- at each cue verb ("said", "told", "claimed"...) with a verb reading, outside quotations
  { id: 'question-sentence', trigger: 'cue-verb', priority: 10, match: questionSentence,
    reason: 'A question in the narration ("Can you tell us whether ...?") reports no speech.' },
  { id: 'quote-then-cue', trigger: 'cue-verb', priority: 20, match: quoteThenCue,
    reason: 'The commonest direct quote in news puts the quotation first: "Q," X said / "Q," said X.' },
  { id: 'quote-then-cue-sentence', trigger: 'cue-verb', priority: 25, match: quoteThenCueSentence,
    reason: 'A quotation closed by its own full stop and followed by a sentence that is only its cue: "Q." Trump said.' },
  { id: 'cue-then-quote', trigger: 'cue-verb', priority: 30, match: cueThenQuote,
    reason: 'A preposed cue introduces the quotation after it: X said: "Q" / X told the paper, "Q".' },
  { id: 'clause-then-cue', trigger: 'cue-verb', priority: 40, match: clauseThenCue,
    reason: 'Reported speech put first: "CLAUSE, X said." with nothing but adverbials after the cue.' },
  { id: 'parenthetical-cue', trigger: 'cue-verb', priority: 45, match: parentheticalCue,
    reason: 'A speech clause set off by commas inside the reported sentence: "The plan, Sexton said, failed badly."' },
  { id: 'clause-then-inverted-cue', trigger: 'cue-verb', priority: 50, match: clauseThenInvertedCue,
    reason: 'Reported speech put first with subject-verb inversion: "CLAUSE, said the official."' },
  { id: 'as-x-said', trigger: 'cue-verb', priority: 60, match: asXSaid,
    reason: '"As X said (to Y), CLAUSE." attributes the clause after the comma to X.' },
  { id: 'cue-then-clause', trigger: 'cue-verb', priority: 70, match: cueThenClause,
    reason: 'Indirect and mixed speech: X said (that) CLAUSE, when the cue\'s frame is satisfied.' },
  // --- at each "according to" / "in the words of" / "as quoted by"
  { id: 'according-to', trigger: 'according-to', priority: 10, match: accordingTo,
    reason: '"according to X" names the source after the phrase, with the claim around it or in a quotation after it.' },
  // --- at each refusal ("declined to comment", "did not respond to a request for comment")
  { id: 'no-comment', trigger: 'refusal', priority: 10, match: noComment,
    reason: 'A refusal to comment is reported sourcing too: a claim with no content whose span is the refusal.' },
  // --- at each noun of speech ("claim", "assertion", "statement"...)
  { id: 'possessive-noun-cue', trigger: 'noun-cue', priority: 10, match: possessiveNounCue,
    reason: '"Trump\'s claim that CLAUSE", "his assertion that CLAUSE" attribute the clause to the possessor.' },
  // --- at each real quotation no pattern above has taken (cue-less quotes)
  { id: 'rest-of-mixed-quote', trigger: 'quote', priority: 10, match: restOfMixedQuote,
    reason: 'A quotation that runs on past a mixed claim\'s clause is the same speaker\'s direct quote.' },
  { id: 'quoted-title', trigger: 'quote', priority: 20, match: quotedTitle,
    reason: 'Quoted titles of articles carry no final punctuation and continue no speaker.' },
  { id: 'quote-byline', trigger: 'quote', priority: 30, match: quoteByline,
    reason: 'A quotation followed by a dash and a name ("Q" - Name) or by "Name, \\"" names its speaker.' },
  { id: 'quote-runs-on', trigger: 'quote', priority: 40, match: quoteRunsOn,
    reason: 'News style opens each paragraph of a multi-paragraph quotation anew: it continues the previous paragraph\'s speaker.' },
  { id: 'quote-same-paragraph', trigger: 'quote', priority: 50, match: quoteSameParagraph,
    reason: 'A quotation after a speaker\'s claim in the same paragraph is that speaker\'s ("Q," he said. "Q2").' },
  { id: 'floating-quote', trigger: 'quote', priority: 60, match: floatingQuote,
    reason: 'A quotation filling its paragraph right after a speaker continues that speaker.' },
];

/** Passes over all the drafts after the patterns, in order (run with runStages('claims', ...)). */
export const CLAIM_STAGES: Stage<Text, Draft>[] = [
  { id: 'pronoun-ends-subject', run: pronounEndsSubject,
    reason: 'A subject that ends in a pronoun after other words ("With tears in her eyes she") is the pronoun.' },
  { id: 'implausible-source', run: dropImplausibleSources,
    reason: '"I", "we" and "you" outside a quotation, or a phrase ending in a function word, are not sources in news text.' },
];

// ---------------------------------------------------------------------------------------------------------------
// Cue-verb patterns

function questionSentence(s: Scan, cue: CueAt): Outcome {
  return /\?$/.test(s.text.slice(cue.sent.start, cue.sent.end).trimEnd()) ? BLOCK : undefined;
}

/**
 * Cues that take a noun object or a particle ("criticized", "talked about") do not close a quotation ("\"Q,\" he
 * criticized"), except a particle cue with its particle ("\"Q,\" he points out").
 */
const takesObject = (s: Scan, cue: CueAt) =>
  cue.frame === 'object' || cue.frame === 'particle' && !cueParticle(cue.form).test(firstWord(s.text, cue.end, cue.sent.end));

/** Full stops of titles, abbreviations and initials ("Sen.", "James B. Comey Jr.") taken out: they end no sentence. */
const withoutAbbreviations = (between: string) => between.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Sgt|Rev|U\.S|U\.K|U\.N|\p{Lu})\./gu, '');

function quoteThenCue(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { prevQuote, sent, para } = cue;
  if (takesObject(s, cue)) return undefined;
  if (!prevQuote || s.usedQuote.has(prevQuote) || s.partial.has(prevQuote)) return undefined;
  const between = text.slice(prevQuote.end, cue.start);
  // The quotation's last characters, without the close of a quotation nested at its end ("... saying, 'I love it,'").
  const innerTail = text.slice(Math.max(prevQuote.innerStart, prevQuote.innerEnd - 4), prevQuote.innerEnd).replace(/[\s'‘’"]+$/, '');
  const joined = /^\s*[,]/.test(between) || /[,?!—–-]$/.test(innerTail) || /^\s*[—–-]/.test(between);
  if (!joined || wordCount(text, prevQuote.end, cue.start) > 14 || /[.;:!?"“”]/.test(withoutAbbreviations(between).replace(/^\s*[,]/, ''))) return undefined;
  let src: Range | undefined;
  if (wordCount(text, prevQuote.end, cue.start) > 0) src = sourceBefore(s, prevQuote.end, cue.start, sent, cue.form).span;
  else src = subjectAfter(text, cue.end, Math.min(sent.end, para.end)) ?? titledSubjectAfter(text, cue.end, Math.min(sent.end, para.end));
  if (!src) return undefined;
  const d: Draft = { kind: 'direct', content: { start: prevQuote.innerStart, end: prevQuote.innerEnd }, cue: { start: cue.start, end: cue.end }, source: src };
  s.usedQuote.set(prevQuote, d);
  return d;
}

function cueThenQuote(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { sent, para, prevQuote } = cue;
  const nextQuote = firstStartingAt(s.speech, cue.end);
  // A quote inside another claim's reported clause can still take a nearer cue: "... a message stating, \"...\"".
  const owner = nextQuote && (s.usedQuote.get(nextQuote) ?? s.partial.get(nextQuote)?.draft);
  const nested = !!owner && owner.kind !== 'direct' && /^[\s]*[,:]\s*$/.test(text.slice(cue.end, nextQuote!.start));
  // At most 8 words may stand between: count no further (the next quote may be far away), slice only when close.
  const n = nextQuote && (nested || !owner) ? wordCount(text, cue.end, nextQuote.start, 8) : Infinity;
  if (!nextQuote || !(nested || !owner) || n > 8) return undefined;
  const between = text.slice(cue.end, nextQuote.start);
  // A later cue nearer the quotation introduces it ("a source speaking to Fox News said, \"...\"").
  if (/\b(?:said|says|say|told|tells|wrote|writes|added|adds|asked|asks|adding|saying|writing|noting|telling|asking|explaining|arguing|insisting|warning|stating|declaring)\b/.test(between)) return undefined;
  if (cue.frame === 'particle' && !cueParticle(cue.form).test(firstWord(text, cue.end, nextQuote.start))) return undefined;
  // Possibly in the next paragraph after a colon.
  const sameOrColon = nextQuote.start < para.end || /:\s*$/.test(between) && !/\n\s*\S[^\n]*\n/.test(between);
  const punct = /[,:]\s*$/.test(between) || n === 0;
  const prepOpen = n > 0 && /^\s*(?:[,]\s*)?(?:in|on|to|at|after|during|via|using|from|through|with|before)\b/i.test(between);
  if (!(sameOrColon && !/[.;!?"“”]/.test(withoutAbbreviations(between)) && !/\bthat\b/i.test(between) && (punct || prepOpen || cue.frame === 'tell' && isCap(words(text, cue.end, nextQuote.start)[0])))) return undefined;
  const src = sourceBefore(s, Math.max(sent.start, prevQuote && prevQuote.end > sent.start ? prevQuote.end : sent.start), cue.start, sent, cue.form).span;
  if (!src) return undefined;
  const d: Draft = { kind: 'direct', content: { start: nextQuote.innerStart, end: nextQuote.innerEnd }, cue: { start: cue.start, end: cue.end }, source: src };
  s.usedQuote.set(nextQuote, d);
  return d;
}

function clauseThenCue(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  if (cue.frame === 'ask' || cue.frame === 'describe' || cue.frame === 'object' || cue.frame === 'particle') return undefined;
  // What follows the cue, up to a participle clause (", adding that ...", ", citing ...") which belongs to the same speaker.
  const participle = /,\s+[a-z]+ing\b/.exec(text.slice(cue.end, cue.sent.end));
  const afterEnd = participle ? cue.end + participle.index : cue.sent.end;
  if (!adverbialTail(s, cue, afterEnd)) return undefined;
  const r = cue.subject();
  if (r.kind !== 'span' || wordCount(text, r.before.start, r.before.end, 3) < 3 || !endsWithComma(text, r.before.start, r.before.end)) return undefined;
  const content = trimmedSpan(text, r.before.start, r.before.end);
  if (!content) return undefined;
  return { kind: hasRealQuote(s.quotes, content) ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source: r.span };
}

/** Words that may open what stands between a cue and the end of its clause when it is only adverbials. */
const TAIL_START = /^(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|tonight|late|early|via|through|over|outside|inside|recently|previously|again|also|repeatedly|publicly|privately|separately|then|now|further|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday|to|from|while|when|for|with|of|afterward|afterwards|shortly|just|back|about|ahead|following|told|according)$/i;

/**
 * Whether what follows a cue up to `end` is nothing or only adverbials ("said on Wednesday morning on MSNBC's show",
 * "told reporters during a conference call", "said at the time"): at most 14 words, opened by a time, place or medium
 * word (or by the addressee of a `tell` cue), holding no "that", colon or clause of its own.
 */
function adverbialTail(s: Scan, cue: CueAt, end: number): boolean {
  const { text } = s;
  const n = wordCount(text, cue.end, end, 14);
  if (n === 0) return true;
  if (n > 14) return false;
  const first = firstWord(text, cue.end, end);
  // "to" opens an addressee ("said to reporters"), not an infinitive ("continues to rage").
  if (/^to$/i.test(first) && !/^\s*to\s+(?:the|a|an|his|her|their|its|reporters|supporters|voters|journalists|me|him|them|us|\p{Lu})/u.test(text.slice(cue.end, end))) return false;
  if (!(ADVERBIAL_START.test(first) || TAIL_START.test(first) || cue.frame === 'tell' && (isCap({ start: 0, end: 0, text: first }) || /^(?:reporters|him|her|them|the|a|an|his|supporters|voters|journalists|lawmakers|me|us)$/i.test(first)))) return false;
  if (n <= 3) return true;
  const tail = text.slice(cue.end, end);
  return !/\b(?:that|because|but|and|if|whether|who|which)\b|[:;]/i.test(tail) && !FINITE_WORD.test(tail.replace(/\b[a-z]+ed\b/g, ''));
}

/**
 * The source after an inverted cue when it opens with lower-case titles or descriptions before a name ("said former
 * Rep. George Miller", "wrote conservative activist Bob Klaus"): up to five lower-case words, then the name and what
 * subjectAfter reads after it.
 */
function titledSubjectAfter(text: string, from: number, to: number): Range | undefined {
  const m = /^\s*((?:[a-z][\p{L}.'’-]*\s+){1,5})(?=\p{Lu})/u.exec(text.slice(from, Math.min(to, from + 120)));
  if (!m || /\b(?:who|which|that|because|after|when|while|as|and|to|in|on|at|by|of|for|with|from|during|before|last|adding|saying|is|was|are|were|has|had|have|will|would|the)\s/.test(m[1].replace(/^(?:the)\s/, ''))) return undefined;
  const start = from + m[0].length - m[1].length;
  const rest = subjectAfter(text, from + m[0].length, to);
  return rest ? { start, end: rest.end } : undefined;
}

function quoteThenCueSentence(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { prevQuote, sent } = cue;
  if (takesObject(s, cue) || !prevQuote || s.usedQuote.has(prevQuote) || s.partial.has(prevQuote) || prevQuote.end > sent.start) return undefined;
  // The quotation ends the sentence before, by itself ("...missing."), and nothing else stands between.
  if (/\S/.test(text.slice(prevQuote.end, sent.start)) || !/[.!?…]\s*$/.test(text.slice(prevQuote.innerStart, prevQuote.innerEnd))) return undefined;
  const r = cue.subject();
  if (r.kind !== 'span' || wordCount(text, r.before.start, r.before.end) > 0 || !adverbialTail(s, cue, sent.end)) return undefined;
  const d: Draft = { kind: 'direct', content: { start: prevQuote.innerStart, end: prevQuote.innerEnd }, cue: { start: cue.start, end: cue.end }, source: r.span };
  s.usedQuote.set(prevQuote, d);
  return d;
}

function parentheticalCue(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { sent, fromQ } = cue;
  if (cue.frame !== 'say' && cue.frame !== 'that' && cue.frame !== 'tell') return undefined;
  // Before the cue: the reported words, a comma, and a short subject ("The plan, an inside source said, ...").
  const r = cue.subject();
  if (r.kind !== 'span') return undefined;
  // The walk back reads "Greensboro, Sexton" as a name and its apposition: here the words before the comma are reported.
  const inner = text.lastIndexOf(',', r.span.end);
  const src = inner > r.span.start ? trimmedSpan(text, inner + 1, r.span.end) : r.span;
  const beforeEnd = inner > r.span.start ? inner + 1 : r.before.end;
  if (!src || wordCount(text, src.start, src.end, 8) > 8 || !endsWithComma(text, fromQ, beforeEnd)) return undefined;
  // A noun-like form ("the two battleground states, ...") counts only after a pronoun subject ("Loyalty, he notes, ...").
  if (AMBIGUOUS_FORMS.has(cue.form) && !SUBJECT_PRONOUN.test(text.slice(src.start, src.end))) return undefined;
  const lead = trimmedSpan(text, fromQ, beforeEnd);
  if (!lead || /["“”]\s*,?\s*$/.test(text.slice(lead.start, beforeEnd))) return undefined;
  // After the cue: optional adverbials, a comma, and the rest of the reported sentence.
  const comma = text.indexOf(',', cue.end);
  if (comma < 0 || comma >= sent.end || !adverbialTail(s, cue, comma)) return undefined;
  const restStart = comma + 1;
  if (wordCount(text, restStart, sent.end, 2) < 2 || /^\s*["“]/.test(text.slice(restStart, restStart + 3))) return undefined;
  const end = contentEnd(s, restStart, sent.end);
  const content = { start: lead.start, end };
  return { kind: hasRealQuote(s.quotes, content) ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source: src };
}

function clauseThenInvertedCue(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { sent, fromQ } = cue;
  if (cue.frame !== 'say') return undefined;
  const plain = cue.subject();
  const wholeIsSubject = plain.kind === 'span' && wordCount(text, plain.before.start, plain.before.end, 3) < 3;
  if (wholeIsSubject || !endsWithComma(text, fromQ, cue.start) || wordCount(text, fromQ, cue.start, 4) < 4) return undefined;
  const src = subjectAfter(text, cue.end, sent.end) ?? titledSubjectAfter(text, cue.end, sent.end);
  const restAfter = src ? wordCount(text, src.end, sent.end, 0) : 99;
  if (!src || !(restAfter === 0 || /^\s*,/.test(text.slice(src.end, sent.end))) || SUBJECT_PRONOUN.test(text.slice(src.start, src.end))) return undefined;
  const content = trimmedSpan(text, fromQ, cue.start);
  if (!content || /["“”]\s*$/.test(text.slice(content.start, content.end))) return undefined;
  return { kind: hasRealQuote(s.quotes, content) ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source: src };
}

function asXSaid(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { sent } = cue;
  if (cue.frame === 'ask' || takesObject(s, cue)) return undefined;
  const asSubject = cue.subject();
  if (asSubject.kind !== 'span' || !/(?:^|[\s,])as\s+$/i.test(text.slice(Math.max(0, asSubject.span.start - 4), asSubject.span.start))) return undefined;
  const tail = words(text, cue.end, sent.end, 8); // a comma within the first 7 tokens, and the token after it
  const comma = tail.findIndex((w) => w.text === ',');
  if (comma < 0 || comma > 6 || wordCount(text, tail[comma].end, sent.end, 3) < 3) return undefined;
  const start = tail[comma + 1].start;
  const content = { start, end: contentEnd(s, start, sent.end) };
  return { kind: hasRealQuote(s.quotes, content) ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source: asSubject.span };
}

function cueThenClause(s: Scan, cue: CueAt): Outcome {
  const { text } = s;
  const { sent, fromQ } = cue;
  const cs = complementStart(s, cue.end, sent.end, cue.frame, cue.form);
  if (cs === null) return undefined;
  const src = sourceBefore(s, fromQ, cue.start, sent, cue.form).span;
  if (!src) return undefined;
  let end = contentEnd(s, cs, sent.end);
  // In a relative clause ("Trump, who said the vote was rigged, refused ...") the content ends at the next comma.
  if (/,\s*(?:who|which)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(src.end, cue.start - 40), cue.start).replace(/^.*?(?=,)/, ''))) {
    const comma = text.indexOf(',', cs);
    if (comma > cs && comma < end) end = comma;
  }
  // In an opening subordinate clause ("After saying he was nervous, the man ...") the content ends at its comma.
  if (/^\s*(?:after|before|while|upon|when|by)\s+(?:\S+\s+){0,2}$/i.test(text.slice(sent.start, cue.start))) {
    const comma = text.indexOf(',', cs);
    if (comma > cs && comma < end) end = comma;
  }
  if (end <= cs) return undefined;
  const content = { start: cs, end };
  const d: Draft = { kind: hasRealQuote(s.quotes, content) ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, source: src };
  // Quotations inside the clause belong to it; one that runs on past it is continued by rest-of-mixed-quote.
  for (let qi = firstIndex(s.real, (x) => x.end > content.start); qi < s.real.length; qi++) {
    const q = s.real[qi];
    if (q.start >= content.end) break;
    if (q.end <= content.start) continue;
    if (q.innerEnd > content.end + 1) s.partial.set(q, { end: content.end, draft: d });
    else s.usedQuote.set(q, d);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Phrase patterns

function accordingTo(s: Scan, start: number): Outcome {
  const { text } = s;
  const phrase = matchAt(ACCORDING_RE, text, start);
  if (!phrase) return undefined;
  const end = start + phrase.length;
  const q = quoteAt(s.quotes, start);
  if (q && start >= q.innerStart) return undefined;
  const sent = sentenceOf(s.sents, start);
  const cue = { start, end };
  // Source: up to a following quotation, or to the next comma / sentence end.
  const firstAfter = firstStartingAt(s.real, end);
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
    // The rest is an apposition only when the claim stands before "according to"; at a sentence's start it follows,
    // after a name's apposition or participle ("According to Jane Smith, a professor at Yale, the plan failed", "According
    // to Jack Kelly, writing for RealClearPolitics:").
    const leading = wordCount(text, sent.start, start) === 0;
    if (/^,/.test(tail) && !FINITE_WORD.test(tail) && !leading) srcEnd = sent.end;
    const named = /^(?:\s*\p{Lu}[\p{L}.'’-]*)+\s*$/u.test(text.slice(end, srcEnd));
    const described = leading && named ? /^,\s*(?:a|an|[a-z]+ing)\s[^,;.:]{1,80}(?=[,:])/i.exec(tail) : null;
    if (described && !FINITE_WORD.test(described[0])) srcEnd += described[0].length;
  }
  const source = trimmedSpan(text, end, srcEnd);
  if (!source) return undefined;
  const srcClean = { start: source.start, end: source.end };
  while (srcClean.end > srcClean.start && /[.,;:)]/.test(text[srcClean.end - 1])) srcClean.end--;
  let content: Range | undefined;
  if (nextQ && srcEnd === nextQ.start) {
    content = { start: nextQ.innerStart, end: nextQ.innerEnd };
    s.usedQuote.set(nextQ, { kind: 'according-to' });
  } else {
    let cStart = srcEnd;
    // Skip ", quoting X (Y)," / ", citing X," after the source.
    const tail = text.slice(cStart, sent.end);
    const skip = /^\s*,\s*(?:quoting|citing|which cited|who cited)\b[^,]*(?:\([^)]*\))?\s*,/.exec(tail);
    if (skip) cStart += skip[0].length;
    const restWords = wordCount(text, cStart, sent.end);
    if (restWords >= 3) content = { start: cStart, end: contentEnd(s, cStart, sent.end) };
    else {
      const lead = trimmedSpan(text, sent.start, start);
      if (lead) content = lead;
    }
    if (content) content = trimmedSpan(text, content.start, content.end);
  }
  if (!content) return undefined;
  const d: Draft = { kind: 'according-to', content, cue, source: srcClean };
  for (let qi = firstIndex(s.real, (x) => x.start >= content!.start); qi < s.real.length && s.real[qi].start < content.end + 1; qi++) {
    const rq = s.real[qi];
    if (rq.end <= content.end + 1 && !s.usedQuote.has(rq)) s.usedQuote.set(rq, d);
  }
  return d;
}

/**
 * An auxiliary or a past form anywhere in a stretch: a clause, so an apposition after "according to X" ends there
 * ("According to court documents, the company knew of the defect": "knew" is past without "-ed").
 */
const FINITE_WORD = new RegExp(`\\b(?:${[...AUXILIARY_VERBS, ...IRREGULAR_PAST_FORMS].join('|')}|[a-z]+ed)\\b`);

function noComment(s: Scan, start: number): Outcome {
  const { text } = s;
  const phrase = matchAt(NO_COMMENT_RE, text, start);
  if (!phrase) return undefined;
  const q = quoteAt(s.quotes, start);
  if (q && start >= q.innerStart) return undefined;
  const sent = sentenceOf(s.sents, start);
  const cue = { start, end: start + phrase.length };
  const lastBefore = lastEndingBy(s.real, start);
  const prevQ = lastBefore && lastBefore.end > sent.start ? lastBefore : undefined;
  const src = sourceBefore(s, prevQ ? prevQ.end : sent.start, start, sent).span;
  if (!src) return undefined;
  return { kind: 'no-comment', cue, source: src };
}

/** The possessor right before a noun cue: a capitalized name with 's, or a possessive determiner. */
// Not the `i` flag: under it \\p{Lu} also matches lower case. The pronouns match either case by their first letter.
const POSSESSOR = new RegExp(`(?:^|[\\s(,])((?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,4}\\p{Lu}[\\p{L}.\\-]*)['’]s\\s+(?:[a-z]+\\s+)?$|(?:^|\\s)(${[...POSSESSIVE_PRONOUNS.keys()].map((p) => `[${p[0]}${p[0].toUpperCase()}]${p.slice(1)}`).join('|')})\\s+(?:[a-z]+\\s+)?$`, 'u');

function possessiveNounCue(s: Scan, start: number): Outcome {
  const { text } = s;
  const nounEnd = text.indexOf(' ', start);
  if (nounEnd < 0 || !/^\s+that\s/.test(text.slice(nounEnd, nounEnd + 7))) return undefined;
  const q = quoteAt(s.quotes, start);
  if (q && start >= q.innerStart) return undefined;
  const before = text.slice(Math.max(0, start - 80), start);
  const m = POSSESSOR.exec(before);
  if (!m) return undefined;
  const who = m[1] ?? m[2];
  if (m[1] && !/^\p{Lu}/u.test(m[1])) return undefined;
  const srcStart = start - before.length + m.index + m[0].indexOf(who);
  const sent = sentenceOf(s.sents, start);
  const cStart = text.indexOf('that', nounEnd) + 5;
  const end = contentEnd(s, cStart, sent.end);
  if (end <= cStart || wordCount(text, cStart, end) < 3) return undefined;
  const content = { start: cStart, end };
  return { kind: hasRealQuote(s.quotes, content) ? 'mixed' : 'indirect', content, cue: { start, end: nounEnd }, source: { start: srcStart, end: srcStart + who.length } };
}

// ---------------------------------------------------------------------------------------------------------------
// Cue-less quotation patterns (the quote phase: drafts are sorted by start, `withSource` lists are kept by the runner)

function restOfMixedQuote(s: Scan, q: Quote): Outcome {
  const part = s.partial.get(q);
  if (!part) return undefined;
  const rest = trimmedSpan(s.text, part.end, q.innerEnd);
  if (rest && wordCount(s.text, rest.start, rest.end) >= 3) return { kind: 'direct', content: rest, source: part.draft.source, continues: part.draft };
  return BLOCK;
}

function quotedTitle(s: Scan, q: Quote): Outcome {
  const inner = s.text.slice(q.innerStart, q.innerEnd).trim();
  return q.closed && !/[.!?,;:…\-–—)\]]['"’”]?$/.test(inner) && !/^[.!?,;]/.test(s.text.slice(q.end, q.end + 1)) ? BLOCK : undefined;
}

function quoteByline(s: Scan, q: Quote): Outcome {
  const { text } = s;
  const para = s.paras[indexAt(s.paras, q.start)];
  const byline = /^\s*[-–—]\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})\s*$/u.exec(text.slice(q.end, para.end))
    ?? /^\s+(\p{Lu}\p{L}+(?:\s+[\p{L}]+){0,3}),\s*["“]/u.exec(text.slice(q.end, para.end));
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  if (!byline || !/[.!?]["”]?$/.test(inner)) return undefined;
  const start = text.indexOf(byline[1], q.end);
  return { kind: 'direct', content: { start: q.innerStart, end: q.innerEnd }, source: { start, end: start + byline[1].trim().length } };
}

/** The latest draft with a source before the quote, by cue (else content) start; ties go to the draft added last. */
function speakerBefore(s: Scan, q: Quote): Draft | undefined {
  const early = lastStartingBefore(s.withSource.found, q.start);
  const added = lastStartingBefore(s.withSource.added, q.start);
  return !early ? added : !added ? early : draftStart(added) >= draftStart(early) ? added : early;
}

/** The last of `drafts` (sorted by start) that starts before `pos`. */
function lastStartingBefore(drafts: Draft[], pos: number): Draft | undefined {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (draftStart(drafts[mid]) >= pos) hi = mid;
    else lo = mid + 1;
  }
  return drafts[lo - 1];
}

function quoteRunsOn(s: Scan, q: Quote): Outcome {
  const { text } = s;
  if (!speakerBefore(s, q)) return undefined;
  const thisPara = indexAt(s.paras, q.start);
  const para = s.paras[thisPara];
  let prevParaQuote: Quote | undefined;
  const prevPara = thisPara > 0 ? s.paras[thisPara - 1] : undefined;
  for (let qi = prevPara ? firstIndex(s.real, (x) => x.start >= prevPara.start) : s.real.length; qi < s.real.length && s.real[qi].start < prevPara!.end; qi++) {
    if (!s.real[qi].closed) { prevParaQuote = s.real[qi]; break; }
  }
  const runsOn = prevParaQuote && s.usedQuote.has(prevParaQuote) && /^\s*["“«]/.test(text.slice(para.start, q.start + 1));
  if (!runsOn) return undefined;
  const src = s.usedQuote.get(prevParaQuote!)!;
  if (!src.source) return BLOCK;
  return { kind: 'direct', content: { start: q.innerStart, end: q.innerEnd }, source: src.source, continues: src };
}

function quoteSameParagraph(s: Scan, q: Quote): Outcome {
  const last = speakerBefore(s, q);
  if (!last || last.kind === 'according-to' || indexAt(s.paras, draftStart(last)) !== indexAt(s.paras, q.start)) return undefined;
  return { kind: 'direct', content: { start: q.innerStart, end: q.innerEnd }, source: last.source, continues: last };
}

function floatingQuote(s: Scan, q: Quote): Outcome {
  const last = speakerBefore(s, q);
  if (!last || !q.wholeParagraph || indexAt(s.paras, q.start) - indexAt(s.paras, draftStart(last)) > 1 || last.kind === 'no-comment') return undefined;
  return { kind: 'direct', content: { start: q.innerStart, end: q.innerEnd }, source: last.source, continues: last };
}

// ---------------------------------------------------------------------------------------------------------------
// Stages over all drafts

function pronounEndsSubject(t: Text, drafts: Draft[]): Draft[] {
  for (const d of drafts) {
    if (!d.source) continue;
    const m = /(\S+)\s(he|she|they)$/i.exec(t.text.slice(d.source.start, d.source.end));
    if (m && !/,/.test(t.text.slice(d.source.start, d.source.end)) && !/^(?:of|to|for|with|by|and|or|the)$/i.test(m[1])) d.source = { start: d.source.end - m[2].length, end: d.source.end };
  }
  return drafts;
}

function dropImplausibleSources(t: Text, drafts: Draft[]): Draft[] {
  return drafts.filter((d) => !d.source || plausibleSource(t.text.slice(d.source.start, d.source.end)));
}

/**
 * "I", "we" and "you" outside a quotation are not sources in news text (unmarked pull-quotes, the writer, the
 * reader); nor is a phrase ending in a function word or holding a contraction ("You'll", "upon what people's").
 */
export function plausibleSource(phrase: string): boolean {
  if (/^(?:i|we)$/i.test(phrase)) return false;
  // A year alone ("2016" under an embedded tweet) names no one; a share of a poll does ("43 said").
  if (/^(?:1[89]|20)\d\d$/.test(phrase)) return false;
  // Word edges are letters in any script: "García" does not end in the word "a".
  if (/(?<![\p{L}\p{N}])(?:you|your|yours|I|me|my|us|our)(?![\p{L}\p{N}])/u.test(phrase.replace(/^(?:We|Our|My)\b/, 'x'))) return false;
  if (/(?<![\p{L}\p{N}])(?:we|i)(?![\p{L}\p{N}])/iu.test(phrase) && !/^(?:we|i)$/i.test(phrase)) return false;
  if (/['’](?:ll|m|re|ve|d)\b/i.test(phrase)) return false;
  if (/(?<![\p{L}\p{N}])(?:of|to|upon|at|in|on|for|with|what|that|me|him|them|let|the|a|an|and|or|but|there|here|mean|lot|is|are|was|were)$/iu.test(phrase)) return false;
  if (/['’]s$/.test(phrase) || /\b(?:there|it|that|what|here)['’]s\b/i.test(phrase)) return false;
  const [first, second] = phrase.split(/\s+/);
  if (/^(?:no|yes|well|so|oh|ok|okay|take|let|look|see|now|then|upon|about|from|into|onto|of|with|without)$/i.test(first) && !/^(?:no\.)/i.test(phrase)) return false;
  // A bare past participle opens a verb phrase cut out of a clause ("seen him on the trail" of "who have seen him"), not a source.
  if (/^(?:been|seen|done|gone|said|told|given|taken|known|heard)$/.test(first)) return false;
  // A participle opens a phrase ("looking back", "Speaking to reporters"); a capitalised "-ing" word alone or before a
  // name or a comma is a surname ("Ebeling", "Manning", "King").
  if (/^[a-z]+ing$/.test(first) || /^\p{Lu}\p{Ll}+ing$/u.test(first) && !!second && /^\p{Ll}/u.test(second)) return false;
  return true;
}

/**
 * The reported clause after a cue verb: where it starts (what each cue frame must be followed by) and where it ends.
 */
import type { Text } from './draft';
import type { CueFrame } from './cues';
import { CUE_VERBS, cueParticle } from './cues';
import { words, type Word } from './text-units';
import { quoteAt } from './quotes';
import { isCap, lw } from './spans';
import { MAX_CUE_LOOKAHEAD_WORDS } from '../limits';
import { AUXILIARY_VERBS, SUBJECT_PRONOUNS, WEEKDAYS, oneOf } from './vocabulary';

export const WH = /^(?:what|how|why|whether|when|where|who|whom|which|if)$/i;
/** Words that open a clause after a cue of the `that` frame ("announced they would ..."). */
export const CLAUSE_PRONOUN = oneOf([...SUBJECT_PRONOUNS, 'you', 'there', 'this', 'these', 'those']);
/** Finite verbs that show a clause (not a noun object) after a cue. */
export const FINITE = oneOf([...AUXILIARY_VERBS, 'show', 'shows', 'showed', 'remain', 'remains', 'remained', 'need', 'needs', 'needed']);
export const SAY_NOT_CLAUSE = /^(?:goodbye|nothing|so|anything|little|much|hello|yes|no|sorry|grace|prayers|thanks|something|more|less|otherwise)$/i;

/** Cue verb forms that are never nouns ("said", "told", "insisted"): a clause does not open with one. */
const UNAMBIGUOUS_CUE_FORMS = new Set(CUE_VERBS.flatMap((v) => v.forms.filter((f) => !v.ambiguous?.includes(f))));
/** Words of SAY_NOT_CLAUSE that can also open a clause's subject ("said no one was hurt", "said little had changed"). */
const SUBJECT_QUANTIFIER = /^(?:no|nothing|little|much|something|more|less)$/i;
/** A preposition or relative word after such a word makes it the object ("said no to", "said nothing about", "said nothing that"). */
const PREPOSITION_AFTER_QUANTIFIER = /^(?:to|about|of|for|on|in|with|than|at|from|by|as|that|which|who)$/i;

/** Adverbials allowed between a cue and its clause: time and medium phrases ("on Tuesday", "in a statement"). */
export const ADVERBIAL_START = oneOf([
  'on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'late',
  'early', 'via', 'through', 'over', 'outside', 'inside', 'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly',
  'privately', 'separately', 'then', 'now', 'further', 'once', 'twice', 'often', 'frequently', ...WEEKDAYS,
]);

/** Where the reported clause starts after a cue, or null when the frame is not satisfied. */
export function complementStart(t: Text, cueEnd: number, sentEnd: number, frame: CueFrame, form = ''): number | null {
  const ws = words(t.text, cueEnd, sentEnd, MAX_CUE_LOOKAHEAD_WORDS);
  if (ws.length === 0) return null;
  let i = 0;
  if (frame === 'ask') {
    // "asked the governments not to ...", "pleaded with him to ...", "asked officials how ...": an addressee is required.
    let j = lw(ws[0]) === 'with' ? 1 : 0;
    const first = j;
    // A question put without an addressee: "asked whether ...", "asked if ...", "asked why ...".
    if (j === 0 && /^ask/i.test(form) && /^(?:whether|if|how|why|what|when|where|who)$/i.test(ws[0].text) && ws[1] && /^[\p{L}\p{N}]/u.test(ws[1].text)) return ws[0].start;
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
  if (/^call/i.test(form)) {
    const named = calledContent(ws, i);
    if (named !== undefined) return named;
  }
  // A parenthetical after the cue: ", in a satirical fashion, that ..." / ", on Tuesday, the ...".
  if (ws[i]?.text === ',') {
    let j = i + 1;
    while (j < ws.length && j - i < 9 && ws[j].text !== ',') j++;
    if (j < ws.length && ws[j].text === ',' && ADVERBIAL_START.test(ws[i + 1]?.text ?? '') || /ly$/.test(ws[i + 1]?.text ?? '') && ws[j]?.text === ',') i = j + 1;
    else return null; // a quotation after a comma is handled as a direct quote
  }
  if (ws[i]?.text === ':') return null;
  // A duration before "that": "has argued for years that ...", "said for months that ...".
  if (lw(ws[i]) === 'for' && /^(?:years|months|weeks|decades|days)$/i.test(ws[i + 1]?.text ?? '') && lw(ws[i + 2]) === 'that') i += 2;
  // Skip a short adverbial: "on Tuesday", "in a statement", "last week", "after the trip".
  if (ADVERBIAL_START.test(ws[i]?.text ?? '')) {
    let j = i + 1;
    while (j < ws.length && j - i < 9 && !/^(?:that|,|:)$/.test(ws[j].text) && !(CLAUSE_PRONOUN.test(ws[j].text) && j > i)) j++;
    if (j < ws.length && (ws[j].text === 'that' || CLAUSE_PRONOUN.test(ws[j].text))) i = j;
    else if (j < ws.length && ws[j].text === ',' && j + 1 < ws.length) i = j + 1;
    else return null;
    // After the comma, a cue verb is the sentence's own ("An aide, who insisted on anonymity, said ..."): the phrase
    // skipped was the cue's object, not an adverbial before its clause.
    if (UNAMBIGUOUS_CUE_FORMS.has(lw(ws[i]))) return null;
  }
  const w = ws[i];
  if (!w) return null;
  if (frame === 'particle') {
    // "talked about the wall", "pointed out that ...", "pointed to the polls": the content follows the particle.
    if (!cueParticle(form).test(w.text)) return null;
    const n = ws[i + 1];
    if (!n || !/[\p{L}\p{N}"“‘]/u.test(n.text)) return null;
    return lw(n) === 'that' && ws[i + 2] ? ws[i + 2].start : n.start;
  }
  // A commitment with an infinitive ("vowed to ban ...", "promised to cut taxes") reports what was promised.
  if (lw(w) === 'to' && /^(?:promis|pledg|vow)/i.test(form) && ws[i + 1] && (/^[a-z]/.test(ws[i + 1].text) || /^["“‘]$/.test(ws[i + 1].text) && /^[a-z]/.test(ws[i + 2]?.text ?? ''))) return w.start;
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
  // Verbs of judging and proposing, and denials, take what was said as their object ("criticized the plan",
  // "denied the allegations"): any word that can open a noun phrase.
  if (frame === 'object' || /^den(?:y|ies|ied|ying)$/i.test(form)) {
    if (OBJECT_NOT.test(w.text) || !/[\p{L}\p{N}"“‘$]/u.test(w.text)) return null;
    // Questioning a person is an interrogation ("police questioned the student"): doubt is voiced about a matter.
    if (/^question/i.test(form) && !(WH.test(w.text) || /^(?:his|her|their|its)$/i.test(w.text) || /['’]s$/.test(w.text) || /^['’]s$/.test(ws[i + 1]?.text ?? ''))) return null;
    return w.start;
  }
  // "said no decision had been made", "said nothing had changed": a quantifier opening the clause's subject, with an
  // auxiliary within a few words and no preposition before it (not "said no to the deal", "said nothing about it").
  if (SUBJECT_QUANTIFIER.test(w.text)) {
    const next = ws.slice(i + 1, i + 5);
    const fin = next.findIndex((x) => FINITE.test(x.text));
    if (fin >= 0 && next.slice(0, fin).every((x) => /^[\p{L}-]+$/u.test(x.text) && !PREPOSITION_AFTER_QUANTIFIER.test(x.text))) return w.start;
  }
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

/** Words that cannot open a noun phrase object ("criticized by", "praised as", "called back"). */
const OBJECT_NOT = /^(?:to|by|of|for|from|and|or|but|with|as|at|in|on|into|up|out|off|back|over|about|away|down|so|too|than|then|also|itself|himself|herself|themselves|is|was|are|were|has|have|had|be|been|last|next|this|yesterday|today|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Object pronouns after "call" that open a naming ("calling him a loser"). */
const CALLED_PRONOUN = /^(?:him|her|it|them|himself|herself|itself|themselves|this|that|these|those|me|us)$/i;
/** What may follow the object of a naming "call": an article, a quotation or a predicate adjective, not a particle. */
const NOT_NAMING = /^(?:on|at|to|in|back|up|out|from|after|before|and|or|with|for|about|into|over|off|by|during|since|when|while|last|this|yesterday|today|,|\.|;|:|\(|\))$/i;

/**
 * Where the content of a "call" cue starts: "called for X" (X), "called on X to Y" (X to Y), "called him a loser",
 * "calling Senate Majority Leader Mitch McConnell a liar" (the object and its naming); undefined when none applies
 * (then the quotation rule of the `describe` frame is tried).
 */
function calledContent(ws: Word[], i: number): number | null | undefined {
  const w = ws[i];
  const l = w.text.toLowerCase();
  if (l === 'for') return ws[i + 1] && /[\p{L}\p{N}"“‘$]/u.test(ws[i + 1].text) ? ws[i + 1].start : null;
  if (l === 'on') {
    for (let j = i + 1; j < Math.min(ws.length, i + 12); j++) {
      if (lw(ws[j]) === 'to') return j > i + 1 ? ws[i + 1].start : null;
      // A full stop inside the addressee belongs to a title ("Gov. Rick Snyder"): a capital follows it.
      if (/^[,;:]$/.test(ws[j].text) || ws[j].text === '.' && !isCap(ws[j + 1]) || FINITE.test(ws[j].text)) return null;
    }
    return null;
  }
  const next = ws[i + 1];
  if (CALLED_PRONOUN.test(w.text)) return next && !NOT_NAMING.test(next.text) && !FINITE.test(next.text) ? w.start : undefined;
  if (isCap(w)) {
    let j = i;
    while (j < ws.length && j - i < 6 && (isCap(ws[j]) || /^(?:['’]s|of|\.)$/.test(ws[j].text))) j++;
    if (j < ws.length && /^(?:a|an|the|["“‘])$/i.test(ws[j].text)) return w.start;
  }
  return undefined;
}

/** End of a reported clause: the sentence end (stopping at ";" and ", but"), without the final period unless a quote runs on. */
export function contentEnd(t: Text, start: number, sentEnd: number): number {
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

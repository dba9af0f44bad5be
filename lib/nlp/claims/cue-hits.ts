/**
 * Where the claim patterns are tried: one pass over the words finds the cue verbs with a verb reading (outside
 * quotations) and the words that may open an "according to" phrase, a refusal to comment or a noun cue.
 */
import type { Range, Word } from './text-units';
import { words } from './text-units';
import type { Text } from './draft';
import { quoteAt } from './quotes';
import type { CueFrame } from './cues';
import { ACCORDING_TO, AUXILIARIES, BE_FORMS, CUE_VERBS, NO_COMMENT, NOUN_AFTER, NOUN_BEFORE, NOUN_CUES, firstWords } from './cues';
import { lw as importedLw } from './spans';
import { DO_FORMS, HAVE_FORMS, MODALS, oneOf } from './vocabulary';

/** Bound once: read many times for every candidate cue. */
const lw = importedLw;

/** Cue forms that are also common nouns ("states", "pledges", "reason"): read as verbs only where nothing else can be. */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set(CUE_VERBS.flatMap((v) => v.ambiguous ?? []));
const FORM_INFO = new Map<string, { frame: CueFrame; ambiguous: boolean; lemma: string }>();
for (const v of CUE_VERBS) for (const f of v.forms) FORM_INFO.set(f, { frame: v.frame, ambiguous: !!v.ambiguous?.includes(f), lemma: v.forms[0] });
/**
 * First words of the "according to" phrases and of the refusals: their sticky patterns are only tried where one of
 * these words starts. Computed from the lists in cues.ts (and kept in this module: they are read at every word).
 */
const ACCORDING_FIRST = new Set(ACCORDING_TO.map((a) => a.phrase.split(' ')[0]));
const NO_COMMENT_FIRST = new Set(NO_COMMENT.flatMap((n) => firstWords(n.pattern)));
const LOWER_WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;
/** Auxiliaries that stay the word before a cue when adverbs are skipped ("has also said" reads "has"). */
const AUXILIARY_KEPT = oneOf([...HAVE_FORMS, ...MODALS, ...DO_FORMS]);
/** Modal, hypothetical or imperative speech before a cue ("would say", "let me tell") is not reported speech. */
const NOT_REPORTED = oneOf([...MODALS, 'shall', ...DO_FORMS, 'let', 'help', 'please', 'wanna', 'gonna']);

/** Forms of "be" that make an -ing cue progressive, not passive. */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'am', "'s", '’s', 'be', 'been']);

/** The previous and next word around a span (within a short window). */
function neighbours(t: Text, start: number, end: number): { before: Word[]; after: Word[] } {
  return { before: words(t.text, Math.max(0, start - 60), start).slice(-4), after: words(t.text, end, Math.min(t.text.length, end + 60)).slice(0, 4) };
}

/** A verb reading of a cue form: not after a determiner/preposition, not passive, not an infinitive after "to". */
function verbReading(t: Text, start: number, end: number, form: string, ambiguous: boolean, frame: CueFrame): boolean {
  const { before, after } = neighbours(t, start, end);
  let k = before.length - 1;
  while (k >= 0 && AUXILIARIES.has(lw(before[k])) && !AUXILIARY_KEPT.test(lw(before[k]))) k--;
  const prev = lw(before[k]);
  const prevRaw = before[before.length - 1];
  const next = lw(after[0]);
  // A form of "be" before a participle is passive ("was told") and has no source; before an -ing form it is the
  // progressive ("is telling a town hall that", "has been saying"), which reports speech.
  if (BE_FORMS.has(prev) && !(form === 'saying' && lw(before[k - 1]) === 'as') && !(/ing$/.test(form) && PROGRESSIVE_BE.has(prev))) return false;
  // Negated speech ("did not say", "never claimed") is not a claim; refusals are found by the no-comment patterns.
  if (before.slice(Math.max(0, k - 1)).some((w) => /^(?:not|never|n't|n’t)$/i.test(w.text) || /n['’]t$/i.test(w.text))) return false;
  // Gerunds after a preposition ("from claiming asylum", "without saying") are not attributions.
  // A gerund after "by", "after" or "before" is speech of the main subject ("drew fire by saying that ...", "by pointing
  // out that ...", "by calling him a liar"); not a verb of judging or proposing ("reacted by proposing measures" is an act).
  if (/ing$/.test(form) && (/^(?:from|of|for|without|about|in|on|against|despite|besides|than)$/.test(prev) || /^(?:by|after|before)$/.test(prev) && !/^(?:say|tell|that|particle|describe)$/.test(frame))) return false;
  if (prev === 'as' && form === 'saying' && lw(before[k - 1]) === 'quoted') return true;
  if (/^(?:when|if|as|after|before|while|once|unless|being)$/.test(prev) && /^(?:asked|told|called|reported|described|quoted)$/.test(form)) return false;
  if (prev === 'to' && !/^(?:told|said|added)$/.test(form)) return false;
  // Modal, hypothetical or imperative speech ("would say", "can you explain", "let me tell", "I'd say") is not reported.
  if (NOT_REPORTED.test(prev) || (prevRaw && /['’](?:ll|d)$/i.test(prevRaw.text))) return false;
  if (/^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|no|any)$/.test(lw(prevRaw))) return false;
  if (ambiguous) {
    // "calls for" is a noun after a determiner or adjective ("renewed calls for"), a verb after its subject ("Trump calls for").
    const callsFor = /^calls?$/.test(form) && next === 'for' && !!prevRaw && (/^\p{Lu}/u.test(prevRaw.text) || AUXILIARIES.has(prev) || /^(?:he|she|it|they|who|which|that)$/.test(prev));
    if (NOUN_BEFORE.has(prev) || NOUN_AFTER.has(next) && !callsFor) return false;
    if (prevRaw && /['’]s?$/.test(prevRaw.text)) return false; // "Trump's claim", "the voters' claims"
    if (prevRaw && /^['’]s?$/.test(prevRaw.text)) return false;
    if (prevRaw && /^\p{Lu}/u.test(prevRaw.text) && /^(?:state|states)$/.test(form)) return false;
    // "30 states", "swing states where ...", "a caucus state like Iowa": a count, a modifier or a place noun after it.
    if (/^(?:state|states)$/.test(form) && (STATE_NOUN_BEFORE.test(prev) || /^\d/.test(prev) || /^(?:where|like|including|such|with|and|or|in|have|are|were|had)$/.test(next))) return false;
    // The singular "state" is a verb only after a plural or pronoun subject or an adverb ("the documents state that").
    if (form === 'state' && !(/^(?:they|we|you|i|who|which|that)$/.test(prev) || /[^s']s$/.test(prev) || /ly$/.test(prev))) return false;
    // After a comma an -ing form opens a participle clause of the speaker (", warning that ..."), else a noun reading.
    if (!prevRaw || /^[.;:(]$/.test(prevRaw.text) || prevRaw.text === ',' && !/ing$/.test(form)) return false;
  }
  if (form === 'alleged' && !/^(?:that|,)$/.test(next)) return false;
  // "pledged delegates" are delegates, not a pledge.
  if (form === 'pledged' && /^delegates?$/.test(next)) return false;
  if (frame === 'object' || frame === 'particle') {
    // A past form after a preposition is an adjective ("under repeated assault", "after repeated clashes").
    if (/ed$/.test(form) && PREPOSITION.test(prev)) return false;
    // The nouns among these ("a simple question", "tough talk", "all signs point") are verbs only after a subject
    // pronoun, a name, an auxiliary or adverb, or a relative pronoun, or before a name or an object pronoun ("the ad
    // slams Kasich").
    const nameAfter = !!after[0] && /^\p{Lu}/u.test(after[0].text) || /^(?:him|her|them|me|us)$/.test(next);
    if (ambiguous && !nameAfter && !(prevRaw && (/^\p{Lu}/u.test(prevRaw.text) && !/^(?:The|A|An|One|This|That|His|Her|Its|Their)$/.test(prevRaw.text) || SUBJECT_BEFORE.test(prev) || AUXILIARIES.has(prev)))) return false;
  }
  return true;
}

/** Counts, quantifiers and modifiers before the noun "states" ("nine states", "swing states", "other states"). */
const STATE_NOUN_BEFORE = oneOf([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'dozen', 'many', 'several', 'few', 'other', 'both', 'all', 'some', 'most', 'more', 'key', 'swing',
  'battleground', 'early', 'southern', 'northern', 'western', 'eastern', 'red', 'blue', 'purple', 'border', 'member',
  'primary', 'caucus', 'coastal', 'large', 'small', 'big', 'rural', 'industrial', 'conservative', 'liberal', 'diverse',
  'delegate-rich', 'voting', 'fifth', 'home', 'neighboring', 'individual', 'different', 'those', 'these', 'such',
]);
/** Prepositions: a past form after one is an adjective. */
const PREPOSITION = oneOf(['under', 'after', 'before', 'for', 'of', 'in', 'on', 'with', 'by', 'from', 'at', 'amid', 'despite', 'against', 'through', 'over']);
/** Words after which a noun-like cue form ("question", "talks", "points") reads as a verb. */
const SUBJECT_BEFORE = oneOf(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'also', 'repeatedly', 'often', 'now', 'then', 'openly', 'publicly']);



/** A cue verb with a verb reading, outside quotations. */
export interface CueHit extends Range {
  form: string;
  frame: CueFrame;
}

/** Start offsets of the words that may open a phrase of each trigger other than cue verbs, in text order. */
export interface Triggers {
  according: number[];
  noComment: number[];
  nouns: number[];
}

/** Cue verbs outside quotations, with a verb reading. */
export function findCueHits(t: Text, triggers?: Triggers): CueHit[] {
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
    if (!verbReading(t, start, end, form, info.ambiguous, info.frame)) continue;
    out.push({ start, end, form, frame: info.frame });
  }
  return out;
}

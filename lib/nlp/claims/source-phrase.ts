import type { Range, Word } from './text-units';
import { words } from './text-units';
import { CUE_VERBS } from './cues';
import { MAX_SUBJECT_LOOKBACK_CHARS } from '../limits';
import { isRoleNoun, speaksForOthers } from './anonymity';
import { AUXILIARY_VERBS, DO_FORMS, HAVE_FORMS, MODALS, SUBJECT_PRONOUN, WEEKDAYS, oneOf } from './vocabulary';

/**
 * Finding the source phrase (the speaker's noun phrase) next to a cue, without a parser: walk back from the cue over a
 * noun phrase with its appositions, dropping adverbs, time phrases, "in a statement" and parentheticals.
 */

/** Words that stand between a subject and its verb and are not part of the subject. Reason: "X also said", "X on Tuesday told". */
const TRAILING_SKIP = new Set([
  ...HAVE_FORMS, ...MODALS, ...DO_FORMS, 'shall', 'also', 'then', 'later', 'again', 'further', 'previously', 'repeatedly',
  'publicly', 'recently', 'earlier', 'yesterday', 'today', 'tonight', 'once', 'first', 'already', 'still', 'now', 'too',
  'separately', 'reportedly', 'subsequently', 'privately', 'openly', 'formally', 'initially', 'finally', 'ultimately',
  'personally', 'directly', 'specifically', 'explicitly', 'allegedly', 'himself', 'herself', 'itself', 'themselves',
  'simply', 'just', 'even', 'quickly', 'immediately', 'since', 'not', 'never', 'both', 'all',
]);
/** Time nouns ending a time phrase ("on Tuesday", "last week") that is dropped from the end of a subject. */
const DAYS = new Set([...WEEKDAYS, 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'day']);
/** Nouns of a medium of speech: a trailing "in a statement", "in an interview with X" is dropped from the subject. */
/** "on (the) condition of anonymity" before a cue describes the subject ("Officials who spoke on condition of anonymity said"). */
const ANONYMITY_CONDITION = /^on (?:the )?condition of anonymity\b/i;
const MEDIA = /\b(?:statement|interview|email|e-mail|letter|post|blog|conference|briefing|speech|remarks|tweet|message|release|hearing|radio|television|tv|broadcast|address|video|report|op-ed|column|editorial|podcast|phone|call)s?\b/i;
/** Words that open a clause or a prepositional phrase: a chunk starting with one is not part of the subject. */
const OPENER = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'of', 'from', 'with', 'by', 'to', 'as', 'when', 'while',
  'if', 'because', 'although', 'though', 'whereas', 'however', 'meanwhile', 'but', 'and', 'so', 'yet', 'also', 'still',
  'speaking', 'writing', 'discussing', 'asked', 'responding', 'according', 'citing', 'quoting', 'referring', 'who',
  'which', 'where', 'that', 'separately', 'instead', 'moreover', 'furthermore', 'yesterday', 'today', 'later', 'earlier',
  'last', 'this', 'allegedly', 'reportedly', 'now', 'then', 'here', 'there', 'under', 'despite', 'amid',
  'following', 'until', 'unlike', 'like', 'besides', 'about', 'over', 'against', 'without', 'within', 'through',
  'indeed', 'instead', 'still', 'nonetheless', 'nevertheless', 'similarly', 'likewise', 'meanwhile', 'otherwise', 'pressed',
]);
/** Clause boundaries when walking back from a cue. */
const BOUNDARY = new Set([
  'that', 'which', 'because', 'while', 'although', 'though', 'whereas', 'if', 'when', 'after', 'before', 'since', 'but',
  'so', 'yet', 'or', 'where', 'whether', 'unless', 'until', 'once', 'as',
]);
/** Punctuation that ends a subject. Not ".": inside one sentence it belongs to an abbreviation ("Sen.", "R-S.C."). */
const PUNCT_BOUNDARY = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', '!', '?', '[', ']', '«', '»', '‘']);
/** Finite verbs and auxiliaries: a subject does not contain one. */
const VERBISH = new Set([
  ...AUXILIARY_VERBS, 'be', 'been', 'being', 'shall', 'began', 'came', 'went', 'got', 'made', 'took', 'gave', 'left', 'met',
  'sent', 'won', 'lost', 'led', 'held', 'kept', 'became', 'saw', 'knew', 'thought', 'felt', 'found', 'brought', 'put',
  'spoke', 'stood', 'sat', 'ran', 'rose', 'fell', 'broke', 'drove', 'flew', 'grew', 'threw', 'wore', 'gets', 'goes',
]);
/**
 * Irregular past forms (and short "-ed" ones) that end a subject like a "-ed" verb, unless a determiner makes them an
 * adjective ("a paid adviser", "a used car"): "The senator sought to calm", "His campaign sued the DNC", "Forbes shot back".
 */
const IRREGULAR_PAST = new Set(['sought', 'sued', 'used', 'shot', 'fled', 'struck', 'fought', 'bought', 'caught', 'wrote', 'paid', 'meant', 'heard', 'built', 'sold', 'spent', 'taught', 'swore', 'owed']);
const CUE_FORMS = new Set(CUE_VERBS.flatMap((v) => v.forms));
/** Words that end a subject read after its cue ("said KCNA, adding ..."). */
const AFTER_SUBJECT_STOP = oneOf([
  'who', 'which', 'that', 'because', 'after', 'when', 'while', 'as', 'adding', 'saying', 'and', 'to', 'during', 'before', 'last',
  'yesterday', 'today', ...WEEKDAYS,
]);

/**
 * Post-modifiers of a role noun that a walk back from the cue stops inside (at a participle or a relative verb), with
 * why they belong to the subject: "one senator involved in the discussions", "people familiar with the talks", "a
 * senator who has not endorsed the framework". The head is the role noun before them, not the last noun.
 */
const POSTMOD_PARTICIPLES = new Map<string, string>([
  ['involved', '"involved in the discussions"'], ['familiar', '"familiar with the talks"'], ['close', '"close to the senator"'],
  ['privy', '"privy to negotiations"'], ['briefed', '"briefed on the plan"'], ['interviewed', '"interviewed at rallies"'],
  ['reached', '"reached by telephone"'], ['knowledgeable', '"knowledgeable about"'], ['acquainted', '"acquainted with"'],
  ['allied', '"allied with"'], ['aligned', '"aligned with"'], ['loyal', '"loyal to"'], ['tied', '"tied to"'],
  ['connected', '"connected to"'], ['affiliated', '"affiliated with"'], ['working', '"working on the bill"'],
  ['present', '"present at the meeting"'], ['speaking', '"speaking on background"'], ['based', '"based in Geneva"'], ['who', 'a relative clause'], ['whose', 'a relative clause'],
]);
/** Prepositions that open a post-modifier after a role noun ("two aides to Democratic senators", "a nurse at the hospital"). */
const POSTMOD_PREPS = new Set(['to', 'at', 'from', 'of', 'with', 'for', 'in', 'on', 'inside', 'within', 'near', 'across', 'by', 'about']);
/** Plural role nouns without "-s", a bare plural subject like "Residents who lost their homes said" ("People who ..."). */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'clergy']);
/** Words opening a noun phrase whose head may carry a post-modifier. */
const NP_OPENERS = /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|another|some|several|multiple|numerous|many|few|most|both|other|various|\d+)$/i;

function lower(w: Word | undefined): string {
  return w ? w.text.toLowerCase() : '';
}
const isCap = (w: Word) => /^\p{Lu}/u.test(w.text);
const isWordTok = (w: Word) => /[\p{L}\p{N}]/u.test(w.text);

/** A determiner or possessive: the word after it is read as a noun or adjective, not as a finite verb. */
const DETERMINER_BEFORE_NOUN = /^(?:the|a|an|his|her|its|their|our)$/i;

/** Words after which an "-ed" word is an adjective: a determiner or possessive, or "well", "newly", "so-called". */
const BEFORE_PARTICIPLE_ADJECTIVE = /^(?:the|a|an|his|her|its|their|our|well|newly|so-called)$/i;

/** Lower-case word that looks like a finite verb (past tense "-ed", known verbs, cue verbs). */
function verbLike(w: Word, prev: Word | undefined): boolean {
  const t = w.text;
  if (isCap(w)) return false;
  const l = t.toLowerCase();
  // After a determiner a cue form is a noun ("familiar with the talks said", "in a statement said").
  if (VERBISH.has(l) || CUE_FORMS.has(l)) return !(prev && DETERMINER_BEFORE_NOUN.test(prev.text));
  // A negated auxiliary ("didn’t", "won't") is a verb, with a straight or curly apostrophe.
  if (/n['’]t$/.test(l)) return true;
  // "-ed" words after a determiner or possessive are adjectives ("the alleged", "a respected"), otherwise verbs.
  if ((/ed$/.test(l) && l.length > 4 || IRREGULAR_PAST.has(l)) && !(prev && BEFORE_PARTICIPLE_ADJECTIVE.test(prev.text))) return true;
  return false;
}

/** Chunk [i, j) is an apposition or name part rather than an opener clause. */
function appositive(ws: Word[], i: number, j: number): boolean {
  if (j <= i || j - i > 18) return false;
  // "now a paid CNN commentator", "then the girlfriend of ...": a description of what the person is at the time.
  if (/^(?:now|then|formerly|once)$/i.test(ws[i].text) && i + 1 < j && !verbLike(ws[i + 1], ws[i])) i++;
  const first = ws[i];
  if (OPENER.has(lower(first)) || /ing$/.test(lower(first)) || /ly$/.test(lower(first))) return false;
  // A time phrase before a comma ("Wednesday at the debate, Clinton said") is not an apposition.
  if (DAYS.has(lower(first)) || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|more|most|even)$/i.test(first.text)) return false;
  // So is one ending in a time word ("Minutes later, the campaign said", "The day before, he said", "Two weeks ago,").
  const lastWord = lower(ws[j - 1]);
  if (/^(?:later|earlier|ago|before|afterward|afterwards|beforehand)$/.test(lastWord) || j - i > 1 && DAYS.has(lastWord)) return false;
  // A relative clause inside a description may hold verbs ("a cyber security expert who has helped investigate").
  const described = /^(?:a|an|the)$/i.test(first.text);
  for (let k = i; k < j; k++) {
    if (described && /^(?:who|which)$/.test(lower(ws[k])) && k > i + 1) return !ws.slice(k, j).some((w) => PUNCT_BOUNDARY.has(w.text));
    if (described && k > i && describingWord(ws, k)) continue;
    if (verbLike(ws[k], ws[k - 1]) || BOUNDARY.has(lower(ws[k])) || PUNCT_BOUNDARY.has(ws[k].text)) return false;
  }
  return true;
}

/**
 * Inside a description opened by an article, a word that looks like a verb but modifies the noun: an "-ing" modifier
 * ("a creative writing professor", "a founding member") or a reduced relative before its preposition ("an independent
 * voter raised in Chile", "a broker based in Tampa").
 */
function describingWord(ws: Word[], k: number): boolean {
  const l = lower(ws[k]);
  if (/ing$/.test(l) && l.length > 4 && !AUXILIARY_VERBS.includes(l)) return true;
  return /ed$/.test(l) && l.length > 4 && POSTMOD_PREPS.has(lower(ws[k + 1])) && !/^(?:the|a|an)$/i.test(ws[k - 1]?.text ?? '');
}

/** Nouns in "-ly" that end a subject ("a lawyer who represents the family said", "the ruling assembly said"). */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'supply', 'rally', 'monopoly', 'daily', 'weekly']);

/** A lower-case "-ly" word read as an adverb ("said publicly"), unless a known noun or after a determiner ("the family"). */
function adverbInLy(ws: Word[], k: number): boolean {
  const l = lower(ws[k]);
  if (!/ly$/.test(l) || k < 1 || isCap(ws[k]) || l.length <= 4) return false;
  return !LY_NOUNS.has(l) && !DETERMINER_BEFORE_NOUN.test(ws[k - 1].text);
}

/** Drops adverbs, time phrases and "in a statement"-like phrases that end right before the cue. */
function trimTrailing(ws: Word[]): Word[] {
  let end = ws.length;
  for (let guard = 0; guard < 10 && end > 0; guard++) {
    const last = lower(ws[end - 1]);
    if (TRAILING_SKIP.has(last) || adverbInLy(ws, end - 1)) { end--; continue; }
    if (DAYS.has(last) && end >= 2) {
      let k = end - 1;
      while (k > 0 && /^(?:on|last|this|early|late|earlier|later|next|the|that|same|previous|following)$/i.test(ws[k - 1].text)) k--;
      if (k < end - 1) { end = k; continue; }
    }
    // A trailing prepositional phrase naming a medium ("in a statement", "in remarks to al-Ikhbariya television").
    let cut = -1;
    for (let k = end - 1; k >= Math.max(0, end - 9); k--) {
      const l = lower(ws[k]);
      // Not a preposition a participle governs ("a person briefed on the statement", "officials involved in the
      // talks"): that phrase is the subject's post-modifier. Nor "on condition of anonymity", which describes the subject.
      if (/^(?:in|on|at|during|via|through|after|over|with|to)$/.test(l) && k > 0 && !POSTMOD_PARTICIPLES.has(lower(ws[k - 1])) && !insideRelative(ws, k)) {
        const phrase = ws.slice(k, end).map((w) => w.text).join(' ');
        if (ANONYMITY_CONDITION.test(phrase)) continue;
        if (MEDIA.test(phrase) || /^(?:after|on|during)\b/.test(l) && ws.slice(k, end).length <= 4) cut = k;
      }
      if (ws[k].text === ',') break;
    }
    if (cut > 0) { end = cut; continue; }
    break;
  }
  return ws.slice(0, end);
}

/**
 * Whether word `k` is inside a relative clause opened before it with no comma between ("A former official who worked
 * on the program said"): a phrase there belongs to the clause's verb, not to the cue.
 */
function insideRelative(ws: Word[], k: number): boolean {
  for (let m = k - 1; m >= 0 && k - m <= 8; m--) {
    if (ws[m].text === ',' || PUNCT_BOUNDARY.has(ws[m].text)) return false;
    if (/^(?:who|whose)$/i.test(ws[m].text)) return true;
  }
  return false;
}

export type SubjectResult = { kind: 'span'; span: Range; before: Range } | { kind: 'coordinated' } | { kind: 'none' };

/**
 * The subject noun phrase ending right before a cue at `to`, searched from `from` (sentence start or a quotation's end).
 * `before` is what precedes the subject in that stretch (used to tell "CLAUSE, the sources said" from a plain subject).
 */
export function subjectBefore(text: string, from: number, to: number): SubjectResult {
  const r = subjectBeforeOnce(text, from, to);
  // A document issued by someone right before a participle ("His office put out a statement saying", "the campaign
  // issued a statement saying"): the statement is the object, its issuer the source.
  if (r.kind === 'span') {
    const head = ISSUED.exec(text.slice(Math.max(from, r.span.start - 40), r.span.end));
    if (head && /^(?:out\s+)?(?:an?|the|its|his|her|their)\s/i.test(text.slice(r.span.start, r.span.end))) {
      const verbStart = r.span.start - (text.slice(Math.max(from, r.span.start - 40), r.span.start).length - head.index);
      const issuer = subjectBeforeOnce(text, from, verbStart);
      if (issuer.kind === 'span') return issuer;
    }
  }
  return r;
}

/** A verb of issuing before a document noun phrase that ends the stretch ("put out a statement", "issued a press release"). */
const ISSUED = /\b(?:issued|released|put out|sent out|blasted out|sent|posted|published|emailed)\s+(?:\w+ly\s+)?(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|press release|release|email|e-mail|memo|letter|message|note)(?:\s+to\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:supporters|reporters|donors|members|the press|the media))?\s*$/i;

function subjectBeforeOnce(text: string, from: number, to: number): SubjectResult {
  // Only the last MAX_SUBJECT_LOOKBACK_CHARS before the cue are read; `before` still starts at `from`.
  const cut = to - MAX_SUBJECT_LOOKBACK_CHARS > from;
  let ws = trimTrailing(words(text, cut ? to - MAX_SUBJECT_LOOKBACK_CHARS : from, to));
  if (ws.length === 0) return { kind: 'none' };
  // A parenthetical between commas right before the cue: ", in remarks to X," is dropped, an apposition is kept.
  let end = ws.length;
  /** End of an apposition kept after the subject proper ("K.C. Maurer, chief financial officer and treasurer at X,"). */
  let appositionEnd: Word | undefined;
  let appositionStart: Word | undefined;
  /** End of a relative clause kept after the subject ("One Northgate player, who asked not to be named,"). */
  let relativeEnd: Word | undefined;
  if (ws[end - 1].text === ',') {
    let k = end - 2;
    while (k >= 0 && ws[k].text !== ',' && !PUNCT_BOUNDARY.has(ws[k].text)) k--;
    // A parenthetical longer than the look back: where it opens, and so the subject before it, is out of reach.
    if (k < 0 && cut) return { kind: 'none' };
    const chunkStart = k + 1;
    // A relative clause between commas belongs to the subject ("The senator, who requested anonymity, said").
    if (k >= 0 && ws[k].text === ',' && /^(?:who|whose)$/i.test(ws[chunkStart]?.text ?? '') && chunkStart < end - 1) { relativeEnd = ws[end - 2]; ws = ws.slice(0, k); }
    else if (k >= 0 && ws[k].text === ',' && !appositive(ws, chunkStart, end - 1)) ws = trimTrailing(ws.slice(0, k));
    else if (k >= 0 && ws[k].text === ',' && chunkStart < end - 1) { appositionEnd = ws[end - 2]; appositionStart = ws[chunkStart]; ws = ws.slice(0, k); }
    else ws = ws.slice(0, end - 1);
    end = ws.length;
    if (end === 0) return { kind: 'none' };
  }
  // A parenthetical between spaced dashes right before the cue ("Mr. Bush - in a line aimed at Mr. Trump - declared").
  if (/^(?:-|--|—|–)$/.test(ws[end - 1].text)) {
    let k = end - 2;
    while (k >= 0 && end - k < 30 && !/^(?:-|--|—|–)$/.test(ws[k].text)) k--;
    if (k > 0 && /^(?:-|--|—|–)$/.test(ws[k].text)) { ws = trimTrailing(ws.slice(0, k)); end = ws.length; if (end === 0) return { kind: 'none' }; }
  }
  if (/^(?:and|but)$/i.test(ws[end - 1].text)) return { kind: 'coordinated' };
  // A relative clause: "Trump, who said ..." -> the antecedent "Trump".
  if (/^(?:who|which)$/i.test(ws[end - 1].text)) {
    ws = ws.slice(0, end - 1);
    if (ws.length && ws[ws.length - 1].text === ',') ws = ws.slice(0, -1);
    end = ws.length;
    if (end === 0) return { kind: 'none' };
  }
  let i = end - 1;
  let start = end;
  while (i >= 0) {
    const w = ws[i];
    const l = lower(w);
    // A short quoted name inside the subject: The "History" section of the site.
    if (/^["”)]$/.test(w.text) && i > 1) {
      const open = w.text === ')' ? /^\($/ : /^["“]$/;
      let k = i - 1;
      while (k >= 0 && i - k <= 6 && !open.test(ws[k].text)) k--;
      if (k >= 0 && i - k <= 6 && open.test(ws[k].text) && k < i - 1) { start = k; i = k - 1; continue; }
    }
    if (PUNCT_BOUNDARY.has(w.text)) break;
    if (w.text === ',') {
      // Accept an apposition chunk before the comma ("Malaysia's Prime Minister, Najib Razak").
      let k = i - 1;
      while (k >= 0 && ws[k].text !== ',' && !PUNCT_BOUNDARY.has(ws[k].text) && !BOUNDARY.has(lower(ws[k]))) k--;
      const chunkStart = k + 1;
      const chunkOk = appositive(ws, chunkStart, i) && (k < 0 || ws[k].text === ',');
      // A pronoun takes no apposition before it ("An economic downturn, he said", "Along with the photo, he posted").
      const pronoun = end - start === 1 && SUBJECT_PRONOUN.test(ws[start].text);
      const headOk = start < end && !pronoun && (isCap(ws[start]) || /^(?:the|a|an)$/i.test(ws[start].text) || isCap(ws[chunkStart] ?? w));
      if (chunkOk && headOk && i - chunkStart <= 8 && !(k >= 0 && ws[k].text === ',' && k > 0 && !appositiveStart(ws, k))) {
        start = chunkStart;
        i = k;
        if (k < 0 || ws[k].text !== ',') break;
        continue;
      }
      break;
    }
    if (BOUNDARY.has(l) && !(l === 'as' && /^(?:such)$/i.test(lower(ws[i - 1])))) break;
    if (l === 'and') {
      // Coordinated subjects ("Both the district and the police") keep "and"; a clause "..., and X said" does not.
      let k = i - 1;
      while (k >= 0 && ws[k].text !== ',' && !BOUNDARY.has(lower(ws[k])) && !PUNCT_BOUNDARY.has(ws[k].text)) k--;
      const chunk = ws.slice(k + 1, i);
      const nominal = chunk.length > 0 && chunk.length <= (/^(?:the|a|an)$/i.test(chunk[0]?.text ?? '') ? 10 : 6) && chunk.every((x, n) => !verbLike(x, chunk[n - 1]) && !OPENER.has(lower(x)) || /^(?:the|a|an|of)$/i.test(x.text));
      if (!nominal) break;
    }
    if (verbLike(w, ws[i - 1])) break;
    if (end - i > 25) break;
    start = i;
    i--;
  }
  // Drop leading conjunctions and adverbs ("As coauthor X told", "But the minister said").
  while (start < end && (OPENER.has(lower(ws[start])) && !/^(?:this|that)$/.test(lower(ws[start])) || ws[start].text === ',' || ws[start].text === '-')) start++;
  while (end > start && !isWordTok(ws[end - 1])) end--;
  // Also when the walk found nothing: a relative clause ending in a verb right before the cue ("An official who asked
  // not to be named said") stops the walk at its first word, and the post-modifier leads back to its head noun.
  if (start <= end) start = extendOverPostModifier(ws, start);
  if (start >= end) {
    if (appositionStart && appositionEnd) return { kind: 'span', span: { start: appositionStart.start, end: appositionEnd.end }, before: { start: from, end: appositionStart.start } };
    return { kind: 'none' };
  }
  let spanStart = ws[start].start;
  const spanEnd = (relativeEnd ?? appositionEnd ?? ws[end - 1]).end;
  // A dateline before the subject ("CHICAGO (Wire) - Halvorsen Foods said") is not part of it.
  const dateline = DATELINE.exec(text.slice(spanStart, spanEnd));
  if (dateline && spanStart + dateline[0].length < spanEnd) spanStart += dateline[0].length;
  return { kind: 'span', span: { start: spanStart, end: spanEnd }, before: { start: from, end: spanStart } };
}

/** A dateline: a place in capitals, an optional agency in brackets, a dash ("LONDON (Reuters) —", "CHICAGO (Wire) -"). */
const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.,'’-]*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+/u;

/** Where a clause can begin: nothing, punctuation, a conjunction or an opener ("But", "and", "as"). */
function clauseEdge(w: Word | undefined): boolean {
  return !w || w.text === ',' || PUNCT_BOUNDARY.has(w.text) || OPENER.has(lower(w)) || BOUNDARY.has(lower(w));
}

/**
 * The walk back stops inside a role noun's post-modifier ("One Republican senator involved in | the discussions said",
 * "Some families who received | aid from the fund said"): move the start back to the noun phrase the post-modifier
 * belongs to, when that phrase is a role noun ("senator", "families", isRoleNoun) opened by a determiner or quantifier
 * (or a bare plural) at a clause edge. Repeated for a post-modifier inside another ("who wrote the speech delivered by").
 */
function extendOverPostModifier(ws: Word[], start: number): number {
  let cur = start;
  for (let guard = 0; guard < 3; guard++) {
    const q = postModifiedHead(ws, cur);
    if (q < 0) break;
    cur = q;
  }
  return cur;
}

function postModifiedHead(ws: Word[], start: number): number {
  let crossed = false;
  for (let j = start - 1; j >= 1 && start - j <= 14; j--) {
    const w = ws[j];
    const l = lower(w);
    if (w.text === ',' || PUNCT_BOUNDARY.has(w.text)) return -1;
    const relative = l === 'who' || l === 'whose';
    // A conjunction ("yet", "because") can sit inside a relative clause, not inside a participle's phrase.
    if (BOUNDARY.has(l) && !relative) { crossed = true; continue; }
    const participle = !relative && !crossed && POSTMOD_PARTICIPLES.has(l) && POSTMOD_PREPS.has(lower(ws[j + 1]));
    if (!relative && !participle && !(POSTMOD_PREPS.has(l) && j === start - 1)) continue;
    // Outside a relative clause the post-modifier holds no finite verb ("involved in the talks", not "met in the hall").
    if (!relative) {
      let verb = false;
      for (let k = j + 1; k < start; k++) if (verbLike(ws[k], ws[k - 1])) verb = true;
      if (verb) continue;
    }
    const h = j - 1;
    if (!isWordTok(ws[h]) || !(isRoleNoun(ws[h].text) || speaksForOthers(ws[h].text))) continue;
    let q = h;
    while (q > 0 && h - q < 5 && !NP_OPENERS.test(ws[q].text) && isWordTok(ws[q - 1]) && !verbLike(ws[q - 1], ws[q - 2]) && !OPENER.has(lower(ws[q - 1])) && !BOUNDARY.has(lower(ws[q - 1]))) q--;
    const opened = NP_OPENERS.test(ws[q].text);
    const barePlural = !opened && (/s$/i.test(ws[h].text) || IRREGULAR_PLURALS.has(lower(ws[h])));
    if (!opened && !barePlural) continue;
    if (!clauseEdge(ws[q - 1])) continue;
    return q;
  }
  return -1;
}

/** Whether the chunk ending at comma index `k` could itself be part of a longer apposition chain. */
function appositiveStart(ws: Word[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ws[j].text !== ',' && !PUNCT_BOUNDARY.has(ws[j].text) && !BOUNDARY.has(lower(ws[j]))) j--;
  return appositive(ws, j + 1, k);
}

/** A subject after the cue ("said KCNA", "said the post by an unknown author on pigmy"), up to a comma or the end. */
export function subjectAfter(text: string, from: number, to: number): Range | null {
  const ws = words(text, from, to);
  let i = 0;
  while (i < ws.length && ws[i].text === ',') i++;
  const start = i;
  while (i < ws.length && i - start < 16) {
    const w = ws[i];
    if (w.text === ',' || PUNCT_BOUNDARY.has(w.text) || AFTER_SUBJECT_STOP.test(w.text) && i > start) break;
    if (i > start && /^(?:in|on)$/i.test(w.text) && MEDIA.test(ws.slice(i, i + 4).map((x) => x.text).join(' '))) break;
    if (i > start && VERBISH.has(w.text.toLowerCase()) && !/^(?:the|a|an)$/i.test(ws[i - 1].text)) break;
    i++;
  }
  if (i === start) return null;
  // A name in apposition after a description ("said one of the study's authors, Dr. Michael Brandt of Vanderbilt"):
  // kept, so the source is the named person, not the description.
  if (ws[i]?.text === ',' && i + 1 < ws.length) {
    let k = i + 1;
    while (k < ws.length && k - i <= 8 && ws[k].text !== ',' && !PUNCT_BOUNDARY.has(ws[k].text) && (isCap(ws[k]) || /^(?:of|the|de|van|von)$/i.test(ws[k].text) || ws[k].text === '.' && /^(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|St|Jr|Prof)$/.test(ws[k - 1].text))) k++;
    const name = ws.slice(i + 1, k).filter((w) => isCap(w));
    if (k > i + 2 && name.length >= 2 && (k === ws.length || /^[,.]$/.test(ws[k].text)) && !/^(?:the|a|an)$/i.test(ws[i + 1].text)) i = k;
  }
  // A description in apposition after a name ("said Dean Baker, co-director of the Center for Economic and Policy
  // Research, a liberal think tank"): part of the source phrase, up to two chunks, no verb outside a "who" clause.
  // A relative clause after the name is part of it too ("said Mr. Brown, who has taken on the organizing tasks").
  for (let chunk = 0; chunk < 3 && isCap(ws[start]) && ws[i]?.text === ',' && i + 1 < ws.length; chunk++) {
    const open = ws[i + 1];
    const clause = /^(?:who|whose)$/i.test(open.text);
    if (!clause && (!(/^(?:a|an|the)$/i.test(open.text) || !isCap(open) && isWordTok(open)) || AFTER_SUBJECT_STOP.test(open.text) || OPENER.has(lower(open)) || /ing$/i.test(open.text))) break;
    const described = /^(?:a|an|the)$/i.test(open.text);
    const limit = clause ? 40 : 20;
    let k = i + 1;
    let relative = clause;
    let ok = true;
    while (k < ws.length && ws[k].text !== ',' && !PUNCT_BOUNDARY.has(ws[k].text) && k - i <= limit) {
      const l = lower(ws[k]);
      if (l === 'who') relative = true;
      else if (!relative && !(described && k > i + 1 && describingWord(ws, k)) && (verbLike(ws[k], ws[k - 1]) || BOUNDARY.has(l) || DAYS.has(l) || /^(?:adding|saying|noting)$/.test(l))) { ok = false; break; }
      k++;
    }
    while (k > i + 1 && ws[k - 1].text === '.') k--;
    if (!ok || k - i > limit || k === i + 1 || k < ws.length && !/^[,.]$/.test(ws[k].text) && !PUNCT_BOUNDARY.has(ws[k].text)) break;
    i = k;
    if (clause) break;
  }
  const first = ws[start];
  if (!(isCap(first) || /^(?:the|a|an|one|two|three|several|some|many|his|her|its|their)$/i.test(first.text) || SUBJECT_PRONOUN.test(first.text))) return null;
  let end = i;
  while (end > start && !isWordTok(ws[end - 1])) end--;
  return end > start ? { start: first.start, end: ws[end - 1].end } : null;
}

/** The noun phrase opening a clause (for "X tweeted to Y and said ...": X). */
export function leadingSubject(text: string, from: number, to: number): Range | null {
  // A dateline ("LONDON (Reuters) —") is not the clause's subject.
  const lead = text.slice(from, Math.min(to, from + 80));
  const dateline = DATELINE.exec(lead.trimStart());
  const ws = words(text, dateline ? from + (lead.length - lead.trimStart().length) + dateline[0].length : from, to);
  let i = 0;
  for (let guard = 0; guard < 3; guard++) {
    while (i < ws.length && OPENER.has(lower(ws[i]))) i++;
    // An adverbial before a comma ("On Thursday, he ...", "Later on Sunday, Carson ..."): the subject follows it.
    let k = i;
    while (k < ws.length && k - i < 6 && ws[k].text !== ',' && !verbLike(ws[k], ws[k - 1]) && !PUNCT_BOUNDARY.has(ws[k].text)) k++;
    // ... or a time phrase ending in a time word ("Hours later, Trump ...", "The day before, ...", "Two weeks ago, ...").
    const timeEnd = /^(?:later|earlier|ago|before|afterward|afterwards)$/.test(lower(ws[k - 1])) || DAYS.has(lower(ws[k - 1]).replace(/s$/, ''));
    const adverbial = ws[k]?.text === ',' && k > i && (i > 0 && /^(?:on|in|at|during|after|before|since|last|this|following|earlier|later|by|for|with|under|amid|despite)$/.test(lower(ws[i - 1])) || timeEnd);
    if (!adverbial) break;
    i = k + 1;
  }
  const start = i;
  while (i < ws.length && !verbLike(ws[i], ws[i - 1]) && !PUNCT_BOUNDARY.has(ws[i].text) && ws[i].text !== ',' && lower(ws[i]) !== 'and' && i - start < 20) i++;
  // An apposition between commas after a name ("Davis, a longtime liberal, lashed out ..."): part of the subject when
  // a verb follows it.
  if (i > start && ws[i]?.text === ',' && isCap(ws[start])) {
    let k = i + 1;
    while (k < ws.length && ws[k].text !== ',' && !PUNCT_BOUNDARY.has(ws[k].text) && k - i <= 18) k++;
    if (ws[k]?.text === ',' && k + 1 < ws.length && appositive(ws, i + 1, k) && /^(?:a|an|the|now|then|formerly)$/i.test(ws[i + 1].text) && verbLike(ws[k + 1], ws[k])) i = k;
  }
  if (i === start || i >= ws.length) return null;
  return { start: ws[start].start, end: ws[i - 1].end };
}

/** The source phrase without a trailing relative clause or post-modifier: where its named actor is looked for. */
export function sourceCore(text: string, span: Range): Range {
  const phrase = text.slice(span.start, span.end);
  const m = /,?\s+(?:who|whose|which)\b|,\s+(?:speaking|writing)\b/i.exec(phrase);
  return m && m.index > 0 ? { start: span.start, end: span.start + m.index } : span;
}

import type { ActorType, Doc } from '../types';
import type { Budget } from '../budget';
import { lookupDemonym, lookupPlace } from '../../kb';
import { FIRST_NAME_KEY, GAZ_BLOOM_KEYS, gazetteerBegins, gazetteerContinues, type Bloom } from './features';
import {
  ACRONYM_SKIP, COMPANY_FORMS, COMPOUND_TAILS, CONNECTORS_IN_NAMES, DEMONYM_ORG_HEADS, EDGE_TRIM, GROUP_FOLLOWERS, INSTITUTION_ADJECTIVES, LEADING_NON_NAMES, MINISTRY_HEADS, MINISTRY_WORDS, MISC_WORDS, NAME_INNER_WORDS, NAME_PARTICLES, NOT_NAMES, OF_HEADS, OF_JOINERS, ORG_ACRONYMS, ORG_HEAD_TAILS, ORG_NOUNS, ORG_SUFFIXES, PERSON_NOUNS, PERSON_ORG_HEADS, PLACE_HEADS, PLACE_SUFFIXES, PRESS_HEADS, SPEECH_VERBS, SPORT_SLUGS, SUBJECT_AUX, TITLE_WORDS, TRAILING_TITLES,
} from './lexicon';
import type { Tagger } from './tagger';
import { companyApposition } from './apposition';
import { cleanName, type CleanTrace } from './clean-rules';
import type { PipelineControl } from '../pipeline';

/** A name mention as token range [s, e) with its type. */
export interface Mention {
  s: number;
  e: number;
  type: ActorType;
  /** Country (alpha-3) the name stands for: the country itself, or its capital. */
  kb?: string;
  capital?: boolean;
  sent: number;
  /** Inside a longer name ("US" in "US State Department"). */
  nested?: boolean;
  /** Character range when the mention is part of a token ("Iran" in "Iran-backed"). */
  chars?: [number, number];
  /** The type was given by a noun right before the name ("the band Gigi"): it counts more in document consistency. */
  cued?: boolean;
}






/**
 * Whether word k starts or continues a capitalized run of two or more words that ends in an institution or facility
 * head ("International Monetary Fund", "Palestinian Authority", "Elland Road"). Reason: such a run is a name even
 * when every word in it is an ordinary word the tagger has seen in lower case (it left "The International Monetary
 * Fund approved a loan" untagged).
 */
function institutionRun(sentenceWords: string[], k: number): boolean {
  let a = k;
  while (a > 0 && (isCap(sentenceWords[a - 1]) || (CONNECTORS_IN_NAMES.has(sentenceWords[a - 1]) && a > 1 && isCap(sentenceWords[a - 2])))) a--;
  let e = k + 1;
  while (e < sentenceWords.length && (isCap(sentenceWords[e]) || (CONNECTORS_IN_NAMES.has(sentenceWords[e]) && e + 1 < sentenceWords.length && isCap(sentenceWords[e + 1])))) e++;
  if (a < e && sentenceWords[a] === 'The') a++;
  if (e - a < 2) return false;
  const last = sentenceWords[e - 1].toLowerCase();
  return ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last);
}


/**
 * A name followed by its acronym in brackets is one name exactly as long as the acronym says: "Liberation Tigers of
 * Tamil Eelam (LTTE)", "International Atomic Energy Agency (IAEA)". Reason: the acronym's letters confirm where the
 * name starts, which the tagger and the "of" joining often get wrong; the acronym is then the same kind of actor.
 * Mentions inside the span are replaced by it (a country inside comes back as nested later).
 */
export function acronymExpansions(doc: Doc, mentions: Mention[], words: string[]): Mention[] {
  const sentOf = sentenceIndex(doc);
  let out = mentions;
  for (let i = 2; i + 2 < words.length; i++) {
    if (words[i] !== '(' || words[i + 2] !== ')' || !/^[A-Z][A-Z&]{1,7}$/.test(words[i + 1])) continue;
    const letters = words[i + 1].replace(/&/g, '');
    let best = -1;
    let initials = '';
    for (let k = i - 1; k >= 0 && sentOf[k] === sentOf[i] && i - k <= 12; k--) {
      const w = words[k];
      if (ACRONYM_SKIP.has(w.toLowerCase()) && k < i - 1) continue;
      if (!isCap(w) || !/^\p{L}/u.test(w)) break;
      initials = w[0].toUpperCase() + initials;
      if (initials === letters && isCap(words[k])) best = k;
      if (initials.length >= letters.length) break;
    }
    if (best < 0 || i - best < 2) continue;
    const inside = out.filter((m) => !m.chars && m.s < i && best < m.e);
    if (inside.some((m) => m.s < best || m.e > i)) continue; // a mention crossing the span: leave it
    const exact = inside.find((m) => m.s === best && m.e === i);
    const type: ActorType = exact && exact.type === 'place' && exact.kb ? 'place' : 'organization';
    out = out.filter((m) => !inside.includes(m));
    out.push({ s: best, e: i, type, sent: sentOf[i] });
    const acr = out.find((m) => m.s === i + 1 && m.e === i + 2);
    if (acr) acr.type = type;
    else out.push({ s: i + 1, e: i + 2, type, sent: sentOf[i] });
  }
  if (out !== mentions) out.sort((a, b) => a.s - b.s || b.e - a.e);
  return out;
}



const TYPE_OF_TAG: ActorType[] = ['person', 'person', 'organization', 'organization', 'place', 'place'];

/** Religions, languages, events, "-isms": not actors on their own. */
export function isMisc(w: string): boolean {
  const l = w.toLowerCase();
  // "-isms" and their followers ("Scientologist", "Methodists")
  return MISC_WORDS.has(l) || (l.length > 5 && l.endsWith('ism')) || (l.length > 8 && /ists?$/.test(l));
}

export function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0];
  return ch !== ch.toLowerCase();
}

// Several rules ask for these per document: computed once per Doc (callers only read them).
const lowerCache = new WeakMap<Doc, Set<string>>();
const sentenceCache = new WeakMap<Doc, Int32Array>();
export function lowerInDocument(doc: Doc): Set<string> {
  let set = lowerCache.get(doc);
  if (set) return set;
  set = new Set<string>();
  for (const t of doc.tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) set.add(t.text.indexOf('’') >= 0 ? t.text.replace(/’/g, "'") : t.text);
  }
  lowerCache.set(doc, set);
  return set;
}

/**
 * Tags every sentence with the model and turns its BIO tags into cleaned, typed name mentions (see clean-rules.ts); once
 * `budget` is spent, later sentences are left untagged.
 */
export function tagMentions(doc: Doc, tagger: Tagger, budget?: Budget, control: PipelineControl = {}, cleanTrace?: CleanTrace): Mention[] {
  const lowerInDoc = lowerInDocument(doc);
  const out: Mention[] = [];
  const words = doc.tokens.map((t) => t.text);
  // capitalized word pairs inside sentences, counted over the document: a pair written capitalized twice or more ("the
  // Sea Org", "LA Weekly") is a name even when its words are ordinary words elsewhere
  const sentStart = new Uint8Array(words.length);
  for (const st of doc.sentences) if (st.tokenStart < words.length) sentStart[st.tokenStart] = 1;
  // per token, computed once (0 not yet, 1 no, 2 yes), the cheap tests first
  const pairOkAt = new Uint8Array(words.length);
  const pairOk = (i: number) => {
    if (pairOkAt[i] === 0) {
      let ok = isCap(words[i]) && !sentStart[i];
      if (ok) {
        const l = words[i].toLowerCase();
        ok = !NOT_NAMES.has(l) && !TITLE_WORDS.has(l) && !lowerInDoc.has(l) && !isMisc(words[i]) && !lookupDemonym(words[i]) && !/\d/.test(words[i]);
      }
      pairOkAt[i] = ok ? 2 : 1;
    }
    return pairOkAt[i] === 2;
  };
  const capPairs = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (!pairOk(i) || !pairOk(i + 1) || (i + 2 < words.length && isCap(words[i + 2])) || (i > 0 && isCap(words[i - 1]) && !sentStart[i - 1])) continue;
    const key = words[i] + ' ' + words[i + 1];
    capPairs.set(key, (capPairs.get(key) ?? 0) + 1);
  }
  // ... and a single word written capitalized inside sentences three times or more, never in lower case ("The Onion")
  const capSingles = new Map<string, number>();
  for (let i = 0; i < words.length; i++) if (pairOk(i)) capSingles.set(words[i], (capSingles.get(words[i]) ?? 0) + 1);
  const recurringWord = (i: number) => (capSingles.get(words[i]) ?? 0) >= 3;
  const recurringPair = (i: number) => (i + 1 < words.length && (capPairs.get(words[i] + ' ' + words[i + 1]) ?? 0) >= 2) || (i > 0 && (capPairs.get(words[i - 1] + ' ' + words[i]) ?? 0) >= 2);
  for (let si = 0; si < doc.sentences.length && !budget?.exhausted; si++) {
    const sent = doc.sentences[si];
    // long "sentences" (no punctuation) are tagged in windows to keep Viterbi memory bounded
    for (let w0 = sent.tokenStart; w0 < sent.tokenEnd; w0 += 400) {
      // out of time: this window and all later ones stay untagged
      if (budget?.spent()) {
        budget.stopAt(doc.tokens[w0].start);
        break;
      }
      const w1 = Math.min(sent.tokenEnd, w0 + 400);
      const raw = words.slice(w0, w1);
      const sentenceWords = headlineCase(raw, tagger.model.bloom);
      // in a headline written in capitals, a word headlineCase kept capitalized is unknown to the model: a name
      const headline = sentenceWords !== raw;
      let tags = tagger.tag(sentenceWords, lowerInDoc);
      // capitalization prior: in edited text a capitalized word that is not sentence-initial and never seen in lower
      // case is part of a name; when the tagger left such words out, decode again with them forced into a name
      let force: Uint8Array | undefined;
      for (let k = 0; k < sentenceWords.length; k++) {
        if (tags[k] !== 0 || !isCap(sentenceWords[k])) continue;
        const w = sentenceWords[k];
        const lw = w.toLowerCase();
        // a word right before a speech verb ("Netanyahu told reporters") is a name even at a sentence start, and one
        // right before a modal or auxiliary inside a sentence ("... that Arafat must act"), when never seen in lower case
        const speaker = k + 1 < sentenceWords.length && (SPEECH_VERBS.has(sentenceWords[k + 1].toLowerCase()) || (w0 + k !== sent.tokenStart && SUBJECT_AUX.has(sentenceWords[k + 1]))) && !tagger.model.bloom.has(lw.replace(/’/g, "'"));
        const unknownInHeadline = headline && isAllCaps(raw[k]) && !lookupPlace(sentenceWords[k]);
        // an unknown word before its members or spokesman, even starting the sentence: "Greenpeace activists boarded"
        // ... or before an apposition that says it is a company ("Gazprom, the natural gas monopoly, said")
        const groupHead = k + 1 < sentenceWords.length && (GROUP_FOLLOWERS.has(sentenceWords[k + 1]) || companyApposition(sentenceWords, k + 1)) && !tagger.model.bloom.has(lw.replace(/’/g, "'"));
        if (!speaker && !unknownInHeadline && !groupHead && (w0 + k === sent.tokenStart || (k > 0 && /^[“"‘'(\[:—–-]$/.test(sentenceWords[k - 1])))) continue;
        if (NOT_NAMES.has(lw) || TITLE_WORDS.has(lw) || isMisc(w) || lookupDemonym(w) || lowerInDoc.has(lw)) continue;
        if (tagger.model.bloom.has(lw.replace(/’/g, "'")) && !recurringPair(w0 + k) && !recurringWord(w0 + k) && !institutionRun(sentenceWords, k)) continue;
        if (w.length < 2 || /\d/.test(w)) continue;
        const nextCap = k + 1 < sentenceWords.length && isCap(sentenceWords[k + 1]);
        const prevCap = k > 0 && isCap(sentenceWords[k - 1]) && w0 + k - 1 !== sent.tokenStart;
        // an acronym unknown to the model inside a sentence of ordinary case ("the KCNA news agency") is a name
        const acronym = !headline && isAllCaps(w) && /^\p{Lu}{3,6}$/u.test(w) && w0 + k !== sent.tokenStart;
        // after a noun that says what the name is ("striker Juninho", "the daily El Watan")
        const cued = k > 0 && (PERSON_NOUNS.has(sentenceWords[k - 1]) || ORG_NOUNS.has(sentenceWords[k - 1]));
        if (!nextCap && !prevCap && !speaker && !unknownInHeadline && !acronym && !cued && !groupHead && !(k > 0 && /^(?:the|of|at|in|from|by|with|to|against|['’]s)$/i.test(sentenceWords[k - 1]))) continue;
        // a word already forced lies in a run forced whole from an earlier word: walking it again would cost the
        // run's length for each of its words (a window of 400 capitalized words, 400 * 400)
        const forcedAlready = force?.[k] === 126;
        force ??= new Uint8Array(sentenceWords.length).fill(127);
        force[k] = 126;
        if (forcedAlready) continue;
        // the whole capitalized run is the name ("Sea Org", "LA Weekly")
        const inRun = (x: number) => x >= 0 && x < sentenceWords.length && isCap(sentenceWords[x]) && w0 + x !== sent.tokenStart && !NOT_NAMES.has(sentenceWords[x].toLowerCase()) && !TITLE_WORDS.has(sentenceWords[x].toLowerCase()) && !lookupDemonym(sentenceWords[x]) && !isMisc(sentenceWords[x]);
        for (let x = k - 1; inRun(x); x--) force[x] = 126;
        for (let x = k + 1; inRun(x); x++) force[x] = 126;
      }
      if (force) tags = tagger.retag(sentenceWords.length, force);
      let s = -1, type = 0;
      for (let i = 0; i <= tags.length; i++) {
        const t = i < tags.length ? tags[i] : 0;
        const inside = t > 0 && t % 2 === 0 && s >= 0 && (t - 1) >> 1 === type;
        if (inside) continue;
        if (s >= 0) cleanName(out, words, w0 + s, w0 + i, TYPE_OF_TAG[type * 2], si, control, cleanTrace);
        s = -1;
        if (t > 0) {
          s = i;
          type = (t - 1) >> 1;
        }
      }
    }
  }
  return out;
}

const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * An all-capital headline ("POMPEO MAKES SURPRISE VISIT TO BAGHDAD") is tagged as if written in sentence case: words
 * seen in lower case become lower case, known places and other words (likely names) keep a capital. Reason: the
 * tagger learned from mixed-case text and reads every all-capital word as an acronym or a name. The mentions keep
 * the original text and offsets; only the tagger's input changes.
 */
export function headlineCase(sentenceWords: string[], bloom: Bloom): string[] {
  let caps = 0, letters = 0;
  for (const w of sentenceWords) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (isAllCaps(w)) caps++;
  }
  if (caps < 3 || caps < 0.6 * letters) return sentenceWords;
  return sentenceWords.map((w, i) => {
    if (!isAllCaps(w)) return w;
    const l = w.toLowerCase();
    if (lookupPlace(w) || lookupDemonym(w)) return w.length <= 3 ? w : titleCase(l);
    if (NOT_NAMES.has(l) || TITLE_WORDS.has(l) || LEADING_NON_NAMES.has(l) || seenInflected(l, bloom)) return i === 0 ? titleCase(l) : l;
    return titleCase(l);
  });
}
/**
 * A word seen in lower case in training, or an inflection of one ("beats" of "beat", "clinched" of "clinch"): headline
 * verbs are often inflections the training text did not have.
 */
function seenInflected(l: string, bloom: Bloom): boolean {
  if (bloom.has(l)) return true;
  if (l.length < 5) return false;
  return (l.endsWith('s') && bloom.has(l.slice(0, -1))) || (l.endsWith('ed') && (bloom.has(l.slice(0, -2)) || bloom.has(l.slice(0, -1)))) || (l.endsWith('ing') && bloom.has(l.slice(0, -3)));
}
function titleCase(l: string): string {
  return l.replace(/(^|[-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** An initial or initials: "J.", "O.J.", "J.R.". */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** A known first name (first-name list in the model's Bloom filter), never seen in lower case in this document. */
export function isFirstName(w: string, bloom: Bloom, lowerInDoc?: Set<string>): boolean {
  const l = w.toLowerCase();
  return isCap(w) && /^\p{L}+$/u.test(w) && !(lowerInDoc && lowerInDoc.has(l)) && bloom.has(FIRST_NAME_KEY + l);
}

/** A first name, or a hyphenated pair of first names ("Jean-Marie", "Anne-Sophie"). */
export function isFirstNameLike(w: string, bloom: Bloom, lowerInDoc?: Set<string>): boolean {
  if (!isCap(w)) return false; // both ways below need a capital first letter; skips the split for most tokens
  if (isFirstName(w, bloom, lowerInDoc)) return true;
  const parts = w.split('-');
  return parts.length === 2 && parts.every((p) => p.length > 1 && isFirstName(p, bloom, lowerInDoc)) && !(lowerInDoc && lowerInDoc.has(w.toLowerCase()));
}

/**
 * A word that can be a person's surname after a first name: capitalized letters (an apostrophe or hyphen inside), and
 * not a common capitalized word, a title, a place, a demonym, a religion or language, or an organization's or place's
 * last word. An ordinary word written in a capitals headline is not one either ("NORMAN LEADS").
 */
export function couldBeSurname(w: string, bloom: Bloom): boolean {
  const l = w.toLowerCase();
  return isCap(w) && /^\p{L}[\p{L}'’-]*$/u.test(w) && !(isAllCaps(w) && seenInflected(l, bloom)) && !NOT_NAMES.has(l) && !TITLE_WORDS.has(l) && !LEADING_NON_NAMES.has(l) && !lookupPlace(w) && !lookupDemonym(w) && !isMisc(w) && !ORG_SUFFIXES.has(l) && !PLACE_SUFFIXES.has(l);
}

/**
 * A first name (never seen in lower case in training, so not "May" or "Rose") then a capitalized surname, optionally
 * after a particle ("Jean-Marie Le Pen", "Ludwig van Beethoven"), that the tagger left out entirely, is a person.
 * Reason: the tagger misses names whose surname is an ordinary word ("Pen"); a known first name is strong evidence.
 * Likewise a mention that starts with a first name and was cut right after a particle gets its surname back.
 */
export function firstNamePersons(doc: Doc, mentions: Mention[], words: string[], bloom: Bloom, lowerInDoc?: Set<string>) {
  const sentOf = sentenceIndex(doc);
  let added = false;
  const covered = new Uint8Array(words.length);
  for (const m of mentions) covered.fill(1, m.s, m.e);
  const surname = (w: string) => couldBeSurname(w, bloom) && !OF_HEADS.has(w.toLowerCase());
  // a person followed by an East Asian hyphenated given name ("Leung" + "Kwok-hung", "Kim" + "Jong-un"): one name
  for (const m of mentions) {
    if (m.type !== 'person' || m.chars || m.e >= words.length || covered[m.e] || sentOf[m.e] !== sentOf[m.s]) continue;
    if (!/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[m.e])) continue;
    m.e++;
    covered[m.e - 1] = 1;
  }
  // a first name alone before a particle and a surname ("Jean-Marie" + "Le Pen", typed an organization): one person
  for (const m of mentions) {
    if (m.chars || m.nested || m.e - m.s !== 1 || m.e + 1 >= words.length || covered[m.e] || covered[m.e + 1] || !isFirstNameLike(words[m.s], bloom, lowerInDoc)) continue;
    if (!NAME_PARTICLES.has(words[m.e]) && !/^(?:Le|La|De|Van|Von|Di|Da|Du|Del)$/.test(words[m.e])) continue;
    if (!surname(words[m.e + 1]) || sentOf[m.e + 1] !== sentOf[m.s]) continue;
    m.e += 2;
    m.type = 'person';
    m.kb = undefined;
    covered.fill(1, m.e - 2, m.e);
  }
  // a mention cut after a particle ("Jean-Marie Le" + "Pen"): the surname joins it
  for (const m of mentions) {
    if (m.chars || m.nested || m.e >= words.length || covered[m.e] || !NAME_PARTICLES.has(words[m.e - 1].toLowerCase()) || !isFirstNameLike(words[m.s], bloom, lowerInDoc)) continue;
    if (!surname(words[m.e]) || sentOf[m.e] !== sentOf[m.s]) continue;
    m.e++;
    m.type = 'person';
    m.kb = undefined;
    covered[m.e - 1] = 1;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (covered[i] || !isFirstNameLike(words[i], bloom, lowerInDoc) || lookupPlace(words[i]) || bloom.has(words[i].toLowerCase())) continue;
    let j = i + 1;
    if (NAME_PARTICLES.has(words[j].toLowerCase()) && j + 1 < words.length) j++;
    if (covered[j] || !surname(words[j])) continue;
    // a longer capitalized run is left to the tagger ("Grace Kelly Foundation")
    if (j + 1 < words.length && isCap(words[j + 1]) && !/^['’]s?$/.test(words[j + 1])) continue;
    if (sentOf[j] !== sentOf[i]) continue;
    mentions.push({ s: i, e: j + 1, type: 'person', sent: sentOf[i] });
    covered.fill(1, i, j + 1);
    added = true;
    i = j;
  }
  if (added) mentions.sort((a, b) => a.s - b.s || b.e - a.e);
}

/**
 * A two- or three-word name shaped like a person's ("James Baker", "Tom Cruise", "O.J. Simpson", "Philipp Veit" after
 * "Simon Veit") is a person even when the tagger typed it otherwise: a first name or initial then capitalized words, none
 * of them an institution, place, title or demonym word. Reason: the tagger reads context ("the Tom Cruise video", "a
 * Chick Corea record") as an organization or place.
 */
export function personShapes(mentions: Mention[], words: string[], bloom: Bloom, lowerInDoc?: Set<string>) {
  const surnames = new Set<string>();
  const personLike = (w: string) => INITIALS.test(w) || isFirstName(w, bloom, lowerInDoc);
  for (const m of mentions) if (m.type === 'person' && m.e - m.s >= 2 && !m.kb && personLike(words[m.s])) surnames.add(words[m.e - 1]);
  const neutral = (w: string) => {
    const l = w.toLowerCase();
    return isCap(w) && !ORG_SUFFIXES.has(l) && !PLACE_SUFFIXES.has(l) && !OF_HEADS.has(l) && !TITLE_WORDS.has(l) && !NOT_NAMES.has(l) && !lookupDemonym(w) && !lookupPlace(w) && !isMisc(w) && !/\d/.test(w);
  };
  for (const m of mentions) {
    if (m.type === 'person' || m.kb || m.chars || m.nested || m.e - m.s < 2 || m.e - m.s > 3) continue;
    const ws = words.slice(m.s, m.e);
    // a first name that is also a place ("Victoria Beckham", "Jordan Henderson") counts as neutral in front
    const placeFirstName = lookupPlace(ws[0]) !== undefined && isFirstName(ws[0], bloom, lowerInDoc) && ws.slice(1).every(neutral);
    if ((!ws.every(neutral) && !placeFirstName) || lookupPlace(ws.join(' '))) continue;
    if (ws.slice(1).some((w) => INITIALS.test(w) && w.length > 2)) continue;
    const first = ws[0];
    // an East Asian name: a short surname and a hyphenated given name in lower case after the hyphen ("Chun Doo-hwan")
    const eastAsian = ws.length === 2 && /^\p{Lu}\p{Ll}{1,5}$/u.test(ws[0]) && /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{2,6}$/u.test(ws[1]);
    if (personLike(first) || eastAsian || (surnames.has(ws[ws.length - 1]) && !INITIALS.test(ws[ws.length - 1]))) m.type = 'person';
  }
}

/**
 * Surname particles: a person's name continues over a lower-case particle and a capitalized word ("Diego Silang" +
 * "y Andaya", "Nathan" + "der Weise"), and takes the particle before it when the word before is not capitalized
 * ("through de Staël's husband").
 */
export function joinParticles(mentions: Mention[], words: string[]) {
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (!m.chars && !m.nested) byStart.set(m.s, m);
  const drop = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.chars || m.nested || drop.has(m)) continue;
    // a name does not end with a middle initial: "Steven F." + "Udvar-Hazy Center" -> "Steven F. Udvar-Hazy" + "Center"
    if (m.e - m.s >= 2 && m.e < words.length && /^\p{Lu}\.$/u.test(words[m.e - 1]) && isCap(words[m.e]) && !NOT_NAMES.has(words[m.e].toLowerCase())) {
      const next = byStart.get(m.e);
      if (next) {
        byStart.delete(next.s);
        next.s++;
        const lone = next.e - next.s === 1 ? words[next.s].toLowerCase() : '';
        if (next.s >= next.e || PLACE_SUFFIXES.has(lone) || ORG_SUFFIXES.has(lone) || OF_HEADS.has(lone)) drop.add(next);
        else byStart.set(next.s, next);
      }
      m.e++;
    }
    while (m.e + 1 < words.length && NAME_PARTICLES.has(words[m.e]) && isCap(words[m.e + 1]) && !NOT_NAMES.has(words[m.e + 1].toLowerCase())) {
      const next = byStart.get(m.e + 1);
      if (next && next.type !== 'person') break;
      let e = m.e + 2;
      if (next) {
        e = next.e;
        drop.add(next);
      } else if (mentions.some((x) => x.s <= m.e + 1 && m.e + 1 < x.e)) break;
      else while (e < words.length && isCap(words[e]) && !NOT_NAMES.has(words[e].toLowerCase()) && !mentions.some((x) => x.s <= e && e < x.e)) e++;
      m.e = e;
    }
    // an Arabic surname with a lower-case article: "Mohammed Saeed al-Sahaf", "Hassan el-Banna"
    if (m.e < words.length && /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}\p{L}+$/u.test(words[m.e]) && !byStart.has(m.e)) m.e++;
    if (m.s >= 1 && NAME_PARTICLES.has(words[m.s - 1]) && words[m.s - 1].length > 1 && (m.s < 2 || !isCap(words[m.s - 2])) && !mentions.some((x) => x !== m && x.s <= m.s - 1 && m.s - 1 < x.e)) m.s--;
  }
  if (drop.size) {
    const kept = mentions.filter((m) => !drop.has(m));
    mentions.length = 0;
    mentions.push(...kept);
  }
}

/**
 * A first name alone followed by a capitalized word that is in no mention is cut short: "Chuck" + "Close" (an ordinary
 * word elsewhere) is "Chuck Close".
 */
export function firstNameSurnames(mentions: Mention[], words: string[], bloom: Bloom, lowerInDoc?: Set<string>) {
  const covered = new Uint8Array(words.length);
  for (const m of mentions) covered.fill(1, m.s, m.e);
  for (const m of mentions) {
    if (m.type !== 'person' || m.e - m.s !== 1 || m.chars || m.e >= words.length || covered[m.e] || !isFirstName(words[m.s], bloom, lowerInDoc)) continue;
    const w = words[m.e];
    if (!couldBeSurname(w, bloom)) continue;
    m.e++;
    covered[m.e - 1] = 1;
  }
}


export function nounCues(mentions: Mention[], words: string[], bloom: Bloom, lowerInDoc?: Set<string>) {
  for (const m of mentions) {
    if (m.kb || m.chars || m.nested || m.s === 0) continue;
    const prev = words[m.s - 1];
    if (prev !== prev.toLowerCase()) continue;
    // (a cue that agrees with the tagger marks the mention too: it outvotes other mentions of the name)
    if (ORG_NOUNS.has(prev) && !(m.type === 'person' && m.e - m.s >= 2 && isFirstName(words[m.s], bloom, lowerInDoc))) {
      m.type = 'organization';
      m.cued = true;
    } else if (PERSON_NOUNS.has(prev) && !ORG_SUFFIXES.has(words[m.e - 1].toLowerCase()) && !PLACE_SUFFIXES.has(words[m.e - 1].toLowerCase())) {
      m.type = 'person';
      m.cued = true;
    }
  }
}



/**
 * A place followed by an institution's head word is the institution: "Toronto Star", "New York Press", "UK Government",
 * "Washington State University" (the tagger often stops at the place name). Likewise a person followed by a group or
 * company head ({@link PERSON_ORG_HEADS}).
 */
export function placeOrganizations(doc: Doc, mentions: Mention[], words: string[], bloom?: Bloom) {
  const sentOf = sentenceIndex(doc);
  const startAt = new Map<number, Mention>();
  for (const m of mentions) if (!m.chars && !m.nested) startAt.set(m.s, m);
  const placeHead = (k: number) => k < words.length && isCap(words[k]) && sentOf[k] === sentOf[k - 1] && (ORG_SUFFIXES.has(words[k].toLowerCase()) || PRESS_HEADS.has(words[k].toLowerCase()));
  const personHead = (k: number) => k < words.length && isCap(words[k]) && sentOf[k] === sentOf[k - 1] && PERSON_ORG_HEADS.has(words[k].toLowerCase());
  const companyForm = (k: number) => k < words.length && isCap(words[k]) && sentOf[k] === sentOf[k - 1] && COMPANY_FORMS.has(words[k].toLowerCase());
  const drop = new Set<Mention>();
  for (const m of mentions) {
    if (m.chars || m.nested || drop.has(m)) continue;
    // an organization the tagger cut before its company form: "HSBC" + "Holdings", "Nomura" + "Securities Co"
    if (m.type === 'organization') {
      while (companyForm(m.e) && !startAt.has(m.e)) m.e++;
      continue;
    }
    if (m.type !== 'place' && m.type !== 'person') continue;
    const head = m.type === 'place' ? placeHead : personHead;
    // the tagger took the whole "Toronto Star" as a place
    if (m.type === 'place' && m.e - m.s >= 2 && PRESS_HEADS.has(words[m.e - 1].toLowerCase()) && lookupPlace(words.slice(m.s, m.e - 1).join(' '))) {
      m.type = 'organization';
      m.kb = undefined;
      m.capital = undefined;
      continue;
    }
    if (!head(m.e)) continue;
    let e = m.e;
    while (head(e)) {
      const other = startAt.get(e);
      if (other && other !== m) {
        let allHeads = true;
        for (let k = other.s; k < other.e; k++) if (!head(k)) allHeads = false;
        if (!allHeads) break;
        drop.add(other);
      } else if (mentions.some((x) => x !== m && x.s <= e && e < x.e)) break;
      e++;
    }
    if (e === m.e) continue;
    m.e = e;
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
  }
  // a place right before an organization is part of its name: "Kurdistan" + "Workers' Party", "United States" +
  // "National Security Council" (the sample's gold has "US State Department" as one organization)
  for (const m of mentions) {
    if (m.type !== 'place' || m.chars || m.nested || drop.has(m)) continue;
    const n = startAt.get(m.e);
    if (!n || n === m || n.type !== 'organization' || n.chars || drop.has(n) || sentOf[n.s] !== sentOf[m.s]) continue;
    n.s = m.s;
    drop.add(m);
  }
  // "Truth and Reconciliation Commission", "U.S. Food and Drug Administration": ordinary words (after a country, which
  // names whose agency it is), "and", then an institution is one institution (the tagger split it at "and"); not when a
  // word is a name, a place or a demonym ("Microsoft and Apple Inc" are two)
  const ordinary = (w: string) => !!bloom && bloom.has(w.toLowerCase()) && !lookupPlace(w) && !lookupDemonym(w) && !isFirstName(w, bloom);
  for (const m of mentions) {
    if (m.chars || m.nested || drop.has(m) || m.kb || words[m.e] !== 'and') continue;
    const first = m.e - m.s > 1 && lookupPlace(words[m.s])?.kind === 'country' ? m.s + 1 : m.s;
    if (m.e - first !== 1) continue;
    const n = startAt.get(m.e + 1);
    if (!n || n.type !== 'organization' || n.chars || drop.has(n) || !ORG_SUFFIXES.has(words[n.e - 1].toLowerCase()) || sentOf[n.s] !== sentOf[m.s]) continue;
    if (!ordinary(words[first])) continue;
    n.s = m.s;
    drop.add(m);
  }
  if (drop.size) {
    const kept = mentions.filter((m) => !drop.has(m));
    mentions.length = 0;
    mentions.push(...kept);
  }
}

/**
 * The mentions over each token, for local edits (drop, add, extend) without scanning every mention for each one: on a
 * long page the rules below would otherwise be quadratic. `commit` writes the edits back to the list, sorted.
 */
class MentionIndex {
  private readonly cov: (Mention[] | undefined)[];
  private readonly dropped = new Set<Mention>();
  private readonly added: Mention[] = [];
  constructor(private readonly mentions: Mention[], n: number) {
    this.cov = new Array(n);
    for (const m of mentions) if (!m.chars) this.index(m);
  }
  private index(m: Mention) {
    for (let k = m.s; k < m.e; k++) (this.cov[k] ??= []).push(m);
  }
  private unindex(m: Mention) {
    for (let k = m.s; k < m.e; k++) {
      const c = this.cov[k];
      const at = c ? c.indexOf(m) : -1;
      if (at >= 0) c!.splice(at, 1);
    }
  }
  /** Mentions (not parts of tokens) overlapping tokens [s, e). */
  over(s: number, e: number): Mention[] {
    const out: Mention[] = [];
    for (let k = s; k < e; k++) for (const m of this.cov[k] ?? []) if (!out.includes(m)) out.push(m);
    return out;
  }
  drop(m: Mention) {
    this.unindex(m);
    this.dropped.add(m);
  }
  add(m: Mention) {
    this.index(m);
    this.added.push(m);
  }
  /** Moves a mention's start (its other fields stay). */
  restart(m: Mention, s: number) {
    this.unindex(m);
    m.s = s;
    this.index(m);
  }
  commit() {
    if (!this.dropped.size && !this.added.length) return;
    const kept = this.mentions.filter((m) => !this.dropped.has(m));
    kept.push(...this.added);
    kept.sort((a, b) => a.s - b.s || b.e - a.e);
    this.mentions.length = 0;
    this.mentions.push(...kept);
  }
}

/**
 * A dateline's place ends before one of these: "LONDON 1996-08-30", "MUNICH (Reuters) -", "CAPE CANAVERAL, Fla." (or
 * "CARLSBAD , California", as tokenized wire text has it).
 */
const DATELINE_AFTER = /^(?:\s*\(|\s?,\s*\p{Lu}\p{Ll}|\s+\d{4}-\d{2}-\d{2}\b|\s+\p{Lu}\p{Ll}{2}\.? \d{1,2}\b)/u;

/**
 * Wire copy opens a story with a dateline, its place in capitals at the start of a line ("MUNICH (Reuters) -",
 * "LONDON 1996-08-30", "CAPE CANAVERAL, Florida"): that run of capitals is one place, whatever the tagger made of it
 * (it typed "MUNICH" a person and "WOLFSBURG" an organization). And a desk slug before " - " at the start of a headline
 * ("SOCCER - ...", "ATHLETICS - ...") is an ordinary word, not a name.
 */
export function datelines(doc: Doc, mentions: Mention[], words: string[], bloom: Bloom) {
  const sentOf = sentenceIndex(doc);
  const text = doc.text;
  const idx = new MentionIndex(mentions, words.length);
  for (let i = 0; i < words.length; i++) {
    // only tokens at the start of a line
    let b = doc.tokens[i].start - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
    if (b >= 0 && text[b] !== '\n') continue;
    if (!isAllCaps(words[i])) continue;
    let e = i;
    while (e < words.length && e - i < 4 && isAllCaps(words[e]) && /^[\p{Lu}.'’-]+$/u.test(words[e])) e++;
    if (e === i) continue;
    const after = text.slice(doc.tokens[e - 1].end, doc.tokens[e - 1].end + 24);
    const over = idx.over(i, e);
    if (/^\s+[-–—]\s/.test(after) && e - i <= 2 && words.slice(i, e).every((w) => SPORT_SLUGS.has(w.toLowerCase()) || seenInflected(w.toLowerCase(), bloom))) {
      for (const m of over) if (m.e <= e) idx.drop(m);
      continue;
    }
    if (!DATELINE_AFTER.test(after) || over.some((m) => m.s < i || m.e > e)) continue;
    for (const m of over) idx.drop(m);
    // the agency's credit in brackets after the place ("(Reuters)") is not part of the story
    if (words[e] === '(') {
      let c = e + 1;
      while (c < words.length && c < e + 5 && words[c] !== ')') c++;
      if (words[c] === ')') for (const m of idx.over(e + 1, c)) if (m.e <= c) idx.drop(m);
    }
    const p = lookupPlace(words.slice(i, e).join(' '));
    // cued: the dateline's position gives the type, which outvotes a surname elsewhere ("Bayern Munich" typed person)
    idx.add({ s: i, e, type: 'place', sent: sentOf[i], kb: p?.country, capital: p?.kind === 'capital', cued: true });
  }
  idx.commit();
}

/**
 * "General Motors", "General Electric", "General Dynamics": "General" before a capitalized ordinary word (seen in lower
 * case in training, not a first name or a title) is a company's name, not the military title before a surname (the title
 * was trimmed and "Motors" typed a person). Its company suffixes follow ("General Motors Corp").
 */
export function generalCompanies(doc: Doc, mentions: Mention[], words: string[], bloom: Bloom, lowerInDoc: Set<string>) {
  const sentOf = sentenceIndex(doc);
  let idx: MentionIndex | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'General' && words[i] !== 'GENERAL') continue;
    const w = words[i + 1];
    const l = w.toLowerCase();
    if (!isCap(w) || !seenInflected(l, bloom) || TITLE_WORDS.has(l) || NOT_NAMES.has(l) || isFirstName(w, bloom, lowerInDoc) || lookupPlace(w) || lookupDemonym(w) || sentOf[i] !== sentOf[i + 1]) continue;
    let e = i + 2;
    while (e < words.length && ORG_SUFFIXES.has(words[e].toLowerCase()) && isCap(words[e])) e++;
    idx ??= new MentionIndex(mentions, words.length);
    const over = idx.over(i, e);
    if (over.some((m) => m.s < i || m.e > e)) continue;
    for (const m of over) idx.drop(m);
    idx.add({ s: i, e, type: 'organization', sent: sentOf[i] });
  }
  idx?.commit();
}


/**
 * "The Interior Ministry said", "a Defence Ministry spokesman": a capitalized ministry word ({@link MINISTRY_WORDS})
 * before a capitalized ministry head is one organization. Reason: the training data has "Ministry of X" but few
 * "X Ministry", and the tagger left the ministry word out ("Interior" untagged, "Defence Ministry" typed person), while
 * wire copy names ministries this way in most stories. A longer organization already covering both is kept.
 */
export function ministryNames(doc: Doc, mentions: Mention[], words: string[]) {
  const sentOf = sentenceIndex(doc);
  let idx: MentionIndex | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isCap(words[i]) || !MINISTRY_WORDS.has(words[i].toLowerCase()) || !isCap(words[i + 1]) || !MINISTRY_HEADS.has(words[i + 1].toLowerCase()) || sentOf[i] !== sentOf[i + 1]) continue;
    idx ??= new MentionIndex(mentions, words.length);
    const over = idx.over(i, i + 2);
    if (over.some((m) => m.type === 'organization' && m.s <= i && m.e >= i + 2)) continue;
    // the tagger's organization starting at the head ("Ministry of ..." is not this shape, but "Ministry spokesman" is cut)
    const atHead = over.find((m) => m.s === i + 1 && m.type === 'organization');
    if (atHead && over.length === 1) {
      idx.restart(atHead, i);
      continue;
    }
    // a mention reaching outside the pair (a person after it, a place before it) is left alone
    if (over.some((m) => m.s < i || m.e > i + 2)) continue;
    for (const m of over) idx.drop(m);
    idx.add({ s: i, e: i + 2, type: 'organization', sent: sentOf[i] });
  }
  idx?.commit();
}


/** "Indonesian Navy", "Iraqi Armed Forces", "Iranian Foreign Ministry": a demonym heading an organization's name. */
export function demonymOrganizations(doc: Doc, mentions: Mention[], words: string[], gaz: Int8Array): Mention[] {
  const sentOf = sentenceIndex(doc);
  const added: Mention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (gaz[i] !== gazetteerBegins('demonym') || !isCap(words[i + 1]) || !DEMONYM_ORG_HEADS.has(words[i + 1].toLowerCase()) || sentOf[i + 1] !== sentOf[i]) continue;
    let e = i + 2;
    while (e < words.length && e < i + 4 && isCap(words[e]) && ORG_HEAD_TAILS.has(words[e].toLowerCase()) && sentOf[e] === sentOf[i]) e++;
    if (!ORG_HEAD_TAILS.has(words[e - 1].toLowerCase())) continue;
    added.push({ s: i, e, type: 'organization', sent: sentOf[i] });
    i = e - 1;
  }
  if (!added.length) return mentions;
  const covered = coveredTokens(words.length, added);
  const kept = mentions.filter((m) => {
    for (let k = m.s; k < m.e; k++) if (covered[k]) return false;
    return true;
  });
  return [...kept, ...added].sort((a, b) => a.s - b.s);
}


/**
 * "University" + "of Helsinki", "Church of Scientology", "Department of Physics and Astronomy": a capitalized name whose
 * last word is an institution head continues over "of"/"for" and the capitalized words after it.
 */
export function joinOfNames(doc: Doc, mentions: Mention[], words: string[], bloom: Bloom, lowerInDoc: Set<string>): Mention[] {
  const sentOf = sentenceIndex(doc);
  const joined: Mention[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!isCap(words[i])) continue; // before lower-casing every token
    const head = words[i].toLowerCase();
    if (!OF_HEADS.has(head) && !PLACE_HEADS.has(head)) continue;
    if (!OF_JOINERS.has(words[i + 1]) || sentOf[i + 2] !== sentOf[i]) continue;
    let j = i + 2;
    if (words[j] === 'the' && j + 1 < words.length) j++;
    // (a ministry word after "of" names the body's field, not a title: "Board of Trade", "Ministry of Defence")
    if (!isCap(words[j]) || (TITLE_WORDS.has(words[j].toLowerCase()) && !MINISTRY_WORDS.has(words[j].toLowerCase())) || sentOf[j] !== sentOf[i]) continue;
    let e = j + 1;
    // words that end the name: a month or day ("... on July 8"), a code with digits ("on STS-1"), a title after the name
    // ("Museum of Flight CEO"), a person's first name starting a two-word name ("University of Texas Arlington Amneh
    // Jafari"), "and" before another institution ("Massachusetts Institute of Technology and Colorado State University")
    const stop = (k: number) => {
      const l = words[k].toLowerCase();
      return NOT_NAMES.has(l) || /\d/.test(words[k]) || TRAILING_TITLES.has(l) || (isFirstName(words[k], bloom, lowerInDoc) && k + 1 < words.length && isCap(words[k + 1]) && !OF_HEADS.has(words[k + 1].toLowerCase()) && !ORG_SUFFIXES.has(words[k + 1].toLowerCase()));
    };
    const institutionAfter = (k: number) => {
      for (let x = k; x < words.length && x < k + 6 && sentOf[x] === sentOf[i] && isCap(words[x]); x++) if (OF_HEADS.has(words[x].toLowerCase()) || ORG_SUFFIXES.has(words[x].toLowerCase())) return true;
      return false;
    };
    if (stop(j)) continue;
    while (e < words.length && sentOf[e] === sentOf[i]) {
      if (isCap(words[e]) && !/^['’]/.test(words[e]) && !stop(e)) e++;
      else if (NAME_INNER_WORDS.has(words[e].toLowerCase()) && e + 1 < words.length && isCap(words[e + 1]) && sentOf[e + 1] === sentOf[i] && !stop(e + 1) && !(words[e] === 'and' && institutionAfter(e + 1))) e += 2;
      else break;
    }
    let s = i;
    const first = doc.sentences[sentOf[i]].tokenStart;
    // (title words stop it, except the adjectives institutions are named with: "National Bank of Hungary")
    while (s > first && isCap(words[s - 1]) && !EDGE_TRIM.has(words[s - 1].toLowerCase()) && !NOT_NAMES.has(words[s - 1].toLowerCase()) && (!TITLE_WORDS.has(words[s - 1].toLowerCase()) || INSTITUTION_ADJECTIVES.has(words[s - 1].toLowerCase()))) s--;
    const text = words.slice(s, e).join(' ');
    const place = lookupPlace(text);
    const type: ActorType = place || PLACE_HEADS.has(head) || PLACE_SUFFIXES.has(head) ? 'place' : 'organization';
    joined.push({ s, e, type, kb: place?.country, capital: place?.kind === 'capital', sent: sentOf[i] });
    i = e - 1;
  }
  if (!joined.length) return mentions;
  const covered = coveredTokens(words.length, joined);
  const kept = mentions.filter((m) => {
    for (let k = m.s; k < m.e; k++) if (covered[k]) return false;
    return true;
  });
  return [...kept, ...joined].sort((a, b) => a.s - b.s);
}



function coveredTokens(n: number, mentions: Mention[]): Uint8Array {
  const c = new Uint8Array(n);
  for (const m of mentions) c.fill(1, m.s, m.e);
  return c;
}

/** Countries, capitals, regions, states and large cities that the tagger missed. */
export function addGazetteerPlaces(doc: Doc, out: Mention[], words: string[], gaz: Int8Array) {
  const sentOf = sentenceIndex(doc);
  const covered = coveredTokens(words.length, out);
  for (let i = 0; i < words.length; i++) {
    const g = gaz[i];
    // a match begins here (an even tag), and it is a place, not a demonym
    if (g < 0 || g % 2 === 1 || g === gazetteerBegins('demonym')) continue;
    let e = i + 1;
    while (e < words.length && gazetteerContinues(gaz[e], g)) e++;
    const next = words[e];
    const prev = words[i - 1];
    const firstOfSentence = i === doc.sentences[sentOf[i]].tokenStart;
    const nextCap = next !== undefined && isCap(next) && !TITLE_WORDS.has(next.toLowerCase()) && !ORG_SUFFIXES.has(next.toLowerCase());
    const prevCap = prev !== undefined && !firstOfSentence && isCap(prev) && !TITLE_WORDS.has(prev.toLowerCase()) && !lookupDemonym(prev) && !lookupPlace(prev);
    let free = true;
    for (let k = i; k < e; k++) if (covered[k]) free = false;
    if (!nextCap && !prevCap && free) {
      const text = words.slice(i, e).join(' ');
      const place = lookupPlace(text);
      if (place) out.push({ s: i, e, type: 'place', kb: place.country, capital: place.kind === 'capital', sent: sentOf[i] });
    }
    i = e - 1;
  }
  out.sort((a, b) => a.s - b.s);
}

/**
 * Places whose name has "and" in it: "Trinidad and Tobago", "Jammu and Kashmir", "Bosnia and Herzegovina". Reason: the
 * tagger splits them at "and" into two places; a known country (world-countries) or GeoNames city or region with the
 * whole name is one place. Only mentions that start and end exactly at the name's edges are joined.
 */
export function andPlaces(doc: Doc, mentions: Mention[], words: string[], bloom: Bloom) {
  const sentOf = sentenceIndex(doc);
  let idx: MentionIndex | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!isCap(words[i]) || (words[i + 1] !== 'and' && words[i + 2] !== 'and')) continue;
    for (let e = Math.min(words.length, i + 6); e >= i + 3; e--) {
      if (!isCap(words[e - 1]) || sentOf[i] !== sentOf[e - 1] || !words.slice(i + 1, e - 1).includes('and')) continue;
      const name = words.slice(i, e).join(' ');
      const l = name.toLowerCase();
      const p = lookupPlace(name);
      if (!p && !bloom.has(GAZ_BLOOM_KEYS.region + l) && !bloom.has(GAZ_BLOOM_KEYS.city + l)) continue;
      idx ??= new MentionIndex(mentions, words.length);
      const over = idx.over(i, e);
      if (!over.length || over.some((m) => m.s < i || m.e > e || m.type === 'person') || !over.some((m) => m.s === i) || !over.some((m) => m.e === e)) continue;
      for (const m of over) idx.drop(m);
      idx.add({ s: i, e, type: 'place', sent: sentOf[i], kb: p?.country, capital: p?.kind === 'capital' });
      i = e - 1;
      break;
    }
  }
  idx?.commit();
}

export function sentenceIndex(doc: Doc): Int32Array {
  const cached = sentenceCache.get(doc);
  if (cached) return cached;
  const idx = new Int32Array(doc.tokens.length);
  doc.sentences.forEach((s, k) => idx.fill(k, s.tokenStart, s.tokenEnd));
  sentenceCache.set(doc, idx);
  return idx;
}

/**
 * Document consistency: a string recognised once is recognised wherever it appears capitalized, with the type most
 * often given to it; the last word of a person's full name alone is that person.
 */
export function spreadMentions(doc: Doc, mentions: Mention[]): Mention[] {
  const words = doc.tokens.map((t) => t.text);
  // all-capital words (headlines) count as the same string as their capitalized form: "POMPEO" is "Pompeo"
  const norm = (w: string) => (w.length > 3 && isAllCaps(w) ? titleCase(w.toLowerCase()) : w);
  const key = (s: number, e: number) => words.slice(s, e).map(norm).join(' ').replace(/’/g, "'");
  const votes = new Map<string, Map<ActorType, number>>();
  const kbOf = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.nested) continue;
    const k = key(m.s, m.e);
    const v = votes.get(k) ?? new Map<ActorType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.cued ? 4 : m.e - m.s > 1 ? 2 : 1));
    votes.set(k, v);
    if (m.kb) kbOf.set(k, m);
  }
  // last names of multi-word persons
  for (const m of mentions)
    if (m.type === 'person' && m.e - m.s >= 2) {
      const last = norm(words[m.e - 1]).replace(/’/g, "'");
      if (NOT_NAMES.has(last.toLowerCase()) || TITLE_WORDS.has(last.toLowerCase())) continue;
      const v = votes.get(last) ?? new Map<ActorType, number>();
      v.set('person', (v.get('person') ?? 0) + 3);
      votes.set(last, v);
    }
  const best = new Map<string, ActorType>();
  for (const [k, v] of votes) {
    let bt: ActorType = 'person';
    let bc = -1;
    for (const [t, c] of v) if (c > bc || (c === bc && t === 'place')) [bt, bc] = [t, c];
    if (kbOf.has(k)) bt = 'place';
    best.set(k, bt);
  }
  for (const m of mentions) {
    const t = best.get(key(m.s, m.e));
    if (t && !m.kb && !m.nested) m.type = t;
  }
  // add unrecognised occurrences
  const covered = new Uint8Array(words.length);
  for (const m of mentions) covered.fill(1, m.s, m.e);
  const sentOf = sentenceIndex(doc);
  const maxLen = 5;
  const added: Mention[] = [];
  // a position can only start a voted key when its word is the first word of one: skip building 5 keys elsewhere
  const firstWords = new Set<string>();
  for (const k of best.keys()) firstWords.add(k.split(' ')[0]);
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !isCap(words[i])) continue;
    if (!firstWords.has(norm(words[i]).replace(/’/g, "'"))) continue;
    for (let len = maxLen; len >= 1; len--) {
      const e = i + len;
      if (e > words.length) continue;
      let free = true;
      for (let k = i; k < e; k++) if (covered[k]) free = false;
      if (!free) continue;
      const k = key(i, e);
      const t = best.get(k);
      if (!t) continue;
      // a longer capitalized name continues: leave it
      // (in an all-capital headline every word is capitalized: that says nothing)
      const capNear = (x: number) => isCap(words[x]) && !(isAllCaps(words[x]) && isAllCaps(words[i]));
      if (e < words.length && capNear(e) && !covered[e] && !TITLE_WORDS.has(words[e].toLowerCase())) break;
      if (i > 0 && capNear(i - 1) && !covered[i - 1] && i !== doc.sentences[sentOf[i]].tokenStart && !TITLE_WORDS.has(words[i - 1].toLowerCase())) break;
      const src = kbOf.get(k);
      added.push({ s: i, e, type: t, kb: src?.kb, capital: src?.capital, sent: sentOf[i] });
      covered.fill(1, i, e);
      i = e - 1;
      break;
    }
  }
  return [...mentions, ...added].sort((a, b) => a.s - b.s || b.e - a.e);
}

/** Countries at the start of an organization's name are also mentions of the country ("US" in "US State Department"). */
export function nestedCountries(doc: Doc, mentions: Mention[], bloom?: Bloom): Mention[] {
  const words = doc.tokens.map((t) => t.text);
  const extra: Mention[] = [];
  // a person's full name at the start of an institution or a building named after them is also a mention of the
  // person ("Andy Warhol" in "Andy Warhol Foundation", "Chiang Kai Shek" in "Chiang Kai Shek Memorial Hall"): a name
  // given to a person elsewhere in the document, or a first name and a surname before the institution's words
  const persons = new Set(mentions.filter((m) => m.type === 'person' && m.e - m.s >= 2 && !m.nested).map((m) => words.slice(m.s, m.e).join(' ')));
  const lowerInDoc = lowerInDocument(doc);
  for (const m of mentions) {
    if ((m.type !== 'organization' && m.type !== 'place') || m.kb || m.chars || m.nested || m.e - m.s < 3) continue;
    for (let len = Math.min(3, m.e - m.s - 1); len >= 2; len--) {
      const ws = words.slice(m.s, m.s + len);
      const restHead = words.slice(m.s + len, m.e).some((w) => ORG_SUFFIXES.has(w.toLowerCase()) || PLACE_SUFFIXES.has(w.toLowerCase()) || OF_HEADS.has(w.toLowerCase()));
      const shaped = !!bloom && isFirstName(ws[0], bloom, lowerInDoc) && ws.slice(1).every((w) => isCap(w) && !ORG_SUFFIXES.has(w.toLowerCase()) && !PLACE_SUFFIXES.has(w.toLowerCase()) && !OF_HEADS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !lookupPlace(w) && !lookupDemonym(w));
      if (restHead && (persons.has(ws.join(' ')) || shaped)) {
        extra.push({ s: m.s, e: m.s + len, type: 'person', sent: m.sent, nested: true });
        break;
      }
    }
  }
  for (const m of mentions) {
    if (m.type !== 'organization' || m.e - m.s < 2) continue;
    for (let len = Math.min(3, m.e - m.s - 1); len >= 1; len--) {
      const p = lookupPlace(words.slice(m.s, m.s + len).join(' '));
      if (p?.kind === 'country') {
        extra.push({ s: m.s, e: m.s + len, type: 'place', kb: p.country, sent: m.sent, nested: true });
        break;
      }
    }
  }
  // "Iran-backed", "US-led": the country before a hyphen is a mention of the country; "NATO-led", "U.N.-backed": an
  // international body's acronym likewise
  const sentOf = sentenceIndex(doc);
  const covered = coveredTokens(doc.tokens.length, mentions);
  doc.tokens.forEach((t, i) => {
    const h = t.text.indexOf('-');
    if (h <= 0 || !isCap(t.text)) return;
    // the hyphen's offset in the text (a token's text leaves out invisible characters, see tokenize)
    const hAt = doc.text.indexOf('-', t.start) - t.start;
    const rest = t.text.slice(h + 1);
    if (!/^\p{Ll}/u.test(rest)) return;
    if (ORG_ACRONYMS.has(t.text.slice(0, h)) && COMPOUND_TAILS.test(t.text) && !covered[i]) {
      extra.push({ s: i, e: i + 1, type: 'organization', sent: sentOf[i], chars: [t.start, t.start + hAt] });
      return;
    }
    const p = lookupPlace(t.text.slice(0, h));
    if (!p?.country || p.kind !== 'country') return;
    if (covered[i]) return;
    extra.push({ s: i, e: i + 1, type: 'place', kb: p.country, sent: sentOf[i], chars: [t.start, t.start + hAt] });
  });
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.s - b.s || b.e - a.e) : mentions;
}

// How a span the tagger marked becomes a name mention: rules tried in this order on each span. A rule returns the span
// unchanged or trimmed (the next rule goes on with it), several parts (each part is cleaned again from the first rule),
// or null (not a name). Each rule has an id and can be switched off like a stage (`--without trim-edges`).
import type { ActorType } from '../types';
import { lookupDemonym, lookupPlace } from '../../kb';
import type { PipelineControl, StageTrace } from '../pipeline';
import { isSwitchedOff } from '../pipeline';
import {
  COMPOUND_TAILS, EDGE_TRIM, HONORIFICS, LEADING_NON_NAMES, LONE_TITLES, MINISTRY_WORDS, NAME_INNER_WORDS, NAME_PARTICLES,
  NAMES_ENDING_IN_DAYS, NAMES_WITH_THE, NOT_NAMES, OF_HEADS, ORG_SUFFIXES, PERSON_NOUNS, PLACE_SUFFIXES, TITLE_WORDS,
  TRAILING_TITLES,
} from './lexicon';
import { isCap, isMisc, type Mention } from './mentions';

/** A span of tokens [s, e) and the type the tagger (or a split) gave it. */
export interface RawName {
  s: number;
  e: number;
  type: ActorType;
}

export interface CleanRule {
  id: string;
  reason: string;
  /** `undefined`: unchanged; a span: go on with it; an array: parts, each cleaned from the start; null: not a name. */
  apply(words: string[], name: RawName): RawName | RawName[] | null | undefined;
}

const isWordLike = (w: string) => /[\p{L}\p{N}]/u.test(w);
const lower = (w: string) => w.toLowerCase();
/** "Leg-spinner", "Co-founder", "Ex-president": a hyphenated word ending in a role or a person noun. */
function hyphenatedRole(w: string): boolean {
  const last = lower(w.slice(w.lastIndexOf('-') + 1));
  return PERSON_NOUNS.has(last) || TITLE_WORDS.has(last) || TRAILING_TITLES.has(last) || last === 'founder';
}
/** The first index of `x` in `arr` within [s, e), or -1 (indexOf would scan to the end of a long document). */
function indexIn(arr: string[], x: string, s: number, e: number): number {
  for (let k = s; k < e; k++) if (arr[k] === x) return k;
  return -1;
}
const placeOr = (words: string[], s: number, e: number, type: ActorType): ActorType => (lookupPlace(words.slice(s, e).join(' ')) ? 'place' : type);
const single = (n: RawName) => n.e - n.s === 1;

export const CLEAN_RULES: readonly CleanRule[] = [
  {
    id: 'trim-edges',
    reason: 'Articles, possessive endings, honorifics with a dot and punctuation at either end are not part of a name ("the", "\'s", "Mr.").',
    apply(words, { s, e, type }) {
      while (s < e && (EDGE_TRIM.has(lower(words[s])) || LEADING_NON_NAMES.has(lower(words[s])) || !isWordLike(words[s]))) s++;
      while (e > s && (EDGE_TRIM.has(lower(words[e - 1])) || !isWordLike(words[e - 1]))) e--;
      return { s, e, type };
    },
  },
  {
    id: 'hyphenated-roles',
    reason: 'A hyphenated role before a person is not part of the name: "Leg-spinner Mushtaq Ahmed", "Co-founder Sergey Brin".',
    apply(words, { s, e, type }) {
      while (type === 'person' && e - s > 1 && words[s].includes('-') && hyphenatedRole(words[s])) s++;
      return { s, e, type };
    },
  },
  {
    id: 'names-with-the',
    reason: '"The Hague": a capital "The" that is part of the name.',
    apply(words, n) {
      if (n.s > 0 && single(n) && words[n.s - 1] === 'The' && NAMES_WITH_THE.has(words[n.s])) return { ...n, s: n.s - 1 };
    },
  },
  {
    id: 'compound-modifiers',
    reason: '"Iran-backed", "US-led" are modifiers, not names (the country part becomes its own mention: the nested-countries stage).',
    apply(words, { s, e, type }) {
      while (s < e && COMPOUND_TAILS.test(words[s])) s++;
      while (e > s && COMPOUND_TAILS.test(words[e - 1])) e--;
      return { s, e, type };
    },
  },
  {
    id: 'possessive-split',
    reason: 'A possessive inside splits two names ("Mecca\'s Grand Mosque", "Iraq\'s Foreign Ministry"), except after "People" ("Korean People\'s Army") and before a company form ("McDonald\'s Corp").',
    apply(words, { s, e, type }) {
      for (let k = s + 1; k < e - 1; k++) {
        if (words[k] !== "'s" && words[k] !== '’s') continue;
        if (/^peoples?$/i.test(words[k - 1])) continue;
        if (k + 2 === e && /^(?:corp|inc|co|ltd|plc|ag|sa|spa|nv|gmbh|llc)\.?$/i.test(words[k + 1])) continue;
        return [{ s, e: k, type: placeOr(words, s, k, type) }, { s: k + 1, e, type }];
      }
    },
  },
  {
    id: 'names-ending-in-days',
    reason: 'The tagger stops before a day, but "Sheffield Wednesday" (a football club) keeps its "Wednesday" and is an organization.',
    apply(words, { s, e, type }) {
      if (e < words.length && NAMES_ENDING_IN_DAYS.has(words[e - 1] + ' ' + words[e])) e++;
      if (e - s >= 2 && NAMES_ENDING_IN_DAYS.has(words[e - 2] + ' ' + words[e - 1])) type = 'organization';
      return { s, e, type };
    },
  },
  {
    id: 'trailing-non-names',
    reason: 'Days, months and trailing titles are not part of a name: "... Magicians Wednesday", "State Department Spokesperson".',
    apply(words, { s, e, type }) {
      while (e - s > 1 && ((NOT_NAMES.has(lower(words[e - 1])) && !NAMES_ENDING_IN_DAYS.has(words[e - 2] + ' ' + words[e - 1])) || (TRAILING_TITLES.has(lower(words[e - 1])) && !ORG_SUFFIXES.has(lower(words[e - 1]))))) e--;
      while (e > s && (EDGE_TRIM.has(lower(words[e - 1])) || !isWordLike(words[e - 1]) || lower(words[e - 1]) === 'of' || lower(words[e - 1]) === 'and')) e--;
      return { s, e, type };
    },
  },
  {
    id: 'lowercase-tail',
    reason: 'A name does not end in a lower-case word: "the Jaffna peninsula", "the Mandovi river" (the tagger learned such tails from web text).',
    apply(words, { s, e, type }) {
      while (e - s > 1 && /^\p{Ll}[\p{Ll}'’-]*$/u.test(words[e - 1])) e--;
      while (e > s && (EDGE_TRIM.has(lower(words[e - 1])) || lower(words[e - 1]) === 'of' || lower(words[e - 1]) === 'and')) e--;
      return { s, e, type };
    },
  },
  {
    id: 'person-lowercase-split',
    reason: 'A person\'s name has no lower-case word inside that is not a particle: "King Hussein met Netanyahu" is two names.',
    apply(words, { s, e, type }) {
      if (type !== 'person') return;
      for (let k = s + 1; k < e - 1; k++) {
        if (!/^\p{Ll}+$/u.test(words[k]) || NAME_PARTICLES.has(words[k]) || NAME_INNER_WORDS.has(words[k])) continue;
        return [{ s, e: k, type }, { s: k + 1, e, type }];
      }
    },
  },
  {
    id: 'lone-titles',
    reason: 'A title alone is not a name: "Spokesman" of "Spokesman Nicholas Burns" split by the tagger, "the President".',
    apply(words, n) {
      const w = lower(words[n.s]);
      if (single(n) && (TRAILING_TITLES.has(w) || HONORIFICS.has(w) || LONE_TITLES.has(w))) return null;
    },
  },
  {
    id: 'lone-ministry-words',
    reason: 'The ministry word of a title left behind by a split is not a name: "Home" of "Home Secretary Suella Braverman".',
    apply(words, n) {
      if (single(n) && MINISTRY_WORDS.has(lower(words[n.s])) && TRAILING_TITLES.has(lower(words[n.e] ?? ''))) return null;
    },
  },
  {
    id: 'country-then-name',
    reason: 'A country or capital followed by another name is two names: "United States Hamdullah Mohib" -> "United States" + "Hamdullah Mohib".',
    apply(words, { s, e }) {
      if (e - s < 3) return;
      for (let len = Math.min(3, e - s - 2); len >= 1; len--) {
        const p = lookupPlace(words.slice(s, s + len).join(' '));
        if (!p || (p.kind !== 'country' && p.kind !== 'capital')) continue;
        const last = lower(words[e - 1]);
        if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || OF_HEADS.has(last)) return;
        if (words.slice(s + len, e).some((w) => !isCap(w))) return;
        return [{ s, e: s + len, type: 'place' }, { s: s + len, e, type: 'person' }];
      }
    },
  },
  {
    id: 'person-of-organization',
    reason: '"Claudia Mo of Civic Party": a two- or three-word name with no institution word, "of", then a name, is a person of an organization.',
    apply(words, { s, e, type }) {
      if (type === 'person') return;
      const of = indexIn(words, 'of', s, e);
      if (!(of > s + 1 && of <= s + 3 && of < e - 1)) return;
      const institution = (w: string) => {
        const l = lower(w);
        return OF_HEADS.has(l) || ORG_SUFFIXES.has(l) || PLACE_SUFFIXES.has(l) || TITLE_WORDS.has(l) || !!lookupPlace(w) || !!lookupDemonym(w);
      };
      if (words.slice(s, of).every((w) => isCap(w) && !institution(w))) return [{ s, e: of, type: 'person' }, { s: of + 1, e, type }];
    },
  },
  {
    id: 'title-inside-name',
    reason: '"NASA Administrator Charles Bolden", "Afghan Ambassador Hamdullah Mohib": a title inside a name separates the organization or country from the person it introduces.',
    apply(words, { s, e, type }) {
      if (type === 'person') return;
      for (let k = s; k < e - 1; k++) {
        if (!TRAILING_TITLES.has(lower(words[k])) || !isCap(words[k])) continue;
        let p = k + 1;
        while (p < e - 1 && TITLE_WORDS.has(lower(words[p]))) p++;
        if (!words.slice(p, e).every((w) => isCap(w) && !TITLE_WORDS.has(lower(w)))) return;
        let l = k;
        while (l > s && TITLE_WORDS.has(lower(words[l - 1]))) l--;
        const parts: RawName[] = [];
        if (l > s && !(l - s === 1 && lookupDemonym(words[s]))) parts.push({ s, e: l, type: placeOr(words, s, l, 'organization') });
        parts.push({ s: p, e, type: 'person' });
        return parts;
      }
    },
  },
  {
    id: 'person-of-place',
    reason: '"Carlo De Benedetti of Italy", "Matthew Ingram of The Globe and Mail": a full name, "of", then a place or organization is two names ("Joan of Arc", one word before "of", stays whole).',
    apply(words, { s, e, type }) {
      if (type !== 'person') return;
      const of = indexIn(words, 'of', s, e);
      if (!(of > s + 1 && of < e - 1 && words.slice(s, of).every((w) => isCap(w) && !TITLE_WORDS.has(lower(w))))) return;
      const r = /^the$/i.test(words[of + 1]) ? of + 2 : of + 1;
      const rest = words.slice(r, e);
      if (r < e && rest.every((w) => isCap(w) || NAME_INNER_WORDS.has(lower(w)))) return [{ s, e: of, type: 'person' }, { s: r, e, type: placeOr(words, r, e, 'organization') }];
    },
  },
  {
    id: 'person-title-prefix',
    reason: 'Titles and demonyms come off the front of a person\'s name ("Secretary of State Mike Pompeo" -> "Mike Pompeo"); a country only before a title ("US President Donald Trump", but "Chad Johnson").',
    apply(words, { s, e, type }) {
      if (type !== 'person') return;
      while (e - s > 1 && (TITLE_WORDS.has(lower(words[s])) || lookupDemonym(words[s]) || (lookupPlace(words[s])?.kind === 'country' && TITLE_WORDS.has(lower(words[s + 1]))))) s++;
      while (e - s > 1 && !isCap(words[s])) s++;
      return { s, e, type };
    },
  },
  {
    id: 'lone-lowercase-word',
    reason: 'A single word in lower case (not a number) is not a name.',
    apply(words, n) {
      if (!isCap(words[n.s]) && !/^\p{N}/u.test(words[n.s]) && single(n)) return null;
    },
  },
  {
    id: 'lone-common-words',
    reason: 'A single word from the list of capitalized non-names (days, months, pronouns...), an honorific or a religion/language/"-ism" is not an actor.',
    apply(words, n) {
      if (single(n) && (NOT_NAMES.has(lower(words[n.s])) || HONORIFICS.has(lower(words[n.s])) || isMisc(words[n.s]))) return null;
    },
  },
  {
    id: 'person-no-digits',
    reason: 'People\'s names have no digits ("EZ2DJ", "Train No. 1" are products and vehicles).',
    apply(words, n) {
      if (n.type === 'person' && words.slice(n.s, n.e).some((w) => /\d/.test(w) || /^no\.$/i.test(w))) return null;
    },
  },
  {
    id: 'person-not-abbreviation',
    reason: 'A short all-capital word alone is an abbreviation ("KO", "RICO"), not a person\'s name.',
    apply(words, n) {
      if (n.type === 'person' && single(n) && /^\p{Lu}{2,5}$/u.test(words[n.s])) return null;
    },
  },
  {
    id: 'lone-demonyms',
    reason: 'A demonym alone is a modifier, not an actor ("Iraqi", "South African", "New Zealander"), unless it is also a place\'s name.',
    apply(words, n) {
      const text = words.slice(n.s, n.e).join(' ');
      if (single(n) ? lookupDemonym(words[n.s]) && !lookupPlace(words[n.s]) : lookupDemonym(text) && !lookupPlace(text)) return null;
    },
  },
];

/**
 * The type a cleaned name finally takes from its words: a known place (a country or capital carries its country), a
 * name ending in an organization's suffix ("... Corp", "... Party"), or in a place's ("... River", "... County").
 */
function classify(words: string[], { s, e, type }: RawName, sent: number): Mention {
  const m: Mention = { s, e, type, sent };
  const place = lookupPlace(words.slice(s, e).join(' '));
  if (place) {
    m.type = 'place';
    if (place.country) {
      m.kb = place.country;
      m.capital = place.kind === 'capital';
    }
  } else if (ORG_SUFFIXES.has(lower(words[e - 1])) && (e - s > 1 || type !== 'person')) {
    m.type = 'organization';
  } else if (PLACE_SUFFIXES.has(lower(words[e - 1])) && e - s > 1) {
    m.type = 'place';
  }
  return m;
}

/** Per-rule traces of the cleaning, kept while tagging and added to the pipeline's trace after it. */
export type CleanTrace = Map<string, StageTrace>;

/** Cleans the tagged span [s, e) with {@link CLEAN_RULES} and appends the name mentions it holds to `out`. */
export function cleanName(out: Mention[], words: string[], s: number, e: number, type: ActorType, sent: number, control: PipelineControl = {}, trace?: CleanTrace) {
  let name: RawName = { s, e, type };
  for (const rule of CLEAN_RULES) {
    if (isSwitchedOff('clean', rule.id, control.without)) continue;
    const result = rule.apply(words, name);
    if (result === undefined) continue;
    if (trace) note(trace, rule.id, words, name, result);
    if (result === null) return;
    if (Array.isArray(result)) {
      for (const part of result) cleanName(out, words, part.s, part.e, part.type, sent, control, trace);
      return;
    }
    name = result;
    if (name.e <= name.s) return;
  }
  out.push(classify(words, name, sent));
}

function note(trace: CleanTrace, id: string, words: string[], before: RawName, after: RawName | RawName[] | null) {
  const show = (n: RawName) => `${n.e > n.s ? words.slice(n.s, n.e).join(' ') : '(nothing)'} (${n.type})`;
  if (!Array.isArray(after) && after && after.s === before.s && after.e === before.e && after.type === before.type) return;
  let t = trace.get(id);
  if (!t) trace.set(id, (t = { pipeline: 'clean', id, added: [], removed: [], changed: [] }));
  if (after === null) t.removed.push(show(before));
  else t.changed.push(`${show(before)} -> ${Array.isArray(after) ? after.map(show).join(' + ') : show(after)}`);
}

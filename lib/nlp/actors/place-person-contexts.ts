// Contexts that type a name the tagger typed wrong, by the words around it: a place after "in" or "the state of", a
// person after "the resignation of". (Names that are not actors at all, by their context, are dropped in misc-context.ts.)
import { lookupPlace } from '../../kb';
import { GAZ_BLOOM_KEYS, type Bloom } from './features';
import { PLACE_PREPOSITIONS } from './lexicon';
import { isFirstName, type Mention } from './mentions';

/** Lower-case place nouns after a name that make it a place ("the Erez crossing", "the Nord-Pas-de-Calais region"). */
const PLACE_AFTER_NOUNS = new Set(['region', 'province', 'district', 'county', 'crossing', 'enclave', 'valley', 'peninsula', 'prefecture', 'township', 'municipality', 'oblast', 'canton']);
/**
 * Nouns before "of" that make the name after it a place: "the state of Goa", "the capital of Pangasinan", "a village of
 * Piedade". Reason: the tagger types unknown one-word place names as persons from their shape; a person is never "the
 * capital of" anything.
 */
const PLACE_OF_NOUNS = new Set(['state', 'capital', 'village', 'town', 'city', 'province', 'region', 'district', 'island', 'municipality', 'suburb', 'outskirts']);

/**
 * Retypes person mentions in place contexts as places (see {@link PLACE_PREPOSITIONS}), and the other person mentions of the same
 * string in the document with them ("in Narve" ... "shifted to Narve"); returns how many were retyped.
 */
export function locativePlaces(words: string[], mentions: Mention[], bloom?: Bloom): number {
  let n = 0;
  const key = (m: Mention) => words.slice(m.s, m.e).join(' ');
  const places = new Set<string>();
  for (const m of mentions) {
    // "the Erez crossing", "the Nord-Pas-de-Calais region": a place noun right after the name (also when typed an
    // organization, never after a person's first name and surname)
    if ((m.type === 'person' || m.type === 'organization') && !m.cued && !m.chars && !m.nested && PLACE_AFTER_NOUNS.has(words[m.e] ?? '') && (m.type !== 'person' || m.e - m.s === 1)) {
      m.type = 'place';
      places.add(key(m));
      n++;
      continue;
    }
    if (m.type !== 'person' || m.cued || m.chars || m.s === 0) continue;
    const next = words[m.e] ?? '';
    if (/^['’]s?$/.test(next)) continue;
    // a first name and a surname stay a person ("came across Jack Lesmana")
    if (bloom && m.e - m.s >= 2 && isFirstName(words[m.s], bloom)) continue;
    const prev = words[m.s - 1].toLowerCase();
    const ofPlace = prev === 'of' && m.s >= 2 && PLACE_OF_NOUNS.has(words[m.s - 2].toLowerCase());
    if (PLACE_PREPOSITIONS.has(prev) || ofPlace) {
      m.type = 'place';
      places.add(key(m));
      n++;
    }
  }
  for (const m of mentions) {
    if (m.type === 'person' && !m.cued && !m.chars && places.has(key(m))) {
      m.type = 'place';
      n++;
    }
  }
  return n;
}

/**
 * Nouns after which "of X" names a person: "the resignation of Milosevic", "the arrest of Ocalan", "the widow of
 * Rabin". Reason: the tagger reads an unknown single word after "of" as a place; these nouns take people.
 */
const PERSON_OF_NOUNS = new Set([
  'resignation', 'death', 'arrest', 'release', 'assassination', 'murder', 'killing', 'trial', 'ouster', 'overthrow',
  'removal', 'extradition', 'impeachment', 'inauguration', 'funeral', 'wife', 'husband', 'son', 'daughter', 'widow',
  'widower', 'mother', 'father', 'brother', 'sister', 'successor', 'predecessor', 'biography', 'memoirs', 'supporters',
  'opponents', 'critics', 'allies', 'aides', 'lawyer', 'lawyers', 'spokesman', 'spokeswoman', 'rule', 'regime',
]);

/**
 * Retypes one-word place mentions that are not known places (no country data, not a GeoNames town or region) after
 * {@link PERSON_OF_NOUNS} "of" as persons, with the other such mentions of the same word; returns how many.
 */
export function ofPersons(words: string[], mentions: Mention[], bloom: Bloom): number {
  const known = (w: string) => lookupPlace(w) !== undefined || bloom.has(GAZ_BLOOM_KEYS.city + w.toLowerCase()) || bloom.has(GAZ_BLOOM_KEYS.region + w.toLowerCase());
  const persons = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'place' || m.kb || m.chars || m.nested || m.e - m.s !== 1 || m.s < 2) continue;
    if (words[m.s - 1].toLowerCase() !== 'of' || !PERSON_OF_NOUNS.has(words[m.s - 2].toLowerCase()) || known(words[m.s])) continue;
    persons.add(words[m.s]);
  }
  let n = 0;
  for (const m of mentions) {
    if (m.type === 'place' && !m.kb && !m.chars && !m.nested && m.e - m.s === 1 && persons.has(words[m.s])) {
      m.type = 'person';
      n++;
    }
  }
  return n;
}

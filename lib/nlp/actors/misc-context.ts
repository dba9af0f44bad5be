// Names that are not actors in their context: titles of works, events, prizes, laws, languages, modifiers.
import type { Doc } from '../types';
import { lookupPlace } from '../../kb';
import type { Bloom } from './features';
import { isCap, isFirstName, type Mention } from './mentions';

/**
 * Nouns for works (albums, films, books, games...). Reason: a capitalized phrase right after one of them is the title of
 * a work, not a person, organization or place ("the album Pentagram", "the film Titanic", "her novel Florentin").
 */
export const WORK_NOUNS = new Set([
  'album', 'albums', 'song', 'songs', 'single', 'film', 'films', 'movie', 'movies', 'novel', 'novels', 'book', 'books',
  'game', 'videogame', 'sitcom', 'documentary', 'opera', 'musical', 'poem', 'essay', 'painting', 'ep', 'mixtape',
  'soundtrack', 'episode', 'sculpture', 'symphony', 'ballad', 'hymn', 'anthem', 'titled', 'entitled', 'language',
  'dialect', 'festival',
]);

/**
 * Last words of names of events, prizes, laws and works' genres. Reason: "World Cup", "Steele Prize", "Nuremberg Laws",
 * "North Sea Jazz Festival", "Summer Olympics" are MISC in NER guidelines: events and awards are not actors, and a place
 * or person inside them ("North Sea" in "North Sea Jazz Festival") is not mentioned as an actor there.
 */
export const EVENT_HEADS = new Set([
  'cup', 'games', 'olympics', 'paralympics', 'prize', 'prizes', 'award', 'awards', 'festival', 'championship',
  'championships', 'war', 'wars', 'act', 'treaty', 'accord', 'accords', 'laws', 'conjecture', 'theorem', 'fellow',
  'fellowship', 'medal', 'trophy', 'tournament', 'expo', 'grand prix', 'marathon', 'derby', 'open', 'oscars', 'grammy',
  'grammys', 'revolution', 'uprising', 'massacre', 'crisis', 'doctrine', 'plan',
]);

/**
 * Lower-case nouns after a name that make it a modifier of an index, a rate, a measure or a treaty: "the DAX index",
 * "the Nikkei average", "the Lombard rate", "Brent crude", "the Richter scale", "the START-2 treaty". Reason: such names
 * are MISC in NER guidelines; the tagger took them for organizations and places.
 */
const MISC_AFTER = new Set(['index', 'indices', 'average', 'rate', 'crude', 'scale', 'treaty', 'prize', 'award', 'trophy', 'medal']);
/** Words between a name and its measure: "the Dow Jones industrial average", "the FTSE 100 share index". */
const MEASURE_ADJECTIVES = new Set(['industrial', 'composite', 'share', 'stock', 'benchmark', 'all-share', 'price']);

/** Reasons that drop a mention where it stands only, not its name everywhere in the text. */
const LOCAL_REASONS = new Set(['race', 'measure']);

/**
 * Vessels and spacecraft named after their noun: "the space shuttle Atlantis", "the tanker Exxon Valdez", "the
 * frigate Bremen". Reason: vehicles are not actors (MISC); the tagger typed "Atlantis" an organization.
 */
const VEHICLE_NOUNS = new Set(['shuttle', 'spacecraft', 'satellite', 'ship', 'vessel', 'tanker', 'frigate', 'destroyer', 'submarine', 'yacht', 'ferry', 'liner', 'warship', 'freighter', 'trawler', 'cruiser']);

/** Named storms ("Typhoon Dale", "Hurricane Fran") are events, not persons. */
const STORM_WORDS = new Set(['typhoon', 'hurricane', 'cyclone', 'storm', 'tropical']);
/** League competitions named like organizations (MISC in NER guidelines): "the Premier League", "the Bundesliga". */
const COMPETITIONS = new Set(['premier league', 'champions league', 'europa league', 'uefa cup', 'bundesliga', 'serie a', 'la liga', 'ligue 1', 'eredivisie', 'primera division', 'super league', 'nba', 'nfl', 'nhl']);

/** Opening and closing quotation marks. */
const OPEN_Q = /^[“"‘']$/;
const CLOSE_Q = /^[”"’']$/;

/**
 * Adjective endings of languages, peoples, periods and regions ("Ilocano", "Konkani", "Goan", "Victorian", "Devonian",
 * "Caribbean", "Pangasinense", "Javanese"). Reason: such a word before a lower-case noun ("Ilocano officials", "Goan
 * countryside", "Devonian age") or after "in" ("in Konkani") is a modifier or a language, not an actor.
 */
const ADJ_ENDING = /(?:ese|ian|ean|ense|ano|ani)$/;

/** Why a mention is MISC-like in its context, or undefined when it may be an actor. */
export function miscReason(words: string[], m: Mention, bloom: Bloom, lowerInDoc?: Set<string>): string | undefined {
  // a place inside a race's name: "the Tour de France", "the Tour of Spain"
  if (!m.chars && m.s >= 2 && /^(?:of|de|du)$/.test(words[m.s - 1]) && words[m.s - 2] === 'Tour') return 'race';
  if (m.chars || m.kb) return undefined;
  let p = m.s - 1;
  const quoted = p >= 0 && OPEN_Q.test(words[p]);
  if (quoted) p--;
  if (p >= 0 && WORK_NOUNS.has(words[p]) && !(m.type === 'person' && !quoted && isFirstName(words[m.s], bloom, lowerInDoc))) return 'work';
  if (STORM_WORDS.has(words[m.s].toLowerCase()) && m.e - m.s >= 2) return 'event';
  if (COMPETITIONS.has(words.slice(m.s, m.e).join(' ').toLowerCase().replace(/\.$/, '')) || (COMPETITIONS.has((words[m.s] + ' ' + (words[m.e] ?? '')).toLowerCase()) && m.e - m.s === 1)) return 'event';
  if (p >= 0 && (VEHICLE_NOUNS.has(words[p]) || (words[p] === 'station' && words[p - 1] === 'space'))) return 'vehicle';
  // (an organization stays before a rate, a prize or a treaty: "the Bundesbank rate", "the NATO treaty" name it; only
  // indexes, averages, scales and crudes are never an organization's: "the Dow Jones industrial average")
  const measure = MISC_AFTER.has(words[m.e] ?? '') ? words[m.e] : MEASURE_ADJECTIVES.has(words[m.e] ?? '') && MISC_AFTER.has(words[m.e + 1] ?? '') ? words[m.e + 1] : '';
  if (measure && (m.type !== 'organization' || /^(?:index|indices|average|scale|crude)$/.test(measure))) return 'measure';
  // a name that exactly fills a quotation is the title of a work or a nickname ("her novel \"Florentin\"")
  const after = words[m.e] === ',' ? words[m.e + 1] : words[m.e];
  if (quoted && after !== undefined && CLOSE_Q.test(after)) return 'quoted';
  const last = words[m.e - 1].toLowerCase();
  if (EVENT_HEADS.has(last) && m.e - m.s > 1) return 'event';
  // the capitalized run continues into an event head: "[North Sea] Jazz Festival", "[Pan] American Games"; a name
  // starting with a known city stays a place there ("Taipei City" in "Taipei City Lantern Festival")
  let k = m.e;
  while (k < words.length && k - m.e < 4 && isCap(words[k])) k++;
  if (k > m.e && EVENT_HEADS.has(words[k - 1].toLowerCase()) && !lookupPlace(words[m.s])) return 'event';
  if (m.e - m.s === 1) {
    const w = words[m.s];
    const l = w.toLowerCase();
    const next = words[m.e];
    const before = m.s > 0 ? words[m.s - 1].toLowerCase() : '';
    if (
      ADJ_ENDING.test(l) && l.length > 4 && !lookupPlace(w) && !isFirstName(w, bloom, lowerInDoc) && w !== w.toUpperCase() &&
      ((next !== undefined && /^\p{Ll}{3,}$/u.test(next) && !/(?:ed|s)$/.test(next) && !['said', 'told', 'says', 'will', 'would', 'has', 'had', 'was', 'were', 'is', 'are', 'and', 'for', 'with', 'who', 'which', 'that'].includes(next)) ||
        (before === 'in' && (next === undefined || /^[.,;:)]$/.test(next))))
    )
      return 'modifier';
  }
  return undefined;
}

/**
 * Drops mentions that are titles of works, events, prizes, laws, languages or modifiers (see {@link miscReason}). A
 * string dropped for a work, event or modifier context is dropped everywhere in the document unless a noun cue typed it
 * there ("the song Gloomy" ... "Gloomy"). A name that only fills a quotation is dropped there alone, and kept when the
 * same string is also a mention outside quotes (" Divar " ... "the island of Divar" is the island's name).
 */
export function dropMiscMentions(doc: Doc, mentions: Mention[], bloom: Bloom, lowerInDoc?: Set<string>): Mention[] {
  const words = doc.tokens.map((t) => t.text);
  const key = (m: Mention) => words.slice(m.s, m.e).join(' ');
  const reasons = mentions.map((m) => (m.cued ? undefined : miscReason(words, m, bloom, lowerInDoc)));
  const dropped = new Set<string>();
  const usedPlain = new Set<string>();
  mentions.forEach((m, i) => {
    const r = reasons[i];
    if (r && r !== 'quoted' && !LOCAL_REASONS.has(r)) dropped.add(key(m));
    if (!r) usedPlain.add(key(m));
  });
  return mentions.filter((m, i) => {
    // a place inside a race's name, or a name before an index or a rate, is dropped there alone ("Spain" stays a place
    // elsewhere in the text)
    if (LOCAL_REASONS.has(reasons[i] ?? '')) return false;
    if (m.cued || m.kb) return true;
    const k = key(m);
    if (dropped.has(k)) return false;
    return !(reasons[i] === 'quoted' && !usedPlain.has(k));
  });
}

// Contexts that make a name an organization although the tagger typed it a place or a person: sports clubs named
// after their town, international bodies written as acronyms, armed groups named before their members.
import type { Doc } from '../types';
import type { Mention } from './mentions';
import { isFirstName, sentenceIndex } from './mentions';
import { lookupPlace } from '../../kb';
import { GAZ_BLOOM_KEYS, type Bloom } from './features';
import { HONORIFICS, MEMBER_NOUNS, NOT_NAMES, ORG_ACRONYMS, PLACE_SUFFIXES, TITLE_HEADS, TOWN_PREPOSITIONS } from './lexicon';
import { companyApposition } from './apposition';


/** A result verb right after the club: "Bolton beat Watford", "Leeds drew with Chelsea". */
const RESULT_VERBS_AFTER = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'crushed', 'drew', 'draw', 'lost', 'lose', 'overcame', 'trounced',
  'hammered', 'downed', 'eliminated', 'outclassed', 'outplayed', 'scored', 'conceded', 'won', 'win', 'clinched', 'led',
  'held', 'stunned', 'levelled', 'leveled', 'equalised', 'equalized', 'thumped', 'humbled', 'upset',
]);
/** Words right before the club that make it the other side of a result: "beat Watford", "lost to Leeds". */
const RESULT_BEFORE: [RegExp, RegExp | undefined][] = [
  [/^(?:beat|beats|beating|defeated|defeating|edged|thrashed|routed|crushed|overcame|trounced|hammered|downed|eliminated|outclassed|outplayed)$/, undefined],
  [/^to$/, /^(?:lost|losing|lose|loses|defeat|loss|defeats|losses)$/],
  [/^with$/, /^(?:drew|draw|drawn|tie|tied|draws)$/],
  [/^for$/, /^(?:scored|scores|scoring|played|plays|playing|signed|signs|debut|appearances|goals|goal|starred)$/],
  [/^(?:over|against)$/, /^(?:win|wins|won|victory|victories|triumph|lead|goal|goals|scored|draw|played|playing|play|match|game|clash|tie|debut|wickets|runs|points)$/],
  // "lost at home to Parma", "beaten by Essex", "held to a 1-1 draw by Hansa Rostock"
  [/^to$/, /^(?:home|away)$/],
  [/^by$/, /^(?:beaten|defeated|held|thrashed|edged|routed|hammered|eliminated|knocked|draw|outplayed)$/],
];
/** Results a player has as well as a team: a lone name before them is not made a club. */
const PLAYER_VERBS = new Set(['scored', 'conceded', 'won', 'win', 'led', 'clinched', 'equalised', 'equalized']);
const isCapWord = (w: string) => /^\p{Lu}/u.test(w);
/** Roles that make the name before them a team in sports copy, without a possessive ("Middlesbrough manager", "Bayern coach", "McLaren driver"). */
const TEAM_ROLES = new Set(['coach', 'manager', 'goalkeeper', 'keeper', 'striker', 'midfielder', 'defender', 'winger', 'playmaker', 'driver', 'drivers', 'teammate', 'chairman', 'captain', 'seamer', 'bowler', 'batsman', 'spinner', 'opener', 'all-rounder', 'wicketkeeper', 'skipper', 'goaltender', 'quarterback', 'pitcher', 'shortstop', 'linebacker', 'outfielder']);
/** "Essex's captain", "Bolton's goalkeeper": the club's people. */
const CLUB_PEOPLE = new Set([
  'coach', 'manager', 'goalkeeper', 'keeper', 'striker', 'captain', 'midfielder', 'defender', 'forward', 'winger', 'players', 'player',
  'squad', 'fans', 'supporters', 'bowlers', 'batsmen', 'batsman', 'opener', 'openers', 'pitcher', 'quarterback', 'playmaker', 'skipper',
]);
/** Sports words that make a sentence sports copy. */
const SPORTS_WORDS = new Set([
  'goal', 'goals', 'match', 'matches', 'league', 'cup', 'season', 'innings', 'wickets', 'wicket', 'runs', 'striker', 'goalkeeper',
  'midfielder', 'defender', 'coach', 'manager', 'playoff', 'playoffs', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final',
  'final', 'tournament', 'club', 'side', 'team', 'championship', 'points', 'penalty', 'penalties', 'draw', 'fixture', 'derby',
  'stadium', 'kickoff', 'kick-off', 'half-time', 'halftime', 'touchdown', 'inning', 'quarterback', 'scored', 'victory', 'defeat',
  'lap', 'laps', 'qualifying', 'podium', 'grid',
]);
const SCORE = /^\d{1,3}\s*[-–]\s*\d{1,3}$/;
/** After these words a club's name is its town again ("fans in Manchester"): such mentions are not retyped. */

/**
 * Sports clubs named after their town ("Bolton beat Watford 2-0", "Essex's captain"): in sports copy a town or region
 * that wins, loses or has a goalkeeper is the club, an organization. Reason: the tagger and the gazetteer read such a
 * name as a place, and clubs named after cities are the most frequent error left on newswire in the feasibility run
 * (shared/notes/ner-findings.md). Countries are left alone: the product types a country as a place even when it acts,
 * national teams included. Only contexts that are unambiguous in sports copy count, and a sentence must also look like
 * sports copy (a score such as 2-0, or a sports word), so "Caesar defeated Gaul" or "the storm hit Leeds" stay places.
 *
 * Retypes town and region mentions in sports contexts as organizations (and the other mentions of the same name in the
 * document that are not after "in", "at", "near"...); returns how many were retyped.
 */
export function sportsClubs(doc: Doc, mentions: Mention[], words: string[], bloom?: Bloom): number {
  const sentOf = sentenceIndex(doc);
  const sporty = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const l = words[i].toLowerCase();
    if (SCORE.test(words[i]) || SPORTS_WORDS.has(l) || (/^\d{1,3}$/.test(words[i]) && /^[-–]$/.test(words[i + 1] ?? '') && /^\d{1,3}$/.test(words[i + 2] ?? ''))) sporty.add(sentOf[i]);
  }
  if (!sporty.size) return 0;
  const key = (m: Mention) => words.slice(m.s, m.e).join(' ');
  const clubs = new Set<string>();
  const isTown = (w: string) => {
    const kind = lookupPlace(w)?.kind;
    return kind === 'city' || kind === 'capital' || kind === 'state' || !!bloom?.has(GAZ_BLOOM_KEYS.city + w.toLowerCase()) || !!bloom?.has(GAZ_BLOOM_KEYS.region + w.toLowerCase());
  };
  // a town or region (not a country), or a "person" ending in a town that does not start with a first name ("PSV
  // Eindhoven" typed person by the tagger; "Jordan Henderson" is a player)
  const eligible = (m: Mention) =>
    !m.chars && !m.nested && ((m.type === 'place' && !(m.kb && !m.capital) && lookupPlace(key(m))?.kind !== 'region') || (m.type === 'person' && isTown(words[m.e - 1]) && !(bloom && isFirstName(words[m.s], bloom))));
  // the words before a mention, scores skipped ("lost 2-0 to PSV Eindhoven")
  const before = (m: Mention): string[] => {
    const out: string[] = [];
    for (let k = m.s - 1; k >= 0 && out.length < 2; k--) {
      if (SCORE.test(words[k]) || /^\d{1,3}$/.test(words[k]) || /^[-–]$/.test(words[k])) {
        if (out.length === 1) continue;
      }
      if (out.length === 0 && words[k].toLowerCase() === 'the') continue; // "beat the New York Knicks"
      out.push(words[k].toLowerCase());
    }
    return out;
  };
  for (const m of mentions) {
    if (!eligible(m) || !sporty.has(m.sent)) continue;
    const next = (words[m.e] ?? '').toLowerCase();
    const next2 = (words[m.e + 1] ?? '').toLowerCase();
    const [prev = '', prev2 = ''] = before(m);
    // a results line: "Coventry 0 Leeds 0, Everton 3 Southampton 1"
    const resultLine = /^\d{1,2}$/.test(words[m.e] ?? '') && (m.s === 0 || /^(?:\d{1,2}|[,:;])$/.test(words[m.s - 1])) && (m.e + 1 >= words.length || /^[,.;]$/.test(next2) || isCapWord(words[m.e + 1]));
    // a lone word typed person may be a player named like a town ("Houston scored"): only team results count for it
    const player = m.type === 'person' && m.e - m.s === 1 && PLAYER_VERBS.has(next);
    const after = (RESULT_VERBS_AFTER.has(next) && !player) || (/^['’]s?$/.test(next) && CLUB_PEOPLE.has(next2)) || TEAM_ROLES.has(next) || resultLine;
    const other = RESULT_BEFORE.some(([p, pp]) => p.test(prev) && (!pp || pp.test(prev2)));
    // a town followed by a plural nickname ("New York Knicks", "Los Angeles Lakers") in sports copy
    const nickname = m.e - m.s >= 2 && /^\p{Lu}\p{Ll}+s$/u.test(words[m.e - 1]) && !PLACE_SUFFIXES.has(words[m.e - 1].toLowerCase()) && isTown(words.slice(m.s, m.e - 1).join(' '));
    if (after || other || nickname) clubs.add(key(m));
  }
  // the tagger split "Los Angeles" + "Lakers": a town right before a plural nickname in sports copy is one club
  const drop = new Set<Mention>();
  const placeEndingAt = new Map<number, Mention>();
  for (const x of mentions) if (x.type === 'place' && !x.chars && !x.nested && !(x.kb && !x.capital) && !placeEndingAt.has(x.e)) placeEndingAt.set(x.e, x);
  for (const n of mentions) {
    if (n.chars || n.nested || n.e - n.s !== 1 || !sporty.has(n.sent) || !/^\p{Lu}\p{Ll}+s$/u.test(words[n.s]) || PLACE_SUFFIXES.has(words[n.s].toLowerCase())) continue;
    const m = placeEndingAt.get(n.s);
    if (!m || drop.has(m) || m.type !== 'place' || !isTown(words.slice(m.s, m.e).join(' '))) continue;
    n.s = m.s;
    n.type = 'organization';
    drop.add(m);
    clubs.add(key(n));
  }
  if (drop.size) {
    const kept = mentions.filter((x) => !drop.has(x));
    mentions.length = 0;
    mentions.push(...kept);
  }
  // any name (not a country, not a first name and surname) right before a club role in sports copy is a club:
  // "Bayern coach Giovanni Trapattoni", "Hapoel coach", "McLaren driver Mika Hakkinen"; its longer forms too
  // ("Bayern Munich", typed person by the tagger)
  const roleClubs = new Set<string>();
  for (const m of mentions) {
    if (m.chars || m.nested || (m.kb && !m.capital) || !sporty.has(m.sent) || !TEAM_ROLES.has((words[m.e] ?? '').toLowerCase())) continue;
    if ((bloom && isFirstName(words[m.s], bloom) && m.e - m.s > 1) || lookupPlace(key(m))?.kind === 'region') continue;
    roleClubs.add(key(m).toLowerCase());
  }
  if (roleClubs.size) {
    for (const m of mentions) {
      if (m.chars || m.nested || (m.kb && !m.capital) || m.type === 'organization') continue;
      const k = key(m).toLowerCase();
      if (!roleClubs.has(k) && !roleClubs.has(words[m.s].toLowerCase())) continue;
      if (m.s > 0 && TOWN_PREPOSITIONS.has(words[m.s - 1].toLowerCase()) && isTown(key(m))) continue;
      if (bloom && m.e - m.s > 1 && isFirstName(words[m.s], bloom)) continue;
      m.type = 'organization';
      m.kb = undefined;
      m.capital = undefined;
    }
  }
  // a town listed with a club in sports copy is a club too: "behind Newcastle and Liverpool", "Lazio, Parma and Inter"
  const byEnd = new Map<number, Mention>(), byStart = new Map<number, Mention>();
  for (const x of mentions) if (!x.chars && !x.nested) (byEnd.set(x.e, x), byStart.set(x.s, x));
  for (let pass = 0; pass < 2; pass++) {
    for (const m of mentions) {
      if (!eligible(m) || !sporty.has(m.sent) || clubs.has(key(m))) continue;
      const listed = (x: Mention | undefined) => !!x && x !== m && x.sent === m.sent && (clubs.has(key(x)) || (x.type === 'organization' && isTown(key(x).split(' ')[0])));
      const left = /^(?:and|or|,)$/.test(words[m.s - 1] ?? '') ? byEnd.get(m.s - 1) : undefined;
      const right = /^(?:and|or|,)$/.test(words[m.e] ?? '') ? byStart.get(m.e + 1) : undefined;
      if (listed(left) || listed(right)) clubs.add(key(m));
    }
  }
  if (!clubs.size) return 0;
  let n = 0;
  const starts = new Set<number>();
  for (const x of mentions) starts.add(x.s);
  for (const m of mentions) {
    if (!eligible(m) || !clubs.has(key(m))) continue;
    if (m.s > 0 && TOWN_PREPOSITIONS.has(words[m.s - 1].toLowerCase())) continue;
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
    // a club's nickname right after its town that no mention covers: "the Miami Heat", "the Utah Jazz"
    const nick = words[m.e] ?? '';
    if (sporty.has(m.sent) && /^\p{Lu}\p{Ll}+$/u.test(nick) && !starts.has(m.e) && sentOf[m.e] === m.sent && !NOT_NAMES.has(nick.toLowerCase()) && !lookupPlace(nick) && !(bloom && isFirstName(nick, bloom))) m.e++;
    n++;
  }
  return n;
}


/** Retypes single-token mentions of {@link ORG_ACRONYMS} as organizations; returns how many were retyped. */
export function acronymOrganizations(mentions: Mention[], words: string[]): number {
  let n = 0;
  for (const m of mentions) {
    if (m.e - m.s !== 1 || m.chars || m.type === 'organization' || !ORG_ACRONYMS.has(words[m.s])) continue;
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
    n++;
  }
  return n;
}

/** Deals and stock before "of", "in", "for", "with": "shares of Daimler-Benz", "a stake in Volvo", "a bid for Conrail". */
const COMPANY_BEFORE = new Set(['shares', 'stake', 'stakes', 'takeover', 'acquisition', 'bid', 'merger', 'shareholders', 'stock', 'subsidiary', 'unit', 'division']);
/** People who work at a firm, before "at": "analysts at Merrill Lynch", "workers at Ford" (not "a spokesman for X":
 *  people have spokesmen). */
const STAFF_AT = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'dealer', 'dealers', 'employees', 'workers', 'executives', 'bankers', 'engineers']);
/** Company parts and stock after a name: "General Motors Corp's Opel unit", "Harrods shares" (people have no units). */
const COMPANY_NOUNS = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'shares', 'shareholders', 'affiliate', 'brand', 'stores']);

/** Retypes person mentions followed by {@link MEMBER_NOUNS} or {@link COMPANY_NOUNS}, or after {@link STAFF_AT} "at" or
 *  {@link COMPANY_BEFORE} "of/in/for/with", as organizations, with the other mentions of the same
 *  name; returns how many were retyped. */
export function memberGroups(mentions: Mention[], words: string[]): number {
  const key = (m: Mention) => words.slice(m.s, m.e).join(' ');
  const groups = new Set<string>();
  const placeGroups = new Set<Mention>();
  for (const m of mentions) {
    const next = (words[m.e] ?? '').toLowerCase();
    const staff = m.s > 1 && words[m.s - 1].toLowerCase() === 'at' && STAFF_AT.has(words[m.s - 2].toLowerCase());
    const deal = m.s > 1 && /^(?:of|in|for|with)$/.test(words[m.s - 1].toLowerCase()) && COMPANY_BEFORE.has(words[m.s - 2].toLowerCase());
    if (m.type === 'person' && !m.chars && !m.cued && (MEMBER_NOUNS.has(next) || COMPANY_NOUNS.has(next) || staff || deal || companyApposition(words, m.e))) groups.add(key(m));
    // "Shares in Glaxo Wellcome" typed a place: a deal or stock is a company's, unless the name is a known place
    else if (m.type === 'place' && deal && !m.chars && !m.kb && !lookupPlace(key(m))) placeGroups.add(m);
  }
  let n = 0;
  for (const m of mentions) {
    if (placeGroups.has(m) || (m.type === 'person' && !m.chars && !m.cued && groups.has(key(m)))) {
      m.type = 'organization';
      n++;
    }
  }
  return n;
}

/** Verbs a company reports with, and the figures it reports: "Renault said first-half net profit fell". */
const REPORT_VERBS = new Set(['said', 'says', 'reported', 'reports', 'posted', 'posts', 'announced', 'forecast', 'forecasts', 'warned', 'expects']);
const FIGURES = new Set(['profit', 'profits', 'loss', 'losses', 'earnings', 'revenue', 'revenues', 'sales', 'turnover', 'dividend', 'dividends', 'output', 'orders', 'margins']);

/**
 * A one-word name that reports profits, sales or earnings is a company: "Renault said first-half net profit fell",
 * "Peugeot reported lower sales". Reason: the tagger types unknown one-word subjects of "said" as persons; people say
 * such things too, so a word that ends a multi-word person's name elsewhere in the text (a surname) is left alone, as
 * is a word after a title or a first name. Retypes the name's person mentions; returns how many.
 */
export function companyStatements(doc: Doc, mentions: Mention[], words: string[]): number {
  const sentOf = sentenceIndex(doc);
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.e - m.s >= 2 && !m.chars) surnames.add(words[m.e - 1]);
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.chars || m.nested || m.cued || m.e - m.s !== 1 || surnames.has(words[m.s])) continue;
    if (m.s > 0 && (TITLE_HEADS.has(words[m.s - 1].toLowerCase()) || HONORIFICS.has(words[m.s - 1].toLowerCase()))) continue;
    let k = m.e;
    if (words[k] === 'also' || words[k] === 'on') k++;
    if (!REPORT_VERBS.has(words[k] ?? '')) continue;
    for (let j = k + 1; j < Math.min(words.length, k + 8) && sentOf[j] === sentOf[m.s]; j++) {
      if (FIGURES.has(words[j].toLowerCase())) {
        companies.add(words[m.s]);
        break;
      }
    }
  }
  let n = 0;
  if (!companies.size) return 0;
  for (const m of mentions) {
    if (m.type !== 'person' || m.chars || m.cued || m.e - m.s !== 1 || !companies.has(words[m.s])) continue;
    m.type = 'organization';
    n++;
  }
  return n;
}

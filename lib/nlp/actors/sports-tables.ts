// Teams in sports tables: standings rows ("Werder Bremen 3 0 1 2 4 6 1"), results lines ("Ghent 3 Aalst 2",
// "BALTIMORE 5 California 4") and fixture lines ("Ayr v Berwick , Clyde v Stranraer").
import type { Doc } from '../types';
import type { Mention } from './mentions';
import { isFirstName, isFirstNameLike, sentenceIndex } from './mentions';
import { lookupDemonym, lookupPlace } from '../../kb';
import { GAZ_BLOOM_KEYS, SURNAME_KEY, type Bloom } from './features';
import { NOT_NAMES, TOWN_PREPOSITIONS } from './lexicon';

/** A cell of a standings or results row: a small count or score, a win percentage (.523), games behind (1/2), a dash. */
const CELL = /^(?:\d{1,4}|\d?\.\d{3}|\d\/\d|\d{1,3}\.\d{1,2}|\d{1,3}[-–]\d{1,3}|[-–./])$/; // the tokenizer splits ".492" and "1/2"
const DIGITS = /\d/;
/** A score in prose: "2-1", "33-26". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** Separators between the teams of a fixtures or results line. */
const SEPARATOR = /^(?:v|vs|vs\.|,|;)$/;
/** Lower-case words and marks that occur inside a team's name ("Queen 's Park", "Brighton & Hove Albion"). */
const NAME_LINK = /^(?:of|de|del|da|do|la|le|am|an|und|'s|’s|&|-|\.)$/;
const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^\d+\p{L}/u.test(w); // "1860 Munich" starts with a digit
/** Words that make a document sports copy (a table row alone is not enough: weather and polls have rows too). */
const SPORTS_DOC_WORDS = new Set([
  'soccer', 'football', 'baseball', 'basketball', 'hockey', 'rugby', 'cricket', 'league', 'division', 'standings', 'played',
  'drawn', 'goals', 'goal', 'match', 'matches', 'points', 'season', 'championship', 'cup', 'innings', 'wickets', 'scored',
  'games', 'game', 'played', 'team', 'teams', 'club', 'clubs', 'coach', 'halftime', 'half-time', 'fixtures', 'playoff', 'playoffs',
]);

/** Whether the document has a sports word (first among the document's lower-case words, then in capitals). */
export function isSportsCopy(words: string[], lowerInDoc?: Set<string>): boolean {
  if (lowerInDoc) for (const w of SPORTS_DOC_WORDS) if (lowerInDoc.has(w)) return true;
  // capitals copy ("MAJOR LEAGUE STANDINGS AFTER THURSDAY 'S GAMES") has no lower-case words
  return words.some((w) => SPORTS_DOC_WORDS.has(w.toLowerCase()));
}

/** The sentences about sport: with a sports word ("league", "match") or a score ("2-1", "2 - 1"). */
export function sportySentences(doc: Doc, words: readonly string[]): Set<number> {
  const sporty = new Set<number>();
  const sentOf = sentenceIndex(doc);
  for (let i = 0; i < words.length; i++) {
    if (SPORTS_DOC_WORDS.has(words[i].toLowerCase()) || SCORE.test(words[i]) || (/^\d{1,3}$/.test(words[i]) && /^[-–]$/.test(words[i + 1] ?? '') && /^\d{1,3}$/.test(words[i + 2] ?? ''))) sporty.add(sentOf[i]);
  }
  return sporty;
}

interface Run {
  s: number;
  e: number;
}

/** Index after the bracket group opening at `i` ("( Albania )", "( 1-1 )", "( Keller 18th )"), or -1. */
function skipBrackets(words: readonly string[], i: number, e: number): number {
  if (words[i] !== '(') return -1;
  for (let j = i + 1; j < e && j < i + 25; j++) if (words[j] === ')') return j + 1;
  return -1;
}

/**
 * The name runs of a table line, or undefined when the line is not a table row. A row is name runs, each followed by
 * cells ("Leeds 3 1 2 0 4 1 5", "Ghent 3 Aalst 2"), or name runs joined by "v" ("Ayr v Berwick , Clyde v Stranraer");
 * a team may carry its country in brackets and a score its details ("Gloria Bistrita ( Romania ) 2 Valletta ( Malta )
 * 1 ( 1-1 )"), and a cup line may start with its venue ("In Tirana :"). Any other word (a lower-case word, a time, a
 * price) makes it prose or another kind of table.
 */
export function tableRuns(words: readonly string[], s: number, e: number): Run[] | undefined {
  return fixtureRuns(words, s, e) ?? rowRuns(words, s, e) ?? scheduleRuns(words, s, e);
}

/** A run of a team's name from `i`: capitalized words, with the lower-case links inside names. */
function nameEnd(words: readonly string[], i: number, e: number): number {
  let j = i + 1;
  while (j < e && !/^(?:AT|V|VS)$/.test(words[j]) && ((isCap(words[j]) && !CELL.test(words[j])) || (NAME_LINK.test(words[j]) && j + 1 < e && isCap(words[j + 1])))) j++;
  return j;
}

/**
 * A fixtures line, wrapped or not: names separated only by "v" and commas, at least one "v" ("Ayr v Berwick , Clyde v",
 * "Tranmere , Grimsby v Portsmouth ,").
 */
function fixtureRuns(words: readonly string[], s: number, e: number): Run[] | undefined {
  const runs: Run[] = [];
  let versus = 0;
  for (let i = s; i < e; ) {
    if (/^(?:v|vs|vs\.)$/.test(words[i])) (versus++, i++);
    else if (words[i] === ',' || words[i] === ';' || (words[i] === '.' && i === e - 1)) i++;
    else if (isCap(words[i]) && !CELL.test(words[i])) {
      const j = nameEnd(words, i, e);
      runs.push({ s: i, e: j });
      i = j;
    } else return undefined;
  }
  return versus > 0 && runs.length ? runs : undefined;
}

/** The visiting team of a schedule line: "FLORIDA" in "FLORIDA AT ST LOUIS", "Florida at St Louis". */
function scheduleRuns(words: readonly string[], s: number, e: number): Run[] | undefined {
  if (!isCap(words[s] ?? '') || CELL.test(words[s])) return undefined;
  const a = nameEnd(words, s, e);
  if (a >= e - 1 || !/^(?:at|AT)$/.test(words[a]) || !isCap(words[a + 1]) || CELL.test(words[a + 1])) return undefined;
  const b = nameEnd(words, a + 1, e);
  // the visitors only: the name after "at" is where the game is played (newswire gold types it a place)
  return b === e ? [{ s, e: a }] : undefined;
}

function rowRuns(words: readonly string[], s: number, e: number): Run[] | undefined {
  const runs: Run[] = [];
  let cells = 0, versus = 0, i = s;
  // "In Tirana :" before a cup result
  if (words[i] === 'In') {
    for (let j = i + 1; j < Math.min(e, i + 6); j++) if (words[j] === ':') (i = j + 1);
    if (i === s) return undefined;
  }
  let needCells = false, afterVersus = false;
  while (i < e) {
    const w = words[i];
    if (isCap(w) && !CELL.test(w)) {
      if (needCells) return undefined; // two names with no cells or "v" between them
      let j = i + 1;
      while (j < e && ((isCap(words[j]) && !CELL.test(words[j])) || (NAME_LINK.test(words[j]) && j + 1 < e && isCap(words[j + 1])))) j++;
      runs.push({ s: i, e: j });
      i = j;
      needCells = true;
      const country = skipBrackets(words, i, e);
      if (country > 0 && words.slice(i + 1, country - 1).every((x) => isCap(x) || x === '.')) i = country;
      if (i < e && DIGITS.test(words[i]) && CELL.test(words[i])) {
        while (i < e && CELL.test(words[i])) (i++, cells++);
        needCells = false;
        afterVersus = false;
        const details = skipBrackets(words, i, e);
        if (details > 0) i = details;
      } else if (i < e && /^(?:v|vs|vs\.)$/i.test(words[i])) (i++, versus++, needCells = false, afterVersus = true);
      else if (afterVersus) (needCells = false, afterVersus = false); // the second team of "Ayr v Berwick"
      else if (i >= e && cells > 0) needCells = false; // "... 1 Karabach Agdam": the second score is missing
      else return undefined;
      if (i < e && SEPARATOR.test(words[i]) && !/^(?:v|vs|vs\.)$/i.test(words[i])) i++;
      continue;
    }
    return undefined;
  }
  if (needCells || !runs.length) return undefined;
  if (cells === 0 && versus === 0) return undefined;
  return runs;
}

/**
 * The team of a race result line ("6. Mika Hakkinen ( Finland ) McLaren 1:52.318", "1. Rolf Sorensen ( Denmark )
 * Rabobank 22 minutes 40 seconds"): the name run between the rider's country and the time, or undefined.
 */
export function raceTeam(words: readonly string[], s: number, e: number): Run | undefined {
  if (!/^\d{1,3}$/.test(words[s] ?? '') || words[s + 1] !== '.') return undefined;
  let i = s + 2;
  while (i < e && isCap(words[i])) i++;
  if (i === s + 2) return undefined;
  const after = skipBrackets(words, i, e);
  if (after < 0) return undefined;
  let j = after;
  while (j < e && isCap(words[j]) && !CELL.test(words[j])) j++;
  if (j === after || j >= e || !/^\d/.test(words[j])) return undefined;
  return { s: after, e: j };
}

/**
 * In sports copy, the names heading the rows of standings, results and fixtures tables are teams, organizations:
 * "Werder Bremen 3 0 1 2 4 6 1" (typed person by the tagger), "BALTIMORE 5 California 4" (typed places), "Hutnik
 * Krakow 7 3 0 4 8 10 9" (not found at all). Reason: on CoNLL-2003 eng.train (local development copy) these rows held
 * most of the organizations the tagger missed, and document consistency then spread the wrong type to the team's
 * other mentions. Countries stay places (the project's contract: national sides are their country), and a row headed
 * by a first name and surname ("Tiger Woods 70 68") stays a person. The other mentions of a team's name in the
 * document become organizations too, except after "in", "at", "from" ("fans in Chicago").
 *
 * Retypes and adds mentions in place; returns how many mentions were retyped or added.
 */
export function sportsTables(doc: Doc, mentions: Mention[], words: string[], bloom?: Bloom, lowerInDoc?: Set<string>): number {
  if (!doc.paragraphs.length) return 0;
  const tokens = doc.tokens;
  const sentOf = sentenceIndex(doc);
  const teams = new Set<string>();
  const key = (s: number, e: number) => words.slice(s, e).join(' ').toLowerCase();
  const added: Mention[] = [];
  const dropped = new Set<Mention>();
  // surnames of people named in full elsewhere ("Pete Sampras ... Sampras v Agassi"): a row headed by one is a player's
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.e - m.s >= 2 && !m.chars) surnames.add(words[m.e - 1].toLowerCase());
  let n = 0;
  let t = 0;
  let sports: boolean | undefined;
  for (const p of doc.paragraphs) {
    while (t < tokens.length && tokens[t].start < p.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u].end <= p.end) u++;
    let runs = u - t <= 60 ? tableRuns(words, t, u) : undefined;
    const race = !runs && u - t <= 30 ? raceTeam(words, t, u) : undefined;
    if (race) runs = [race];
    t = u;
    if (!runs) continue;
    // the first table row found: is this sports copy at all? (tables are rare, so the pass over the words is too)
    sports ??= isSportsCopy(words, lowerInDoc);
    if (!sports) return 0;
    for (const r of runs) {
      const name = words.slice(r.s, r.e).join(' ');
      const place = lookupPlace(name);
      // a race team may share a country's name ("Jordan"): its place in the line says it is the team
      if (!race && (place?.kind === 'country' || place?.kind === 'region')) continue;
      const over = mentions.filter((m) => !m.chars && m.s < r.e && r.s < m.e);
      if (!race && over.some((m) => m.kb && !m.capital)) continue; // a country inside ("Ross County" is not; "Japan" is)
      // a person's name heads the row: an athlete, not a team
      if (r.e - r.s > 1 && bloom && isFirstName(words[r.s], bloom, lowerInDoc) && (!over.length || over.some((m) => m.type === 'person'))) continue;
      if (r.e - r.s === 1 && surnames.has(words[r.s].toLowerCase())) continue;
      const exact = over.find((m) => m.s === r.s && m.e === r.e && !m.nested);
      if (exact) {
        teams.add(key(r.s, r.e));
        if (exact.type !== 'organization') (exact.type = 'organization', exact.kb = undefined, exact.capital = undefined, n++);
        continue;
      }
      // no mention yet: a one-word row head that is an ordinary word ("Total", "Best") is not taken
      const ordinary = r.e - r.s === 1 && (NOT_NAMES.has(words[r.s].toLowerCase()) || lowerInDoc?.has(words[r.s].toLowerCase()) || !!bloom?.has(words[r.s].toLowerCase()));
      if (!over.length && ordinary) continue;
      for (const m of over) dropped.add(m);
      added.push({ s: r.s, e: r.e, type: 'organization', sent: sentOf[r.s] });
      teams.add(key(r.s, r.e));
      n++;
    }
  }
  if (!teams.size) return 0;
  if (dropped.size || added.length) {
    const kept = mentions.filter((m) => !dropped.has(m));
    kept.push(...added);
    kept.sort((a, b) => a.s - b.s || a.e - b.e);
    mentions.length = 0;
    mentions.push(...kept);
  }
  // the team's other mentions in the document ("Baltimore has won 16 of its last 22 games")
  for (const m of mentions) {
    if (m.chars || m.nested || m.type === 'organization' || (m.kb && !m.capital) || !teams.has(key(m.s, m.e))) continue;
    if (m.s > 0 && TOWN_PREPOSITIONS.has(words[m.s - 1].toLowerCase())) continue;
    if (m.cued && m.type === 'place') continue; // a dateline ("NEW YORK 1996-08-22" above the results) or another cue
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
    n++;
  }
  return n;
}

/**
 * In sports copy, a name typed a person that ends in a town and does not start with a first name is a club ("Werder
 * Bremen", "Hansa Rostock", "Feyenoord Rotterdam"), and so is one starting with "St" ("St Pauli", "St Helens"): people
 * are not named after towns and saints that way. Reason: on CoNLL-2003 eng.train (local copy) such clubs were the most
 * frequent organizations typed person in match reports. Players whose surname is also a town and whose first name is
 * not in our lists ("Paulinho Santos", "Wataru Yoshikawa") stay persons when a nationality comes first ("Cuban Aliuska
 * Lopez"), the first name is a hyphenated pair ("Heinz-Peter Thul"), or they are listed beside a person whose first
 * name we know ("Jorge Costa , Paulinho Santos", "Haga and Wataru Yoshikawa"). The name's other mentions follow
 * (document consistency already gave them the same type). Retypes in place; returns how many.
 */
export function townClubs(doc: Doc, mentions: Mention[], words: string[], bloom?: Bloom, lowerInDoc?: Set<string>): number {
  const isTown = (w: string) => {
    const kind = lookupPlace(w)?.kind;
    return kind === 'city' || kind === 'capital' || !!bloom?.has(GAZ_BLOOM_KEYS.city + w.toLowerCase());
  };
  const personStart = (m: Mention) => !!bloom && isFirstNameLike(words[m.s], bloom);
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.chars || m.nested) continue;
    byStart.set(m.s, m);
    byEnd.set(m.e, m);
  }
  // a person right before or after in a list whose first name we know or whose name does not end in a town ("Jorge
  // Costa , Paulinho Santos", "Noriyuki Haga and Wataru Yoshikawa")
  const listedWithPerson = (m: Mention) => {
    const link = (w: string | undefined) => w === ',' || w === 'and' || w === '&';
    const prev = link(words[m.s - 1]) ? byEnd.get(m.s - 1) : undefined;
    const next = link(words[m.e]) ? byStart.get(m.e + 1) : undefined;
    return [prev, next].some((x) => x?.type === 'person' && (personStart(x) || !isTown(words[x.e - 1])));
  };
  // the name must occur in a sentence about sport (a sports word, a score, a number right after it): a sports word
  // somewhere in the document is not enough ("Helmut Newton" in an article about Warhol that mentions a game)
  let sporty: Set<number> | undefined;
  const inSportySentence = (m: Mention) => (sporty ??= sportySentences(doc, words)).has(m.sent) || /^\d{1,3}$/.test(words[m.e] ?? '');
  const clubs = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.chars || m.nested || m.cued || m.e - m.s < 2) continue;
    const first = words[m.s];
    const name = words.slice(m.s, m.e).join(' ');
    // "St Pauli", but not a town written as such ("St. Petersburg"). "St Louis" passes: in sports copy it is mostly the
    // team (on eng.train 8 team mentions to 4 venue ones), and "St. Pauli", "St Kilda" are GeoNames towns too
    const saint = /^(?:St\.?|ST\.?)$/.test(first) && !isTown(name) && !lookupPlace(name);
    // a first name in any case: "Bill Clinton" although "bill" is a word of the text
    // ... or a word seen in lower case ("Mark", "Al"), or a surname last ("Tony Johnstone": Johnstone is also a town)
    const personLike = !!bloom && (isFirstName(first, bloom) || bloom.has(first.toLowerCase()) || bloom.has(SURNAME_KEY + words[m.e - 1].toLowerCase()));
    if (!saint && (!isTown(words[m.e - 1]) || personLike || /^\p{Lu}\.?$/u.test(first) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first))) continue;
    if (m.s > 0 && lookupDemonym(words[m.s - 1])) continue; // "American MaliVai Washington"
    if (listedWithPerson(m) || !inSportySentence(m)) continue;
    clubs.add(name);
  }
  if (!clubs.size || !isSportsCopy(words, lowerInDoc)) return 0;
  let n = 0;
  for (const m of mentions) {
    if (m.type !== 'person' || m.chars || !clubs.has(words.slice(m.s, m.e).join(' '))) continue;
    m.type = 'organization';
    n++;
  }
  return n;
}

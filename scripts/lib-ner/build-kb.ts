// Builds lib/kb/countries.json from the world-countries package (ODbL 1.0, https://github.com/mledoze/countries):
// only the fields the recognizer needs (English names, capitals, demonyms), so the content script stays small.
// Run: npx tsx scripts/lib-ner/build-kb.ts
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';

/** Alternative English names not in the package (reason: common in news copy). */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  IRN: ['Islamic Republic'],
  PRK: ['DPRK', 'North Korea'],
  KOR: ['South Korea', 'ROK'],
  RUS: ['Russian Federation'],
  CHN: ["People's Republic of China", 'PRC'],
  TWN: ['Republic of China'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville'],
  CIV: ["Cote d'Ivoire", 'Côte d’Ivoire'],
  MMR: ['Burma'],
  NLD: ['Holland'],
  CZE: ['Czech Republic'],
  VAT: ['Vatican', 'Holy See'],
  PSE: ['Palestinian territories'],
  SYR: ['Syria'],
};
/** Plural demonyms used for a country's people or government ("the Americans"). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['American', 'Americans'],
  GBR: ['British', 'Briton', 'Britons', 'English'],
  NLD: ['Dutch'],
  CHE: ['Swiss'],
  FRA: ['French'],
  CHN: ['Chinese'],
  JPN: ['Japanese'],
  ISR: ['Israeli', 'Israelis'],
  PSE: ['Palestinian', 'Palestinians'],
};
/** Capitals' short forms used in news copy. */
const EXTRA_CAPITALS: Record<string, string[]> = { USA: ['Washington'], ISR: ['Jerusalem', 'Tel Aviv'] };
/**
 * Alternative spellings that are ordinary English words or demonyms, never the country in English copy (reason:
 * "Island" is Iceland's own name, "Thai" is the demonym; taking them as the country made "the Island" Iceland).
 */
const NOT_COUNTRY_NAMES = new Set(['Island', 'Thai']);
const ok = (s: string) => /^[A-Za-z][A-Za-z .'’\-()]+$/.test(s) && s.length > 3 && !s.includes(',');

const out = countries
  .filter((c) => c.cca3 !== 'UMI')
  .map((c) => {
    const names = new Set<string>([c.name.common]);
    if (ok(c.name.official) && c.name.official.length < 40) names.add(c.name.official);
    for (const a of c.altSpellings) if (ok(a) && a.split(' ').length <= 5 && !NOT_COUNTRY_NAMES.has(a)) names.add(a);
    for (const a of EXTRA_NAMES[c.cca3] ?? []) names.add(a);
    const demonyms = new Set<string>();
    const d = c.demonyms?.eng;
    for (const x of [d?.m, d?.f]) if (x && ok(x)) {
      demonyms.add(x);
      if (/[a-z]n$|i$/.test(x)) demonyms.add(x + 's');
    }
    for (const x of EXTRA_DEMONYMS[c.cca3] ?? []) demonyms.add(x);
    return { id: c.cca3, name: c.name.common, names: [...names], capitals: [...c.capital.filter(ok), ...(EXTRA_CAPITALS[c.cca3] ?? [])], demonyms: [...demonyms] };
  });
writeFileSync(new URL('../../lib/kb/countries.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`wrote ${out.length} countries`);

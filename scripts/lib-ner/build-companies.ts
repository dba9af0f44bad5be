// Builds lib/kb/companies.json: distinctive one-word company and brand names, from the company-names dictionary of
// @cspell/dict-companies (MIT, Street Side Software; exact version in package.json). The dictionary is a spelling list
// that also holds fragments of names ("Air", "Johnson", "Kong"), so only one-word entries that are no English word
// (SCOWL), no place (countries and their words, GeoNames cities of 1000+ people, regions), no demonym and no common
// surname are kept: what is left names a company wherever it stands alone ("Gazprom", "Peugeot", "Adidas").
// Run: npx tsx scripts/lib-ner/build-companies.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { cityNames, englishWords, regionNames, surnames } from './gazetteers';
import { COUNTRIES, lookupDemonym, lookupPlace } from '../../lib/kb';

const require = createRequire(import.meta.url);
const raw = readFileSync(join(dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict/companies.txt'), 'utf8')
  .split('\n')
  .map((s) => s.trim())
  .filter((s) => s && !s.startsWith('#'));
const lower = (s: string) => s.toLowerCase();
const english = new Set(englishWords());
const places = new Set([...cityNames(1000), ...regionNames()].map(lower));
for (const c of COUNTRIES) for (const n of c.names) for (const w of n.split(/\s+/)) places.add(lower(w));
const common = new Set(surnames());
const out = [...new Set(raw)]
  .filter((w) => /^\p{Lu}[\p{L}\d&'-]*\p{Ll}[\p{L}\d&'-]*$/u.test(w) && w.length >= 4)
  .filter((w) => !english.has(lower(w)) && !places.has(lower(w)) && !common.has(lower(w)) && !lookupPlace(w) && !lookupDemonym(w))
  .sort();
writeFileSync(new URL('../../lib/kb/companies.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`wrote ${out.length} of ${raw.length} names`);

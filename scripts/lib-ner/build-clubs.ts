// Builds lib/kb/clubs.json: football club names and their short forms, from openfootball/clubs (CC0 1.0, public domain
// dedication; https://github.com/openfootball/clubs). Give the path of a local copy of that repository (its *.clubs.txt
// files: a club line "Bayern München, 1900, @ Allianz Arena, München" then alias lines "| Bayern | FC Bayern München |
// Bayern Munich [en]"). Names are folded to ASCII lower case. Only names that cannot be something else are kept: no
// place (countries and their words, GeoNames cities of 1000+ people, regions: "Liverpool", "Porto" are towns first, and
// the sports-clubs / sports-tables stages decide those by context), no English word ("Hearts", "Sporting"), no common
// surname, no reserve side ("Bayern II") and no abbreviation with a full stop ("Bayern Mün.").
// Run: npx tsx scripts/lib-ner/build-clubs.ts PATH-TO-openfootball-clubs
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiFold, cityNames, englishWords, regionNames, surnames } from './gazetteers';
import { COUNTRIES, lookupDemonym, lookupPlace } from '../../lib/kb';

/** Club names and aliases of one *.clubs.txt file (tested in build-clubs.test.ts). */
export function parseClubs(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim() || /^\s*=/.test(line) || /^\s*ii+\)/.test(line)) continue;
    const clean = (s: string) => s.replace(/\[[a-z]{2}\]/g, '').replace(/\s+/g, ' ').trim();
    if (/^\s*\|/.test(line)) for (const a of line.split('|')) out.push(clean(a));
    else if (!/^\s/.test(line)) out.push(clean(line.split(',')[0]));
  }
  return out.filter((s) => s && !s.includes('.') && !/\bII+\b/.test(s) && /\p{L}{2}/u.test(s));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.clubs\.txt$/.test(f) && !/\.lang\./.test(f) ? [p] : [];
  });
}

/** Club names that name something else at least as often in news, with the reason. */
const NOT_CLUBS: Record<string, string> = {
  wimbledon: 'the tennis championships and a London district (on CoNLL eng.train every "Wimbledon" in sports copy was the tournament or the place)',
};

if (process.argv[1]?.endsWith('build-clubs.ts')) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/lib-ner/build-clubs.ts PATH-TO-openfootball-clubs');
  const fold = (s: string) => asciiFold(s).toLowerCase();
  const english = new Set(englishWords());
  const places = new Set([...cityNames(1000), ...regionNames()].map(fold));
  for (const c of COUNTRIES) for (const n of c.names) places.add(fold(n));
  const common = new Set(surnames());
  const names = new Set<string>();
  for (const f of files(dir)) for (const n of parseClubs(readFileSync(f, 'utf8'))) names.add(fold(n));
  const out = [...names]
    .filter((n) => /^[a-z0-9][a-z0-9 '&-]*$/.test(n) && n.length >= 4 && n.split(' ').length <= 4) // long official names are not written in news
    .filter((n) => !places.has(n) && !lookupPlace(n) && !lookupDemonym(n) && !NOT_CLUBS[n])
    .filter((n) => n.includes(' ') || (!english.has(n) && !common.has(n)))
    .sort();
  writeFileSync(new URL('../../lib/kb/clubs.json', import.meta.url), JSON.stringify(out) + '\n');
  console.log(`wrote ${out.length} of ${names.size} names`);
}

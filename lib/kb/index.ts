import countriesData from './countries.json';
import { CITIES, FORMER_COUNTRIES, REGIONS, US_STATES } from './places';

/** Reference data: countries, capitals and demonyms from world-countries (ODbL, see lib/kb/ATTRIBUTION.md). */
export interface Country {
  id: string;
  name: string;
  names: string[];
  capitals: string[];
  demonyms: string[];
}
export const COUNTRIES: Country[] = countriesData as Country[];

export type PlaceKind = 'country' | 'capital' | 'region' | 'city' | 'state';
export interface PlaceEntry {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 of the country this name stands for (countries) or lies in (capitals). */
  country?: string;
}

/** Folds case, curly apostrophes and whitespace for lookups. */
export function foldName(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const places = new Map<string, PlaceEntry>();
const demonyms = new Map<string, string>();
const countriesById = new Map<string, Country>();
for (const list of [[REGIONS, 'region'], [FORMER_COUNTRIES, 'region'], [US_STATES, 'state'], [CITIES, 'city']] as const)
  for (const n of list[0]) places.set(foldName(n), { kind: list[1] });
for (const c of COUNTRIES) {
  countriesById.set(c.id, c);
  for (const cap of c.capitals) places.set(foldName(cap), { kind: 'capital', country: c.id });
}
for (const c of COUNTRIES) {
  for (const n of c.names) places.set(foldName(n), { kind: 'country', country: c.id });
  for (const d of c.demonyms) if (!places.has(foldName(d))) demonyms.set(foldName(d), c.id);
}
// "Georgia" is both a US state and a country; keep it a country (reason: world news), type is place either way.

/** The place a name stands for, if it is a known country, capital, region, US state or large city. */
export function lookupPlace(name: string): PlaceEntry | undefined {
  return places.get(foldName(name));
}

/** The country (alpha-3) a demonym belongs to: "Iraqi" -> "IRQ", "Americans" -> "USA". */
export function lookupDemonym(word: string): string | undefined {
  return demonyms.get(foldName(word));
}

export function countryById(id: string): Country | undefined {
  return countriesById.get(id);
}

/** Every known place and demonym string (for gazetteer features). */
export function gazetteerNames(): { places: Map<string, PlaceEntry>; demonyms: Map<string, string> } {
  return { places, demonyms };
}

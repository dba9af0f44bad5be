import { describe, expect, it } from 'vitest';
import { countryById, gazetteerNames, isClubName, isCompanyName, lookupDemonym, lookupPlace } from './index';

describe('kb', () => {
  const places: [string, string, string | undefined][] = [
    ['Iraq', 'country', 'IRQ'],
    ['United States', 'country', 'USA'],
    ['U.S.', 'country', 'USA'],
    ['the islamic republic'.replace('the ', ''), 'country', 'IRN'],
    ['Tehran', 'capital', 'IRN'],
    ['Washington', 'capital', 'USA'],
    ['Baghdad', 'capital', 'IRQ'],
    ['Middle East', 'region', undefined],
    ['Texas', 'state', undefined],
  ];
  it.each(places)('%s is a %s', (name, kind, country) => {
    expect(lookupPlace(name)).toEqual(country ? { kind, country } : { kind });
  });
  const demonyms: [string, string][] = [
    ['Iraqi', 'IRQ'],
    ['Iranian', 'IRN'],
    ['Americans', 'USA'],
    ['Iraqis', 'IRQ'],
  ];
  it.each(demonyms)('%s belongs to %s', (word, id) => expect(lookupDemonym(word)).toBe(id));
  it('does not take ordinary words for places', () => {
    expect(lookupPlace('said')).toBeUndefined();
    expect(lookupDemonym('He')).toBeUndefined();
    // native names that are English words ("Island" is Iceland's own name) or demonyms are not the country
    expect(lookupPlace('Island')).toBeUndefined();
    expect(lookupPlace('Thai')).toBeUndefined();
    expect(lookupDemonym('Thai')).toBe('THA');
    expect(lookupPlace('Iceland')).toEqual({ kind: 'country', country: 'ISL' });
  });
  it('knows names of a country', () => expect(countryById('IRN')?.name).toBe('Iran'));
  it('knows names added after the model was trained, but keeps them out of the gazetteer features', () => {
    expect(lookupPlace('Bosnia')).toEqual({ kind: 'country', country: 'BIH' });
    expect(lookupDemonym('Spaniard')).toBe('ESP');
    expect(lookupDemonym('Dane')).toBe('DNK');
    const { places, demonyms } = gazetteerNames();
    expect(places.has('bosnia')).toBe(false);
    expect(demonyms.has('spaniard')).toBe(false);
  });
});

describe('kb company names (companies.json)', () => {
  it('holds distinctive one-word company names, case as written', () => {
    for (const w of ['Gazprom', 'Peugeot', 'Adidas', 'Lufthansa']) expect(isCompanyName(w), w).toBe(true);
    expect(isCompanyName('gazprom')).toBe(false);
  });
  it('holds no English word, place, country word or demonym (the dictionary\'s fragments are filtered out)', () => {
    for (const w of ['Air', 'Johnson', 'Japan', 'Berlin', 'Korea', 'Kong', 'Universal', 'American']) expect(isCompanyName(w), w).toBe(false);
  });
});

describe('kb club names (clubs.json)', () => {
  it('holds football club names and short forms, in any case and with or without accents', () => {
    for (const w of ['Juventus', 'Werder Bremen', 'Red Star Belgrade', 'Fenerbahçe', 'FENERBAHCE', 'Bayern']) expect(isClubName(w), w).toBe(true);
  });
  it('holds no place, English word or country ("Liverpool" and "Porto" are towns first; "Hearts" is a word)', () => {
    for (const w of ['Liverpool', 'Porto', 'Hearts', 'Sporting', 'Germany', 'Munich', 'Wimbledon']) expect(isClubName(w), w).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseClubs } from './build-clubs';

describe('parseClubs: names and short forms from an openfootball *.clubs.txt file', () => {
  it('reads club lines and alias lines, drops headings, comments, addresses, reserve sides and abbreviations', () => {
    const text = [
      '= Germany • Deutschland',
      '== Bayern ==',
      'Bayern München, 1900,    @ Allianz Arena,   München',
      '  | Bayern | Bayern Mün.',
      '  | FC Bayern | Bayern Munich [en]',
      ' Säbener Straße 51-57 // 81547 München',
      'ii) Bayern München II',
      '  | Bayern II',
      'FC Ingolstadt 04, 2004,    Ingolstadt               ##  bis 2004 MTV Ingolstadt',
    ].join('\n');
    expect(parseClubs(text)).toEqual(['Bayern München', 'Bayern', 'FC Bayern', 'Bayern Munich', 'FC Ingolstadt 04']);
  });
});

import { describe, expect, it } from 'vitest';
import { raceTeam, tableRuns } from './sports-tables';

const w = (s: string) => s.split(' ');
const names = (line: string) => {
  const words = w(line);
  return tableRuns(words, 0, words.length)?.map((r) => words.slice(r.s, r.e).join(' '));
};

describe('tableRuns: the teams heading a sports table row', () => {
  it('reads standings, results and fixture rows', () => {
    expect(names('Werder Bremen 3 0 1 2 4 6 1')).toEqual(['Werder Bremen']);
    expect(names('CHICAGO 64 66 . 492 6')).toEqual(['CHICAGO']);
    expect(names('Ghent 3 Aalst 2')).toEqual(['Ghent', 'Aalst']);
    expect(names("Ross County 1 Queen 's Park 2")).toEqual(['Ross County', "Queen 's Park"]);
    expect(names('Ayr v Berwick , Clyde v Stranraer')).toEqual(['Ayr', 'Berwick', 'Clyde', 'Stranraer']);
    expect(names('Tranmere , Grimsby v Portsmouth , Huddersfield v')).toEqual(['Tranmere', 'Grimsby', 'Portsmouth', 'Huddersfield']);
    expect(names('Fitzroy 21 1 0 20 1381 2778 49.7 4')).toEqual(['Fitzroy']);
    expect(names('FLORIDA AT ST LOUIS')).toEqual(['FLORIDA']); // ST LOUIS is where they play
    expect(names('In Tirana : Flamurtari Vlore ( Albania ) 0 Chemlon Humenne ( Slovakia ) 2 ( 1-1 )')).toEqual(['Flamurtari Vlore', 'Chemlon Humenne']);
  });
  it('leaves prose, headlines, datelines and other tables alone', () => {
    expect(names('Baltimore has won 16 of its last 22 games .')).toBeUndefined();
    expect(names('SOCCER - ST PAULI TAKE POINT WITH LATE FIGHTBACK .')).toBeUndefined();
    expect(names('AMSTERDAM 1996-08-25')).toBeUndefined();
    expect(names('SKODA PLZEN 1045.56 1060.00 10772')).toBeUndefined();
    expect(names('Tiger Woods ( U.S. ) 70 68 Ernie Els')).toEqual(['Tiger Woods', 'Ernie Els']); // shape only: persons are kept by the stage
    expect(names('Juventus')).toBeUndefined();
    expect(names('Smith at Oxford said')).toBeUndefined();
  });
});

describe('raceTeam: the team between a rider\'s country and the time', () => {
  it('finds the team of a race result line', () => {
    const words = w('6 . Mika Hakkinen ( Finland ) McLaren 1:52.318');
    const r = raceTeam(words, 0, words.length)!;
    expect(words.slice(r.s, r.e).join(' ')).toBe('McLaren');
  });
  it('needs a rank, a bracketed country and a time', () => {
    const words = w('Mika Hakkinen ( Finland ) McLaren 1:52.318');
    expect(raceTeam(words, 0, words.length)).toBeUndefined();
    const prose = w('6 . Mika Hakkinen ( Finland ) was second');
    expect(raceTeam(prose, 0, prose.length)).toBeUndefined();
  });
});

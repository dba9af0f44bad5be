import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

// Hand-checked news-style sentences: `absent` are MISC-like names (works, events, prizes, laws, languages, modifiers)
// that must not be actors; `present` are the actors of the same sentence that the rules must leave alone.
interface Case { rule: string; text: string; absent: string[]; present: [string, string][] }
const CASES: Case[] = [
  { rule: 'work: title after "novel", in quotes', text: 'Her second novel "Florentin" was published in Berlin in 1801.', absent: ['Florentin'], present: [['Berlin', 'place']] },
  { rule: 'work: title after "song"', text: 'The resulting song Gloomy Sunday was banned by the BBC.', absent: ['Gloomy', 'Gloomy Sunday'], present: [['BBC', 'organization']] },
  { rule: 'work: a name alone in quotes', text: 'In 1807 she translated "Corinne" by Madame de Stael into German.', absent: ['Corinne'], present: [] },
  { rule: 'event: cup', text: 'He played for Norway at the 1994 World Cup and later coached Rosenborg.', absent: ['World Cup'], present: [['Norway', 'place']] },
  { rule: 'event: a place inside a festival name', text: 'The trio performed at the North Sea Jazz Festival in Rotterdam last July.', absent: ['North Sea', 'North Sea Jazz Festival'], present: [['Rotterdam', 'place']] },
  { rule: 'event: games', text: 'Bobick won gold at the 1971 Pan American Games in Cali, Colombia.', absent: ['Pan', 'Pan American Games'], present: [['Cali', 'place'], ['Colombia', 'place']] },
  { rule: 'event: a known city inside a festival name stays a place', text: 'The Taipei City Lantern Festival opened on Friday in Taiwan.', absent: ['Lantern Festival'], present: [['Taipei City', 'place'], ['Taiwan', 'place']] },
  { rule: 'prize', text: 'Calabi won the Steele Prize from the American Mathematical Society in 1991.', absent: ['Steele Prize'], present: [['American Mathematical Society', 'organization']] },
  { rule: 'law', text: 'The Nuremberg Laws stripped Jews in Germany of citizenship in 1935.', absent: ['Nuremberg Laws'], present: [['Germany', 'place']] },
  { rule: 'modifier: -ano word before a noun', text: 'Silang wanted an independent Ilocano nation free of Spanish rule, officials in Manila said.', absent: ['Ilocano'], present: [['Manila', 'place']] },
  { rule: 'language: -ani word after "in"', text: 'The name means small island in Konkani, the language spoken in Goa.', absent: ['Konkani'], present: [['Goa', 'place']] },
  { rule: 'modifier: -ian period word', text: 'Rocks of Devonian age lie under the field near Calgary.', absent: ['Devonian'], present: [['Calgary', 'place']] },
  { rule: 'modifier: a people without a country in the data', text: 'Russian President Boris Yeltsin met Chechen rebel leaders in Grozny on Friday.', absent: ['Chechen'], present: [['Boris Yeltsin', 'person'], ['Grozny', 'place']] },
  { rule: 'measure: an index, a rate and crude', text: 'In Frankfurt the DAX index rose 1.2 percent, the Lombard rate stayed at 4.5 percent and Brent crude fell.', absent: ['DAX', 'Lombard', 'Brent'], present: [['Frankfurt', 'place']] },
  { rule: 'measure: a scale named after a person', text: 'The quake measured 6.1 on the Richter scale near Sapporo, Japan.', absent: ['Richter'], present: [['Japan', 'place']] },
  { rule: 'vehicle: a shuttle and a space station, everywhere in the text', text: 'The space shuttle Atlantis lifted off from Florida to dock with the space station Mir. Atlantis returns on Friday.', absent: ['Atlantis', 'Mir'], present: [['Florida', 'place']] },
  { rule: 'event: league competitions', text: 'Sheffield Wednesday lost their lead in the Premier League, and Juventus top Serie A.', absent: ['Premier League', 'Serie A.', 'Serie A', 'Serie'], present: [['Sheffield Wednesday', 'organization']] },
  { rule: 'race: a country inside a race name, and Prix', text: 'Erik Zabel won a stage of the Tour of Spain, and Schumacher won the Belgian Grand Prix.', absent: ['Spain', 'Prix', 'Grand Prix'], present: [['Erik Zabel', 'person']] },
  { rule: 'control: the country outside the race name stays', text: 'Zabel won a stage of the Tour of Spain in northern Spain on Thursday.', absent: [], present: [['Spain', 'place']] },
  { rule: 'control: a first name and surname after "across" stay a person', text: 'While there, he came across Jack Lesmana, a jazz maestro, in Jakarta.', absent: [], present: [['Jack Lesmana', 'person'], ['Jakarta', 'place']] },
  { rule: 'storm; old spellings and former countries\' demonyms', text: 'Typhoon Dale swept across Luzon, and Zairean rebels and Moslem guerrillas attacked villages near Blida.', absent: ['Typhoon Dale', 'Dale', 'Zairean', 'Moslem'], present: [['Blida', 'place']] },
  { rule: 'control: a former country stays a place beside its demonym', text: 'The Soviet Union collapsed in 1991, and Soviet troops left Germany.', absent: ['Soviet'], present: [['Soviet Union', 'place'], ['Germany', 'place']] },
  { rule: 'measure: an average after an adjective', text: 'Wall Street ended mixed, with the Dow Jones industrial average up 12 points.', absent: ['Dow Jones'], present: [['Wall Street', 'place']] },
  { rule: 'control: a bank before its rate stays an organization, there and elsewhere', text: 'The Bundesbank discount rate stayed at 2.5 percent, the Bundesbank said in Frankfurt.', absent: [], present: [['Bundesbank', 'organization'], ['Frankfurt', 'place']] },
  // controls: the rules must not fire here
  { rule: 'control: a first name ending in -ian is a person', text: 'Brian told reporters in Madrid that the deal was done.', absent: [], present: [['Brian', 'person'], ['Madrid', 'place']] },
  { rule: 'control: a noun cue keeps a band', text: 'Fans of the band Oasis gathered in Manchester on Saturday.', absent: [], present: [['Oasis', 'organization'], ['Manchester', 'place']] },
  { rule: 'control: a person before "administration" is kept', text: 'Reagan administration officials met Julian Assange in London.', absent: [], present: [['Reagan', 'person'], ['Julian Assange', 'person']] },
];

/**
 * Known misses of the shipped model (`npm run train`, default seed): the tagger does not find the name in this sentence
 * (since the GeoNames gazetteer features; every seed tried), so the rule is never reached. `it.fails` keeps the case
 * visible and turns red when a retrained model gets it right: then move it back into CASES.
 */
const KNOWN_MODEL_MISSES: Case[] = [
  { rule: 'control: a quoted name also used plainly is kept', text: 'Locals call it "Divar" and ferries reach Divar island from Old Goa every hour.', absent: [], present: [['Divar', 'place']] },
];

function check({ text, absent, present }: Case) {
  const actors = analyze(text).actors;
  const names = actors.map((a) => a.name);
  for (const n of absent) expect(names).not.toContain(n);
  for (const [n, type] of present) expect(actors.find((a) => a.name === n)?.type).toBe(type);
}

describe('MISC-like contexts are not actors (misc-context)', () => {
  it.each(CASES)('$rule', check);
  for (const c of KNOWN_MODEL_MISSES) it.fails(`known model miss: ${c.rule}`, () => check(c));
});

// ORG_SUFFIXES (lexicon.ts): musical groups and company forms named after a person are organizations (hand-checked).
const ORG_SUFFIX_CASES: { text: string; name: string }[] = [
  { text: 'He later toured with the Jimmy Manopo Band in Jakarta.', name: 'Jimmy Manopo Band' },
  { text: 'Eberhard Faber GmbH was founded in 1922 in Neumarkt.', name: 'Eberhard Faber GmbH' },
  { text: 'The Gustav Mahler Ensemble played in Vienna on Friday.', name: 'Gustav Mahler Ensemble' },
  { text: 'The Paris Bourse closed 1.2 percent lower, dealers said.', name: 'Paris Bourse' },
];
describe('group and company-form suffixes make organizations', () => {
  it.each(ORG_SUFFIX_CASES)('$name', ({ text, name }) => {
    expect(analyze(text).actors.find((a) => a.name === name)?.type).toBe('organization');
  });
});

// Hand-checked: a one-word "place" after "the resignation of", "the widow of"... is a person unless it is a known place.

import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

// Hand-written sports-copy sentences (and controls), expected types checked by hand: a town that wins, loses, draws or
// has a captain in sports copy is its club (organization); countries stay places; towns outside sports copy, or after
// "in", stay places.
const CASES: { text: string; expected: [string, string][] }[] = [
  { text: 'Bolton beat Watford 2-0 on Saturday to climb to third in the league.', expected: [['Bolton', 'organization'], ['Watford', 'organization']] },
  { text: "Leeds drew with Chelsea 1-1 at Elland Road, and Leeds's manager Howard Wilkinson praised his side.", expected: [['Leeds', 'organization'], ['Chelsea', 'organization'], ['Elland Road', 'place']] },
  { text: "Essex's captain Nasser Hussain scored 120 as Essex won by five wickets against Somerset.", expected: [['Essex', 'organization'], ['Somerset', 'organization']] },
  // a club the tagger typed a person, ending in its town, after a score
  { text: 'Dutch champions Ajax Amsterdam lost 2-0 to PSV Eindhoven on Sunday.', expected: [['PSV Eindhoven', 'organization']] },
  // two players are not clubs
  { text: 'Jordan Henderson scored for Liverpool on Saturday.', expected: [['Jordan Henderson', 'person'], ['Liverpool', 'organization']] },
  { text: 'John Smith beat Peter Jones 6-3 6-2 in the final.', expected: [['John Smith', 'person'], ['Peter Jones', 'person']] },
  // a town and a plural nickname are one club, also when the tagger split them
  { text: 'The Chicago Bulls beat the New York Knicks 103-97 on Tuesday.', expected: [['Chicago Bulls', 'organization'], ['New York Knicks', 'organization']] },
  { text: 'The Los Angeles Lakers lost to Houston in the playoffs on Sunday.', expected: [['Los Angeles Lakers', 'organization'], ['Houston', 'organization']] },
  // a role right after the town ("Middlesbrough manager"), a home defeat, a draw "by" a club, and a town listed with a club
  { text: 'Middlesbrough manager Bryan Robson said the side had played well in the league.', expected: [['Middlesbrough', 'organization'], ['Bryan Robson', 'person']] },
  { text: 'Inter Milan drew 1-1 with Fiorentina, and Lazio lost at home to Parma.', expected: [['Lazio', 'organization'], ['Parma', 'organization']] },
  { text: 'Bayern Munich were held to a 1-1 draw by Hansa Rostock on Saturday.', expected: [['Bayern Munich', 'organization'], ['Hansa Rostock', 'organization']] },
  { text: 'Arsenal moved up to third in the league behind Newcastle and Liverpool.', expected: [['Arsenal', 'organization'], ['Newcastle', 'organization'], ['Liverpool', 'organization']] },
  // a town listed with another town is not a club, even in sports copy
  { text: 'The league will hold matches in Leeds and Manchester next season.', expected: [['Leeds', 'place'], ['Manchester', 'place']] },
  // a name before a team role is a team, and so are its longer forms; a national side stays a place
  { text: "Bayern Munich dropped two points at home. Bayern coach Giovanni Trapattoni told reporters the side was too slow.", expected: [["Bayern Munich", "organization"], ["Bayern", "organization"], ["Giovanni Trapattoni", "person"]] },
  { text: 'McLaren driver Mika Hakkinen was fourth in qualifying for the race.', expected: [['McLaren', 'organization'], ['Mika Hakkinen', 'person']] },
  { text: '"We can win it," England coach David Lloyd said after the match.', expected: [['England', 'place'], ['David Lloyd', 'person']] },
  // a results line; a lone town that levelled; a county before a cricket role; a club whose name ends in a day
  { text: 'Results of other league matches on Sunday: Coventry 0 Leeds 0, Everton 3 Southampton 1.', expected: [['Coventry', 'organization'], ['Leeds', 'organization'], ['Everton', 'organization'], ['Southampton', 'organization']] },
  { text: 'Rostock levelled before halftime when Hansa Rostock held them to a 1-1 draw.', expected: [['Rostock', 'organization'], ['Hansa Rostock', 'organization']] },
  { text: 'Cork, the Derbyshire seamer, removed Navjot Sidhu for 12 runs.', expected: [['Derbyshire', 'organization'], ['Navjot Sidhu', 'person']] },
  { text: 'Arsenal beat Sheffield Wednesday 4-1 on Wednesday.', expected: [['Arsenal', 'organization'], ['Sheffield Wednesday', 'organization']] },
  // a club's singular nickname after its town; American sports roles
  { text: 'The Chicago Bulls beat the Miami Heat 103-91 on Sunday.', expected: [['Chicago Bulls', 'organization'], ['Miami Heat', 'organization']] },
  { text: 'Colorado goaltender Patrick Roy made 35 saves in a 3-1 win over Detroit.', expected: [['Colorado', 'organization'], ['Patrick Roy', 'person'], ['Detroit', 'organization']] },
  // countries are places even as national teams
  { text: 'Sweden beat South Korea 1-0 in Nizhny Novgorod.', expected: [['Sweden', 'place'], ['South Korea', 'place']] },
  // not sports copy: no score, no sports word
  { text: 'The storm hit Leeds on Saturday and 20,000 homes lost power.', expected: [['Leeds', 'place']] },
  // the town itself after "in" stays a place beside its club
  { text: 'Fans in Manchester celebrated after Manchester United beat Liverpool 3-1.', expected: [['Manchester', 'place'], ['Manchester United', 'organization'], ['Liverpool', 'organization']] },
];

describe('sports clubs named after towns (sportsClubs)', () => {
  it.each(CASES)('$text', ({ text, expected }) => {
    const actors = analyze(text).actors;
    for (const [name, type] of expected) expect(actors.find((a) => a.name === name)?.type, name).toBe(type);
  });
});

// Hand-checked: dotted acronyms of international bodies are organizations, not places like "U.S.".
describe('international bodies as acronyms (acronymOrganizations)', () => {
  it.each([
    ['U.N. envoy Rolf Ekeus arrived in Baghdad on Sunday.', 'U.N.'],
    ['The U.N. said on Monday that 40 people died.', 'U.N.'],
  ])('%s', (text, name) => {
    const actors = analyze(text).actors;
    expect(actors.find((a) => a.mentions.some((m) => m.text === name))?.type).toBe('organization');
    // the United States is still a place beside it
    expect(analyze('The U.S. and the U.N. agreed.').actors.find((a) => a.mentions.some((m) => m.text === 'U.S.'))?.type).toBe('place');
  });
});

// Hand-checked: a group named before its members is an organization; a person before "supporters" stays a person.
describe('armed groups named before their members (memberGroups)', () => {
  it.each([
    ["Lebanon's Hizbollah guerrillas fired rockets into northern Israel on Monday.", 'Hizbollah', 'organization'],
    ['Trump supporters gathered outside the court in Manhattan.', 'Trump', 'person'],
    ["General Motors Corp's Opel unit said sales rose 5 percent in July.", 'Opel', 'organization'],
    ['Analysts at Merrill Lynch said Deutsche Telekom shares were overvalued.', 'Merrill Lynch', 'organization'],
    ['A spokesman for Clinton said the president was resting.', 'Clinton', 'person'],
    ['Shares of Daimler-Benz rose 2 percent in Frankfurt on Monday.', 'Daimler-Benz', 'organization'],
    // an apposition headed by a company noun; a person's apposition ends in a person noun, or has "of" before the firm
    ['Alitalia, the Italian flag carrier, said it would cut 1,200 jobs.', 'Alitalia', 'organization'],
    ["IG Metall, the metalworkers' union, called a strike at the plant.", 'IG Metall', 'organization'],
    ['Barings, the merchant bank brought down by trader Nick Leeson, was bought by ING.', 'Barings', 'organization'],
    ['Gazprom, the giant natural gas monopoly, said output rose 3 percent.', 'Gazprom', 'organization'],
    ['Shares in Glaxo Wellcome rose after the drugmaker reported strong sales.', 'Glaxo Wellcome', 'organization'],
    ['Shares in London rose on Monday.', 'London', 'place'],
    // a one-word name reporting profits or sales is a company; a surname seen with a first name, or after a title, is not
    ['Renault said first-half net profit fell sharply on lower sales in Europe.', 'Renault', 'organization'],
    ['Juergen Schrempp met analysts. Schrempp said profits would rise next year.', 'Schrempp', 'person'],
    ['Chancellor Kohl said profits at state firms were too low.', 'Kohl', 'person'],
    // a group unknown to the model starting the sentence before its members or its stock
    ['Greenpeace activists boarded an oil platform in the North Sea.', 'Greenpeace', 'organization'],
    ['Siemens shares rose 2 percent in Frankfurt on Monday.', 'Siemens', 'organization'],
    ['Smith, a former bank clerk, was arrested on Monday.', 'Smith', 'person'],
    ['John Smith, the head of the bank, resigned on Friday.', 'John Smith', 'person'],
  ])('%s', (text, name, type) => {
    expect(analyze(text).actors.find((a) => a.mentions.some((m) => m.text === name))?.type).toBe(type);
  });
});

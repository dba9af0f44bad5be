import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import type { Actor } from '../types';

const actorsOf = (text: string, options = {}) => analyze(text, options).actors;
const byName = (actors: Actor[], name: string) => actors.find((a) => a.name === name);
const mentionTexts = (a: Actor | undefined) => a?.mentions.map((m) => m.text);

describe('recognizeActors: names, types and roles (hand-checked sentences)', () => {
  it('trims titles and demonyms into roles', () => {
    const actors = actorsOf('Secretary of State Mike Pompeo met Iraqi Prime Minister Adel Abdul Mahdi in Baghdad on Tuesday.');
    expect(byName(actors, 'Mike Pompeo')).toMatchObject({ type: 'person', roles: ['Secretary of State'] });
    expect(byName(actors, 'Adel Abdul Mahdi')).toMatchObject({ type: 'person', roles: ['Iraqi Prime Minister'] });
    expect(byName(actors, 'Baghdad')?.type).toBe('place');
  });
  it('separates an organization, its title and the person', () => {
    const actors = actorsOf('NASA Administrator Charles Bolden announced the four locations on Tuesday.');
    expect(byName(actors, 'Charles Bolden')).toMatchObject({ type: 'person', roles: ['NASA Administrator'] });
    expect(byName(actors, 'NASA')?.type).toBe('organization');
  });
  it('keeps hyphenated names whole', () => {
    const actors = actorsOf('North Korean leader Kim Jong-un met South Korean President Moon Jae-in at the border.');
    expect(byName(actors, 'Kim Jong-un')?.type).toBe('person');
    expect(byName(actors, 'Moon Jae-in')?.type).toBe('person');
  });
  it('takes an international body\'s acronym out of "-led" compounds, linked to its other mentions', () => {
    const actors = actorsOf('NATO-led peacekeepers arrested a suspect on Saturday, NATO said.');
    const nato = actors.find((a) => a.name === 'NATO');
    expect(nato?.type).toBe('organization');
    expect(nato?.mentions.map((m) => [m.start, m.end])).toEqual([[0, 4], [54, 58]]);
  });
  it('takes the country out of "-led" and "-backed" compounds', () => {
    const actors = actorsOf('US-led forces clashed with Iran-backed militias.');
    expect(actors.find((a) => a.kb === 'USA')?.mentions).toEqual([{ start: 0, end: 2, text: 'US' }]);
    expect(actors.find((a) => a.kb === 'IRN')?.mentions).toEqual([{ start: 27, end: 31, text: 'Iran' }]);
    expect(actors.some((a) => a.mentions.some((m) => m.text.includes('-')))).toBe(false);
  });
  it('types acting countries as places', () => {
    const actors = actorsOf('Iraq said on Monday that it would not allow attacks from its soil.');
    expect(byName(actors, 'Iraq')).toMatchObject({ type: 'place', kb: 'IRQ' });
  });
  it('does not take religions, languages or holidays for actors', () => {
    const actors = actorsOf('Muslims and Christians in Baghdad marked Christmas together, speaking Arabic.');
    expect(actors.map((a) => a.name)).toEqual(['Baghdad']);
  });
  it('does not include "the" or a possessive in a mention', () => {
    const actors = actorsOf("The United Nations' envoy and Pompeo's aides met in Geneva.");
    expect(mentionTexts(byName(actors, 'United Nations'))).toEqual(['United Nations']);
  });
});

describe('recognizeActors: boundaries', () => {
  it('splits "person of organization"', () => {
    const actors = actorsOf('Pan-democrats Claudia Mo of Civic Party and Wong Pik-wan won their seats.');
    expect(byName(actors, 'Claudia Mo')?.type).toBe('person');
    expect(byName(actors, 'Civic Party')?.type).toBe('organization');
  });
  it('splits two names joined by a possessive', () => {
    const actors = actorsOf("Pilgrims crowded into Mecca's Grand Mosque on Friday.");
    expect(actors.find((a) => a.mentions.some((m) => m.text === 'Mecca'))?.type).toBe('place');
    expect(actors.some((a) => a.mentions.some((m) => m.text.includes("'s")))).toBe(false);
  });
  it('keeps a demonym that heads an organization\'s name', () => {
    const actors = actorsOf('The boat sank and the Indonesian Navy rescued 20 people.');
    expect(byName(actors, 'Indonesian Navy')?.type).toBe('organization');
  });
  it('keeps "institution of place" whole', () => {
    const actors = actorsOf('Nick Bos, of the University of Helsinki, studies ants.');
    expect(byName(actors, 'University of Helsinki')?.type).toBe('organization');
    expect(byName(actors, 'Nick Bos')?.type).toBe('person');
  });
});

describe('recognizeActors: linking', () => {
  it('links a surname to the full name', () => {
    const actors = actorsOf('Secretary of State Mike Pompeo arrived on Monday. Pompeo’s visit was not announced.');
    expect(mentionTexts(byName(actors, 'Mike Pompeo'))).toEqual(['Mike Pompeo', 'Pompeo']);
  });
  it('links the names of the United States, and its capital used as the government', () => {
    const actors = actorsOf('Tensions between Washington and Tehran rose. The US and Iran blamed each other. The United States sent troops.');
    const us = actors.find((a) => a.kb === 'USA');
    expect(mentionTexts(us)).toEqual(['Washington', 'US', 'United States']);
    expect(us?.name).toBe('United States');
    expect(mentionTexts(actors.find((a) => a.kb === 'IRN'))).toEqual(['Tehran', 'Iran']);
  });
  it('does not link a capital used as a location', () => {
    const actors = actorsOf('The United States said the talks would be held in Washington next week.');
    const us = actors.find((a) => a.kb === 'USA' && a.mentions.some((m) => m.text === 'United States'));
    expect(mentionTexts(us)).toEqual(['United States']);
  });
  it('does not link a capital in a dateline', () => {
    const actors = actorsOf('WASHINGTON (Reuters) - The United States said on Tuesday it would send aid.');
    expect(mentionTexts(actors.find((a) => a.name === 'United States'))).toEqual(['United States']);
    expect(actors.find((a) => a.mentions.some((m) => m.text === 'WASHINGTON'))?.type).toBe('place');
  });
  it('links "the Islamic Republic" to Iran', () => {
    const actors = actorsOf('Iran rejected the offer. Critics of the Islamic Republic said it would not last.');
    expect(mentionTexts(actors.find((a) => a.kb === 'IRN'))).toEqual(['Iran', 'Islamic Republic']);
  });
  it('links an acronym to its expansion', () => {
    const actors = actorsOf('The International Atomic Energy Agency (IAEA) sent inspectors. The IAEA said they found nothing.');
    const iaea = actors.find((a) => a.mentions.some((m) => m.text === 'IAEA'));
    expect(mentionTexts(iaea)).toEqual(['International Atomic Energy Agency', 'IAEA', 'IAEA']);
    expect(iaea?.type).toBe('organization');
  });
  it('keeps demonyms as modifiers of their country', () => {
    const actors = actorsOf('Iraq rejected the claim. Iraqi officials said the report was false.');
    const iraq = actors.find((a) => a.kb === 'IRQ');
    expect(iraq?.modifiers?.map((m) => m.text)).toEqual(['Iraqi']);
    expect(actors.some((a) => a.mentions.some((m) => m.text === 'Iraqi'))).toBe(false);
  });
});

describe('recognizeActors: references', () => {
  it('links a pronoun to the only person named just before', () => {
    const text = 'Angela Merkel arrived in Paris on Monday. She said the talks would be hard.';
    const merkel = byName(actorsOf(text), 'Angela Merkel');
    expect(merkel?.references).toEqual([{ start: 42, end: 45, text: 'She' }]);
  });
  it('does not link a pronoun when two people are named', () => {
    const actors = actorsOf('Angela Merkel met Emmanuel Macron in Paris. He said the talks would be hard.');
    expect(actors.every((a) => !a.references)).toBe(true);
  });
  it('does not link a pronoun to a person named two sentences earlier', () => {
    const actors = actorsOf('Angela Merkel arrived on Monday. The weather was cold. She said the talks would be hard.');
    expect(byName(actors, 'Angela Merkel')?.references).toBeUndefined();
  });
});

describe('recognizeActors: corrections', () => {
  const text = 'Secretary of State Mike Pompeo visited Baghdad. The US State Department declined to comment. Pompeo left.';
  it('drops names marked "not an actor"', () => {
    const actors = actorsOf(text, { corrections: { notActor: ['baghdad'] } });
    expect(actors.some((a) => a.mentions.some((m) => m.text === 'Baghdad'))).toBe(false);
  });
  it('forces a type', () => {
    const actors = actorsOf(text, { corrections: { types: { 'US State Department': 'place' } } });
    expect(byName(actors, 'US State Department')?.type).toBe('place');
  });
  it('merges actors under the first name of the group', () => {
    const actors = actorsOf(text, { corrections: { merges: [['State Department', 'US State Department', 'Mike Pompeo']] } });
    const merged = byName(actors, 'State Department');
    expect(mentionTexts(merged)).toEqual(['Mike Pompeo', 'US State Department', 'Pompeo']);
  });
  it('renames an actor', () => {
    const actors = actorsOf(text, { corrections: { renames: { Pompeo: 'Michael R. Pompeo' } } });
    const p = actors.find((a) => a.mentions.some((m) => m.text === 'Pompeo'));
    expect(p?.name).toBe('Michael R. Pompeo');
    expect(p?.aliases).toContain('Mike Pompeo');
  });
});

describe('recognizeActors: person-shaped names, name ends, demonyms (hand-checked)', () => {
  const cases: { text: string; expected: [string, string][] }[] = [
    // a first name or initials then a surname is a person, whatever the context says
    { text: 'And George Bush and James Baker, secretary of state, agreed that NATO would not expand.', expected: [['James Baker', 'person']] },
    { text: 'I watched a clip of O.J. Simpson on the evening news.', expected: [['O.J. Simpson', 'person']] },
    // a name does not end in a lower-case word; a title alone is not a name; "Co" ends a company name
    { text: 'Troops moved into the Jaffna peninsula on Sunday.', expected: [['Jaffna', 'place']] },
    { text: 'Spokesman Nicholas Burns told reporters at the State Department that Washington was concerned.', expected: [['Nicholas Burns', 'person'], ['State Department', 'organization']] },
    { text: 'Boeing Co and McDonnell Douglas Corp said on Sunday they would merge.', expected: [['Boeing Co', 'organization'], ['McDonnell Douglas Corp', 'organization']] },
    // a lone surname before a speech verb (even starting the sentence) or a modal is a name; common words are not
    { text: 'Netanyahu told reporters that Arafat must act against Hamas.', expected: [['Netanyahu', 'person'], ['Arafat', 'person']] },
    { text: 'Lebed said in Moscow that Maskhadov had agreed to the plan.', expected: [['Lebed', 'person'], ['Maskhadov', 'person'], ['Moscow', 'place']] },
    { text: 'Officials said the talks failed, and Police said two men were arrested.', expected: [['Officials', 'none'], ['Police', 'none']] },
    // a capitalized run of ordinary words ending in an institution head is a name
    { text: 'The International Monetary Fund approved a $10 billion loan to Russia.', expected: [['International Monetary Fund', 'organization'], ['Russia', 'place']] },
    { text: 'Officials from the Palestinian Authority met Israeli negotiators on Sunday.', expected: [['Palestinian Authority', 'organization']] },
    // a name followed by its bracketed acronym is as long as the acronym's letters say; "Brothers" ends a firm's name
    { text: 'Troops clashed with the Liberation Tigers of Tamil Eelam (LTTE) near Kilinochchi.', expected: [['Liberation Tigers of Tamil Eelam', 'organization'], ['LTTE', 'organization'], ['Tamil Eelam', 'none']] },
    { text: 'Salomon Brothers cut its rating on Intel Corp on Friday.', expected: [['Salomon Brothers', 'organization'], ['Intel Corp', 'organization']] },
    // a first name and a surname after a particle are a person even when the tagger missed them; "People's" stays inside
    { text: 'Jean-Marie Le Pen said the vote was a victory for the National Front.', expected: [['Jean-Marie Le Pen', 'person'], ['National Front', 'organization']] },
    { text: 'May Day parades filled Red Square in Moscow.', expected: [['May Day', 'none'], ['Red Square', 'place']] },
    { text: "Kim Jong-il inspected units of the Korean People's Army on Sunday.", expected: [['Kim Jong-il', 'person'], ["Korean People's Army", 'organization']] },
    // East Asian hyphenated given names stay with the surname; a ministry word left by a title split is not a name
    { text: 'Raymond Chan of People Power and Leung Kwok-hung of LSD were elected.', expected: [['Raymond Chan', 'person'], ['Leung Kwok-hung', 'person']] },
    { text: 'On Wednesday, Home Secretary Suella Braverman told GB News that it was clear.', expected: [['Suella Braverman', 'person'], ['Home', 'none']] },
    // a capitalized ministry word before Ministry/Department/Office is one government body, not a person or a lone head
    { text: 'The Interior Ministry said Kurdish rebels killed three soldiers in southeast Turkey.', expected: [['Interior Ministry', 'organization'], ['Ministry', 'none'], ['Turkey', 'place']] },
    { text: 'A Defence Ministry spokesman in Moscow denied the report.', expected: [['Defence Ministry', 'organization'], ['Moscow', 'place']] },
    { text: "Turkey's Foreign Ministry summoned the ambassador on Monday.", expected: [['Turkey', 'place'], ['Foreign Ministry', 'organization']] },
    // in a headline in capitals, an inflected verb is a word ("BEATS" of "beat") and an unknown word is a name, typed by the story
    { text: 'TENNIS - SELES BEATS HINGIS IN TORONTO FINAL.\nMonica Seles beat Martina Hingis 6-2 6-4 in Toronto on Sunday.', expected: [['SELES', 'person'], ['BEATS', 'none'], ['HINGIS', 'person'], ['TORONTO', 'place'], ['Martina Hingis', 'person']] },
    { text: 'CRICKET - WAUGH HITS CENTURY AS AUSTRALIA BEAT INDIA.\nMark Waugh scored 104 as Australia beat India by five wickets.', expected: [['WAUGH', 'person'], ['HITS', 'none'], ['CENTURY', 'none'], ['AUSTRALIA', 'place'], ['INDIA', 'place']] },
    // an unknown capitalized word after "to" or "against" inside a sentence is a name
    { text: 'Newly-promoted Bolton Wanderers lost 2-0 to Tranmere.', expected: [['Bolton Wanderers', 'organization'], ['Tranmere', 'organization']] },
    // an unknown acronym inside a sentence is a name; a noun saying what a name is makes it one ("midfielder Juninho")
    { text: "North Korea's official KCNA news agency said Pyongyang would never accept the demands.", expected: [['KCNA', 'organization'], ['Pyongyang', 'place']] },
    { text: 'Middlesbrough manager Bryan Robson praised Brazilian midfielder Juninho after the match.', expected: [['Juninho', 'person']] },
    { text: 'Algerian forces killed 15 guerrillas, the daily El Watan reported on Sunday.', expected: [['El Watan', 'organization']] },
    // a dateline's capitals are one place; a desk slug before " - " is not a name
    { text: 'ATHLETICS - BOLDON EDGES FREDERICKS.\nSTUTTGART (Reuters) - Daimler-Benz said on Monday it would cut jobs.', expected: [['ATHLETICS', 'none'], ['STUTTGART', 'place']] },
    { text: 'CAPE CANAVERAL, Florida (Reuters) - The space shuttle lifted off on Sunday.', expected: [['CAPE CANAVERAL', 'place'], ['Florida', 'place']] },
    { text: 'WOLFSBURG 1996-08-30\nVolkswagen said first-half profit rose.', expected: [['WOLFSBURG', 'place']] },
    // the agency's credit after a dateline is not part of the story
    { text: 'MUNICH (Reuters) - Bayern Munich dropped two points at home on Saturday.', expected: [['MUNICH', 'place'], ['Reuters', 'none']] },
    // nationality nouns are not part of a name; "Bosnia" is the country
    { text: 'He faces unseeded Spaniard Javier Sanchez on Thursday.', expected: [['Javier Sanchez', 'person'], ['Spaniard Javier Sanchez', 'none']] },
    { text: 'Dane Bjarne Riis won the stage, and peacekeepers in Bosnia arrested a Bosnian Serb.', expected: [['Bjarne Riis', 'person'], ['Bosnia', 'place']] },
    // lower-case particles and Arabic articles inside names; a sports role alone is not a name; a unit is a company
    { text: "Iraq's Foreign Minister Mohammed Saeed al-Sahaf called the attack cowardly.", expected: [['Mohammed Saeed al-Sahaf', 'person'], ['Iraq', 'place']] },
    { text: 'Kenyan President Daniel arap Moi on Wednesday dissolved parliament.', expected: [['Daniel arap Moi', 'person']] },
    { text: 'Striker Pierluigi Casiraghi scored twice in Tbilisi.', expected: [['Striker', 'none'], ['Pierluigi Casiraghi', 'person'], ['Tbilisi', 'place']] },
    { text: 'Daimler-Benz will cut 8,800 jobs at its aerospace unit Dasa over two years.', expected: [['Dasa', 'organization']] },
    // a cue that agrees with the tagger still outvotes the name's other mentions
    { text: 'Daimler-Benz AG will cut jobs at its aerospace unit Dasa over two years. He said Dasa had to act. Dasa is a partner.', expected: [['Dasa', 'organization']] },
    // places with "and" in their name are one place; "The Hague" keeps its "The"
    { text: 'Ato Boldon of Trinidad and Tobago beat Frankie Fredericks in Zurich.', expected: [['Trinidad and Tobago', 'place'], ['Trinidad', 'none'], ['Tobago', 'none']] },
    { text: 'Separatist violence in Jammu and Kashmir state has killed thousands.', expected: [['Jammu and Kashmir', 'place']] },
    { text: 'Britain and France agreed on Monday, while a suspect was flown to The Hague.', expected: [['Britain', 'place'], ['France', 'place'], ['The Hague', 'place']] },
    // buildings standing for governments are places; a time zone is not a name; a headline with a comma is not a dateline
    { text: 'The Kremlin has demanded guarantees, the White House said. The talks start at 1200 GMT.', expected: [['Kremlin', 'place'], ['White House', 'place'], ['GMT', 'none']] },
    { text: 'BUNDESBANK LEAVES RATES UNCHANGED, DOLLAR FIRMS.\nFRANKFURT (Reuters) - The Bundesbank left rates unchanged.', expected: [['BUNDESBANK LEAVES RATES UNCHANGED', 'none'], ['FRANKFURT', 'place'], ['Bundesbank', 'organization']] },
    // East Asian names with a hyphenated given name; "Philippine" is a demonym; "General" before an ordinary word is a company
    { text: 'South Korean prosecutors indicted former presidents Chun Doo-hwan and Roh Tae-woo.', expected: [['Chun Doo-hwan', 'person'], ['Roh Tae-woo', 'person']] },
    { text: 'Philippine President Fidel Ramos signed a peace deal in Manila.', expected: [['Philippine', 'none'], ['Fidel Ramos', 'person']] },
    { text: 'General Motors and the union reached a deal, General Colin Powell said.', expected: [['General Motors', 'organization'], ['Motors', 'none'], ['Colin Powell', 'person']] },
    // a company form after a possessive stays in the name; a possessive between two names still splits them
    { text: "Shares of McDonald's Corp rose after Mecca's Grand Mosque reopened.", expected: [["McDonald's Corp", 'organization'], ['Mecca', 'place']] },
    // an ordinary word in a capitals headline is not a surname after a first name
    { text: 'GOLF - NORMAN LEADS BY TWO IN GERMAN OPEN.\nGreg Norman shot a 67 on Friday.', expected: [['NORMAN', 'person'], ['NORMAN LEADS', 'none'], ['Greg Norman', 'person']] },
    // a name ending in a sea or a gulf is a place; a municipality that acts is its government, an organization
    { text: 'Scientists found an ecosystem under the ice in the Ross Sea near Antarctica.', expected: [['Ross Sea', 'place']] },
    { text: 'The request was advanced by the Municipality of Livorno in 2010.', expected: [['Municipality of Livorno', 'organization']] },
    // a demonym before a church or a bishops' conference is part of its name
    { text: 'The Greek Orthodox Church and the Italian Episcopal Conference issued statements on Sunday.', expected: [['Greek Orthodox Church', 'organization'], ['Italian Episcopal Conference', 'organization']] },
    // a ministry word after "of" is the body's field, not a title
    { text: 'Soybean futures rose at the Chicago Board of Trade, and the Secretary of State said nothing.', expected: [['Chicago Board of Trade', 'organization'], ['Chicago Board', 'none'], ['Secretary of State', 'none']] },
    // a lower-case word inside a person's name splits it, particles and "of" aside; a name before "party" is the party
    { text: "Jordan's King Hussein met Netanyahu in Amman on Tuesday.", expected: [['Hussein', 'person'], ['Netanyahu', 'person'], ['Hussein met Netanyahu', 'none']] },
    { text: "Benjamin Netanyahu's Likud party said it would not freeze building.", expected: [['Benjamin Netanyahu', 'person'], ['Likud', 'organization']] },
    // an organization continues over its company form
    { text: 'The Hang Seng index rose as HSBC Holdings led gains in Hong Kong.', expected: [['HSBC Holdings', 'organization'], ['Hong Kong', 'place']] },
    // parliaments by their own names are organizations
    { text: "The State Duma voted to censure the government, and the Knesset approved the budget.", expected: [['State Duma', 'organization'], ['Knesset', 'organization']] },
    // a hyphenated role before a person is not part of the name; a hyphenated first name is, also when the tagger kept
    // only the first name ("Jean-Marie" typed an organization after "and")
    { text: 'Leg-spinner Mushtaq Ahmed then took three wickets, and Jean-Marie Le Pen watched.', expected: [['Mushtaq Ahmed', 'person'], ['Leg-spinner Mushtaq Ahmed', 'none'], ['Jean-Marie Le Pen', 'person']] },
    // a lower-case "tour of" is not a race's name: the country stays
    { text: 'He will captain the side for the tour of Australia in December.', expected: [['Australia', 'place']] },
    // an institution's adjective stays in its name; a bank in another language is a bank
    { text: 'The forint was devalued, the National Bank of Hungary said, and Komercni Banka reported higher profit.', expected: [['National Bank of Hungary', 'organization'], ['Komercni Banka', 'organization']] },
    // a country that is also a first name is kept when no title follows it
    { text: 'Chad Johnson caught two passes on Sunday.', expected: [['Chad Johnson', 'person']] },
    // an ordinary word, "and", then an institution is one institution; two names joined by "and" stay two
    { text: "South Africa's Truth and Reconciliation Commission heard testimony in Cape Town.", expected: [['Truth and Reconciliation Commission', 'organization'], ['Truth', 'none']] },
    { text: 'Microsoft and Apple Inc agreed on Monday to share patents.', expected: [['Microsoft', 'organization'], ['Apple Inc', 'organization']] },
    // a place right before an organization is part of its name (the country stays a nested mention)
    { text: "The Kurdistan Workers' Party denied the attack on Monday.", expected: [["Kurdistan Workers' Party", 'organization']] },
    { text: 'The U.S. Environmental Protection Agency says some crops may suffer.', expected: [['U.S. Environmental Protection Agency', 'organization'], ['U.S.', 'place']] },
    { text: 'Anglican Archbishop Desmond Tutu called for peace in KwaZulu-Natal.', expected: [['Desmond Tutu', 'person'], ['KwaZulu-Natal', 'place'], ['Anglican', 'none'], ['Archbishop', 'none']] },
    // "X of <place>" and "X of The <organization>" after a full name are two mentions
    { text: 'The paper was bought in 1990 by Carlo De Benedetti of Italy.', expected: [['Carlo De Benedetti', 'person'], ['Italy', 'place']] },
    { text: 'Matthew Ingram of The Globe said the conflict was escalating.', expected: [['Matthew Ingram', 'person'], ['Globe', 'organization']] },
    // a joined "Head of X" name stops at dates, codes, titles and "and" before another institution
    { text: 'Columbia lifted off from the Kennedy Space Center on STS-1, the first shuttle mission.', expected: [['Kennedy Space Center', 'place']] },
    { text: 'The Court of Cassation on July 8 ruled against the schools.', expected: [['Court of Cassation', 'organization']] },
    { text: 'The former Museum of Flight CEO Bonnie Dunbar trained there.', expected: [['Museum of Flight', 'place'], ['Bonnie Dunbar', 'person']] },
    {
      text: 'A team from the Massachusetts Institute of Technology and Harvard University published the study.',
      expected: [['Massachusetts Institute of Technology', 'organization'], ['Harvard University', 'organization']],
    },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    const actors = actorsOf(text);
    // 'none': the name must not be an actor at all
    for (const [name, type] of expected) expect(actors.find((a) => a.mentions.some((m) => m.text === name))?.type ?? 'none', name).toBe(type);
  });
  it('"Catherine of Aragon" stays one name (one word before "of": a name, not a person of a place)', () => {
    const actors = actorsOf('Catherine of Aragon was the first wife of Henry VIII.');
    expect(actors.some((a) => a.mentions.some((m) => m.text === 'Catherine of Aragon'))).toBe(true);
  });
  it('a party\'s adjective alone is not an actor; the party\'s name is', () => {
    const actors = actorsOf('The Democratic nominee thanked the Democratic Party and Democratic leaders in Congress.');
    expect(actors.filter((a) => a.mentions.some((m) => m.text === 'Democratic'))).toEqual([]);
    expect(actors.find((a) => a.name === 'Democratic Party')?.type).toBe('organization');
  });
  it('a demonym of several words alone is not an actor', () => {
    const actors = actorsOf('In 1978 he was upset by South African puncher Kallie Knoetze.');
    expect(actors.some((a) => a.mentions.some((m) => m.text === 'South African'))).toBe(false);
    expect(actors.find((a) => a.name === 'Kallie Knoetze')?.type).toBe('person');
  });
  it('a name with digits or a short all-capital word alone is not a person', () => {
    const actors = actorsOf('He won all eight fights by KO in 1974. The first edition of EZ2DJ was released in 1999.');
    expect(actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual([]);
  });
  it('a capitalized pair written twice inside sentences is a name even when its words are ordinary words', () => {
    const a = actorsOf('She joined the Sea Org at the age of 14. Members of the Sea Org sign a billion-year contract.');
    expect(a.find((x) => x.name === 'Sea Org')?.mentions.length).toBe(2);
    const b = actorsOf('Whitmore told LA Weekly that he left. He later spoke to LA Weekly again.');
    expect(b.find((x) => x.name === 'LA Weekly')?.type).toBe('organization');
  });
  it('a word written capitalized three times inside sentences and never in lower case is a name', () => {
    const a = actorsOf('Wikinews spoke to a writer for The Onion. Every week The Onion prints a new issue. Writers at The Onion meet on Mondays.');
    expect(a.find((x) => x.name === 'Onion')?.mentions.length).toBe(3);
  });
  it.each([
    ['Diego Silang y Andaya (December 16, 1730 - May 28, 1763) was a revolutionary leader.', 'Diego Silang y Andaya'],
    ["Mendelssohn was the model for Nathan der Weise in Lessing's play.", 'Nathan der Weise'],
    ['The works of Ludwig van Beethoven were played in Vienna.', 'Ludwig van Beethoven'],
  ])('a surname particle stays inside the name: %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('person');
  });
  it('a sentence-initial preposition is not part of the name after it', () => {
    const actors = actorsOf('Despite Bobick winning the second round, Stevenson was given the decision.');
    expect(actors.some((a) => a.mentions.some((m) => m.text.startsWith('Despite')))).toBe(false);
  });
  // Known miss of the shipped model since the GeoNames gazetteer features (every seed tried types "Bobick" an
  // organization). `it.fails` turns red when a retrained model gets it right: then fold it back into the test above.
  it.fails('known model miss: an unknown surname after a sentence-initial preposition is a person', () => {
    const actors = actorsOf('Despite Bobick winning the second round, Stevenson was given the decision.');
    expect(actors.find((a) => a.mentions.some((m) => m.text === 'Bobick'))?.type).toBe('person');
  });
  it('a name does not end with a middle initial', () => {
    const actors = actorsOf('The Robert C. Byrd National Aerospace Education Center is located in nearby Bridgeport.');
    expect(actors.find((a) => a.name === 'Robert C. Byrd')?.type).toBe('person');
  });
  it('followers of an -ism are not actors', () => {
    const actors = actorsOf('A video featuring Scientologist Tom Cruise was removed from YouTube.');
    expect(actors.some((a) => a.name === 'Scientologist')).toBe(false);
    expect(actors.find((a) => a.name === 'Tom Cruise')?.type).toBe('person');
  });
  it('reads an all-capital headline as if in sentence case and links it to the story', () => {
    const text = 'POMPEO MAKES SURPRISE VISIT TO BAGHDAD AMID IRAN TENSIONS\nSecretary of State Mike Pompeo made an unannounced visit to Baghdad on Tuesday.';
    const actors = actorsOf(text);
    expect(actors.find((a) => a.name === 'Mike Pompeo')?.mentions.map((m) => m.text)).toEqual(['POMPEO', 'Mike Pompeo']);
    expect(actors.find((a) => a.name === 'Baghdad')?.mentions.map((m) => m.text)).toEqual(['BAGHDAD', 'Baghdad']);
    expect(actors.find((a) => a.kb === 'IRN')?.mentions.map((m) => m.text)).toEqual(['IRAN']);
    // ordinary headline words are not names
    expect(actors.some((a) => a.mentions.some((m) => /MAKES|SURPRISE|VISIT|AMID|TENSIONS/.test(m.text)))).toBe(false);
  });
  it.each([
    ['Peter Zimonjic wrote in the Toronto Star on Friday.', 'Toronto Star'],
    ['The New York Press ran the story on its front page.', 'New York Press'],
    ['A spokesman for the UK Government said no decision had been made.', 'UK Government'],
  ])('a place followed by an institution head is the institution: %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.mentions.some((m) => m.text === name))?.type).toBe('organization');
  });
  it('a noun right before a name says its type, for the whole document', () => {
    const a = actorsOf('He is the lead guitarist of the band Gigi. Since then, Gigi has released six albums.');
    expect(a.find((x) => x.name === 'Gigi')).toMatchObject({ type: 'organization' });
    expect(a.find((x) => x.name === 'Gigi')?.mentions.length).toBe(2);
    const b = actorsOf('There, she lived with her son Philipp, who later became a painter.');
    expect(b.find((x) => x.name === 'Philipp')?.type).toBe('person');
  });
  it('a first name continues into a capitalized surname that is an ordinary word', () => {
    const a = actorsOf('Photographers who used the camera, such as Ansel Adams, Chuck Close, Walker Evans and Robert Mapplethorpe, were shown.');
    expect(a.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Ansel Adams', 'Chuck Close', 'Walker Evans', 'Robert Mapplethorpe']);
  });
  it('a person named at the start of an institution is also a mention of the person', () => {
    const text = 'The Andy Warhol Foundation for the Visual Arts made two gifts. Andy Warhol took the photographs.';
    const a = actorsOf(text);
    expect(a.find((x) => x.name === 'Andy Warhol Foundation for the Visual Arts')?.type).toBe('organization');
    expect(a.find((x) => x.name === 'Andy Warhol')).toMatchObject({ type: 'person', mentions: [{ start: 4, end: 15, text: 'Andy Warhol' }, { start: 63, end: 74, text: 'Andy Warhol' }] });
  });
});

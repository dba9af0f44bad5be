// Who said it (issue 13): the source phrase's head, its quantifier and its post-modifiers, named or unnamed, and the
// link back from "the senator" / "the man". Sentences in the shapes of wire and political news (the blind set's kinds,
// PolNeAR's kinds, written here); every expected value was written by hand from reading the sentence.
import { describe, expect, it } from 'vitest';
import { describeSource } from './anonymity';
import { leadingSubject, subjectAfter, subjectBefore } from './source-phrase';
import { findClaims } from './index';
import { tokenize } from '../tokenize';
import type { Actor } from '../types';

/** The subject before the first " said" in `text`, as text. */
function before(text: string): string {
  const r = subjectBefore(text, 0, text.indexOf(' said') + 1);
  return r.kind === 'span' ? text.slice(r.span.start, r.span.end) : r.kind;
}

describe('the source phrase keeps its head and post-modifier (subjectBefore)', () => {
  it.each([
    // the walk back used to stop at the participle or relative verb and keep only the last noun phrase
    ['One Republican senator involved in the discussions said the biggest gap was crew size.', 'One Republican senator involved in the discussions'],
    ['A senior Western official involved in the mediation effort said the two sides had exchanged drafts.', 'A senior Western official involved in the mediation effort'],
    ['One Democratic senator who has not yet endorsed the framework said the language was the floor.', 'One Democratic senator who has not yet endorsed the framework'],
    ['Some families who received aid from the fund said they had no idea.', 'Some families who received aid from the fund'],
    ['But two aides to Democratic senators said the votes were not there.', 'two aides to Democratic senators'],
    // a relative clause between commas belongs to the phrase
    ['The senator, who requested anonymity to describe closed-door talks, said Republicans would not accept it.', 'The senator, who requested anonymity to describe closed-door talks'],
    // an apposition between commas with an "-ing" modifier, "now", or a relative "which" inside it
    ['Sexton, a creative writing professor, said he holds his roots dear.', 'Sexton, a creative writing professor'],
    ['Mr. Lewandowski, now a paid CNN commentator, said he had done nothing wrong.', 'Mr. Lewandowski, now a paid CNN commentator'],
    ['The FDIC, a major U.S. banking regulator which keeps confidential data on banks, said it had been hacked.', 'The FDIC, a major U.S. banking regulator which keeps confidential data on banks'],
    // a participial opener and a parenthetical between dashes are not the subject
    ['Pressed by Mr. Stephanopoulos, Mr. Trump said there was no direct evidence.', 'Mr. Trump'],
    ['Mr. Bush - in a line aimed at Mr. Trump - said a president must tend to all corners of the country.', 'Mr. Bush'],
    // a pronoun takes no apposition before it
    ['An economic downturn, he said, would hurt the party.', 'he'],
    ['The documents indicate, he said, that the server was never secure.', 'he'],
    // controls: no role noun before the stop, or a clause boundary
    ['The committee met aides to the senator, and the minister said the plan would work.', 'the minister'],
    ['The report came out on Monday after the talks ended in Geneva, the minister said.', 'the minister'],
  ])('%s', (text, expected) => {
    expect(before(text)).toBe(expected);
  });
});

describe('a document issued right before a participle: its issuer is the source, not the document', () => {
  it.each([
    ['His office put out a statement saying the senator had been misquoted.', 'His office'],
    ['Rubio’s campaign sent out a press release saying Murphy had been outvoted.', 'Rubio’s campaign'],
    ['Minutes later, the Trump campaign issued a statement saying the remarks were taken out of context.', 'the Trump campaign'],
    // control: a document that is itself the subject stays the source
    ['A statement from the campaign, saying the remarks were taken out of context, followed.', 'A statement from the campaign'],
  ])('%s', (text, expected) => {
    const r = subjectBefore(text, 0, text.indexOf(' saying') + 1);
    expect(r.kind === 'span' ? text.slice(r.span.start, r.span.end) : r.kind).toBe(expected);
  });
});

describe('subjectAfter and leadingSubject', () => {
  it('keeps a name in apposition after a description: the named author, not "one of the authors"', () => {
    const t = 'The rate fell, said one of the study’s authors, Dr. Michael Brandt of Vanderbilt University.';
    const cue = t.indexOf('said') + 4;
    const r = subjectAfter(t, cue, t.length)!;
    expect(t.slice(r.start, r.end)).toBe('one of the study’s authors, Dr. Michael Brandt of Vanderbilt University');
  });
  it.each([
    // the whole noun phrase with its appositions is the source (the blind set's GUIDELINES, PolNeAR's source spans)
    ['“It is a bad deal,” said Dean Baker, co-director of the Center for Economic and Policy Research, a liberal think tank.', 'Dean Baker, co-director of the Center for Economic and Policy Research, a liberal think tank'],
    ['The rate fell, said Anna Ruiz, a cyber security expert who has helped investigate the breach.', 'Anna Ruiz, a cyber security expert who has helped investigate the breach'],
    ['“We will get there,” said Ms. Samour, 56, who was raised in El Salvador and is of Palestinian descent.', 'Ms. Samour, 56, who was raised in El Salvador and is of Palestinian descent'],
    ['The rate fell, said Roxana M. Leon, 63, an independent voter raised in Chile.', 'Roxana M. Leon, 63, an independent voter raised in Chile'],
    // controls: a participle or a time phrase after the comma is not an apposition
    ['The rate fell, said Anna Ruiz, adding that staff were tired.', 'Anna Ruiz'],
    ['The rate fell, said Anna Ruiz, on Tuesday.', 'Anna Ruiz'],
  ])('an apposition after a name read after the cue: %s', (t, expected) => {
    const r = subjectAfter(t, t.indexOf('said') + 4, t.length)!;
    expect(t.slice(r.start, r.end)).toBe(expected);
  });
  it('control: a plain description after the cue ends at its comma', () => {
    const t = 'The rate fell, said a nurse at the hospital, adding that staff were tired.';
    const r = subjectAfter(t, t.indexOf('said') + 4, t.length)!;
    expect(t.slice(r.start, r.end)).toBe('a nurse at the hospital');
  });
  it.each([
    ['On Thursday, he hedged on whether he would back her, telling MSNBC it depended on her.', 'he'],
    ['Later on Sunday, Carson shared a syllabus on his Facebook page, writing that he was right.', 'Carson'],
    ['LONDON (Reuters) — Britain’s online safety regulator ordered the company to stop, saying it had failed.', 'Britain’s online safety regulator'],
    // an irregular past verb ends the subject, unless a determiner makes it an adjective
    ['The Florida senator sought to calm his supporters, saying the race was not over.', 'The Florida senator'],
    ['His campaign sued the party in federal court on Friday, saying the data breach was minor.', 'His campaign'],
    ['A paid adviser to the campaign spoke on Friday, saying the race was not over.', 'A paid adviser to the campaign'],
    // a time phrase before a comma is not the subject
    ['Hours later, Trump returned the compliment to Adelson, telling reporters he was a great man.', 'Trump'],
    // an apposition between commas before the verb belongs to the subject
    ['Davis, a longtime liberal, lashed out at the nominee on Facebook, telling him that words matter.', 'Davis, a longtime liberal'],
    // control: a conjunction before an apposition is not an adverbial to skip (the subject is not "a senator from Ohio")
    ['But Smith, a senator from Ohio, voted no, saying the bill was rushed.', 'Smith, a senator from Ohio'],
  ])('the clause subject of "%s"', (text, expected) => {
    const cue = text.search(/telling|writing|saying/);
    const r = leadingSubject(text, 0, cue)!;
    expect(text.slice(r.start, r.end)).toBe(expected);
  });
});

describe('named or unnamed (describeSource), with the reason', () => {
  it.each([
    ['one Democratic senator involved in the discussions', 'counted role "senator"'],
    ['two aides to Democratic senators', 'head "aides": plural'],
    ['two aides to Senator Ellery', 'head "aides": plural'],
    ['a senior official', 'head "official": unnamed official'],
    ['people familiar with the talks', 'head "people": "people close to"'],
    ['sources close to the campaign', 'head "sources": plural'],
    ['One longtime shareholder, who spoke on condition of anonymity because his fund has a policy against it', 'the name is withheld'],
    ['A Lumora employee, who asked not to be named', 'the name is withheld'],
    ['The accountant, whose name is redacted in the filing', 'the name is withheld'],
    ['Another', 'a quantifier standing for an unnamed member of a group'],
    ['One', 'a quantifier standing for an unnamed member of a group'],
    ['A nurse at the same hospital', 'indefinite role "nurse"'],
    ['Another Democratic holdout', 'counted role "holdout"'],
    ['Clinton supporters', 'indefinite role "supporters"'],
    ['Her liberal friends', 'possessed role "friends"'],
    ['the Texas senator’s allies', 'possessed role "allies"'],
    ['Friends, lobbyists and former foes', 'indefinite role "friends"'],
    ['Millennials', 'indefinite role "millennials"'],
    ['one in four', 'a share of a polled group'],
    ['About three in 10', 'a share of a polled group'],
    ['Nearly a third', 'a share of a polled group'],
    ['A strong majority of Democratic primary voters', 'a share of a polled group'],
    ['Other Republican candidates', 'counted role "candidates"'],
    ['a bystander', 'indefinite role "bystander"'],
    ['A third person', 'head "person": "a person familiar with"'],
  ])('"%s" is unnamed (%s)', (phrase, reason) => {
    const info = describeSource(phrase);
    expect(info.anonymous).toBe(true);
    expect(info.reason).toBe(reason);
  });

  it.each([
    ['A Treasury spokesman', 'speaks for an organization'],
    ['a spokeswoman for the office', 'speaks for an organization'],
    ['a lawyer representing the families', 'speaks for an organization'],
    ['one of the study’s authors, Dr. Michael Brandt of Vanderbilt University', 'a name in the phrase'],
    ['Leaders of the Brotherhood of Rail Operators', 'a name in the phrase'],
    ['Republican pollster Daron Shaw', 'a name in the phrase'],
    ['a filing with the Securities and Exchange Commission', 'a document'],
    // a party as an organization
    ['Democrats', 'no unnamed role'],
    // a singular role without an article is headline or title style: the story names the person
    ['Australian woman', 'bare singular role "woman": headline or title style'],
    ['Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem', 'bare singular role "director": headline or title style'],
    ['the senator', 'definite role "senator": someone met earlier'],
  ])('control: "%s" is not unnamed (%s)', (phrase, reason) => {
    const info = describeSource(phrase);
    expect(info.anonymous).toBe(false);
    expect(info.reason).toBe(reason);
  });

  it('a definite role is left to resolution (role), a definite anonymous head stays unnamed', () => {
    expect(describeSource('the senator').role).toBe(true);
    expect(describeSource('the official').anonymous).toBe(true);
    expect(describeSource('Senator Ellery').role).toBeUndefined();
  });
});

describe('the senator, the man: linked back, or unnamed, never to the last name seen', () => {
  const run = (text: string, actors: Actor[] = []) => findClaims(tokenize(text), actors);
  const actor = (id: string, name: string, type: Actor['type'], text: string, word: string): Actor => {
    const mentions = [];
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) mentions.push({ start: i, end: i + word.length, text: word });
    return { id, name, type, mentions };
  };

  it('"the senator" after an unnamed senator is that unnamed senator', () => {
    const text = 'One Republican senator involved in the discussions said the gap was crew size. The senator said the White House had not called.';
    const c = run(text).find((x) => x.source?.text === 'The senator')!;
    expect(c.source?.anonymous).toBe(true);
  });

  it('"the senator" after "Sen. Ellery" is Ellery, not the governor mentioned last', () => {
    const text = 'Sen. Margaret Ellery met Gov. Tom Reddy in Columbus. The senator said the bill would pass.';
    const actors = [actor('e', 'Margaret Ellery', 'person', text, 'Margaret Ellery'), actor('r', 'Tom Reddy', 'person', text, 'Tom Reddy')];
    const c = run(text, actors).find((x) => x.source?.text === 'The senator')!;
    expect(c.source).toMatchObject({ actorId: 'e', anonymous: false });
  });

  it('"the senator" with no senator in reach stays unlinked and named by its words', () => {
    const text = 'Gov. Tom Reddy visited Columbus. The senator said the bill would pass.';
    const actors = [actor('r', 'Tom Reddy', 'person', text, 'Tom Reddy')];
    const c = run(text, actors).find((x) => x.source?.text === 'The senator')!;
    expect(c.source?.actorId).toBeUndefined();
    expect(c.source?.anonymous).toBe(false);
  });

  it('"the man" is not the person last mentioned in a claim: it stays an unnamed source', () => {
    const text = 'Adel Nefzi said Mateen left as soon as prayers ended. “I think it’s a hate crime,” the man said.';
    const actors = [actor('n', 'Adel Nefzi', 'person', text, 'Adel Nefzi'), actor('m', 'Omar Mateen', 'person', text, 'Mateen')];
    const c = run(text, actors).find((x) => x.source?.text === 'the man')!;
    expect(c.source?.actorId).toBeUndefined();
    expect(c.source?.anonymous).toBe(true);
  });

  it('a pull quote repeated in its own paragraph is not a second claim credited to the speaker before it', () => {
    const text = '“There is a deal to be had here, but not at any price,” one Democratic senator involved in the discussions said.\n\nSenator Margaret Ellery said the talks would go on. “We are closer than ever,” she said.\n\n“There is a deal to be had here, but not at any price.”\n\nThe vote could come in June.';
    const claims = run(text);
    expect(claims.filter((c) => c.text.startsWith('There is a deal'))).toHaveLength(1);
    expect(claims.find((c) => c.text.startsWith('There is a deal'))?.source?.anonymous).toBe(true);
  });

  it('control: a cue-less continuation paragraph printed twice (an article pasted twice) is kept both times', () => {
    const one = '“We will not move,” the minister said on Tuesday.\n\n“The government is doing its duty to protect all parties.”\n\n';
    const claims = run(one + one);
    expect(claims.filter((c) => c.text.startsWith('The government is doing'))).toHaveLength(2);
  });

  it('control: a short repeated phrase that is a new quotation is kept', () => {
    const text = '“We won,” the coach said.\n\n“We won,” the captain said.';
    expect(run(text)).toHaveLength(2);
  });

  it('an analyst named with his firm: "he" is the analyst, not the firm read as a person', () => {
    const text = 'Daniel Fogarty of Harwell & Price noted that the company had cut its inventory. He argued that the company was better placed than its peers.';
    const actors = [actor('f', 'Daniel Fogarty', 'person', text, 'Daniel Fogarty'), actor('h', 'Harwell', 'person', text, 'Harwell')];
    const c = run(text, actors).find((x) => x.source?.text === 'He')!;
    expect(c.source?.actorId).toBe('f');
  });

  it('"the company" is the company the story is about', () => {
    const text = 'Halvorsen Foods said its profit rose 14 percent. The company said it would close a bakery in Dayton.';
    const actors = [actor('h', 'Halvorsen Foods', 'organization', text, 'Halvorsen Foods'), actor('d', 'Dayton', 'place', text, 'Dayton')];
    const c = run(text, actors).find((x) => x.source?.text === 'The company')!;
    expect(c.source?.actorId).toBe('h');
  });

  it('a dateline is not part of the subject', () => {
    const text = 'CHICAGO (Wire) - Halvorsen Foods said on Tuesday that its profit rose 14 percent.';
    expect(run(text)[0].source?.text).toBe('Halvorsen Foods');
  });

  it('a named source with a relative clause is linked to the name, not to a person in the clause', () => {
    const text = '“We viewed it as critical,” said Podesta, who is now chairman of Hillary Clinton’s campaign.';
    const actors = [actor('p', 'John Podesta', 'person', text, 'Podesta'), actor('c', 'Hillary Clinton', 'person', text, 'Hillary Clinton')];
    const c = run(text, actors)[0];
    expect(c.source?.actorId).toBe('p');
  });
});

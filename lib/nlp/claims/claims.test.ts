// Tables of real-style news sentences per kind of claim; expected values written by hand from reading each sentence.
import { describe, expect, it } from 'vitest';
import { findClaims } from './index';
import { tokenize } from '../tokenize';
import type { Actor, Claim } from '../types';

const run = (text: string, actors: Actor[] = []) => findClaims(tokenize(text), actors);

interface Row {
  text: string;
  kind: Claim['kind'];
  cue?: string;
  source: string;
  /** Expected content (for no-comment: omitted). */
  content?: string;
  anonymous?: boolean;
}

function check(rows: Row[]) {
  it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, r) => {
    const claims = run(r.text);
    expect(claims).toHaveLength(1);
    const c = claims[0];
    expect(c.kind).toBe(r.kind);
    expect(c.cue?.text).toBe(r.cue);
    expect(c.source?.text).toBe(r.source);
    expect(c.source?.anonymous ?? false).toBe(r.anonymous ?? false);
    if (r.content) expect(c.text).toBe(r.content);
  });
}

describe('direct quotes', () => {
  check([
    { text: '“We will win,” Trump told supporters at a rally in Ohio.', kind: 'direct', cue: 'told', source: 'Trump', content: 'We will win,' },
    { text: '“It’s a disgrace,” said Rep. Nancy Pelosi, D-Calif.', kind: 'direct', cue: 'said', source: 'Rep. Nancy Pelosi', content: 'It’s a disgrace,' },
    { text: 'The senator wrote on Twitter: “This is a sad day for America.”', kind: 'direct', cue: 'wrote', source: 'The senator', content: 'This is a sad day for America.' },
    { text: 'Asked whether he would accept the results, Trump said: "I will look at it at the time."', kind: 'direct', cue: 'said', source: 'Trump', content: 'I will look at it at the time.' },
    { text: "«Nous allons gagner cette bataille ensemble», a declaré le ministre. \"We will win this battle together,\" the minister said.", kind: 'direct', cue: 'said', source: 'the minister', content: 'We will win this battle together,' },
    { text: "'We are not going anywhere,' Cruz said Tuesday.", kind: 'direct', cue: 'said', source: 'Cruz', content: 'We are not going anywhere,' },
    { text: '“This is over,” said the official, who spoke on condition of anonymity.', kind: 'direct', cue: 'said', source: 'the official', content: 'This is over,', anonymous: true },
  ]);

  it('a quote interrupted by its cue gives a second, cue-less claim with the same source', () => {
    const claims = run('“We need a wall,” he said. “And Mexico will pay for it.”');
    expect(claims.map((c) => [c.kind, c.cue?.text, c.source?.text, c.text])).toEqual([
      ['direct', 'said', 'he', 'We need a wall,'],
      ['direct', undefined, 'he', 'And Mexico will pay for it.'],
    ]);
  });

  it('a quote running over paragraphs without a closing mark, and a floating quote paragraph, continue the speaker', () => {
    const text = 'The minister said: “The talks failed.\n\n“We will try again next year.\n\nOther news followed.\n\n“This paragraph is a quote of nobody in particular.”';
    const claims = run(text);
    expect(claims.map((c) => [c.cue?.text, c.source?.text, c.text])).toEqual([
      ['said', 'The minister', 'The talks failed.'],
      [undefined, 'The minister', 'We will try again next year.'],
    ]);
  });

  it('a floating quote paragraph right after a speaker continues that speaker', () => {
    const text = '“The message was clear,” a senior official said.\n\n“They said they would act alone if attacked.”';
    const claims = run(text);
    expect(claims).toHaveLength(2);
    expect(claims[1].cue).toBeUndefined();
    expect(claims[1].source?.text).toBe('a senior official');
    expect(claims[1].text).toBe('They said they would act alone if attacked.');
  });
});

describe('indirect and mixed speech', () => {
  check([
    { text: 'Trump said on Twitter that the election was rigged.', kind: 'indirect', cue: 'said', source: 'Trump', content: 'the election was rigged' },
    { text: 'Sen. Lindsey Graham, R-S.C., said the bill would fail.', kind: 'indirect', cue: 'said', source: 'Sen. Lindsey Graham, R-S.C.', content: 'the bill would fail' },
    { text: 'Paul Ryan, the House speaker, told reporters on Tuesday that the vote would go ahead.', kind: 'indirect', cue: 'told', source: 'Paul Ryan, the House speaker', content: 'the vote would go ahead' },
    { text: 'Sanders told The Washington Post he was staying in the race.', kind: 'indirect', cue: 'told', source: 'Sanders', content: 'he was staying in the race' },
    { text: 'Trump has repeatedly claimed that the election was rigged.', kind: 'indirect', cue: 'claimed', source: 'Trump', content: 'the election was rigged' },
    { text: 'Obama warned that the economy could slow down next year.', kind: 'indirect', cue: 'warned', source: 'Obama', content: 'the economy could slow down next year' },
    { text: 'Speaking to reporters on Air Force One, Trump said he would sign the bill.', kind: 'indirect', cue: 'said', source: 'Trump', content: 'he would sign the bill' },
    { text: 'The FBI announced Friday that it had reopened the investigation.', kind: 'indirect', cue: 'announced', source: 'The FBI', content: 'it had reopened the investigation' },
    { text: 'Two people familiar with the matter said the meeting was canceled.', kind: 'indirect', cue: 'said', source: 'Two people familiar with the matter', content: 'the meeting was canceled', anonymous: true },
    // A cue form after a determiner is a noun ("the talks"), not a verb that ends the subject's walk back.
    { text: 'Two people familiar with the talks said the deal was close to collapse.', kind: 'indirect', cue: 'said', source: 'Two people familiar with the talks', content: 'the deal was close to collapse', anonymous: true },
    { text: 'Three diplomats involved in the talks said the deal was close to collapse.', kind: 'indirect', cue: 'said', source: 'Three diplomats involved in the talks', content: 'the deal was close to collapse', anonymous: true },
    // A relative clause without commas that ends in a verb right before the cue leads back to its head noun.
    { text: 'An official who asked not to be named said the minister would resign on Friday.', kind: 'indirect', cue: 'said', source: 'An official who asked not to be named', content: 'the minister would resign on Friday', anonymous: true },
    // A spokesperson heads a relative clause like any role noun; withholding the name makes them unnamed.
    { text: 'A spokesman who declined to be named said the company would appeal the ruling.', kind: 'indirect', cue: 'said', source: 'A spokesman who declined to be named', content: 'the company would appeal the ruling', anonymous: true },
    // A preposition a participle governs is the subject's post-modifier, not a trailing "on Tuesday" or "in a statement".
    { text: 'A person briefed on the statement said the minister had not been consulted.', kind: 'indirect', cue: 'said', source: 'A person briefed on the statement', content: 'the minister had not been consulted', anonymous: true },
    { text: 'Officials who spoke on condition of anonymity said the talks had stalled.', kind: 'indirect', cue: 'said', source: 'Officials who spoke on condition of anonymity', content: 'the talks had stalled', anonymous: true },
    // A phrase inside a relative clause belongs to its verb ("worked on the program"), not to the cue.
    { text: 'A former official who worked on the program said it had been underfunded for years.', kind: 'indirect', cue: 'said', source: 'A former official who worked on the program', content: 'it had been underfunded for years', anonymous: true },
    { text: 'Government officials speaking on background said the plan was dead.', kind: 'indirect', cue: 'said', source: 'Government officials speaking on background', content: 'the plan was dead', anonymous: true },
    // A quantifier opening the clause's subject ("said no decision had been made") is a clause, not "said no".
    { text: 'The official, who requested anonymity because the matter is sensitive, said no decision had been made.', kind: 'indirect', cue: 'said', source: 'The official, who requested anonymity because the matter is sensitive', content: 'no decision had been made', anonymous: true },
    { text: 'The minister said nothing had changed since March.', kind: 'indirect', cue: 'said', source: 'The minister', content: 'nothing had changed since March' },
    // Controls: a trailing time phrase or medium before the cue is still dropped.
    { text: 'The minister on Tuesday said the plan would go ahead.', kind: 'indirect', cue: 'said', source: 'The minister', content: 'the plan would go ahead' },
    { text: 'The senator in a statement said the vote was a mistake.', kind: 'indirect', cue: 'said', source: 'The senator', content: 'the vote was a mistake' },
    // A bare plural without "-s" heads its relative clause; a noun in "-ly" after a determiner is not an adverb.
    { text: 'People who lost their homes said the aid came late.', kind: 'indirect', cue: 'said', source: 'People who lost their homes', content: 'the aid came late', anonymous: true },
    // (A lawyer for someone speaks for them: not anonymous, GUIDELINES.md of the blind set.)
    { text: 'A lawyer who represents the family said the police had lied.', kind: 'indirect', cue: 'said', source: 'A lawyer who represents the family', content: 'the police had lied' },
    // Control: an adverb in "-ly" before the cue is still dropped.
    { text: 'Jane Smith publicly said the plan had failed.', kind: 'indirect', cue: 'said', source: 'Jane Smith', content: 'the plan had failed' },
    { text: 'The deal is dead, the sources said.', kind: 'indirect', cue: 'said', source: 'the sources', content: 'The deal is dead', anonymous: true },
    { text: 'The economy is growing faster than expected, said Janet Yellen, the Fed chair.', kind: 'indirect', cue: 'said', source: 'Janet Yellen, the Fed chair', content: 'The economy is growing faster than expected' },
    { text: 'As Heald told The Huffington Post, US surface ozone has dropped partly due to the Clean Air Act.', kind: 'indirect', cue: 'told', source: 'Heald', content: 'US surface ozone has dropped partly due to the Clean Air Act' },
    { text: 'Rathke also asked the governments of South East Asia not to turn away boats of people seeking asylum.', kind: 'indirect', cue: 'asked', source: 'Rathke' },
    { text: 'Trump’s claim that millions voted illegally was false.', kind: 'indirect', cue: 'claim', source: 'Trump' },
    { text: 'Trump was quoted as saying that he would build the wall.', kind: 'indirect', cue: 'saying', source: 'Trump', content: 'he would build the wall' },
    { text: 'Speaker Paul Ryan said Thursday he is “not ready” to back Trump.', kind: 'mixed', cue: 'said', source: 'Speaker Paul Ryan', content: 'he is “not ready” to back Trump' },
    { text: 'Clinton’s spokesman Brian Fallon said the FBI letter was “long on innuendo.”', kind: 'mixed', cue: 'said', source: 'Clinton’s spokesman Brian Fallon', content: 'the FBI letter was “long on innuendo.”' },
    { text: 'Pelosi called the bill "a disgrace to the American people."', kind: 'mixed', cue: 'called', source: 'Pelosi' },
    { text: 'The Straits Times noted what began as individual messages had grown into a "support movement".', kind: 'mixed', cue: 'noted', source: 'The Straits Times', content: 'what began as individual messages had grown into a "support movement"' },
  ]);

  it('Iraqi Prime Minister ... told reporters: the quote after the sentence end becomes a cue-less claim', () => {
    const claims = run('Iraqi Prime Minister Adel Abdul Mahdi on Tuesday told reporters that the Iraqi side had not observed “movements that constitute a threat to any side. We clarified that to the Americans.”');
    expect(claims.map((c) => [c.kind, c.cue?.text, c.source?.text, c.text])).toEqual([
      ['mixed', 'told', 'Iraqi Prime Minister Adel Abdul Mahdi', 'the Iraqi side had not observed “movements that constitute a threat to any side.'],
      ['direct', undefined, 'Iraqi Prime Minister Adel Abdul Mahdi', 'We clarified that to the Americans.'],
    ]);
  });

  it('a participle clause after the cue keeps the speaker', () => {
    const claims = run('The plan was dead, a Republican aide said, adding that leaders had given up.');
    expect(claims.map((c) => [c.cue?.text, c.source?.text, c.text])).toEqual([
      ['said', 'a Republican aide', 'The plan was dead'],
      ['adding', 'a Republican aide', 'leaders had given up'],
    ]);
  });
});

describe('according to', () => {
  check([
    { text: 'The deal was signed in March, according to a person familiar with the matter.', kind: 'according-to', cue: 'according to', source: 'a person familiar with the matter', content: 'The deal was signed in March', anonymous: true },
    { text: 'According to Yonhap news agency, the military has been placed on high alert.', kind: 'according-to', cue: 'According to', source: 'Yonhap news agency', content: 'the military has been placed on high alert' },
    { text: 'By this time, "her skin was weeping and her body malnourished", according to the Sydney Morning Herald.', kind: 'according-to', cue: 'according to', source: 'the Sydney Morning Herald' },
    // At a sentence's start the claim follows the source, whatever its verb (a past form without "-ed" too).
    { text: 'According to court documents, the company knew of the defect.', kind: 'according-to', cue: 'According to', source: 'court documents', content: 'the company knew of the defect' },
    { text: 'According to Jane Smith, a professor at Yale, the plan failed.', kind: 'according-to', cue: 'According to', source: 'Jane Smith, a professor at Yale', content: 'the plan failed' },
    { text: 'According to Jane Smith, writing for the Herald, the plan failed.', kind: 'according-to', cue: 'According to', source: 'Jane Smith, writing for the Herald', content: 'the plan failed' },
    // Control: a description after a common noun is the claim's subject, not an apposition.
    { text: 'According to police, the man, who was 34, fled the scene.', kind: 'according-to', cue: 'According to', source: 'police', content: 'the man, who was 34, fled the scene' },
  ]);
});

describe('no comment', () => {
  check([
    { text: 'The White House did not immediately respond to a request for comment.', kind: 'no-comment', cue: 'did not immediately respond to a request for comment', source: 'The White House' },
    { text: 'A spokesman for the campaign declined to comment.', kind: 'no-comment', cue: 'declined to comment', source: 'A spokesman for the campaign' },
    { text: 'The US State Department declined to comment on the details of the talks.', kind: 'no-comment', cue: 'declined to comment', source: 'The US State Department' },
    { text: 'The ministry would not say whether the talks had failed.', kind: 'no-comment', cue: 'would not say', source: 'The ministry' },
  ]);
  it('the span of a no-comment claim is its cue', () => {
    const [c] = run('The campaign did not respond to requests for comment.');
    expect([c.start, c.end]).toEqual([c.cue!.start, c.cue!.end]);
  });
});

describe('not claims (filters)', () => {
  it.each([
    ['noun reading: the state', 'In the state of Ohio, voters went to the polls.'],
    ['noun reading: his remarks', 'In his remarks, Obama thanked the troops.'],
    ['noun reading: the claims, passive', 'The claims were denied by the company.'],
    ['passive without a source', 'No injuries or deaths were reported in the attacks.'],
    ['cue word inside a quotation with no speaker', 'The sign read "they said it would never happen here" in red letters.'],
    ['scare quotes are not claims', 'North Korea puts its military in a "quasi-state of war" after the exchange.'],
    ['Title Case quoted titles are not claims', 'Microsoft launched a website called "The Internet Explorer 6 Countdown" on Friday.'],
    ['a noun object is not reported speech', 'The government announced the start of a public process.'],
    ['beliefs are not speech acts', 'Italian secularist associations believe the Government will modify the law.'],
    ['evidence is not speech', 'A recent poll found only a quarter of citizens favoured changing the flag.'],
    ['negated speech', 'U.S. officials have not said why the team was denied visas.'],
    ['"told X to" is an order', 'He told Iraq’s top brass to keep the militias in check.'],
    ['"I" outside a quotation is not a source', 'I was told that my mum had attacked the church.'],
    ['hypothetical speech', 'Most economists would say the recession is over.'],
    ['a question in the narration', 'Can you explain what the new law does?'],
    ['the reader is not a source', 'You might say the plan is too ambitious.'],
    ['"said no to" is a refusal, not a clause', 'The mayor said no to the plan that had been drafted.'],
    ['"said nothing about" has no clause', 'She said nothing about the deal that was signed.'],
    ['"said nothing that" has no clause', 'He said nothing that could be read as an order.'],
  ])('%s', (_name, text) => {
    expect(run(text).filter((c) => c.kind !== 'no-comment')).toEqual([]);
  });

  it('a cue verb in a relative clause before the main cue ("who insisted on anonymity, said") is not a second claim', () => {
    const claims = run('An aide to the senator, who insisted on anonymity, said the vote would be delayed.');
    expect(claims.map((c) => [c.cue?.text, c.source?.text, c.text])).toEqual([['said', 'An aide to the senator, who insisted on anonymity', 'the vote would be delayed']]);
  });

  it('"I" and "we" inside a quotation are the quoted speaker, not sources', () => {
    const claims = run('“I said we would win, and we did,” the coach said.');
    expect(claims.map((c) => c.source?.text)).toEqual(['the coach']);
  });
});

describe('documents and anonymous descriptors', () => {
  it('a document source', () => {
    const [c] = run('"Someone emailed me earlier today about a tool to attack the website," said the post by an unknown author on pigmy.');
    expect(c.source).toMatchObject({ text: 'the post by an unknown author on pigmy', document: true, anonymous: true });
  });
  it('a descriptor with count, affiliation, role and qualifiers', () => {
    const [c] = run('The visit came after intelligence showed rockets near the bases, according to two Iraqi security sources who spoke on condition of anonymity.');
    expect(c.source?.anonymous).toBe(true);
    expect(c.source?.descriptor).toMatchObject({ count: 'two', affiliation: 'Iraqi', role: 'security sources' });
    expect(c.source?.descriptor?.qualifiers).toEqual(['who spoke on condition of anonymity']);
  });
  it('a name in apposition makes the source named', () => {
    const [c] = run('A senior official, John Smith, said the talks had stalled.');
    expect(c.source?.anonymous).toBe(false);
  });
});

describe('source resolution', () => {
  const actor = (id: string, name: string, type: Actor['type'], text: string, word: string): Actor => {
    const mentions = [];
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) mentions.push({ start: i, end: i + word.length, text: word });
    return { id, name, type, mentions };
  };

  it('links a named source to the actor mention inside it (the person before an organization)', () => {
    const text = 'Jeff Rathke, the State Department spokesperson, said the talks would resume.';
    const actors = [actor('p', 'Jeff Rathke', 'person', text, 'Jeff Rathke'), actor('o', 'State Department', 'organization', text, 'State Department')];
    expect(run(text, actors)[0].source?.actorId).toBe('p');
  });

  it('he -> the last named person within two sentences', () => {
    const text = 'Pompeo visited Baghdad in May. The State Department declined to comment on the talks. He said after the trip: “We don’t want anyone interfering in their country.”';
    const actors = [actor('p', 'Mike Pompeo', 'person', text, 'Pompeo'), actor('o', 'State Department', 'organization', text, 'State Department')];
    const c = run(text, actors).find((x) => x.kind === 'direct')!;
    expect(c.source).toMatchObject({ text: 'He', actorId: 'p', anonymous: false });
  });

  it('he -> a later anonymous source, not an earlier named person', () => {
    const text = 'Pompeo visited Baghdad. The second Iraqi security source said: “The militias moved their rockets closer to the bases.” He said the Iraqis were told to rein them in.';
    const actors = [actor('p', 'Mike Pompeo', 'person', text, 'Pompeo')];
    const c = run(text, actors).find((x) => x.source?.text === 'He')!;
    expect(c.source?.anonymous).toBe(true);
    expect(c.source?.actorId).toBeUndefined();
  });

  it('he with no person in the last two sentences stays unlinked', () => {
    const text = 'Pompeo visited Baghdad. The weather was hot. Flights were delayed. Roads were closed. He said the visit went well.';
    const actors = [actor('p', 'Mike Pompeo', 'person', text, 'Pompeo')];
    expect(run(text, actors)[0].source?.actorId).toBeUndefined();
  });

  it('it -> the country or organization that was a clause subject', () => {
    const text = 'Tensions rose as the United States stepped up sanctions on Iran. It also said it was sending more forces to the region.';
    const actors = [actor('us', 'United States', 'place', text, 'United States'), actor('ir', 'Iran', 'place', text, 'Iran')];
    expect(run(text, actors)[0].source?.actorId).toBe('us');
  });

  it('"the sources" points back to the last matching anonymous description', () => {
    const text = 'Rockets were moved near the bases, according to two Iraqi security sources. He told them to stop, the sources said.';
    const claims = run(text);
    const back = claims.find((c) => c.source?.text === 'the sources')!;
    expect(back.source?.anonymous).toBe(true);
    expect(back.source?.descriptor).toMatchObject({ count: 'two', affiliation: 'Iraqi', role: 'security sources' });
  });
});

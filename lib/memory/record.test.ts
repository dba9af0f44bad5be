import { describe, expect, it } from 'vitest';
import { excludedRanges, isRealRole } from './exclusions';
import { bylineNames, crossArticleAliases, MAX_CLAIM_CHARS, memoryDraft } from './record';
import { analysisOf, span, spans } from './test-analysis';

const text =
  'By Jane Reporter\n' +
  'WASHINGTON (Reuters) - Mr. Trump met Chancellor Olaf Scholz at the White House on Tuesday.\n' +
  '"We will not back down," Trump said. Scholz said the talks were useful.\n' +
  'Photo: John Lens/AP\n' +
  'Washington said the tariffs would stay, according to a statement.';

const analysis = analysisOf(
  [
    { id: 'a1', name: 'Jane Reporter', type: 'person', mentions: [span(text, 'Jane Reporter')] },
    { id: 'a2', name: 'Donald Trump', type: 'person', mentions: spans(text, 'Trump'), roles: ['Mr.', 'President'], aliases: ['Trump'] },
    { id: 'a3', name: 'Olaf Scholz', type: 'person', mentions: [span(text, 'Olaf Scholz'), span(text, 'Scholz said')].map((s) => ({ ...s, end: s.start + 'Scholz'.length + (s.text === 'Olaf Scholz' ? 5 : 0), text: s.text === 'Olaf Scholz' ? s.text : 'Scholz' })), roles: ['Chancellor'] },
    { id: 'a4', name: 'Reuters', type: 'organization', mentions: [span(text, 'Reuters')] },
    { id: 'a5', name: 'WASHINGTON', type: 'place', mentions: [span(text, 'WASHINGTON')] },
    { id: 'a6', name: 'John Lens', type: 'person', mentions: [span(text, 'John Lens')] },
    { id: 'a7', name: 'AP', type: 'organization', mentions: [span(text, 'AP', text.indexOf('Lens/'))] },
    { id: 'a8', name: 'Washington', type: 'place', mentions: [span(text, 'Washington said')].map((s) => ({ ...s, end: s.start + 10, text: 'Washington' })) },
    { id: 'a9', name: 'White House', type: 'organization', mentions: [span(text, 'White House')] },
  ],
  [
    { ...span(text, 'We will not back down'), kind: 'direct', source: { ...span(text, 'Trump said'), end: text.indexOf('Trump said') + 5, text: 'Trump', actorId: 'a2', anonymous: false } },
    { ...span(text, 'the talks were useful'), kind: 'indirect', source: { ...span(text, 'Scholz said'), end: text.indexOf('Scholz said') + 6, text: 'Scholz', actorId: 'a3', anonymous: false } },
    { ...span(text, 'the tariffs would stay'), kind: 'indirect', source: { ...span(text, 'Washington said'), end: text.indexOf('Washington said') + 10, text: 'Washington', actorId: 'a8', anonymous: false } },
  ],
);

const draft = memoryDraft({ url: 'https://news.example/a', title: 'Talks', site: 'News', byline: 'Jane Reporter', published: '2026-03-03', text, analysis });
const byName = (n: string) => draft.actors.find((a) => a.name === n);

describe('memoryDraft: what the history keeps of an article', () => {
  it('leaves out the byline, the photo credit and the dateline', () => {
    expect(byName('Jane Reporter')).toBeUndefined();
    expect(byName('John Lens')).toBeUndefined();
    expect(byName('AP')).toBeUndefined();
    expect(byName('Reuters')).toBeUndefined();
    expect(byName('WASHINGTON')).toBeUndefined();
    expect(draft.actors.map((a) => a.name).sort()).toEqual(['Donald Trump', 'Olaf Scholz', 'Washington', 'White House']);
  });

  it('counts the mentions outside those lines, and keeps roles but not honorifics', () => {
    expect(byName('Donald Trump')).toMatchObject({ key: 'person:donald trump', mentions: 2, roles: ['President'], aliases: ['Trump'] });
    expect(byName('Olaf Scholz')).toMatchObject({ mentions: 2, roles: ['Chancellor'] });
  });

  it('a place that speaks and is not linked to a country is kept apart from the place (a metonym)', () => {
    expect(byName('Washington')).toMatchObject({ key: 'organization:washington', type: 'organization' });
  });

  it('keeps each claim with its source, its anonymity and who it is about', () => {
    expect(draft.claims).toEqual([
      { text: 'We will not back down', kind: 'direct', source: 'Donald Trump', sourceKey: 'person:donald trump', anonymous: false, aboutKeys: [] },
      { text: 'the talks were useful', kind: 'indirect', source: 'Olaf Scholz', sourceKey: 'person:olaf scholz', anonymous: false, aboutKeys: [] },
      { text: 'the tariffs would stay', kind: 'indirect', source: 'Washington', sourceKey: 'organization:washington', anonymous: false, aboutKeys: [] },
    ]);
    expect(draft.publishedAt).toBe(Date.UTC(2026, 2, 3));
  });

  it('cuts a long claim at a word, within MAX_CLAIM_CHARS', () => {
    const long = `${'word '.repeat(200)}end`;
    const d = memoryDraft({ url: 'https://x.example/', title: 't', text: long, analysis: analysisOf([], [{ start: 0, end: long.length, text: long, kind: 'direct' }]) });
    expect(d.claims[0].text.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
    expect(d.claims[0].text.endsWith('word')).toBe(true);
  });

  it('names a claim is about', () => {
    const t = 'Officials said Pompeo would resign.';
    const a = analysisOf(
      [{ id: 'a1', name: 'Mike Pompeo', type: 'person', mentions: [span(t, 'Pompeo')] }],
      [{ ...span(t, 'Pompeo would resign'), kind: 'indirect', source: { ...span(t, 'Officials'), anonymous: true } }],
    );
    expect(memoryDraft({ url: 'https://x.example/', title: 't', text: t, analysis: a }).claims[0]).toMatchObject({ aboutKeys: ['person:mike pompeo'], anonymous: true, sourceKey: null, source: 'Officials' });
  });
});

describe('exclusion rules', () => {
  it('finds credit lines and datelines, and not prose that starts with "By"', () => {
    const t = 'By Tuesday, the ministry had agreed to the plan, officials said after a long meeting that lasted well into the night and beyond what anyone expected of it, and more.\nLONDON, March 3 (Wire) — Rates rose.\nIllustration by Ann Bee';
    expect(excludedRanges(t).map((r) => [r.rule, t.slice(r.start, r.end)])).toEqual([
      ['dateline', 'LONDON, March 3 (Wire) — '],
      ['photo-credit', 'Illustration by Ann Bee'],
    ]);
  });

  it('honorifics are not roles', () => {
    expect(['Mr.', 'Ms', 'mrs.', 'Dr', 'President', 'Sir'].map(isRealRole)).toEqual([false, false, false, true, true, false]);
  });

  it('a capital linked to its country is not an alias across articles', () => {
    expect(crossArticleAliases({ name: 'United States', aliases: ['US', 'Washington', 'U.S.'] })).toEqual(['US', 'U.S.']);
  });

  it('reads the names of a byline', () => {
    expect([...bylineNames('By Jane Doe and John Roe, Reuters')]).toEqual(['jane doe', 'john roe', 'reuters']);
  });
});

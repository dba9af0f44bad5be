import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDraft } from '../memory/record';
import { analysisOf, span } from '../memory/test-analysis';
import type { Actor, Claim } from '../nlp/types';
import type { DramatisDB } from './db';
import { rememberArticle } from './history';
import { actorLine, actorMemory, HistoryClaimIndex, outletProfile, seenBefore, weekStart } from './history-queries';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9); // Monday 2 March 2026

interface Page {
  url: string;
  site: string;
  at: number;
  text: string;
  actors: [string, Actor['type'], string[], string[]?][];
  claims: [string, string | null, boolean?][];
}

// Three readings: the same quote, once edited, once from another speaker; Valente under his full name and his surname.
const pages: Page[] = [
  {
    url: 'https://harbour.example/1',
    site: 'Harbour Times',
    at: T0,
    text: 'Prime Minister Rui Valente spoke. "The bridge will reopen in May, and not a day later," Valente said. Marta Sousa said the strike would go on. An official said the plan had failed.',
    actors: [
      ['Rui Valente', 'person', ['Rui Valente', 'Valente'], ['Prime Minister']],
      ['Marta Sousa', 'person', ['Marta Sousa']],
    ],
    claims: [
      ['The bridge will reopen in May, and not a day later', 'Rui Valente'],
      ['the strike would go on', 'Marta Sousa'],
      ['the plan had failed', null, true],
    ],
  },
  {
    url: 'https://other.example/2',
    site: 'Other News',
    at: T0 + 8 * DAY,
    text: '"The bridge will reopen in May, not a day later," Valente said in London. Sousa was not there.',
    actors: [
      ['Valente', 'person', ['Valente']],
      ['Sousa', 'person', ['Sousa']],
    ],
    claims: [['The bridge will reopen in May, not a day later', 'Valente']],
  },
  {
    url: 'https://harbour.example/3',
    site: 'Harbour Times',
    at: T0 + 15 * DAY,
    text: '"The bridge will reopen in May, and not a day later," Ana Ferraz said about Valente. Officials said the works were late.',
    actors: [
      ['Ana Ferraz', 'person', ['Ana Ferraz']],
      ['Rui Valente', 'person', ['Valente']],
    ],
    claims: [
      ['The bridge will reopen in May, and not a day later', 'Ana Ferraz'],
      ['the works were late', null, true],
    ],
  },
];

function draftOf(p: Page) {
  const actors: Actor[] = p.actors.map(([name, type, mentions, roles], i) => ({
    id: `a${i}`,
    name,
    type,
    mentions: mentions.map((m) => span(p.text, m)),
    ...(roles ? { roles } : {}),
    aliases: mentions.filter((m) => m !== name),
  }));
  const claims: Claim[] = p.claims.map(([text, source, anonymous]) => {
    const actor = actors.find((a) => a.name === source);
    const s = source ? span(p.text, source.split(' ').at(-1)!) : span(p.text, p.text.includes('An official') ? 'An official' : 'Officials');
    return { ...span(p.text, text), kind: 'direct', source: { ...s, anonymous: !!anonymous, ...(actor ? { actorId: actor.id } : {}) } };
  });
  return memoryDraft({ url: p.url, title: `Page ${p.url.at(-1)}`, site: p.site, text: p.text, analysis: analysisOf(actors, claims) });
}

let db: DramatisDB;
beforeAll(async () => {
  db = testDb();
  for (const p of pages.slice(0, 2)) await rememberArticle(db, draftOf(p), { incognito: false, now: p.at });
});
afterAll(() => db.delete());

describe('seenBefore', () => {
  it('the third page: its quote was read twice before (once edited), first on page 1, attributed to another speaker', async () => {
    const index = new HistoryClaimIndex(db);
    await index.sync();
    const third = draftOf(pages[2]);
    const [quote, works] = await seenBefore(db, index.index, third.claims, pages[2].url);
    expect(quote.matches.map((m) => [m.url, m.source, m.otherSource])).toEqual([
      ['https://harbour.example/1', 'Rui Valente', true],
      ['https://other.example/2', 'Valente', true],
    ]);
    expect(quote.otherSource).toBe(true);
    expect(quote.outlets).toEqual(['Harbour Times', 'Other News']);
    expect(quote.matches[0].diff).toBeUndefined();
    expect(quote.matches[1].diff?.filter((d) => d.kind !== 'same')).toEqual([{ kind: 'added', text: 'and ' }]);
    expect(works.matches).toEqual([]);
  });

  it('the same speaker under another name is not "another source"', async () => {
    const index = new HistoryClaimIndex(db);
    await index.sync();
    const [quote] = await seenBefore(db, index.index, [{ text: 'The bridge will reopen in May, and not a day later', source: 'Valente', sourceKey: 'person:valente', anonymous: false }]);
    expect(quote.matches.map((m) => m.otherSource)).toEqual([false, false]);
  });
});

describe('actorMemory and actorLine', () => {
  it('Rui Valente across his full name and his surname: articles, weeks, roles, what he said, co-actors', async () => {
    await rememberArticle(db, draftOf(pages[2]), { incognito: false, now: pages[2].at });
    const m = (await actorMemory(db, 'person:valente'))!;
    expect(m.identity.name).toBe('Rui Valente');
    expect(m.articles.map((a) => [a.url, a.mentions])).toEqual([
      ['https://harbour.example/3', 1],
      ['https://other.example/2', 1],
      ['https://harbour.example/1', 2],
    ]);
    expect(m.weeks.map((w) => [new Date(w.week).toISOString().slice(0, 10), w.mentions])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-09', 1],
      ['2026-03-16', 1],
    ]);
    expect(m.roles.map((r) => r.role)).toEqual(['Prime Minister']);
    expect(m.said.map((s) => s.text)).toEqual(['The bridge will reopen in May, not a day later', 'The bridge will reopen in May, and not a day later']);
    expect(m.about.map((s) => s.text)).toEqual([]);
    expect(m.coActors.map((c) => [c.name, c.articles])).toEqual([
      ['Ana Ferraz', 1],
      ['Marta Sousa', 1],
      ['Sousa', 1],
    ]);
    expect(m.outlets.map((o) => [o.site, o.articles])).toEqual([
      ['Harbour Times', 2],
      ['Other News', 1],
    ]);
  });

  it('a claim attributed to the actor counts in an article whose actors do not list them (an imported record)', async () => {
    const db2 = testDb();
    const valente = { key: 'person:rui valente', name: 'Rui Valente', type: 'person' as const, mentions: 1, roles: [], aliases: [] };
    const draft = (url: string, actors: (typeof valente)[], claim: string) => ({
      url,
      title: url,
      site: 'S',
      publishedAt: 0,
      actors,
      claims: [{ text: claim, kind: 'direct' as const, source: 'Rui Valente', sourceKey: 'person:rui valente', anonymous: false, aboutKeys: [] }],
    });
    await rememberArticle(db2, draft('https://s.example/1', [valente], 'The bridge will reopen'), { incognito: false, now: T0 });
    await rememberArticle(db2, draft('https://s.example/2', [], 'The tolls will go'), { incognito: false, now: T0 + DAY });
    const m = (await actorMemory(db2, 'person:rui valente'))!;
    expect(m.articleCount).toBe(1);
    expect(m.said.map((c) => [c.text, c.title])).toEqual([
      ['The tolls will go', 'https://s.example/2'],
      ['The bridge will reopen', 'https://s.example/1'],
    ]);
    expect(m.moreSaid).toBe(false);
    expect((await actorMemory(db2, 'person:rui valente', { maxClaims: 1 }))!.moreSaid).toBe(true);
    await db2.delete();
  });

  it('the card line counts the other pages', async () => {
    expect(await actorLine(db, 'person:rui valente', 'https://harbour.example/3')).toEqual({ articles: 2, first: T0, last: T0 + 8 * DAY });
    expect(await actorLine(db, 'person:nobody')).toEqual({ articles: 0, first: null, last: null });
  });
});

describe('outletProfile', () => {
  it('articles, claims and the anonymous share of one outlet, its most quoted sources and the trend', async () => {
    const p = await outletProfile(db, 'https://harbour.example/anything');
    expect(p).toMatchObject({ host: 'harbour.example', site: 'Harbour Times', articles: 2, claims: 5, anonymous: 2, first: T0, last: T0 + 15 * DAY });
    expect(p.anonymousShare).toBeCloseTo(0.4);
    expect(p.topSources).toEqual([
      { name: 'Ana Ferraz', claims: 1 },
      { name: 'Marta Sousa', claims: 1 },
      { name: 'Rui Valente', claims: 1 },
    ]);
    expect(p.trend).toEqual([{ month: '2026-03', articles: 2, claims: 5, anonymousShare: 0.4 }]);
  });

  it('weekStart is the Monday', () => {
    expect(new Date(weekStart(Date.UTC(2026, 2, 8, 23))).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });
});

describe('actorMemory co-actors', () => {
  it('one co-actor read as a person in one article and as a place in another is counted once, in both articles', async () => {
    const db2 = testDb();
    const text = (who: string) => `Ana Ruiz met ${who} on Monday.`;
    const make = (url: string, type: Actor['type']) => {
      const t = text('Quim Barreda');
      const actors: Actor[] = [
        { id: 'a0', name: 'Ana Ruiz', type: 'person', mentions: [span(t, 'Ana Ruiz')], aliases: [] },
        { id: 'a1', name: 'Quim Barreda', type, mentions: [span(t, 'Quim Barreda')], aliases: [] },
      ];
      return memoryDraft({ url, title: url, site: 'S', text: t, analysis: analysisOf(actors, []) });
    };
    await rememberArticle(db2, make('https://s.example/1', 'person'), { incognito: false, now: T0 });
    await rememberArticle(db2, make('https://s.example/2', 'place'), { incognito: false, now: T0 + DAY });
    const m = await actorMemory(db2, 'person:ana ruiz');
    expect(m?.coActors.map((c) => [c.name, c.articles])).toEqual([['Quim Barreda', 2]]);
    await db2.delete();
  });
});

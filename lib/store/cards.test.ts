import { afterEach, describe, expect, it } from 'vitest';
import { baghdad, tehran } from '../../tests/fixtures/store/articles';
import { listArticles, saveArticle, searchArticles } from './articles';
import { articlesWithActor, getActorReading, getCard, markNotActor, mergeActors, renameActor, setActorType, setNote } from './cards';
import { getCorrections } from './corrections';
import type { DramatisDB } from './db';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

async function seeded() {
  db = testDb();
  const a = (await saveArticle(db, baghdad)).id;
  const b = (await saveArticle(db, tehran)).id;
  return { a, b };
}

describe('cards', () => {
  it('notes survive a re-save of the article', async () => {
    await seeded();
    await setNote(db, 'person:mike pompeo', 'Former CIA director.');
    await saveArticle(db, baghdad);
    expect((await getCard(db, 'person:mike pompeo'))!.note).toBe('Former CIA director.');
    await expect(setNote(db, 'person:nobody', 'x')).rejects.toThrow(/No card/);
  });

  it('lists the articles an actor appears in, newest first', async () => {
    const { a, b } = await seeded();
    expect((await articlesWithActor(db, 'person:mike pompeo')).map((x) => x.id)).toEqual([b, a]);
  });

  it('rename: new key, old name kept as alias, articles re-pointed, searchable, applied on later saves', async () => {
    const { a, b } = await seeded();
    const card = await renameActor(db, 'person:adel abdul mahdi', 'Adil Abd al-Mahdi');
    expect(card.key).toBe('person:adil abd al-mahdi');
    expect(card.aliases).toEqual(['Adel Abdul Mahdi']);
    expect(await getCard(db, 'person:adel abdul mahdi')).toBeUndefined();
    expect((await listArticles(db, { filter: { actor: 'person:adil abd al-mahdi' } })).map((x) => x.id)).toEqual([a]);
    expect((await searchArticles(db, 'adil')).map((x) => x.id)).toEqual([a]);
    expect(await getCorrections(db)).toEqual({ renames: { 'Adel Abdul Mahdi': 'Adil Abd al-Mahdi' } });
    // a later article naming him the old way lands on the renamed card
    await saveArticle(db, { ...tehran, url: 'https://x.example/3', analysis: { ...tehran.analysis!, actors: [{ id: 'a1', name: 'Adel Abdul Mahdi', type: 'person', mentions: [] }] } });
    expect(await db.cards.where('key').startsWith('person:ad').count()).toBe(1);
    expect(b).toBeGreaterThan(0);
  });

  it('setActorType: the card changes type and key; later pages use the forced type', async () => {
    const { a } = await seeded();
    const card = await setActorType(db, 'place:baghdad', 'organization');
    expect(card.key).toBe('organization:baghdad');
    expect((await db.articles.get(a))!.actorKeys).toContain('organization:baghdad');
    expect((await db.articles.get(a))!.actorKeys).not.toContain('place:baghdad');
    expect(await getCorrections(db)).toEqual({ types: { Baghdad: 'organization' } });
    await saveArticle(db, baghdad);
    expect(await getCard(db, 'place:baghdad')).toBeUndefined();
  });

  it('mergeActors: aliases, roles and notes joined, other card gone, articles re-pointed', async () => {
    const { a, b } = await seeded();
    await setNote(db, 'person:adel abdul mahdi', 'Iraqi PM.');
    await setNote(db, 'person:mike pompeo', 'US diplomat.');
    const merged = await mergeActors(db, 'person:mike pompeo', ['person:adel abdul mahdi']);
    expect(merged.aliases).toEqual(['Pompeo', 'Adel Abdul Mahdi']);
    expect(merged.note).toBe('US diplomat.\n\nIraqi PM.');
    expect(merged.roles.map((r) => [r.role, r.articleId])).toEqual([
      ['Secretary of State', a],
      ['US Secretary of State', b],
      ['Prime Minister', a],
    ]);
    expect(await getCard(db, 'person:adel abdul mahdi')).toBeUndefined();
    expect((await db.articles.get(a))!.actorKeys.filter((k) => k === 'person:mike pompeo')).toHaveLength(1);
    expect(await getCorrections(db)).toEqual({ merges: [['Mike Pompeo', 'Adel Abdul Mahdi']] });
  });

  it('markNotActor: card removed, articles no longer list it, skipped on later saves', async () => {
    const { a } = await seeded();
    const removed = await markNotActor(db, 'the State Department');
    expect(removed.map((c) => c.key)).toEqual(['organization:state department']);
    expect((await db.articles.get(a))!.actorKeys).not.toContain('organization:state department');
    await saveArticle(db, baghdad);
    expect(await getCard(db, 'organization:state department')).toBeUndefined();
    expect(await getCorrections(db)).toEqual({ notActor: ['the State Department'] });
  });
});

describe('card matching across articles', () => {
  const only = (actors: object[]) => ({ schema: 1 as const, actors: actors as any, claims: [], profile: { claims: 0, anonymous: 0, sources: [] } });
  it.each([
    ['a short name joins the full name that lists it', [{ id: 'a1', name: 'Pompeo', type: 'person', mentions: [] }], 'person:mike pompeo'],
    ['a different full name sharing a surname alias gets its own card', [{ id: 'a1', name: 'Susan Pompeo', type: 'person', mentions: [], aliases: ['Pompeo'] }], 'person:susan pompeo'],
    ['a full name joins a card known by its alias when the card has a short name', [{ id: 'a1', name: 'Baghdad City', type: 'place', mentions: [], aliases: ['Baghdad'] }], 'place:baghdad'],
    ['the same name with another type is another card', [{ id: 'a1', name: 'Baghdad', type: 'organization', mentions: [] }], 'organization:baghdad'],
    ['the same reference key joins', [{ id: 'a1', name: 'Baghdad, Iraq', type: 'place', mentions: [], kb: 'wiki:Baghdad' }], 'place:baghdad'],
  ])('%s', async (_, actors, key) => {
    db = testDb();
    await saveArticle(db, { ...baghdad, analysis: { ...baghdad.analysis!, actors: baghdad.analysis!.actors.map((a) => (a.name === 'Baghdad' ? { ...a, kb: 'wiki:Baghdad' } : a)) } });
    const { article } = await saveArticle(db, { ...tehran, analysis: only(actors) });
    expect(article.actorKeys).toEqual([key]);
  });
});

describe('getActorReading', () => {
  it('lists articles, the claims the actor made, and the actors seen with it', async () => {
    const { a, b } = await seeded();
    const sd = await getActorReading(db, 'organization:state department');
    expect(sd!.articles.map((x) => x.id)).toEqual([a]);
    expect(sd!.claims).toEqual([
      { articleId: a, articleTitle: 'Pompeo makes surprise visit to Baghdad', text: 'declined to comment', kind: 'no-comment', start: 205, end: 224, cue: 'declined to comment' },
    ]);
    const pompeo = await getActorReading(db, 'person:mike pompeo');
    expect(pompeo!.articles.map((x) => x.id)).toEqual([b, a]);
    expect(pompeo!.claims).toEqual([]);
    expect(pompeo!.coActors.map((c) => [c.name, c.articles])).toEqual([
      ['Reuters', 1],
      ['State Department', 1],
      ['Adel Abdul Mahdi', 1],
      ['Baghdad', 1],
      ['Tehran', 1],
    ]);
    expect(await getActorReading(db, 'person:nobody')).toBeNull();
  });

  it('follows a merge: the merged actor\'s claims count for the kept card', async () => {
    const { b } = await seeded();
    await mergeActors(db, 'organization:state department', ['organization:reuters']);
    const r = await getActorReading(db, 'organization:state department');
    expect(r!.claims.map((c) => [c.articleId, c.text])).toEqual([
      [b, 'Officials in Teheran rejected the warning'],
      [expect.any(Number), 'declined to comment'],
    ]);
  });
});

describe('getCorrections', () => {
  it('folds corrections in order, joining overlapping merges', async () => {
    db = testDb();
    await db.corrections.bulkAdd([
      { kind: 'notActor', name: 'Monday', at: 1 },
      { kind: 'notActor', name: 'monday', at: 2 },
      { kind: 'type', name: 'Jordan', type: 'person', at: 3 },
      { kind: 'type', name: 'Jordan', type: 'place', at: 4 },
      { kind: 'merge', name: 'US', names: ['United States', 'US'], at: 5 },
      { kind: 'merge', name: 'USA', names: ['US', 'USA'], at: 6 },
      { kind: 'rename', name: 'Trump', to: 'Donald Trump', at: 7 },
    ]);
    expect(await getCorrections(db)).toEqual({
      notActor: ['monday'],
      types: { Jordan: 'place' },
      merges: [['United States', 'US', 'USA']],
      renames: { Trump: 'Donald Trump' },
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { baghdad, tehran } from '../../tests/fixtures/store/articles';
import { deleteArticle, listArticles, restoreArticle, saveArticle, searchArticles } from './articles';
import {
  articlesWithActor,
  deleteCard,
  getActorReading,
  getCard,
  keptByUser,
  markNotActor,
  mergeActors,
  renameActor,
  setActorType,
  setNote,
  setSummary,
} from './cards';
import { exportAll, importAll } from './export-import';
import type { CardRecord } from './schema';
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

const byKey = (cards: CardRecord[]) => [...cards].sort((x, y) => x.key.localeCompare(y.key));
const rolesOf = async (key: string) => (await getCard(db, key))?.roles.map((r) => [r.role, r.articleId]);
const SUMMARY = { text: 'Capital of Iraq.', url: 'https://en.wikipedia.org/wiki/Baghdad', fetchedAt: 1, source: 'Wikipedia' };

describe('cards when an article is deleted for good', () => {
  // baghdad: Mike Pompeo (Secretary of State), Adel Abdul Mahdi (Prime Minister), Baghdad, State Department.
  // tehran: Pompeo (joins Mike Pompeo's card; US Secretary of State), Tehran, Reuters.
  it.each([
    {
      what: 'nothing given: only the cards the other article lists stay',
      give: async () => {},
      kept: ['organization:reuters', 'person:mike pompeo', 'place:tehran'],
    },
    {
      what: 'a note keeps its card',
      give: () => setNote(db, 'place:baghdad', 'Capital of Iraq.'),
      kept: ['organization:reuters', 'person:mike pompeo', 'place:baghdad', 'place:tehran'],
    },
    {
      what: 'a blank note does not',
      give: () => setNote(db, 'place:baghdad', '  \n '),
      kept: ['organization:reuters', 'person:mike pompeo', 'place:tehran'],
    },
    {
      what: 'an accepted background summary keeps its card',
      give: () => setSummary(db, 'person:adel abdul mahdi', SUMMARY),
      kept: ['organization:reuters', 'person:adel abdul mahdi', 'person:mike pompeo', 'place:tehran'],
    },
    {
      what: 'a rejected summary (set back to null) does not',
      give: async () => {
        await setSummary(db, 'person:adel abdul mahdi', SUMMARY);
        await setSummary(db, 'person:adel abdul mahdi', null);
      },
      kept: ['organization:reuters', 'person:mike pompeo', 'place:tehran'],
    },
    {
      what: 'a rename keeps the renamed card',
      give: () => renameActor(db, 'organization:state department', 'US State Department'),
      kept: ['organization:reuters', 'organization:us state department', 'person:mike pompeo', 'place:tehran'],
    },
    {
      what: 'a type correction keeps the retyped card',
      give: () => setActorType(db, 'place:baghdad', 'organization'),
      kept: ['organization:baghdad', 'organization:reuters', 'person:mike pompeo', 'place:tehran'],
    },
    {
      what: 'a merge keeps the merged card',
      give: () => mergeActors(db, 'place:baghdad', ['organization:state department']),
      kept: ['organization:reuters', 'person:mike pompeo', 'place:baghdad', 'place:tehran'],
    },
  ])('$what', async ({ give, kept }) => {
    const { a, b } = await seeded();
    await give();
    await deleteArticle(db, a);
    expect((await db.cards.toArray()).map((c) => c.key).sort()).toEqual(kept);
    // The card shared with the other article keeps only that article's role.
    expect(await rolesOf('person:mike pompeo')).toEqual([['US Secretary of State', b]]);
    // No card keeps a role from the deleted article.
    expect((await db.cards.toArray()).flatMap((c) => c.roles).filter((r) => r.articleId === a)).toEqual([]);
  });

  it.each([
    { card: { note: '', summary: null, name: 'Baghdad', aliases: [] }, corrected: [], kept: false },
    { card: { note: 'Mine.', summary: null, name: 'Baghdad', aliases: [] }, corrected: [], kept: true },
    { card: { note: '', summary: SUMMARY, name: 'Baghdad', aliases: [] }, corrected: [], kept: true },
    { card: { note: '', summary: null, name: 'Baghdad', aliases: [] }, corrected: ['baghdad'], kept: true },
    { card: { note: '', summary: null, name: 'Mike Pompeo', aliases: ['Pompeo'] }, corrected: ['pompeo'], kept: true },
    { card: { note: '', summary: null, name: 'Mike Pompeo', aliases: ['Pompeo'] }, corrected: ['susan pompeo'], kept: false },
  ])('keptByUser($card.name, note "$card.note", corrected $corrected) = $kept', ({ card, corrected, kept }) => {
    expect(keptByUser({ key: 'x', type: 'place', aliasKeys: [], roles: [], kb: null, createdAt: 0, updatedAt: 0, ...card }, new Set(corrected))).toBe(kept);
  });

  it('a notActor correction does not keep a card (the card is gone already)', async () => {
    const { a } = await seeded();
    await markNotActor(db, 'Baghdad');
    await deleteArticle(db, a);
    expect((await db.cards.toArray()).map((c) => c.key).sort()).toEqual(['organization:reuters', 'person:mike pompeo', 'place:tehran']);
  });

  it('undo restores every card exactly, ids included', async () => {
    const { a } = await seeded();
    await setNote(db, 'place:baghdad', 'Capital of Iraq.');
    const before = byKey(await db.cards.toArray());
    const articleBefore = await db.articles.get(a);
    const deleted = await deleteArticle(db, a);
    // Baghdad's card (a note, no role) is neither changed nor removed, so it is not in what undo puts back.
    expect(deleted!.cards!.map((c) => c.key).sort()).toEqual(['organization:state department', 'person:adel abdul mahdi', 'person:mike pompeo']);
    expect(await getCard(db, 'place:baghdad')).toBeDefined();
    expect(await restoreArticle(db, deleted!)).toBe(a);
    expect(byKey(await db.cards.toArray())).toEqual(before);
    expect(await db.articles.get(a)).toEqual(articleBefore);
    expect((await getActorReading(db, 'person:adel abdul mahdi'))!.articles.map((x) => x.id)).toEqual([a]);
  });

  it('undo after the actor was read again meanwhile: one card, both articles\' roles', async () => {
    const { a } = await seeded();
    const deleted = await deleteArticle(db, a);
    expect(await getCard(db, 'person:adel abdul mahdi')).toBeUndefined();
    const x = (
      await saveArticle(db, {
        ...tehran,
        url: 'https://x.example/mahdi',
        analysis: { ...tehran.analysis!, actors: [{ id: 'a1', name: 'Adel Abdul Mahdi', type: 'person', mentions: [], roles: ['Iraqi Prime Minister'] }] },
      })
    ).id;
    await restoreArticle(db, deleted!);
    expect(await db.cards.where('key').equals('person:adel abdul mahdi').count()).toBe(1);
    expect(await rolesOf('person:adel abdul mahdi')).toEqual([
      ['Iraqi Prime Minister', x],
      ['Prime Minister', a],
    ]);
  });

  it('undo after the same URL was saved again: that save\'s cards stand, no role of the old id comes back', async () => {
    const { a, b } = await seeded();
    const deleted = await deleteArticle(db, a);
    const again = (await saveArticle(db, baghdad)).id;
    expect(again).not.toBe(a);
    expect(await restoreArticle(db, deleted!)).toBe(again);
    expect(await rolesOf('person:mike pompeo')).toEqual([
      ['US Secretary of State', b],
      ['Secretary of State', again],
    ]);
    expect((await db.cards.toArray()).flatMap((c) => c.roles).filter((r) => r.articleId === a)).toEqual([]);
  });

  it('export after a delete carries no trace of the article in cards, and round-trips', async () => {
    const { a, b } = await seeded();
    await setNote(db, 'place:baghdad', 'Capital of Iraq.');
    await deleteArticle(db, a);
    const exported = await exportAll(db);
    expect(exported.cards.map((c) => [c.key, c.roles.map((r) => r.articleId)]).sort()).toEqual([
      ['organization:reuters', []],
      ['person:mike pompeo', [b]],
      ['place:baghdad', []],
      ['place:tehran', []],
    ]);
    await db.delete();
    db = testDb();
    await importAll(db, JSON.parse(JSON.stringify(exported)));
    // The same cards, with the ids this database assigned (roles re-pointed: compared by their article's URL).
    const urlIn = (articles: { id?: unknown; url: string }[]) => new Map(articles.map((x) => [x.id, x.url]));
    const comparable = (cards: CardRecord[], urls: Map<unknown, string>) =>
      byKey(cards).map(({ id: _id, ...c }) => ({ ...c, roles: c.roles.map(({ articleId, ...r }) => ({ ...r, url: urls.get(articleId) })) }));
    expect(comparable(await db.cards.toArray(), urlIn(await db.articles.toArray()))).toEqual(
      comparable(exported.cards as CardRecord[], urlIn(exported.articles)),
    );
    // The kept card with no article still opens, with nothing in "your reading".
    expect((await getActorReading(db, 'place:baghdad'))!.articles).toEqual([]);
  });
});

describe('deleteCard', () => {
  it('removes the card and its key from the articles, without recording a correction', async () => {
    const { a } = await seeded();
    await deleteCard(db, 'person:mike pompeo');
    expect(await getCard(db, 'person:mike pompeo')).toBeUndefined();
    const article = await db.articles.get(a);
    expect(article!.actorKeys).not.toContain('person:mike pompeo');
    expect(Object.values(article!.actorCards)).not.toContain('person:mike pompeo');
    expect(await db.corrections.count()).toBe(0);
  });
});

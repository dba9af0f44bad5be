// Each finding of issue 11 about imports, as a test that failed on the code before the fix.
import { afterEach, describe, expect, it } from 'vitest';
import { baghdad, recipe, tehran } from '../../tests/fixtures/store/articles';
import { formatDate } from '../../components/format';
import { saveArticle } from './articles';
import type { DramatisDB } from './db';
import { ImportError } from './errors';
import { exportAll } from './export-import';
import { applyImport, describePlan, prepareImport } from './import-file';
import { getSettings, setSetting } from './settings';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

async function dump(d: DramatisDB) {
  return JSON.stringify([
    await d.articles.orderBy('id').toArray(),
    await d.cards.orderBy('id').toArray(),
    await d.corrections.orderBy('id').toArray(),
    await d.settings.orderBy('key').toArray(),
  ]);
}

async function exportText(): Promise<any> {
  const source = testDb();
  await saveArticle(source, baghdad);
  await saveArticle(source, tehran);
  const file = JSON.parse(JSON.stringify(await exportAll(source)));
  await source.delete();
  return file;
}

describe('import validation', () => {
  it('a Pocket CSV row dated far in the future is skipped with its reason; every stored date formats', async () => {
    db = testDb();
    // 1e16 is read as milliseconds (> 1e12), i.e. 1e13 seconds: year 318857, past what a Date can hold.
    const csv = 'title,url,time_added\nFuture,https://a.example/x,9999999999999999\nFine,https://b.example/y,1546300800\n';
    const plan = prepareImport(csv);
    expect(plan.skipped).toEqual([{ where: 'row 2', reason: expect.stringMatching(/date added .*out of range/) }]);
    await applyImport(db, plan);
    const all = await db.articles.toArray();
    expect(all.map((a) => a.title)).toEqual(['Fine']);
    for (const a of all) expect(() => formatDate(a.savedAt)).not.toThrow();
  });

  it('never keeps an imported id: an id near 2^53 does not stop later saves', async () => {
    db = testDb();
    const file = await exportText();
    const old = file.articles[0].id;
    file.articles[0].id = Number.MAX_SAFE_INTEGER;
    for (const c of file.cards) for (const r of c.roles) if (r.articleId === old) r.articleId = Number.MAX_SAFE_INTEGER;
    file.cards[0].id = Number.MAX_SAFE_INTEGER - 1;
    await applyImport(db, prepareImport(JSON.stringify(file)));
    const ids = (await db.articles.toArray()).map((a) => a.id!);
    expect(Math.max(...ids)).toBeLessThan(10);
    const saved = await saveArticle(db, recipe);
    expect(saved.id).toBeLessThan(10);
    // References follow the new ids.
    const pompeo = await db.cards.where('key').equals('person:mike pompeo').first();
    expect(new Set(pompeo!.roles.map((r) => r.articleId))).toEqual(new Set(ids));
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a settings key "%s" is skipped with a clear reason, not a TypeError', async (key) => {
    db = testDb();
    const file = await exportText();
    file.settings = [{ key, value: true }, { key: 'highlightKinds', value: ['person'] }];
    const plan = prepareImport(JSON.stringify(file));
    expect(plan.skipped).toEqual([{ where: 'settings[0]', reason: `unknown setting "${key}"` }]);
    await applyImport(db, plan);
    expect((await getSettings(db)).highlightKinds).toEqual(['person']);
  });

  it('never turns the network lookup (or saving from private windows) on, and says so', async () => {
    db = testDb();
    await setSetting(db, 'disabledSites', ['mine.example']);
    const file = await exportText();
    file.settings = [
      { key: 'lookup', value: true },
      { key: 'allowPrivate', value: true },
      { key: 'disabledSites', value: ['theirs.example'] },
    ];
    const plan = prepareImport(JSON.stringify(file));
    expect(plan.notes.join(' ')).toMatch(/Wikipedia lookup .* stays off/);
    await applyImport(db, plan);
    const settings = await getSettings(db);
    expect(settings.lookup).toBe(false);
    expect(settings.allowPrivate).toBe(false);
    // Merged key by key: the sites turned off here stay off.
    expect(settings.disabledSites).toEqual(['mine.example', 'theirs.example']);
  });

  it('previews without writing: counts and the reasons for what would be skipped', async () => {
    db = testDb();
    await saveArticle(db, recipe);
    const before = await dump(db);
    const file = await exportText();
    file.articles[1].savedAt = 1e20;
    file.articles.push({ ...file.articles[0], url: 'https://c.example/z', analysis: { ...file.articles[0].analysis, actors: [{ ...file.articles[0].analysis.actors[0], mentions: [{ start: 0, end: 1e6, text: 'x' }] }] } });
    const plan = prepareImport(JSON.stringify(file));
    expect(await dump(db)).toBe(before);
    expect(plan.skipped.map((s) => s.where)).toEqual(['articles[1]', 'articles[2]']);
    expect(plan.skipped[0].reason).toMatch(/savedAt.*out of range/);
    expect(plan.skipped[1].reason).toMatch(/outside the text/);
    expect(describePlan(plan)).toMatch(/^1 article, \d+ cards?.*; 2 skipped/);
  });

  it('an imported copy with much shorter text does not replace the longer one saved here', async () => {
    db = testDb();
    const long = `${baghdad.text} ${'More reporting follows in this paragraph. '.repeat(30)}`;
    await saveArticle(db, { ...baghdad, text: long });
    const file = await exportText();
    file.articles[0].updatedAt = Date.now(); // newer than what is here, but a teaser
    file.articles[0].analysis = null;
    await applyImport(db, prepareImport(JSON.stringify(file)));
    const kept = await db.articles.where('url').equals(file.articles[0].url).first();
    expect(kept!.text).toBe(long);
    expect(kept!.keptLonger).toEqual({ at: expect.any(Number), shorterLength: baghdad.text.length, keptLength: long.length });
  });

  it.each([
    ['too large', (s: string) => s, { maxChars: 100 }, /too large/],
    ['nested too deeply', () => `{"format":"dramatis","version":1,"exportedAt":"x","articles":[${'['.repeat(5000)}${']'.repeat(5000)}],"cards":[],"corrections":[],"settings":[]}`, {}, /articles\[0\].*nested too deeply/],
    ['a __proto__ key', (s: string) => s.replace('"title":', '"__proto__":{"polluted":1},"title":'), {}, /__proto__/],
  ] as const)('a file %s gets a clear message or a skip, and changes nothing before the user confirms', async (_, make, limits, message) => {
    db = testDb();
    await saveArticle(db, recipe);
    const before = await dump(db);
    const text = make(JSON.stringify(await exportText()));
    let outcome: string;
    try {
      const plan = prepareImport(text, limits);
      outcome = plan.skipped.map((s) => `${s.where}: ${s.reason}`).join('\n');
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      outcome = (e as Error).message;
    }
    expect(outcome).toMatch(message);
    expect(await dump(db)).toBe(before);
    expect(({} as any).polluted).toBeUndefined();
  });
});

// @vitest-environment happy-dom
// Property tests over arbitrary and adversarial import files (issue 11): whatever the file, either a clear ImportError
// and a database byte-identical to before, or a database whose every record renders with the helpers the library
// pages use. Fixed seeds and bounded runs, so `npm test` is repeatable and takes seconds.
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { baghdad, recipe, tehran } from '../../tests/fixtures/store/articles';
import { articleRowOf } from '../../components/article-row';
import { formatDate, isoDateTime } from '../../components/format';
import { ReadingList } from '../../components/reading-list';
import { NO_FILTERS } from '../../components/reading-list-view';
import { saveArticle } from './articles';
import { getActorReading, listCards, renameActor, setNote } from './cards';
import type { DramatisDB } from './db';
import { ImportError } from './errors';
import { exportAll, exportCsv, exportMarkdown } from './export-import';
import { applyImport, prepareImport } from './import-file';
import { rememberArticle } from './history';
import { memoryDraft } from '../memory/record';
import { getSettings, setSetting } from './settings';
import { testDb } from './test-db';

const SEED = 20261207;

let db: DramatisDB;
let exported: any;

beforeAll(async () => {
  // The database every import lands in: a few saved articles, cards with a note and a rename, settings.
  db = testDb();
  await saveArticle(db, baghdad);
  await saveArticle(db, tehran);
  await setNote(db, 'person:mike pompeo', 'Mine.');
  await setSetting(db, 'lookup', false);
  // The file the mutations start from: another library's export.
  const source = testDb();
  await saveArticle(source, baghdad);
  await saveArticle(source, tehran);
  await saveArticle(source, recipe);
  await renameActor(source, 'place:tehran', 'Teheran');
  await setSetting(source, 'disabledSites', ['a.example']);
  // The reading history travels too (issue 15): two remembered articles with claims.
  for (const [i, a] of [baghdad, tehran].entries()) {
    await rememberArticle(source, memoryDraft({ ...a, analysis: a.analysis! }), { incognito: false, now: Date.UTC(2026, 0, 1 + i) });
  }
  exported = JSON.parse(JSON.stringify(await exportAll(source)));
  await source.delete();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(async () => {
  await db.delete();
  vi.restoreAllMocks();
});

async function dump(d: DramatisDB): Promise<string> {
  return JSON.stringify([
    await d.articles.orderBy('id').toArray(),
    await d.cards.orderBy('id').toArray(),
    await d.corrections.orderBy('id').toArray(),
    await d.settings.orderBy('key').toArray(),
    await d.history.orderBy('id').toArray(),
    await d.historyClaims.orderBy('id').toArray(),
    await d.historyNames.orderBy('key').toArray(),
  ]);
}

/** Every record renders the way the library's pages render it; the exports do not throw. */
async function everythingRenders(d: DramatisDB): Promise<void> {
  const articles = await d.articles.toArray();
  const rows = articles.map(articleRowOf);
  render(
    createElement(ReadingList, {
      articles: rows,
      totalCount: rows.length,
      onSearch: () => undefined,
      filters: { ...NO_FILTERS, archived: true },
      onFiltersChange: () => undefined,
      sort: 'newest',
      onSortChange: () => undefined,
      tags: [],
      sites: [],
      onOpen: () => undefined,
      onToggleRead: () => undefined,
      onArchive: () => undefined,
      onDelete: () => undefined,
      onUndo: () => undefined,
    }),
  );
  expect(screen.queryAllByRole('listitem', { name: 'A saved article that cannot be shown' })).toEqual([]);
  cleanup();
  for (const a of articles) {
    formatDate(a.savedAt);
    isoDateTime(a.savedAt);
  }
  for (const card of await listCards(d)) {
    const reading = await getActorReading(d, card.key);
    for (const r of reading!.card.roles) formatDate(r.date);
    if (card.summary) formatDate(card.summary.fetchedAt);
  }
  await exportMarkdown(d);
  await exportCsv(d);
  expect((await getSettings(d)).lookup).toBe(false);
}

/**
 * Imports `text` into the shared database: a clear ImportError and nothing changed, or everything renders. (The
 * database grows run after run, so later runs also merge into what earlier ones imported.)
 */
async function importHolds(text: string): Promise<void> {
  // Whatever the file, nothing leaks onto Object.prototype (a `__proto__` key copied by assignment would).
  expect(Object.keys(Object.prototype)).toEqual([]);
  const before = await dump(db);
  let plan;
  try {
    plan = prepareImport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/Nothing was imported\.$/);
    expect(await dump(db)).toBe(before);
    return;
  }
  expect(await dump(db)).toBe(before); // the preview writes nothing
  await applyImport(db, plan);
  await everythingRenders(db);
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** Values a hostile file puts where a field belongs. */
const hostile = fc.oneof(
  fc.constantFrom(
    null,
    true,
    '',
    -1,
    0,
    1e20,
    -1e20,
    8.64e15 + 1,
    Number.MAX_SAFE_INTEGER,
    2 ** 53,
    1e308,
    'javascript:alert(1)',
    '=HYPERLINK("x")',
    '__proto__',
    'constructor',
    '\u0000',
    '<script>alert(1)</script>',
  ),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.array(fc.integer(), { maxLength: 4 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
  fc.constant([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]),
  fc.object({ maxDepth: 2 }),
);

/** A path into the export (table, record, field[, nested]) and what to put there. */
function mutate(file: any, table: string, index: number, field: string, value: unknown, sub?: string): any {
  const copy = structuredClone(file);
  const rows = copy[table];
  if (!Array.isArray(rows) || rows.length === 0) {
    copy[table] = value;
    return copy;
  }
  const record = rows[index % rows.length];
  // Own properties only (defineProperty): `record.__proto__ = x` would change the record's prototype, and
  // `record.__proto__.start = x` would pollute Object.prototype in this test itself.
  const put = (o: object, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (sub && Object.hasOwn(record, field) && record[field] && typeof record[field] === 'object') put(record[field], sub, value);
  else put(record, field, value);
  return copy;
}

const FIELDS: Record<string, string[]> = {
  articles: ['id', 'url', 'title', 'savedAt', 'updatedAt', 'readAt', 'text', 'analysis', 'counts', 'tags', 'actorCards', 'actorKeys', 'published', 'read', '__proto__'],
  cards: ['id', 'key', 'name', 'type', 'roles', 'createdAt', 'summary', 'aliases', 'note', 'constructor'],
  corrections: ['id', 'kind', 'name', 'at', 'to', 'names'],
  settings: ['key', 'value'],
  history: ['id', 'url', 'title', 'site', 'readAt', 'publishedAt', 'actors', 'claims', 'host', '__proto__'],
};

describe('import fuzzing', () => {
  it('a valid export with one field made hostile: a clear error and no change, or a library that renders', async () => {
    const arb = fc
      .record({
        table: fc.constantFrom(...Object.keys(FIELDS)),
        index: fc.nat(10),
        fieldIndex: fc.nat(20),
        value: hostile,
        sub: fc.option(fc.constantFrom('start', 'end', 'actors', 'claims', 'mentions', '0', 'date', 'articleId', 'key', 'text', 'aboutKeys'), { nil: undefined }),
      })
      .map(({ table, index, fieldIndex, value, sub }) => {
        const fields = FIELDS[table];
        return JSON.stringify(mutate(exported, table, index, fields[fieldIndex % fields.length], value, sub));
      });
    await fc.assert(fc.asyncProperty(arb, importHolds), { seed: SEED, numRuns: 30 });
  });

  it('arbitrary JSON (wrong types, __proto__ keys, deep nesting): a clear error, never a crash', async () => {
    const envelope = fc.record({
      format: fc.oneof(fc.constant('dramatis'), hostile),
      version: fc.oneof(fc.constant(1), hostile),
      exportedAt: fc.oneof(fc.constant('x'), hostile),
      articles: fc.oneof(fc.array(hostile, { maxLength: 3 }), hostile),
      cards: fc.oneof(fc.array(hostile, { maxLength: 3 }), hostile),
      corrections: fc.oneof(fc.array(hostile, { maxLength: 3 }), hostile),
      settings: fc.oneof(fc.array(fc.record({ key: fc.oneof(fc.constantFrom('lookup', 'allowPrivate', 'disabledSites', 'history', 'historyDays', '__proto__', 'constructor', 'toString'), fc.string()), value: hostile })), hostile),
      history: fc.oneof(fc.array(hostile, { maxLength: 3 }), hostile),
    });
    const arb = fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), envelope.map((v) => JSON.stringify(v)), fc.string({ maxLength: 200 }));
    await fc.assert(fc.asyncProperty(arb, importHolds), { seed: SEED, numRuns: 100 });
  });

  it('Pocket CSV with arbitrary cells (dates, URLs, quotes, formulae): rows kept or skipped, the library renders', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('9999999999999999', '1546300800', '-5', '1e400', '0', '', '"', '""', '=1+1', 'https://ok.example/a', 'javascript:x', 'ftp://x', 'http://[::1]/'),
    );
    const row = fc.tuple(cell, fc.oneof(cell, fc.webUrl()), cell, cell, fc.constantFrom('unread', 'archive', 'read', 'x'));
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const arb = fc
      .tuple(fc.constantFrom('title,url,time_added,tags,status', 'url,title', 'status,tags,url'), fc.array(row, { maxLength: 8 }), fc.boolean())
      .map(([header, rows, quoted]) => [header, ...rows.map((r) => r.map((c) => (quoted ? quote(c) : c)).join(','))].join('\r\n'));
    await fc.assert(fc.asyncProperty(arb, importHolds), { seed: SEED, numRuns: 30 });
  });

  it('Pocket HTML with arbitrary links and broken markup: links kept or skipped, the library renders', async () => {
    const attr = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('9999999999999999', '1546300800', '&amp;', '&constructor;', '"', "'"));
    const link = fc
      .tuple(fc.oneof(fc.webUrl(), attr), attr, attr, fc.string({ maxLength: 30 }))
      .map(([href, time, tags, title]) => `<li><a href="${href.replace(/"/g, '&quot;')}" time_added="${time}" tags='${tags.replace(/'/g, '')}'>${title}</a></li>`);
    const junk = fc.constantFrom('<a ', '<a>', '</a>', '<h1>Read Archive</h1>', '<h1>', '<', '>', '<ul>', '<a href=x>');
    const arb = fc.array(fc.oneof(link, junk), { maxLength: 10 }).map((parts) => `<html><body><h1>Unread</h1><ul>${parts.join('')}</ul></body></html>`);
    await fc.assert(fc.asyncProperty(arb, importHolds), { seed: SEED, numRuns: 40 });
  });
});

describe('large files', () => {
  it('a 50 MB JSON export is read, its oversized record skipped, and nothing is written before the user confirms', () => {
    const file = structuredClone(exported);
    file.articles[0].text = 'x'.repeat(50 * 1024 * 1024);
    const plan = prepareImport(JSON.stringify(file));
    expect(plan.skipped).toEqual([{ where: 'articles[0]', reason: expect.stringMatching(/^text: /) }]);
  });

  it('50 MB of unclosed Pocket links is refused in linear time (a lazy regex took quadratic time)', () => {
    const html = `<h1>Unread</h1>${'<a href="https://x.example/">'.repeat((50 * 1024 * 1024) / 30)}`;
    expect(() => prepareImport(html)).toThrow(/No saved links were found/);
  });

  it('a file past the size limit is refused before it is parsed', () => {
    expect(() => prepareImport(`[${' '.repeat(1000)}]`, { maxChars: 500 })).toThrow(/too large \(1 MB; Dramatis imports files up to 1 MB\)/);
  });
});

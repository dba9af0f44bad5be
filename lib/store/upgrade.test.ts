// Upgrade tests: seed a database declared with the versions up to n-1, close it, open DramatisDB (version n) and read.
// With only version 1, the case below checks that a database written by a v1 build opens and reads unchanged; add one
// case per new version (see the comment at the top of schema.ts).
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { baghdad } from '../../tests/fixtures/store/articles';
import { listArticles, saveArticle, searchArticles } from './articles';
import { declareVersions, DramatisDB } from './db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { IDBKeyRange, indexedDB, testDbName } from './test-db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new Dexie(name, { indexedDB, IDBKeyRange }).delete();
});

/** Seeds a database at `version` with the given writer, then closes it. */
async function seedAt(version: number, write: (db: Dexie) => Promise<void>): Promise<string> {
  const name = testDbName();
  names.push(name);
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  declareVersions(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  await write(old);
  old.close();
  return name;
}

describe('schema versions', () => {
  it('are numbered 1..n without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('v1 data opens in the latest version', async () => {
    const name = await seedAt(1, async (old) => {
      const db = old as DramatisDB; // same tables at v1
      await saveArticle(db, baghdad);
    });
    const db = new DramatisDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const [article] = await listArticles(db);
    expect(article.title).toBe('Pompeo makes surprise visit to Baghdad');
    expect(await searchArticles(db, 'militias')).toHaveLength(1);
    expect(await db.cards.where('key').equals('person:mike pompeo').count()).toBe(1);
    db.close();
  });
});

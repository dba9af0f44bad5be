import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { baghdad } from '../../tests/fixtures/store/articles';
import { saveArticle } from './articles';
import type { DramatisDB } from './db';
import { QuotaError } from './errors';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

/** A middleware that makes the n-th write to `table` fail as a full disk would. */
function failingWrites(table: string, failOn = 1): Middleware<DBCore> {
  let writes = 0;
  return {
    stack: 'dbcore',
    name: 'quota-simulator',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          mutate: (req) => {
            if (++writes >= failOn) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return t.mutate(req);
          },
        };
      },
    }),
  };
}

describe('a full quota in the middle of saveArticle', () => {
  it('leaves no half-saved article or card and throws QuotaError', async () => {
    db = testDb();
    // the article row is written first, then cards: fail on the 2nd card write, mid-transaction
    db.use(failingWrites('cards', 2));
    const error = await saveArticle(db, baghdad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaError);
    expect((error as Error).message).toMatch(/Storage is full: nothing was saved/);
    expect(await db.articles.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  it('other errors pass through unchanged', async () => {
    db = testDb();
    await expect(saveArticle(db, { ...baghdad, url: 'not a url' })).rejects.toThrow(TypeError);
  });
});

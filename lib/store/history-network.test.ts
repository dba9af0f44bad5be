import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryDraft } from '../memory/record';
import type { DramatisDB } from './db';
import { rememberArticle } from './history';
import { actorNetwork } from './history-network';
import { testDb } from './test-db';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9);

const actor = (name: string, aliases: string[] = []) => ({ key: `person:${name.toLowerCase()}`, name, type: 'person' as const, mentions: 1, roles: [], aliases });
const draft = (n: number, actors: MemoryDraft['actors']): MemoryDraft => ({ url: `https://s.example/${n}`, title: `Page ${n}`, site: 'S', publishedAt: 0, actors, claims: [] });

let db: DramatisDB;
beforeAll(async () => {
  db = testDb();
  // Read in this order: Ana Ruiz is in pages 1-4 (as "Ruiz" in page 3, joined to her by the alias of page 1).
  const pages = [
    draft(1, [actor('Ana Ruiz', ['Ruiz']), actor('Bo Lind'), actor('Cara Mendes')]),
    draft(2, [actor('Ana Ruiz'), actor('Bo Lind'), actor('Dan Okafor')]),
    draft(3, [actor('Ruiz'), actor('Cara Mendes'), actor('Dan Okafor')]),
    draft(4, [actor('Ana Ruiz'), actor('Eve Tan')]),
    draft(5, [actor('Bo Lind'), actor('Cara Mendes')]),
  ];
  for (const [i, p] of pages.entries()) await rememberArticle(db, p, { incognito: false, now: T0 + i * DAY });
});
afterAll(() => db.delete());

describe('actorNetwork', () => {
  it('counts the co-actors of every article of the actor, under all its names', async () => {
    const n = (await actorNetwork(db, 'person:ruiz'))!;
    expect(n.actorKeys.sort()).toEqual(['person:ana ruiz', 'person:ruiz']);
    expect([n.total, n.records]).toEqual([4, 4]);
    expect(n.nodes.map((x) => [x.name, x.articles])).toEqual([
      ['Bo Lind', 2],
      ['Cara Mendes', 2],
      ['Dan Okafor', 2],
      ['Eve Tan', 1],
    ]);
    // Page 5 (Bo Lind with Cara Mendes, no Ana Ruiz) is not hers: Bo+Cara only in page 1.
    expect(n.edges.map((e) => [e.a, e.b, e.articles])).toEqual([
      ['person:bo lind', 'person:cara mendes', 1],
      ['person:bo lind', 'person:dan okafor', 1],
      ['person:cara mendes', 'person:dan okafor', 1],
    ]);
  });

  it('reads only the newest records when told so', async () => {
    const n = (await actorNetwork(db, 'person:ana ruiz', { maxRecords: 2 }))!;
    // Pages 3 and 4.
    expect([n.total, n.records]).toEqual([4, 2]);
    expect(n.nodes.map((x) => [x.name, x.articles])).toEqual([
      ['Cara Mendes', 1],
      ['Dan Okafor', 1],
      ['Eve Tan', 1],
    ]);
    expect(n.edges).toEqual([{ a: 'person:cara mendes', b: 'person:dan okafor', articles: 1 }]);
  });

  it('is null for an actor the history does not know', async () => {
    expect(await actorNetwork(db, 'person:nobody')).toBeNull();
  });
});

describe('actorNetwork joins co-actors by identity', () => {
  it('"Sousa" and "Marta Sousa" are one node, named by the full name; a name of the actor is no co-actor', async () => {
    const d = testDb();
    const pages = [
      draft(1, [actor('Ana Ruiz', ['Ruiz']), actor('Marta Sousa', ['Sousa'])]),
      draft(2, [actor('Ana Ruiz'), actor('Sousa'), actor('Bo Lind')]),
      draft(3, [actor('Ana Ruiz'), actor('Sousa')]),
      // "Ruiz" beside "Ana Ruiz" in one article: her own surname, not someone seen with her.
      draft(4, [actor('Ana Ruiz'), actor('Ruiz'), actor('Bo Lind')]),
    ];
    for (const [i, p] of pages.entries()) await rememberArticle(d, p, { incognito: false, now: T0 + i * DAY });
    const n = (await actorNetwork(d, 'person:ana ruiz'))!;
    expect(n.nodes.map((x) => [x.name, x.articles])).toEqual([
      ['Marta Sousa', 3],
      ['Bo Lind', 2],
    ]);
    // Page 2 is the one with both.
    expect(n.edges.map((e) => e.articles)).toEqual([1]);
    await d.delete();
  });
});

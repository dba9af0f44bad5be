import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryDraft } from '../memory/record';
import type { DramatisDB } from './db';
import { rememberArticle } from './history';
import { historyIdentity } from './history-names';
import type { CardRecord } from './schema';
import { testDb } from './test-db';

const actor = (name: string, aliases: string[] = []) => ({ key: `person:${name.toLowerCase()}`, name, type: 'person' as const, mentions: 1, roles: [], aliases });
const draft = (n: number, actors: MemoryDraft['actors']): MemoryDraft => ({ url: `https://s.example/${n}`, title: `Page ${n}`, site: 'S', publishedAt: 0, actors, claims: [] });

function card(name: string, wikidata?: string): CardRecord {
  return {
    key: `person:${name.toLowerCase()}`,
    name,
    type: 'person',
    aliases: [],
    aliasKeys: [`person:${name.toLowerCase()}`],
    roles: [],
    note: '',
    summary: { text: `${name} is someone.`, url: `https://en.wikipedia.org/wiki/${name.replace(/ /g, '_')}`, fetchedAt: 1, source: 'Wikipedia', ...(wikidata ? { wikidata } : {}) },
    kb: null,
    createdAt: 1,
    updatedAt: 1,
  };
}

let db: DramatisDB;
beforeEach(async () => {
  db = testDb();
  await rememberArticle(db, draft(1, [actor('Melania Trump')]), { incognito: false, now: 1000 });
  await rememberArticle(db, draft(2, [actor('Trump')]), { incognito: false, now: 2000 });
  await rememberArticle(db, draft(3, [actor('Lula'), actor('Luiz Inacio Lula da Silva')]), { incognito: false, now: 3000 });
});
afterEach(() => db.delete());

const keys = async (key: string) => (await historyIdentity(db, key))?.keys.sort();

describe('historyIdentity with the cards\' Wikidata items', () => {
  it('without items, the name rules alone', async () => {
    expect(await keys('person:trump')).toEqual(['person:melania trump', 'person:trump']);
    expect(await keys('person:lula')).toEqual(['person:lula']);
  });

  it('cards resolved to different items keep "Trump" apart from Melania Trump; the same item joins Lula', async () => {
    await db.cards.bulkAdd([card('Trump', 'Q22686'), card('Melania Trump', 'Q432473'), card('Lula', 'Q37181'), card('Luiz Inacio Lula da Silva', 'Q37181')]);
    expect(await keys('person:trump')).toEqual(['person:trump']);
    expect(await keys('person:melania trump')).toEqual(['person:melania trump']);
    expect(await keys('person:lula')).toEqual(['person:luiz inacio lula da silva', 'person:lula']);
  });

  it('a card whose summary has no item (lookup answers before items were kept) changes nothing', async () => {
    await db.cards.bulkAdd([card('Trump'), card('Melania Trump', 'Q432473')]);
    expect(await keys('person:trump')).toEqual(['person:melania trump', 'person:trump']);
  });
});

describe('a card\'s Wikidata item in an export file', () => {
  it('is kept through the import schema, and refused when it is not a Q-id', async () => {
    const { cardSchema } = await import('./import-schema');
    expect(cardSchema.parse(card('Trump', 'Q22686')).summary?.wikidata).toBe('Q22686');
    expect(cardSchema.parse(card('Trump')).summary).not.toHaveProperty('wikidata');
    expect(cardSchema.safeParse(card('Trump', 'Q22686"><script>')).success).toBe(false);
    expect(cardSchema.safeParse(card('Trump', 'P31')).success).toBe(false);
  });
});

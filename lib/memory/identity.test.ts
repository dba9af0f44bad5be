import { describe, expect, it } from 'vitest';
import type { ActorType } from '../nlp/types';
import { actorKey } from '../store/names';
import { MemoryDirectory, nameEntry, resolveIdentity } from './identity';

function dir(...actors: [ActorType, string, string[]?, string?][]): MemoryDirectory {
  const d = new MemoryDirectory();
  for (const [type, name, aliases = [], kb] of actors) {
    d.add(nameEntry({ key: actorKey(type, name), name, type, aliases, kb }));
  }
  return d;
}

const keysOf = async (d: MemoryDirectory, key: string) => (await resolveIdentity(d, key))?.keys.sort();

describe('resolveIdentity: one actor across articles', () => {
  it('a surname alone is the one full name known with it, both ways', async () => {
    const d = dir(['person', 'Donald Trump', ['Trump']], ['person', 'Trump']);
    expect(await keysOf(d, 'person:trump')).toEqual(['person:donald trump', 'person:trump']);
    expect(await keysOf(d, 'person:donald trump')).toEqual(['person:donald trump', 'person:trump']);
  });

  it('a surname shared by two known people stays apart', async () => {
    const d = dir(['person', 'Donald Trump', ['Trump']], ['person', 'Ivanka Trump', ['Trump']], ['person', 'Trump']);
    expect(await keysOf(d, 'person:trump')).toEqual(['person:trump']);
    expect(await keysOf(d, 'person:ivanka trump')).toEqual(['person:ivanka trump']);
  });

  it('a surname shared by two known people goes to the one it was joined with in an article, both ways', async () => {
    // "Trump" was Donald Trump's alias in one story; Ivanka Trump was never called "Trump".
    const d = dir(['person', 'Donald Trump', ['Trump']], ['person', 'Ivanka Trump'], ['person', 'Trump']);
    expect(await keysOf(d, 'person:trump')).toEqual(['person:donald trump', 'person:trump']);
    expect(await keysOf(d, 'person:donald trump')).toEqual(['person:donald trump', 'person:trump']);
    expect(await keysOf(d, 'person:ivanka trump')).toEqual(['person:ivanka trump']);
    // Without that article, nothing says which Trump "Trump" is.
    const none = dir(['person', 'Donald Trump'], ['person', 'Ivanka Trump'], ['person', 'Trump']);
    expect(await keysOf(none, 'person:trump')).toEqual(['person:trump']);
    expect(await keysOf(none, 'person:donald trump')).toEqual(['person:donald trump']);
  });

  it('an alias joins (the US is the United States), a metonym capital does not come in (record.ts dropped it)', async () => {
    const d = dir(['place', 'United States', ['U.S.'], 'USA'], ['place', 'U.S.'], ['place', 'Washington']);
    expect(await keysOf(d, 'place:u.s')).toEqual(['place:u.s', 'place:united states']);
    expect(await keysOf(d, 'place:washington')).toEqual(['place:washington']);
  });

  it('the same reference key joins country names', async () => {
    const d = dir(['place', 'United States', [], 'USA'], ['place', 'America', [], 'USA']);
    expect(await keysOf(d, 'place:america')).toEqual(['place:america', 'place:united states']);
  });

  it('a person the engine read as a place in one article is the same person', async () => {
    const d = dir(['person', 'Rui Valente', ['Valente']], ['place', 'Rui Valente'], ['place', 'Valente']);
    expect(await keysOf(d, 'place:valente')).toEqual(['person:rui valente', 'place:rui valente', 'place:valente']);
  });

  it('a known place is never taken for a person of the same name', async () => {
    const d = dir(['person', 'Paris Hilton', ['Hilton']], ['place', 'Paris']);
    expect(await keysOf(d, 'place:paris')).toEqual(['place:paris']);
  });

  it('two full names sharing an alias are two people', async () => {
    const d = dir(['person', 'Susan Pompeo', ['Pompeo']], ['person', 'Mike Pompeo', ['Pompeo']]);
    expect(await keysOf(d, 'person:mike pompeo')).toEqual(['person:mike pompeo']);
  });

  it('unknown keys have no identity', async () => {
    expect(await resolveIdentity(dir(), 'person:nobody')).toBeNull();
  });
});

describe('resolveIdentity with the Wikidata items of the user\'s lookup', () => {
  const withItems = (d: MemoryDirectory, items: Record<string, string>) => {
    for (const [k, q] of Object.entries(items)) d.setWikidata(k, q);
    return d;
  };

  it('two full names resolved to the same item are one actor (no name rule would join them)', async () => {
    const names = (): [ActorType, string, string[]?][] => [['person', 'Lula'], ['person', 'Luiz Inácio Lula da Silva'], ['person', 'Jair Bolsonaro']];
    expect(await keysOf(dir(...names()), 'person:lula')).toEqual(['person:lula']);
    const d = withItems(dir(...names()), { 'person:lula': 'Q37181', 'person:luiz inacio lula da silva': 'Q37181', 'person:jair bolsonaro': 'Q10304982' });
    expect(await keysOf(d, 'person:lula')).toEqual(['person:luiz inacio lula da silva', 'person:lula']);
    expect(await keysOf(d, 'person:luiz inacio lula da silva')).toEqual(['person:luiz inacio lula da silva', 'person:lula']);
    expect(await keysOf(d, 'person:jair bolsonaro')).toEqual(['person:jair bolsonaro']);
    // Even two different full names of a person: the item overrides "no-full-name-merge".
    const e = withItems(dir(['person', 'Donald Trump'], ['person', 'Donald J. Trump']), { 'person:donald trump': 'Q22686', 'person:donald j. trump': 'Q22686' });
    expect(await keysOf(e, 'person:donald j. trump')).toEqual(['person:donald j. trump', 'person:donald trump']);
  });

  it('different items keep apart what the surname rule would join', async () => {
    // Without items, "Trump" is the one Trump known by full name: Melania Trump.
    const names = (): [ActorType, string, string[]?][] => [['person', 'Melania Trump'], ['person', 'Trump']];
    expect(await keysOf(dir(...names()), 'person:trump')).toEqual(['person:melania trump', 'person:trump']);
    // The user looked "Trump" up: Donald Trump, another item.
    const d = withItems(dir(...names()), { 'person:trump': 'Q22686', 'person:melania trump': 'Q432473' });
    expect(await keysOf(d, 'person:trump')).toEqual(['person:trump']);
    expect(await keysOf(d, 'person:melania trump')).toEqual(['person:melania trump']);
    // An item on one side only keeps nothing apart: an actor without an item still joins by name.
    const one = withItems(dir(...names()), { 'person:trump': 'Q22686' });
    expect(await keysOf(one, 'person:melania trump')).toEqual(['person:melania trump', 'person:trump']);
  });

  it('different items keep apart what an alias would join', async () => {
    const d = withItems(dir(['organization', 'Labour Party', ['Labour']], ['organization', 'Labour']), {
      'organization:labour party': 'Q9630',
      'organization:labour': 'Q1048599',
    });
    expect(await keysOf(d, 'organization:labour')).toEqual(['organization:labour']);
    expect(await keysOf(d, 'organization:labour party')).toEqual(['organization:labour party']);
  });

  it('an item known for a key the history does not hold adds nothing', async () => {
    const d = withItems(dir(['person', 'Lula']), { 'person:lula': 'Q37181', 'person:luiz inacio lula da silva': 'Q37181' });
    expect(await keysOf(d, 'person:lula')).toEqual(['person:lula']);
  });
});

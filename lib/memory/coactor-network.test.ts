import { describe, expect, it } from 'vitest';
import type { ActorType } from '../nlp/types';
import { coActorNetwork, defaultGroup, type NetworkRecord } from './coactor-network';

const rec = (...actors: [string, ActorType?][]): NetworkRecord => ({
  actors: actors.map(([name, type = 'person']) => ({ key: `${type}:${name.toLowerCase()}`, name, type })),
});

// Five articles naming Ana Ruiz (under her full name or her surname), one that does not name her.
const records: NetworkRecord[] = [
  rec(['Ana Ruiz'], ['Bo Lind'], ['Cara Mendes'], ['Lisbon', 'place']),
  rec(['Ruiz'], ['Bo Lind'], ['Cara Mendes']),
  rec(['Ana Ruiz'], ['Bo Lind'], ['Dan Okafor']),
  rec(['Ana Ruiz'], ['Bo Lind'], ['Harbour Authority', 'organization'], ['Harbour Authority', 'organization']),
  rec(['Ana Ruiz'], ['Cara Mendes'], ['Dan Okafor']),
  rec(['Bo Lind'], ['Cara Mendes'], ['Dan Okafor']),
];
const ana = ['person:ana ruiz', 'person:ruiz'];

describe('coActorNetwork', () => {
  it('counts the articles each co-actor shares with the actor, and each pair of co-actors among them', () => {
    const n = coActorNetwork(records, ana);
    // Record 6 does not name Ana Ruiz: not counted (Bo Lind 4, not 5).
    expect(n.records).toBe(5);
    expect(n.nodes.map((x) => [x.name, x.articles])).toEqual([
      ['Bo Lind', 4],
      ['Cara Mendes', 3],
      ['Dan Okafor', 2],
      ['Harbour Authority', 1], // listed twice in record 4, counted once
      ['Lisbon', 1],
    ]);
    // By hand: Bo+Cara in 1 and 2; Bo+Dan in 3; Cara+Dan in 5; Bo+Harbour in 4; Bo+Lisbon and Cara+Lisbon in 1.
    expect(n.edges.map((e) => [e.a, e.b, e.articles])).toEqual([
      ['person:bo lind', 'person:cara mendes', 2],
      ['organization:harbour authority', 'person:bo lind', 1],
      ['person:bo lind', 'person:dan okafor', 1],
      ['person:bo lind', 'place:lisbon', 1],
      ['person:cara mendes', 'person:dan okafor', 1],
      ['person:cara mendes', 'place:lisbon', 1],
    ]);
  });

  it('keeps only the top co-actors, and only the pairs among them', () => {
    const n = coActorNetwork(records, ana, { maxNodes: 2 });
    expect(n.nodes.map((x) => x.name)).toEqual(['Bo Lind', 'Cara Mendes']);
    expect(n.edges).toEqual([{ a: 'person:bo lind', b: 'person:cara mendes', articles: 2 }]);
    expect(coActorNetwork(records, ana, { maxNodes: 0 })).toEqual({ records: 5, nodes: [], edges: [] });
  });

  it('an actor with no co-actor has no nodes and no edges', () => {
    expect(coActorNetwork([rec(['Ana Ruiz'])], ana)).toEqual({ records: 1, nodes: [], edges: [] });
    expect(coActorNetwork([], ana)).toEqual({ records: 0, nodes: [], edges: [] });
  });

  it('a rare name read as a person in one article and as a place in another is one co-actor', () => {
    expect(defaultGroup('place:quim barreda')).toBe('person:quim barreda');
    expect(defaultGroup('place:lisbon')).toBe('place:lisbon');
    const n = coActorNetwork([rec(['Ana Ruiz'], ['Quim Barreda']), rec(['Ana Ruiz'], ['Quim Barreda', 'place'])], ana);
    expect(n.nodes.map((x) => [x.key, x.articles])).toEqual([['person:quim barreda', 2]]);
  });

  it('a caller-given grouping joins keys into one node, named by the group\'s own key', () => {
    const group = (k: string) => (k === 'person:lind' ? 'person:bo lind' : k);
    const n = coActorNetwork([rec(['Ana Ruiz'], ['Lind'], ['Cara Mendes']), rec(['Ana Ruiz'], ['Bo Lind'])], ana, { group });
    expect(n.nodes.map((x) => [x.key, x.name, x.articles])).toEqual([
      ['person:bo lind', 'Bo Lind', 2],
      ['person:cara mendes', 'Cara Mendes', 1],
    ]);
    expect(n.edges).toEqual([{ a: 'person:bo lind', b: 'person:cara mendes', articles: 1 }]);
  });
});

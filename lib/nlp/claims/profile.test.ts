import { describe, expect, it } from 'vitest';
import { buildProfile } from './profile';
import type { Claim, ClaimSource } from '../types';

const claim = (source?: Partial<ClaimSource> & { text: string }): Claim => ({
  start: 0, end: 1, text: 'x', kind: 'indirect',
  source: source ? { start: 0, end: source.text.length, anonymous: false, ...source } : undefined,
});

describe('buildProfile', () => {
  it('counts claims, anonymous claims and groups by actor, by anonymous description, then by text', () => {
    const claims = [
      claim({ text: 'Mike Pompeo', actorId: 'a1' }),
      claim({ text: 'He', actorId: 'a1' }),
      claim({ text: 'two Iraqi security sources', anonymous: true, descriptor: { count: 'two', affiliation: 'Iraqi', role: 'security sources' } }),
      claim({ text: 'The second Iraqi security source', anonymous: true, descriptor: { affiliation: 'Iraqi', role: 'security source' } }),
      claim({ text: 'a senior Iraqi military source', anonymous: true, descriptor: { count: 'a', affiliation: 'Iraqi', role: 'senior military source' } }),
      claim({ text: 'The State Department' }),
      claim({ text: 'the State Department' }),
      claim(),
    ];
    const p = buildProfile(claims);
    expect(p.claims).toBe(8);
    expect(p.anonymous).toBe(3);
    expect(p.sources).toEqual([
      { text: 'Mike Pompeo', actorId: 'a1', anonymous: false, claims: 2 },
      { text: 'two Iraqi security sources', actorId: undefined, anonymous: true, claims: 2 },
      { text: 'The State Department', actorId: undefined, anonymous: false, claims: 2 },
      { text: 'a senior Iraqi military source', actorId: undefined, anonymous: true, claims: 1 },
    ]);
  });

  it('names a source by a description rather than a pronoun', () => {
    const p = buildProfile([claim({ text: 'He', actorId: 'a2' }), claim({ text: 'Adel Abdul Mahdi', actorId: 'a2' })]);
    expect(p.sources[0].text).toBe('Adel Abdul Mahdi');
  });

  it('an empty list', () => {
    expect(buildProfile([])).toEqual({ claims: 0, anonymous: 0, sources: [] });
  });
});

describe('buildProfile: how an unnamed source is shown', () => {
  it('drops the relative clause from the shown name', () => {
    const p = buildProfile([claim({ text: 'The senator, who requested anonymity to describe closed-door talks', anonymous: true, descriptor: { role: 'senator' } })]);
    expect(p.sources[0].text).toBe('The senator');
  });
  it('says "unnamed source" for an unnamed source known only as "she" or "Another"', () => {
    const p = buildProfile([claim({ text: 'she', anonymous: true }), claim({ text: 'Another', anonymous: true })]);
    expect(p.sources.map((s) => s.text)).toEqual(['unnamed source', 'unnamed source']);
  });
  it('control: a named source known only as "she" with no actor keeps the pronoun', () => {
    expect(buildProfile([claim({ text: 'she' })]).sources[0].text).toBe('she');
  });
});

describe('buildProfile with actors', () => {
  it('names a source known only by a pronoun after its actor', () => {
    const p = buildProfile([claim({ text: 'He', actorId: 'a4' })], [{ id: 'a4', name: 'Mike Pompeo', type: 'person', mentions: [] }]);
    expect(p.sources[0].text).toBe('Mike Pompeo');
  });
});

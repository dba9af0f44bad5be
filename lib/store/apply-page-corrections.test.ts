import { describe, expect, it } from 'vitest';
import { analysis } from '@/components/test-fixtures';
import { applyPageCorrections } from './apply-page-corrections';
import type { ClaimSourceFix } from './claim-source-fixes';

const fix = (name: string, source: string | null): ClaimSourceFix => ({ kind: 'claimSource', name, url: 'https://news.example/a', source, at: 1 });

describe('applyPageCorrections', () => {
  it('changes an actor type by name, case and "the" aside, keeping its mentions and id', () => {
    const out = applyPageCorrections(analysis, { types: { 'the BAGHDAD': 'organization' } });
    const baghdad = out.actors.find((a) => a.id === 'a2')!;
    expect(baghdad.type).toBe('organization');
    expect(baghdad.mentions).toEqual(analysis.actors[1].mentions);
    expect(analysis.actors[1].type).toBe('place'); // the input is not changed
  });

  it('matches a correction made on another name of the actor ("Pompeo" for Mike Pompeo)', () => {
    const out = applyPageCorrections(analysis, { types: { Pompeo: 'organization' } });
    expect(out.actors.find((a) => a.id === 'a1')!.type).toBe('organization');
  });

  it('"not a name" removes the actor; its claims keep their words as source but no actor, and the profile follows', () => {
    const out = applyPageCorrections(analysis, { notActor: ['State Department'] });
    expect(out.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    const noComment = out.claims[2];
    expect(noComment.source?.text).toBe('The State Department');
    expect(noComment.source?.actorId).toBeUndefined();
    expect(out.profile.sources.find((s) => s.text === 'The State Department')?.actorId).toBeUndefined();
    expect(out.claims).toHaveLength(4);
  });

  it("applies the page's source fixes after the actor corrections", () => {
    const out = applyPageCorrections(analysis, {}, [fix('militias were moving', 'Mike Pompeo')]);
    expect(out.claims[1].source).toMatchObject({ actorId: 'a1', anonymous: false });
    expect(out.profile.anonymous).toBe(1);
    const unnamed = applyPageCorrections(analysis, {}, [fix('We support Iraq,', null)]);
    expect(unnamed.claims[0].source).toMatchObject({ anonymous: true });
    expect(unnamed.claims[0].source?.actorId).toBeUndefined();
  });

  it('returns the same analysis when nothing applies', () => {
    expect(applyPageCorrections(analysis, { types: { Nobody: 'place' }, notActor: ['Nobody'] })).toBe(analysis);
    expect(applyPageCorrections(analysis, { types: { Baghdad: 'place' } })).toBe(analysis);
  });
});

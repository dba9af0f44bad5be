import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, reattribute } from './index';
import { baghdadAnalysis } from '../../tests/fixtures/store/articles';

const militias = baghdadAnalysis.claims[0]; // anonymous: "a senior Iraqi military source"
const noComment = baghdadAnalysis.claims[1]; // The State Department (a4)

describe('reattribute', () => {
  it('names the source: keeps the span, sets the actor, not anonymous; the profile follows', () => {
    const out = reattribute(baghdadAnalysis, 0, 'a2');
    expect(out.claims[0].source).toEqual({ start: militias.source!.start, end: militias.source!.end, text: 'a senior Iraqi military source', actorId: 'a2', anonymous: false });
    expect(out.profile.claims).toBe(2);
    expect(out.profile.anonymous).toBe(0);
    expect(baghdadAnalysis.claims[0].source!.anonymous).toBe(true); // input untouched
  });

  it('null makes a named source unnamed', () => {
    const out = reattribute(baghdadAnalysis, 1, null);
    expect(out.claims[1].source).toEqual({ start: noComment.source!.start, end: noComment.source!.end, text: 'The State Department', anonymous: true });
    expect(out.profile.anonymous).toBe(2);
  });

  it('a claim without a source takes the actor\'s first mention', () => {
    const bare = { ...baghdadAnalysis, claims: [{ ...militias, source: undefined }] };
    expect(reattribute(bare, 0, 'a1').claims[0].source).toEqual({ start: 19, end: 30, text: 'Mike Pompeo', actorId: 'a1', anonymous: false });
  });

  it('rejects an actor or a claim index that is not in the analysis', () => {
    expect(() => reattribute(baghdadAnalysis, 0, 'a99')).toThrow(/No actor "a99"/);
    expect(() => reattribute(baghdadAnalysis, 2, null)).toThrow(/No claim 2/);
    expect(() => reattribute(baghdadAnalysis, -1, null)).toThrow(RangeError);
  });

  it('rebuilds the profile as analyze() does: a source only "He" points to keeps its actor\'s name', () => {
    const text = readFileSync(new URL('../../tests/fixtures/sample-pompeo-baghdad.txt', import.meta.url).pathname, 'utf8');
    const analysis = analyze(text);
    const pompeo = analysis.actors.find((a) => a.name === 'Mike Pompeo')!;
    expect(analysis.claims.filter((c) => c.source?.actorId === pompeo.id).map((c) => c.source!.text)).toEqual(['He']);
    const out = reattribute(analysis, 0, null);
    expect(out.profile.sources.find((s) => s.actorId === pompeo.id)!.text).toBe('Mike Pompeo');
    // reattributing a claim to the actor it already has changes nothing
    const same = analysis.claims.findIndex((c) => c.source?.actorId === pompeo.id);
    expect(reattribute(analysis, same, pompeo.id)).toEqual(analysis);
  });
});

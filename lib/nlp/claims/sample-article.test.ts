// The sample article (tests/fixtures/sample-pompeo-baghdad.txt) against its hand-made gold
// (tests/fixtures/sample-pompeo-baghdad.gold.json): 11 claims, 6 from anonymous sources.
// Actors are built by hand from the gold's actor mentions, so this test does not depend on the actor recognizer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaims, buildProfile } from './index';
import { tokenize } from '../tokenize';
import type { Actor, Claim } from '../types';

const dir = join(__dirname, '../../../tests/fixtures');
const text = readFileSync(join(dir, 'sample-pompeo-baghdad.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(dir, 'sample-pompeo-baghdad.gold.json'), 'utf8'));
const actors: Actor[] = gold.actors.map((a: { name: string; type: string; mentions: [number, number][] }, i: number) => ({
  id: `a${i}`, name: a.name, type: a.type === 'country' ? 'place' : a.type,
  mentions: a.mentions.map(([s, e]) => ({ start: s, end: e, text: text.slice(s, e) })),
}));
const nameOf = (id?: string) => actors.find((a) => a.id === id)?.name;
const claims = findClaims(tokenize(text), actors);

/** The claim whose content (or, for no-comment, cue) overlaps the gold span. */
function find(start: number, end: number): Claim | undefined {
  return claims.find((c) => c.start < end && start < c.end);
}

describe('sample article', () => {
  it('finds 11 claims, 6 of them from anonymous sources', () => {
    expect(claims).toHaveLength(11);
    expect(claims.filter((c) => c.source?.anonymous)).toHaveLength(6);
  });

  interface GoldClaim { kind: string; cue: string | null; source: string; anonymous: boolean; actor: string[] | null; claim?: [number, number]; claim_text?: string }
  const rows: [number, GoldClaim][] = (gold.claims as GoldClaim[]).map((g, i) => [i, g]);
  it.each(rows)('gold claim %i matches (cue, source, anonymity, actor)', (_i: number, g: GoldClaim) => {
    const span = g.claim ?? (() => { const s = text.indexOf(g.cue!); return [s, s + g.cue!.length] as [number, number]; })();
    const c = find(span[0], span[1]);
    expect(c, g.claim_text ?? g.cue ?? '').toBeDefined();
    if (g.cue) expect(c!.cue?.text).toContain(g.cue.split(' ')[0]);
    else expect(c!.cue).toBeUndefined();
    expect(c!.source?.text).toBe(g.source);
    expect(c!.source?.anonymous).toBe(g.anonymous);
    if (g.actor) expect(g.actor).toContain(nameOf(c!.source?.actorId));
    else expect(c!.source?.actorId).toBeUndefined();
  });

  it('keeps the exact content of the quotes and of the reported clauses', () => {
    const exact = (s: number, e: number) => claims.some((c) => c.start === s && c.end === e);
    // Hand-checked spans from the gold file.
    expect(exact(648, 772)).toBe(true); // "The message from the Americans was clear. ... US interests,"
    expect(exact(845, 966)).toBe(true); // the cue-less second paragraph of the senior source's quote
    expect(exact(1410, 1522)).toBe(true); // "the Iraqis were told that ... with force.”"
    expect(exact(1593, 1673)).toBe(true); // told reporters that ... "any side."
    expect(exact(1674, 1767)).toBe(true); // "We clarified that ... all parties."
    expect(exact(2079, 2139)).toBe(true); // "it was sending additional military forces to the Middle East"
  });

  it('describes the anonymous sources', () => {
    const first = claims.find((c) => c.source?.text === 'two Iraqi security sources')!;
    expect(first.source!.descriptor).toMatchObject({ count: 'two', affiliation: 'Iraqi', role: 'security sources' });
    const senior = claims.find((c) => c.source?.text.startsWith('a senior Iraqi military source'))!;
    expect(senior.source!.descriptor?.qualifiers).toEqual(['with knowledge of Pompeo’s trip']);
    // "the sources" points back to the two Iraqi security sources.
    const back = claims.find((c) => c.source?.text === 'the sources')!;
    expect(back.source!.descriptor).toMatchObject({ count: 'two', affiliation: 'Iraqi' });
  });

  it('builds the sourcing profile', () => {
    const p = buildProfile(claims);
    expect(p.claims).toBe(11);
    expect(p.anonymous).toBe(6);
    // Iraqi security sources: "two ... sources", "the sources", "The second ... source" and its "He" = 4 claims.
    expect(p.sources[0]).toMatchObject({ text: 'two Iraqi security sources', anonymous: true, claims: 4 });
    const mahdi = p.sources.find((s) => nameOf(s.actorId) === 'Adel Abdul Mahdi');
    expect(mahdi?.claims).toBe(2);
  });
});

// End to end through analyze(): with the shared tokenizer and the actor recognizer (not hand-built actors).
import { analyze } from '../analyze';
describe('sample article through analyze()', () => {
  const a = analyze(text);
  const name = (id?: string) => a.actors.find((x) => x.id === id)?.name ?? '';
  it('11 claims, 6 anonymous; "He had said" -> Pompeo, "It also said" -> the United States or Trump', () => {
    expect(a.claims).toHaveLength(11);
    expect(a.profile.anonymous).toBe(6);
    const he = a.claims.find((c) => c.start === 1082)!;
    expect(name(he.source?.actorId)).toMatch(/Pompeo/);
    const it = a.claims.find((c) => c.start === 2079)!;
    expect(name(it.source?.actorId)).toMatch(/United States|^US$|Trump/);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { ACTOR_STAGES, REQUIRED_ACTOR_STAGES } from './stages';
import { CLEAN_RULES } from './clean-rules';
import { STAGE_CASES } from './stage-cases';
import { check } from './stage-check';

describe('actor stages, each through its cases and controls (lib/nlp/actors/stage-cases.ts)', () => {
  for (const stage of ACTOR_STAGES) {
    const table = STAGE_CASES[stage.id];
    for (const c of table?.cases ?? []) {
      it(`${stage.id}: ${c.expect} in "${c.text.slice(0, 70)}"${REQUIRED_ACTOR_STAGES.has(stage.id) ? '' : ', and not without the stage'}`, () => {
        expect(check(analyze(c.text, { corrections: c.corrections }), c.expect)).toBeUndefined();
        if (!REQUIRED_ACTOR_STAGES.has(stage.id)) expect(check(analyze(c.text, { corrections: c.corrections, without: [stage.id] }), c.expect)).toBeDefined();
      });
    }
    for (const c of table?.controls ?? []) {
      it(`${stage.id} control: ${c.expect} in "${c.text.slice(0, 70)}"`, () => {
        expect(check(analyze(c.text, { corrections: c.corrections }), c.expect)).toBeUndefined();
      });
    }
  }
});

describe('the actor stages as data', () => {
  it('ids are unique across the stages and the clean rules, kebab-case, each with a reason', () => {
    const ids = [...ACTOR_STAGES.map((s) => s.id), ...CLEAN_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ACTOR_STAGES) {
      expect(s.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(s.reason.length, s.id).toBeGreaterThan(20);
    }
    expect(new Set(ACTOR_STAGES.map((s) => s.reason)).size).toBe(ACTOR_STAGES.length);
  });

  it('every stage has a case, or says where it is tested and why not here; the table names no unknown stage', () => {
    for (const s of ACTOR_STAGES) {
      const t = STAGE_CASES[s.id];
      expect(t, s.id).toBeDefined();
      expect(t.cases.length > 0 || (t.testedElsewhere?.length ?? 0) > 20, s.id).toBe(true);
    }
    expect(Object.keys(STAGE_CASES).filter((id) => !ACTOR_STAGES.some((s) => s.id === id))).toEqual([]);
  });

  it('switching off an unknown or required stage is an error, not a silent no-op', () => {
    expect(() => analyze('Mike Pompeo arrived.', { without: ['no-such-stage'] })).toThrow(/unknown stage/);
    expect(() => analyze('Mike Pompeo arrived.', { without: ['build-actors'] })).toThrow(/cannot be switched off/);
  });

  it('a trace names each stage in order, with what it changed', () => {
    const a = analyze('Daimler shares rose 2.1 percent in early trading in Frankfurt.', { trace: true });
    const actorIds = a.trace!.filter((t) => t.pipeline === 'actors').map((t) => t.id);
    expect(actorIds).toEqual(ACTOR_STAGES.map((s) => s.id));
    expect(a.trace!.find((t) => t.id === 'tag')!.added).toEqual(['Daimler (person)', 'Frankfurt (place)']);
    expect(a.trace!.find((t) => t.id === 'member-groups')!.changed).toEqual(['Daimler (person) -> Daimler (organization)']);
    expect(a.trace!.filter((t) => t.added.length + t.removed.length + t.changed.length > 0).map((t) => t.id)).toEqual(['tag', 'member-groups']);
    expect(analyze('Mike Pompeo arrived.').trace).toBeUndefined();
  });
});

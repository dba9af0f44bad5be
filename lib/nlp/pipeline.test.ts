import { describe, expect, it } from 'vitest';
import { checkStageIds, difference, runStages, type Stage, type StageTrace } from './pipeline';
import { analyze, stageIds } from './analyze';

const double: Stage<null, number> = { id: 'double', reason: 'doubles every item', run: (_c, xs) => xs.map((x) => x * 2) };
const dropOdd: Stage<null, number> = { id: 'drop-odd', reason: 'drops odd items', run: (_c, xs) => xs.filter((x) => x % 2 === 0) };
const describeNumber = { key: (x: number) => String(x), label: (x: number) => `n${x}` };

describe('runStages', () => {
  it('runs the stages in order, each on what the one before returned', () => {
    expect(runStages('t', [dropOdd, double], null, [1, 2, 3, 4], {}, describeNumber)).toEqual([4, 8]);
    expect(runStages('t', [double, dropOdd], null, [1, 2, 3], {}, describeNumber)).toEqual([2, 4, 6]);
  });

  it('leaves out a stage switched off by its id or by pipeline:id, and records it as skipped', () => {
    const trace: StageTrace[] = [];
    expect(runStages('t', [dropOdd, double], null, [1, 2], { without: new Set(['double']), trace }, describeNumber)).toEqual([2]);
    expect(runStages('t', [dropOdd, double], null, [1, 2], { without: new Set(['t:drop-odd']) }, describeNumber)).toEqual([2, 4]);
    expect(runStages('t', [dropOdd, double], null, [1, 2], { without: new Set(['other:drop-odd']) }, describeNumber)).toEqual([4]);
    expect(trace.map((t) => [t.id, t.skipped ?? false])).toEqual([['drop-odd', false], ['double', true]]);
  });

  it('traces what each stage added and removed (by key) and relabelled', () => {
    const trace: StageTrace[] = [];
    runStages('t', [dropOdd], null, [1, 2], { trace }, describeNumber);
    expect(trace).toEqual([{ pipeline: 't', id: 'drop-odd', added: [], removed: ['n1'], changed: [] }]);
    expect(difference(new Map([['a', 'x'], ['b', 'y']]), new Map([['a', 'z'], ['c', 'w']]))).toEqual({ added: ['w'], removed: ['y'], changed: ['x -> z'] });
  });
});

describe('stage ids across the engine', () => {
  it('are unique across every pipeline, so a bare id switches off exactly one stage', () => {
    const all = Object.values(stageIds()).flat();
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('an unknown id throws, naming the known ones; a known one (of any pipeline) passes', () => {
    expect(() => checkStageIds(new Set(['nope']), stageIds())).toThrow(/unknown stage "nope" \(known actors: tag/);
    const [claimId] = stageIds().claims;
    expect(() => checkStageIds(new Set(['sports-clubs', 'trim-edges', claimId, `claims:${claimId}`]), stageIds())).not.toThrow();
    expect(() => analyze('x', { without: ['nope'] })).toThrow(/unknown stage/);
  });
});

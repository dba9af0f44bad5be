import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/nlp/types';
import { segmentText } from './segment-text';

//            0         1         2         3
//            0123456789012345678901234567890123456789
const text = 'Pompeo said "Iraq is safe."\n\nIran did not.';
const analysis: Analysis = {
  schema: 1,
  actors: [
    { id: 'a1', name: 'Pompeo', type: 'person', mentions: [{ start: 0, end: 6, text: 'Pompeo' }] },
    { id: 'a2', name: 'Iraq', type: 'place', mentions: [{ start: 13, end: 17, text: 'Iraq' }] },
    { id: 'a3', name: 'Iran', type: 'place', mentions: [{ start: 29, end: 33, text: 'Iran' }] },
  ],
  claims: [{ start: 13, end: 26, text: 'Iraq is safe.', kind: 'direct' }],
  profile: { claims: 1, anonymous: 0, sources: [] },
};

const view = (ps: ReturnType<typeof segmentText>) =>
  ps.map((p) => p.segments.map((s) => [s.text, s.actor?.id ?? '', s.claimIndex ?? '']));

describe('segmentText', () => {
  it('splits paragraphs on line breaks and cuts at every mention and claim boundary', () => {
    expect(view(segmentText(text, analysis))).toEqual([
      [
        ['Pompeo', 'a1', ''],
        [' said "', '', ''],
        ['Iraq', 'a2', 0],
        [' is safe.', '', 0],
        ['"', '', ''],
      ],
      [
        ['Iran', 'a3', ''],
        [' did not.', '', ''],
      ],
    ]);
  });

  it('drops kinds that are turned off', () => {
    expect(view(segmentText(text, analysis, { kinds: { place: false, claims: false } }))).toEqual([
      [
        ['Pompeo', 'a1', ''],
        [' said "Iraq is safe."', '', ''],
      ],
      [['Iran did not.', '', '']],
    ]);
  });

  it('without an analysis: one segment per paragraph', () => {
    expect(view(segmentText('One.\nTwo.', undefined))).toEqual([[['One.', '', '']], [['Two.', '', '']]]);
  });

  it('a mention cut by an overlapping shorter one ("US" in "US State Department") stays one segment', () => {
    const text = 'the US State Department said';
    const a: Analysis = {
      schema: 1,
      actors: [
        { id: 'p', name: 'United States', type: 'place', mentions: [{ start: 4, end: 6, text: 'US' }] },
        { id: 'o', name: 'US State Department', type: 'organization', mentions: [{ start: 4, end: 23, text: 'US State Department' }] },
      ],
      claims: [],
      profile: { claims: 0, anonymous: 0, sources: [] },
    };
    expect(segmentText(text, a)[0].segments.map((s) => [s.text, s.actor?.type])).toEqual([
      ['the ', undefined],
      ['US State Department', 'organization'],
      [' said', undefined],
    ]);
  });
});

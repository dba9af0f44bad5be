import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/nlp/types';
import { labelledDocs, loadAnonymityLabels, loadBlind, blindDevDir, scoreWhoSaid, type AnonymityLabel, type BlindDoc } from './who-said';
import type { PolnearDoc } from './polnear';

const text = 'One senator said the deal was near. Okafor said he wanted a vote. He said no.';
//            0         1         2         3         4         5         6         7
//            0123456789012345678901234567890123456789012345678901234567890123456789012345678
const doc: BlindDoc = {
  id: 't',
  text,
  claims: [
    { kind: 'indirect', cue: { start: 12, end: 16 }, content: { start: 17, end: 34 }, source: { start: 0, end: 11, text: 'One senator', anonymous: true, resolved: null } },
    { kind: 'indirect', cue: { start: 43, end: 47 }, content: { start: 48, end: 64 }, source: { start: 36, end: 42, text: 'Okafor', anonymous: false, resolved: 'Daniel Okafor' } },
    { kind: 'indirect', cue: { start: 69, end: 73 }, content: { start: 74, end: 76 }, source: { start: 66, end: 68, text: 'He', anonymous: false, resolved: 'Daniel Okafor' } },
  ],
};

describe('who said it scoring', () => {
  it('scores sources, anonymity and the anonymous share on matched claims', () => {
    const claims: Claim[] = [
      // Right claim, wrong source and called named: an anonymous source missed.
      { kind: 'indirect', start: 17, end: 34, text: '', cue: { start: 12, end: 16, text: 'said' }, source: { start: 21, end: 25, text: 'deal', anonymous: false } },
      // Right, resolved through the actor name.
      { kind: 'indirect', start: 48, end: 64, text: '', cue: { start: 43, end: 47, text: 'said' }, source: { start: 36, end: 42, text: 'Okafor', anonymous: false, actorId: 'a1' } },
      // A claim with no gold counterpart.
      { kind: 'direct', start: 0, end: 3, text: '' },
    ];
    const s = scoreWhoSaid([doc], () => ({ claims, actorName: (id) => (id === 'a1' ? 'Daniel Okafor' : undefined) }));
    expect(s).toMatchObject({ gold: 3, found: 3, matched: 2, sourceRight: 1, anonymityRight: 1, anonymousGold: 1, anonymousCaught: 0 });
    // True share 1/3, found 0/3.
    expect(s.shareError).toBeCloseTo(1 / 3);
  });

  it('reads the blind development set with offsets that match its texts', () => {
    const docs = loadBlind(blindDevDir());
    expect(docs.length).toBe(7);
    for (const d of docs) for (const c of d.claims) {
      for (const span of [c.cue, c.content, c.source]) if (span?.text) expect(d.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('turns hand labels of real-news sources into gold claims, leaving "unclear" labels out', () => {
    const pd: PolnearDoc = { id: 'p1', text, attributions: [] };
    const labels: AnonymityLabel[] = [
      { article: 'p1', source: { start: 0, end: 11 }, cue: { start: 12, end: 16 }, content: null, label: 'anonymous', resolved: null },
      { article: 'p1', source: { start: 66, end: 68 }, cue: { start: 69, end: 73 }, content: null, label: 'named', resolved: 'Daniel Okafor' },
      { article: 'p1', source: { start: 36, end: 42 }, cue: { start: 43, end: 47 }, content: null, label: 'unclear', resolved: null },
      { article: 'missing', source: { start: 0, end: 1 }, cue: null, content: null, label: 'named', resolved: null },
    ];
    const docs = labelledDocs([pd], labels);
    expect(docs).toHaveLength(1);
    expect(docs[0].claims.map((c) => [c.source.anonymous, c.source.resolved])).toEqual([[true, null], [false, 'Daniel Okafor']]);
    // scored like the blind set: the unnamed source found as named is missed, "He" -> the actor's name is right
    const claims: Claim[] = [
      { kind: 'indirect', start: 17, end: 34, text: '', cue: { start: 12, end: 16, text: 'said' }, source: { start: 0, end: 11, text: 'One senator', anonymous: false } },
      { kind: 'indirect', start: 74, end: 76, text: '', cue: { start: 69, end: 73, text: 'said' }, source: { start: 66, end: 68, text: 'He', anonymous: false, actorId: 'a1' } },
    ];
    const s = scoreWhoSaid(docs, () => ({ claims, actorName: (id) => (id === 'a1' ? 'Daniel Okafor' : undefined) }));
    expect(s).toMatchObject({ gold: 2, matched: 2, sourceRight: 2, anonymityRight: 1, anonymousGold: 1, anonymousCaught: 0, anonymousGoldAll: 1 });
  });

  it('reads no labels when the file is absent', () => {
    expect(loadAnonymityLabels('/nonexistent/anonymity-labels.json')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseAnn, polnearHalves, sourceRight } from './polnear';
import { isSpeechCue } from './speech-cues';

describe('PolNeAR bench helpers', () => {
  it('joins Source, Cue and Content of one attribution, and covers a discontinuous span', () => {
    const ann = [
      'T1\tSource 0 2\tHe',
      'T2\tCue 3 7\tsaid',
      'T3\tContent 8 20;25 30\tthe deal ... dead',
      'T4\tAttribution 3 7\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 40 44\tsaid',
      'T6\tContent 45 50\tfoo',
      'T7\tAttribution-no-source 40 44\tsaid',
      'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
      'T8\tDiscuss 60 64\tx',
    ].join('\n');
    expect(parseAnn(ann)).toEqual([
      { cue: { start: 3, end: 7 }, content: { start: 8, end: 30 }, source: { start: 0, end: 2 }, cueText: 'said' },
      { cue: { start: 40, end: 44 }, content: { start: 45, end: 50 }, source: null, cueText: 'said' },
    ]);
  });

  it('counts cues of saying and writing, not of thinking or evidence', () => {
    for (const cue of ['said', 'told reporters', 'according to', 'wrote', 'tweeted', 'declined', 'said in a statement', 'called on', 'has denied']) expect(isSpeechCue(cue), cue).toBe(true);
    for (const cue of ['thinks', 'believe', 'shows', 'found', 'wants', ':', 'suggested', 'seemed']) expect(isSpeechCue(cue), cue).toBe(false);
  });

  it('credits a source phrase only when it shares half the words of the longer phrase', () => {
    expect(sourceRight('the discussions', 'one Democratic senator involved in the discussions')).toBe(false);
    expect(sourceRight('one Democratic senator', 'one Democratic senator involved in the discussions')).toBe(false);
    expect(sourceRight('one Democratic senator involved', 'one Democratic senator involved in the discussions')).toBe(true);
    expect(sourceRight('he', 'he')).toBe(true);
    expect(sourceRight('Clinton', 'Hillary Clinton')).toBe(true);
    expect(sourceRight('Democratic', 'two aides to Democratic senators')).toBe(false);
  });

  it('splits the articles into two alternating halves by name', () => {
    const doc = (id: string) => ({ id, text: '', attributions: [] });
    const { a, b } = polnearHalves([doc('c'), doc('a'), doc('d'), doc('b')]);
    expect(a.map((d) => d.id)).toEqual(['a', 'c']);
    expect(b.map((d) => d.id)).toEqual(['b', 'd']);
  });
});

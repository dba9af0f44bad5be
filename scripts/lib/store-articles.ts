// Hand-written articles and analyses for the store tests and the store benchmark (invented text; offsets are into each
// `text`). Kept in scripts/lib because the benchmark uses them and scripts do not import tests/; the tests read them
// through tests/fixtures/store/articles.ts.
import type { Analysis } from '../../lib/nlp/types';
import type { SaveArticleInput } from '../../lib/store/articles';

const baghdadText =
  'Secretary of State Mike Pompeo arrived in Baghdad on Tuesday. Pompeo met Prime Minister Adel Abdul Mahdi. ' +
  'Iran-backed militias threaten US forces, a senior Iraqi military source said. The State Department declined to comment.';

function span(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: "${s}" not in text`);
  return { start, end: start + s.length, text: s };
}

export const baghdadAnalysis: Analysis = {
  schema: 1,
  actors: [
    { id: 'a1', name: 'Mike Pompeo', type: 'person', mentions: [span(baghdadText, 'Mike Pompeo'), span(baghdadText, 'Pompeo', 40)], roles: ['Secretary of State'], aliases: ['Pompeo'] },
    { id: 'a2', name: 'Adel Abdul Mahdi', type: 'person', mentions: [span(baghdadText, 'Adel Abdul Mahdi')], roles: ['Prime Minister'] },
    { id: 'a3', name: 'Baghdad', type: 'place', mentions: [span(baghdadText, 'Baghdad')] },
    { id: 'a4', name: 'State Department', type: 'organization', mentions: [span(baghdadText, 'State Department')] },
  ],
  claims: [
    { ...span(baghdadText, 'Iran-backed militias threaten US forces'), kind: 'indirect', cue: span(baghdadText, 'said'), source: { ...span(baghdadText, 'a senior Iraqi military source'), anonymous: true } },
    { ...span(baghdadText, 'declined to comment'), kind: 'no-comment', cue: span(baghdadText, 'declined to comment'), source: { ...span(baghdadText, 'The State Department'), actorId: 'a4', anonymous: false } },
  ],
  profile: { claims: 2, anonymous: 1, sources: [{ text: 'a senior Iraqi military source', anonymous: true, claims: 1 }, { text: 'The State Department', actorId: 'a4', anonymous: false, claims: 1 }] },
};

export const baghdad: SaveArticleInput = {
  url: 'https://WWW.Example-News.com/world/pompeo-baghdad?utm_source=twitter&id=7#comments',
  title: 'Pompeo makes surprise visit to Baghdad',
  byline: 'Jane Reporter',
  site: 'Example News',
  published: '2019-01-09T10:00:00Z',
  excerpt: 'The top US diplomat met the Iraqi prime minister.',
  text: baghdadText,
  analysis: baghdadAnalysis,
  savedAt: Date.UTC(2019, 0, 9, 12),
};

const tehranText = 'US Secretary of State Pompeo warned Tehran on Friday. Officials in Teheran rejected the warning, Reuters reported.';

export const tehran: SaveArticleInput = {
  url: 'https://other.example.org/2019/01/11/pompeo-warns-tehran?fbclid=XYZ',
  title: 'Pompeo warns Tehran',
  byline: null,
  site: 'Other Daily',
  published: '2019-01-11',
  excerpt: '',
  text: tehranText,
  analysis: {
    schema: 1,
    actors: [
      // only the short name here: must merge into the "Mike Pompeo" card through its alias
      { id: 'a1', name: 'Pompeo', type: 'person', mentions: [span(tehranText, 'Pompeo')], roles: ['US Secretary of State'] },
      { id: 'a2', name: 'Tehran', type: 'place', mentions: [span(tehranText, 'Tehran')], aliases: ['Teheran'] },
      { id: 'a3', name: 'Reuters', type: 'organization', mentions: [span(tehranText, 'Reuters')] },
    ],
    claims: [
      { ...span(tehranText, 'Officials in Teheran rejected the warning'), kind: 'according-to', cue: span(tehranText, 'reported'), source: { ...span(tehranText, 'Reuters'), actorId: 'a3', anonymous: false } },
    ],
    profile: { claims: 1, anonymous: 0, sources: [{ text: 'Reuters', actorId: 'a3', anonymous: false, claims: 1 }] },
  },
  savedAt: Date.UTC(2019, 0, 11, 8),
};

export const recipe: SaveArticleInput = {
  url: 'http://cooking.example.net/açaí-bowl?gclid=abc&mc_cid=1',
  title: 'The perfect açaí bowl',
  text: 'Blend frozen açaí with banana. Top with granola and honey.',
  analysis: null,
  savedAt: Date.UTC(2019, 0, 10, 8),
};

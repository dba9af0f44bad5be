/**
 * A hand-made analysis for component tests. The text is short and written for the tests; offsets come from the spans' strings
 * (`at` finds each span in the text, so a wrong string fails loudly).
 */
import type { Analysis } from '@/lib/nlp/types';

export const TEXT =
  'Secretary of State Mike Pompeo met Iraqi leaders in Baghdad. "We support Iraq," Pompeo said. ' +
  'Two Iraqi security sources said militias were moving. The State Department declined to comment. ' +
  'According to a senior official, talks will continue.';

const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in TEXT: ${s}`);
  return { start, end: start + s.length, text: s };
};

export const analysis: Analysis = {
  schema: 1,
  actors: [
    {
      id: 'a1',
      name: 'Mike Pompeo',
      type: 'person',
      mentions: [at('Mike Pompeo'), at('Pompeo', 70)],
      roles: ['Secretary of State'],
      aliases: ['Pompeo'],
    },
    { id: 'a2', name: 'Baghdad', type: 'place', mentions: [at('Baghdad')] },
    { id: 'a3', name: 'Iraq', type: 'place', mentions: [at('Iraq,')].map((m) => ({ ...m, end: m.end - 1, text: 'Iraq' })) },
    { id: 'a4', name: 'State Department', type: 'organization', mentions: [at('State Department')] },
  ],
  claims: [
    {
      ...at('We support Iraq,'),
      kind: 'direct',
      cue: at('said'),
      source: { ...at('Pompeo', 70), actorId: 'a1', anonymous: false },
    },
    {
      ...at('militias were moving'),
      kind: 'indirect',
      cue: at('said', 100),
      source: {
        ...at('Two Iraqi security sources'),
        anonymous: true,
        descriptor: { count: 'Two', affiliation: 'Iraqi', role: 'security sources' },
      },
    },
    {
      ...at('declined to comment'),
      kind: 'no-comment',
      cue: at('declined to comment'),
      source: { ...at('The State Department'), actorId: 'a4', anonymous: false },
    },
    {
      ...at('talks will continue'),
      kind: 'according-to',
      cue: at('According to'),
      source: { ...at('a senior official'), anonymous: true, descriptor: { count: 'a', role: 'senior official' } },
    },
  ],
  profile: {
    claims: 4,
    anonymous: 2,
    sources: [
      { text: 'Pompeo', actorId: 'a1', anonymous: false, claims: 1 },
      { text: 'Two Iraqi security sources', anonymous: true, claims: 1 },
      { text: 'The State Department', actorId: 'a4', anonymous: false, claims: 1 },
      { text: 'a senior official', anonymous: true, claims: 1 },
    ],
  },
};

/** Page text that must never become markup. */
export const HOSTILE = '<img src=x onerror="alert(1)">Evil';

import { describe, expect, it } from 'vitest';
import { searchSnippet } from './search-snippet';

const TEXT =
  'Secretary of State Mike Pompeo’s surprise visit to Baghdad this month came after US intelligence showed Iran-backed militias positioning rockets near bases housing US forces, according to two Iraqi security sources.';

const marked = (parts: ReturnType<typeof searchSnippet>) => parts?.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('searchSnippet', () => {
  it('marks every matched word around the first one, whole words, with ellipses where it cut', () => {
    expect(marked(searchSnippet(TEXT, 'rockets', 30))).toBe('…militias positioning [rockets] near bases housing US forces,…');
  });

  it('matches as the search does: folded case and accents, the last word as a prefix, stop words dropped', () => {
    expect(marked(searchSnippet(TEXT, 'the milit', 25))).toBe('…showed Iran-backed [militias] positioning rockets near…');
    expect(marked(searchSnippet('Café owners in Bogotá said', 'cafe bogota', 40))).toBe('[Café] owners in [Bogotá] said');
  });

  it('is null without a match in the text (the title or a name matched), or for an empty query', () => {
    expect(searchSnippet(TEXT, 'Tehran')).toBeNull();
    expect(searchSnippet(TEXT, '  ')).toBeNull();
  });

  it('keeps markup-looking text as text (the row renders parts as text, never HTML)', () => {
    expect(searchSnippet('<b>Pompeo</b> spoke', 'pompeo')).toEqual([
      { text: '<', hit: false },
      { text: 'b', hit: false },
      { text: '>', hit: false },
      { text: 'Pompeo', hit: true },
      { text: '</b> spoke', hit: false },
    ].reduce<{ text: string; hit: boolean }[]>((acc, p) => {
      const last = acc[acc.length - 1];
      if (last && !last.hit && !p.hit) last.text += p.text;
      else acc.push({ ...p });
      return acc;
    }, []));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const text = readFileSync(new URL('../../../tests/fixtures/sample-pompeo-baghdad.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../../tests/fixtures/sample-pompeo-baghdad.gold.json', import.meta.url), 'utf8')) as {
  actors: { name: string; type: string; mentions: [number, number][] }[];
};

describe('sample article (tests/fixtures/sample-pompeo-baghdad.txt)', () => {
  const { actors } = analyze(text);
  it.each(gold.actors.map((a) => [a.name, a] as const))('finds %s with exactly the gold mentions', (_name, g) => {
    const type = g.type === 'country' ? 'place' : g.type;
    const first = g.mentions[0];
    const actor = actors.find((a) => a.mentions.some((m) => m.start === first[0] && m.end === first[1]));
    expect(actor?.type).toBe(type);
    expect(actor?.mentions.map((m) => [m.start, m.end])).toEqual(g.mentions);
  });
  it('links "He" to Mike Pompeo only where the previous sentence names him', () => {
    const pompeo = actors.find((a) => a.name === 'Mike Pompeo');
    // "He told Iraq’s top brass" (266) and "He had said after the trip" (1053); not "He said the Iraqis" (1402)
    expect(pompeo?.references?.map((r) => [r.text, r.start])).toEqual([
      ['He', 266],
      ['He', 1053],
    ]);
  });
  it('keeps roles next to names', () => {
    expect(actors.find((a) => a.name === 'Mike Pompeo')?.roles).toEqual(['Secretary of State']);
    expect(actors.find((a) => a.name === 'Adel Abdul Mahdi')?.roles).toEqual(['Iraqi Prime Minister']);
    expect(actors.find((a) => a.name === 'Donald Trump')?.roles).toEqual(['US President']);
  });
  it('links demonyms to their country as modifiers', () => {
    const iraq = actors.find((a) => a.kb === 'IRQ');
    expect(iraq?.modifiers?.map((m) => m.text)).toContain('Iraqi');
    expect(actors.some((a) => a.mentions.some((m) => m.text === 'Iraqi'))).toBe(false);
  });
});

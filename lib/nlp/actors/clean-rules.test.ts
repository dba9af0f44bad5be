import { describe, expect, it } from 'vitest';
import type { ActorType } from '../types';
import { tokenize } from '../tokenize';
import { CLEAN_RULES, cleanName } from './clean-rules';

/**
 * Each clean rule tested directly: a span as the tagger might mark it (the whole text, with a type), the names the
 * cleaning makes of it, and what it makes with the rule switched off (the case shows the rule's work). Controls are spans
 * the rule must leave alone.
 */
interface Case {
  text: string;
  type: ActorType;
  names: string[];
}
const TABLE: Record<string, { cases: Case[]; controls: Case[] }> = {
  'trim-edges': {
    cases: [{ text: 'The Air Force', type: 'organization', names: ['Air Force (organization)'] }],
    controls: [{ text: 'Air Force', type: 'organization', names: ['Air Force (organization)'] }],
  },
  'hyphenated-roles': {
    cases: [{ text: 'Leg-spinner Mushtaq Ahmed', type: 'person', names: ['Mushtaq Ahmed (person)'] }],
    controls: [{ text: 'Jean-Pierre Raffarin', type: 'person', names: ['Jean-Pierre Raffarin (person)'] }],
  },
  'names-with-the': {
    cases: [{ text: 'in The Hague', type: 'place', names: ['The Hague (place)'], from: 2 } as Case],
    controls: [{ text: 'The Times', type: 'organization', names: ['Times (organization)'] }],
  },
  'compound-modifiers': {
    cases: [{ text: 'Iran-backed', type: 'place', names: [] }],
    controls: [{ text: 'Iran', type: 'place', names: ['Iran (place)'] }],
  },
  'possessive-split': {
    cases: [{ text: "Indurain's Banesto", type: 'organization', names: ['Indurain (organization)', 'Banesto (organization)'] }],
    controls: [{ text: "Korean People's Army", type: 'organization', names: ["Korean People's Army (organization)"] }],
  },
  'names-ending-in-days': {
    cases: [{ text: 'Sheffield Wednesday', type: 'person', names: ['Sheffield Wednesday (organization)'] }],
    controls: [{ text: 'Sheffield', type: 'place', names: ['Sheffield (place)'] }],
  },
  'trailing-non-names': {
    cases: [{ text: 'State Department Spokesperson', type: 'organization', names: ['State Department (organization)'] }],
    controls: [{ text: 'State Department', type: 'organization', names: ['State Department (organization)'] }],
  },
  'lowercase-tail': {
    cases: [{ text: 'Letzigrund stadium', type: 'place', names: ['Letzigrund (place)'] }],
    controls: [{ text: 'Ludwig van Beethoven', type: 'person', names: ['Ludwig van Beethoven (person)'] }],
  },
  'person-lowercase-split': {
    cases: [{ text: 'King Hussein met Netanyahu', type: 'person', names: ['Hussein (person)', 'Netanyahu (person)'] }],
    controls: [{ text: 'Diego Silang y Andaya', type: 'person', names: ['Diego Silang y Andaya (person)'] }],
  },
  'lone-titles': {
    cases: [{ text: 'Spokesman', type: 'person', names: [] }],
    controls: [{ text: 'Burns', type: 'person', names: ['Burns (person)'] }],
  },
  'lone-ministry-words': {
    cases: [{ text: 'Home Secretary', type: 'organization', names: [], to: 1 } as Case],
    controls: [{ text: 'Home Office', type: 'organization', names: ['Home Office (organization)'] }],
  },
  'country-then-name': {
    cases: [{ text: 'United States Hamdullah Mohib', type: 'person', names: ['United States (place)', 'Hamdullah Mohib (person)'] }],
    controls: [{ text: 'United States Football Federation', type: 'organization', names: ['United States Football Federation (organization)'] }],
  },
  'person-of-organization': {
    cases: [{ text: 'Claudia Mo of Civic Party', type: 'organization', names: ['Claudia Mo (person)', 'Civic Party (organization)'] }],
    controls: [{ text: 'Bank of England', type: 'organization', names: ['Bank of England (organization)'] }],
  },
  'title-inside-name': {
    cases: [{ text: 'NASA Administrator Charles Bolden', type: 'organization', names: ['NASA (organization)', 'Charles Bolden (person)'] }],
    controls: [{ text: 'National Aeronautics and Space Administration', type: 'organization', names: ['National Aeronautics and Space Administration (organization)'] }],
  },
  'person-of-place': {
    cases: [{ text: 'Carlo De Benedetti of Italy', type: 'person', names: ['Carlo De Benedetti (person)', 'Italy (place)'] }],
    controls: [{ text: 'Catherine of Aragon', type: 'person', names: ['Catherine of Aragon (person)'] }],
  },
  'person-title-prefix': {
    cases: [{ text: 'Secretary of State Mike Pompeo', type: 'person', names: ['Mike Pompeo (person)'] }],
    controls: [{ text: 'Chad Johnson', type: 'person', names: ['Chad Johnson (person)'] }],
  },
  'lone-lowercase-word': {
    cases: [{ text: 'ship', type: 'organization', names: [] }],
    controls: [{ text: '1860 Munich', type: 'organization', names: ['1860 Munich (organization)'] }],
  },
  'lone-common-words': {
    cases: [
      { text: 'Islam', type: 'organization', names: [] },
      // a party's adjective alone is a modifier ("the Democratic nominee"), not the party (PolNeAR: 369 such mentions)
      { text: 'Democratic', type: 'place', names: [] },
    ],
    controls: [{ text: 'Islamabad', type: 'place', names: ['Islamabad (place)'] }],
  },
  'person-no-digits': {
    cases: [{ text: 'Cloud9', type: 'person', names: [] }],
    controls: [{ text: 'Cloud9', type: 'organization', names: ['Cloud9 (organization)'] }],
  },
  'person-not-abbreviation': {
    cases: [{ text: 'ROS', type: 'person', names: [] }],
    controls: [{ text: 'ROS', type: 'organization', names: ['ROS (organization)'] }],
  },
  'lone-demonyms': {
    cases: [{ text: 'South African', type: 'place', names: [] }],
    controls: [{ text: 'South Africa', type: 'place', names: ['South Africa (place)'] }],
  },
};

/** The names `cleanName` makes of `text` marked [from, to) (default: all of it) with `type`. */
function clean(c: Case & { from?: number; to?: number }, without?: string): string[] {
  const doc = tokenize(c.text);
  const words = doc.tokens.map((t) => t.text);
  const out: Parameters<typeof cleanName>[0] = [];
  cleanName(out, words, c.from ?? 0, c.to ?? words.length, c.type, 0, { without: without ? new Set([without]) : undefined });
  return out.map((m) => `${words.slice(m.s, m.e).join(' ').replace(/ ' s\b/g, "'s").replace(/ 's\b/g, "'s")} (${m.type})`);
}

describe('clean rules, each tested directly (cases and controls)', () => {
  for (const [id, { cases, controls }] of Object.entries(TABLE)) {
    for (const c of cases) {
      it(`${id}: "${c.text}" (${c.type}) -> ${JSON.stringify(c.names)}, and not so without the rule`, () => {
        expect(clean(c)).toEqual(c.names);
        expect(clean(c, id)).not.toEqual(c.names);
      });
    }
    for (const c of controls) {
      it(`${id} control: "${c.text}" (${c.type}) -> ${JSON.stringify(c.names)}`, () => {
        expect(clean(c)).toEqual(c.names);
      });
    }
  }
});

describe('the clean rules as data', () => {
  it('every rule has a unique id, a reason, and at least one case in the table above', () => {
    const ids = CLEAN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CLEAN_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(r.reason.length).toBeGreaterThan(20);
      expect(TABLE[r.id]?.cases.length, r.id).toBeGreaterThan(0);
    }
    expect(Object.keys(TABLE).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

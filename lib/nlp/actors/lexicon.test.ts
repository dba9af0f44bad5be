import { describe, expect, it } from 'vitest';
import { lookupDemonym } from '../../kb';
import * as lexicon from './lexicon';

describe('the actor lexicon: each word list lives once', () => {
  it('a word is a country\'s demonym (lib/kb) or an ethnic group that is not an actor (MISC_WORDS), not both, except languages', () => {
    // languages share their word with the demonym ("in French" / "French officials"): both meanings are real
    const languages = new Set(['greek', 'english', 'french', 'spanish', 'german', 'russian', 'chinese', 'japanese', 'italian', 'portuguese']);
    const both = [...lexicon.MISC_WORDS].filter((w) => lookupDemonym(w) && !languages.has(w));
    expect(both).toEqual([]);
    expect(lookupDemonym('Croats')).toBeUndefined();
    expect(lexicon.MISC_WORDS.has('croats')).toBe(true);
  });

  it('every exported list has words in lower case (the rules compare lower-cased words), except names kept as written', () => {
    const asWritten = new Set(['ORG_ACRONYMS', 'NAMES_WITH_THE', 'NAMES_ENDING_IN_DAYS']);
    for (const [name, value] of Object.entries(lexicon)) {
      if (!(value instanceof Set) || asWritten.has(name)) continue;
      const upper = [...value].filter((w) => typeof w === 'string' && w !== w.toLowerCase());
      expect(upper, name).toEqual([]);
    }
  });
});

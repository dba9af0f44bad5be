import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { locativePlaces } from './place-person-contexts';
import type { Mention } from './mentions';

// locativePlaces on tokenized sentences: the [[bracketed]] words are a mention the tagger typed `person`; `expected` is
// the type it must have after the rule (hand-checked).
const LOCATIVE_CASES: { text: string; expected: string }[] = [
  { text: 'He studied medicine in Berlin and later practised in [[Würzburg]] .', expected: 'place' },
  { text: 'The present temple in [[Narve]] was rebuilt in 1668 .', expected: 'place' },
  { text: 'Divar lies in the state of [[Goa]] , India .', expected: 'place' },
  { text: 'She was born in the province of [[Pangasinan]] in 1731 .', expected: 'place' },
  { text: 'Talks would resume near [[Geneva]] next week .', expected: 'place' },
  { text: 'Arafat will meet Netanyahu at the [[Erez]] crossing on Wednesday .', expected: 'place' },
  { text: 'Violence spread in the [[Kashmir]] valley .', expected: 'place' },
  // controls
  { text: '[[John Smith]] county officials said .', expected: 'person' },
  { text: 'In [[Obama]] \'s view , the deal was fair .', expected: 'person' },
  { text: 'He spoke to [[Zarif]] on Monday .', expected: 'person' },
  { text: 'The secretary of [[Pompeo]] declined to comment .', expected: 'person' },
];

describe('person mentions in place contexts are places (locativePlaces)', () => {
  it.each(LOCATIVE_CASES)('$text -> $expected', ({ text, expected }) => {
    const raw = text.split(' ');
    const s = raw.findIndex((w) => w.startsWith('[['));
    const e = raw.findIndex((w) => w.endsWith(']]')) + 1;
    const words = raw.map((w) => w.replace(/^\[\[|\]\]$/g, ''));
    const m: Mention = { s, e, type: 'person', sent: 0 };
    locativePlaces(words, [m]);
    expect(m.type).toBe(expected);
  });
  it('retypes the other mentions of the same string with it', () => {
    const words = 'The idol was shifted to Narve . The temple in Narve was rebuilt .'.split(' ');
    const ms: Mention[] = [{ s: 5, e: 6, type: 'person', sent: 0 }, { s: 10, e: 11, type: 'person', sent: 1 }];
    expect(locativePlaces(words, ms)).toBe(2);
    expect(ms.map((m) => m.type)).toEqual(['place', 'place']);
  });
});

describe('persons after "the resignation of", "the widow of" (ofPersons)', () => {
  it.each([
    ['Thousands marched through Belgrade on Sunday demanding the resignation of Milosevic.', 'Milosevic', 'person'],
    ['He called for the release of Ocalan on Friday.', 'Ocalan', 'person'],
    ['The rule of Kabul over the provinces ended.', 'Kabul', 'place'],
  ])('%s', (text, name, type) => {
    expect(analyze(text).actors.find((a) => a.mentions.some((m) => m.text === name))?.type).toBe(type);
  });
});

// County cricket teams: in cricket copy "Surrey", "Yorkshire", "Glamorgan" are teams, not places.
import type { Doc } from '../types';
import type { Mention } from './mentions';
import { sentenceIndex } from './mentions';
import { CRICKET_COUNTIES, TOWN_PREPOSITIONS } from './lexicon';

const CRICKET_WORDS = ['cricket', 'innings', 'wickets', 'wicket', 'batsman', 'bowler'];

/**
 * In cricket copy (a cricket word in the document: "innings", "wickets", "CRICKET - ..."), a first-class county
 * (CRICKET_COUNTIES, in any case) is the county's team: an organization, whether the tagger typed it a place, a person
 * or left it out. Not after "in", "at", "from" ("the match in Durham"). Retypes and adds in place; returns how many.
 */
export function cricketCounties(doc: Doc, mentions: Mention[], words: string[], lowerInDoc?: Set<string>): number {
  const cricket = lowerInDoc ? CRICKET_WORDS.some((w) => lowerInDoc.has(w)) || words.includes('CRICKET') : words.some((w) => CRICKET_WORDS.includes(w.toLowerCase()));
  if (!cricket) return 0;
  const county = (w: string) => /^\p{Lu}/u.test(w) && CRICKET_COUNTIES.has(w.toLowerCase());
  const afterTown = (s: number) => s > 0 && TOWN_PREPOSITIONS.has(words[s - 1].toLowerCase());
  let n = 0;
  const covered = new Uint8Array(words.length);
  for (const m of mentions) {
    for (let i = m.s; i < m.e; i++) covered[i] = 1;
    if (m.chars || m.nested || m.e - m.s !== 1 || m.type === 'organization' || !county(words[m.s]) || afterTown(m.s)) continue;
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
    n++;
  }
  const added: Mention[] = [];
  let sentOf: Int32Array | undefined;
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !county(words[i]) || afterTown(i)) continue;
    added.push({ s: i, e: i + 1, type: 'organization', sent: (sentOf ??= sentenceIndex(doc))[i] });
  }
  if (added.length) {
    mentions.push(...added);
    mentions.sort((a, b) => a.s - b.s || a.e - b.e);
  }
  return n + added.length;
}

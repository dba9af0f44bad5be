// Football clubs the tagger typed as persons or places ("Juventus", "Fenerbahce", "Werder Bremen").
import type { Doc } from '../types';
import type { Mention } from './mentions';
import { isFirstName, sentenceIndex } from './mentions';
import { isClubName } from '../../kb';
import type { Bloom } from './features';
import { isSportsCopy, sportySentences } from './sports-tables';

/**
 * In sports copy, a name in the club list (lib/kb/clubs.json, from openfootball/clubs, CC0: club names and short forms
 * that are no place, English word or common surname) is an organization where the tagger typed it a person or a place,
 * when one of its mentions stands in a sentence about sport ("Juventus beat Lazio 2-1", "Fenerbahce were drawn with
 * ..."). Reason: on CoNLL-2003 eng.train (local copy) one-word clubs from abroad were typed persons from their shape, and
 * document consistency spread the error to every mention. Not a first name, not a country, not the surname of a person
 * named in full in the document. Retypes in place; returns how many.
 */
export function knownClubs(doc: Doc, mentions: Mention[], words: string[], bloom?: Bloom, lowerInDoc?: Set<string>): number {
  if (!isSportsCopy(words, lowerInDoc)) return 0; // first: the document's lower-case words make it cheap
  const key = (m: Mention) => words.slice(m.s, m.e).join(' ');
  const candidates = mentions.filter((m) => !m.chars && !m.nested && !m.cued && m.type !== 'organization' && !(m.kb && !m.capital) && isClubName(key(m)));
  const missed = missedClubs(doc, mentions, words, lowerInDoc);
  if (!candidates.length && !missed.length) return 0;
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.e - m.s >= 2 && !m.chars) surnames.add(words[m.e - 1]);
  const sporty = sportySentences(doc, words);
  const clubs = new Set<string>();
  for (const m of candidates) {
    if (m.e - m.s === 1 && (surnames.has(words[m.s]) || (bloom && isFirstName(words[m.s], bloom, lowerInDoc)))) continue;
    // a name of two or more words is distinctive ('Legia Warsaw') unless it starts with a first name ('Gil Vicente');
    // one word must stand in a sentence about sport
    const distinctive = m.e - m.s > 1 && !(bloom && isFirstName(words[m.s], bloom, lowerInDoc));
    if (distinctive || sporty.has(m.sent) || /^\d{1,3}$/.test(words[m.e] ?? '')) clubs.add(key(m));
  }
  let n = 0;
  // names the tagger left out ("Juventus were held to a 1-1 draw"), in a sentence about sport
  const added = missed.filter((m) => sporty.has(m.sent));
  if (added.length) {
    mentions.push(...added);
    mentions.sort((a, b) => a.s - b.s || a.e - b.e);
    n += added.length;
  }
  for (const m of candidates) {
    if (!clubs.has(key(m))) continue;
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
    n++;
  }
  return n;
}

/** Capitalized runs of one to four words outside every mention that are club names, as organization mentions. */
function missedClubs(doc: Doc, mentions: Mention[], words: string[], lowerInDoc?: Set<string>): Mention[] {
  const covered = new Uint8Array(words.length);
  for (const m of mentions) for (let i = m.s; i < m.e; i++) covered[i] = 1;
  let sentOf: Int32Array | undefined;
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !/^\p{Lu}/u.test(words[i]) || lowerInDoc?.has(words[i].toLowerCase())) continue;
    // the longest club name starting here ("Red Star Belgrade" before "Red Star")
    for (let e = Math.min(words.length, i + 4); e > i; e--) {
      if (covered[e - 1] || !/^\p{Lu}|^\d/u.test(words[e - 1]) || !isClubName(words.slice(i, e).join(' '))) continue;
      const sent = (sentOf ??= sentenceIndex(doc));
      if (sent[i] !== sent[e - 1]) continue;
      out.push({ s: i, e, type: 'organization', sent: sent[i] });
      i = e - 1;
      break;
    }
  }
  return out;
}

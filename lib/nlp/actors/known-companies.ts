// One-word company and brand names the tagger typed as persons or places ("Reebok said", "deals with Adidas").
import type { Mention } from './mentions';
import { isFirstName } from './mentions';
import { isCompanyName, lookupPlace } from '../../kb';
import type { Bloom } from './features';
import { HONORIFICS, TITLE_HEADS } from './lexicon';

/**
 * A one-word name in the company list (lib/kb/companies.json: distinctive one-word company names) is an organization
 * where the tagger typed it a person or a place: "Gazprom", "Peugeot", "Adidas". Reason: the tagger types unknown
 * one-word names from their shape, and document consistency then spreads the wrong type to every mention. Not when the
 * word is a first name, a known place, follows a title ("Mr Disney"), or is the surname of a person named in full in
 * the same document ("Michael Dell ... Dell said"). Retypes in place; returns how many.
 */
export function knownCompanies(mentions: Mention[], words: string[], bloom?: Bloom, lowerInDoc?: Set<string>): number {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.e - m.s >= 2 && !m.chars) surnames.add(words[m.e - 1]);
  let n = 0;
  for (const m of mentions) {
    if (m.chars || m.nested || m.cued || m.e - m.s !== 1 || m.type === 'organization' || (m.kb && !m.capital)) continue;
    const w = words[m.s];
    if (!isCompanyName(w) || surnames.has(w) || lookupPlace(w) || (bloom && isFirstName(w, bloom, lowerInDoc))) continue;
    if (m.s > 0 && (TITLE_HEADS.has(words[m.s - 1].toLowerCase()) || HONORIFICS.has(words[m.s - 1].toLowerCase()))) continue;
    m.type = 'organization';
    m.capital = undefined;
    n++;
  }
  return n;
}

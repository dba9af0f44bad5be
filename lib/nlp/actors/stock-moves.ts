// Companies in market reports: a name whose price moves ("Gazprom fell to $ 0.300", "Stork ended 0.20 up at 51.00
// guilders", "Cukurova lost 3,000 lira to 67,000").
import type { Doc } from '../types';
import type { Mention } from './mentions';
import { isFirstName, sentenceIndex } from './mentions';
import { lookupPlace } from '../../kb';
import { GAZ_BLOOM_KEYS, type Bloom } from './features';
import { HONORIFICS, NOT_NAMES, TITLE_HEADS } from './lexicon';

/** Verbs of a price's move or close. */
const MOVE_VERBS = new Set([
  'rose', 'rises', 'fell', 'falls', 'gained', 'gains', 'lost', 'loses', 'slid', 'slides', 'slipped', 'slips', 'climbed', 'climbs',
  'dropped', 'drops', 'ended', 'ends', 'closed', 'closes', 'added', 'adds', 'eased', 'eases', 'firmed', 'firms', 'jumped', 'jumps',
  'surged', 'surges', 'tumbled', 'tumbles', 'plunged', 'plunges', 'shed', 'sheds', 'edged', 'edges', 'rallied', 'rallies', 'soared',
  'soars', 'sank', 'sinks', 'declined', 'declines', 'advanced', 'advances', 'dipped', 'dips', 'was', 'traded', 'opened', 'finished',
]);
/** Words that say a sentence is about prices (money, percentages, currencies). */
const PRICE_WORDS = new Set([
  '$', '%', 'pct', 'percent', 'cents', 'cent', 'pence', 'p', 'lira', 'baht', 'taka', 'guilders', 'guilder', 'yen', 'marks', 'francs',
  'rupees', 'pesos', 'crowns', 'zlotys', 'forints', 'rand', 'ringgit', 'rupiah', 'won', 'euros', 'euro', 'pounds', 'dollars', 'kroner',
  'kronor', 'shekels', 'dinars', 'roubles', 'rubles', 'a$', 'c$', 'hk$', 'us$', 'nz$', 's$', '€', '£', '¥',
]);
const LOWER_PRICE_WORDS = [...PRICE_WORDS].filter((w) => /^[a-z]/.test(w));
const NUMBER = /^[$€£¥]?\d[\d,.]*$/;
/** "fell to", "ended 0.20 up at", "closed at": words allowed between the verb and its figure. */
const BETWEEN = new Set(['to', 'at', 'by', 'up', 'down', 'just', 'a', 'further', 'sharply', 'slightly', 'marginally', 'higher', 'lower', 'flat', '$', '€', '£', '¥']);

/**
 * In a sentence about prices, a name whose price moves or closes at a figure is a company (its stock): "Gazprom fell to
 * $ 0.300", "Rostelekom fell to $ 2.56 from $ 2.58 and LUKoil was $ 9.82". Reason: the tagger types unknown one-word
 * subjects as persons and leaves some out; market reports are a large part of newswire (CoNLL-2003 eng.train). Not
 * when the name is a known place or city ("Tokyo fell 2 pct": a market, typed a place by newswire gold too), starts
 * with a first name, or follows a title. Retypes person and place mentions and adds untagged one-word names that are
 * not ordinary words; returns how many.
 */
export function stockMoves(doc: Doc, mentions: Mention[], words: string[], bloom?: Bloom, lowerInDoc?: Set<string>): number {
  // cheap gate first: a currency sign in the text or a price word among the document's lower-case words
  if (!/[$%€£¥]/.test(doc.text) && !(lowerInDoc ? [...LOWER_PRICE_WORDS].some((w) => lowerInDoc.has(w)) : true)) return 0;
  const sentOf = sentenceIndex(doc);
  const pricey = new Set<number>();
  for (let i = 0; i < words.length; i++) if (PRICE_WORDS.has(words[i].toLowerCase())) pricey.add(sentOf[i]);
  if (!pricey.size) return 0;
  const moves = (e: number) => {
    if (!MOVE_VERBS.has(words[e] ?? '')) return false;
    for (let j = e + 1; j < Math.min(words.length, e + 5) && sentOf[j] === sentOf[e]; j++) {
      if (NUMBER.test(words[j])) return true;
      if (!BETWEEN.has(words[j].toLowerCase())) return false;
    }
    return false;
  };
  const known = (s: number, e: number) => {
    const name = words.slice(s, e).join(' ');
    return !!lookupPlace(name) || !!bloom?.has(GAZ_BLOOM_KEYS.city + name.toLowerCase()) || !!bloom?.has(GAZ_BLOOM_KEYS.region + name.toLowerCase());
  };
  const titled = (s: number) => s > 0 && (TITLE_HEADS.has(words[s - 1].toLowerCase()) || HONORIFICS.has(words[s - 1].toLowerCase()));
  const companies = new Set<string>();
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.s; k < m.e; k++) covered.add(k);
  let n = 0;
  for (const m of mentions) {
    if (m.chars || m.nested || m.type === 'organization' || (m.kb && !m.capital) || !pricey.has(m.sent) || !moves(m.e)) continue;
    if (known(m.s, m.e) || titled(m.s) || (bloom && isFirstName(words[m.s], bloom, lowerInDoc))) continue;
    companies.add(words.slice(m.s, m.e).join(' '));
  }
  // untagged: "Mosenergo closed at $ 0.958", "Metro slides 3.3 pct"
  const added: Mention[] = [];
  for (const k of pricey) for (let i = doc.sentences[k].tokenStart; i < doc.sentences[k].tokenEnd; i++) {
    const w = words[i];
    if (covered.has(i) || !/^\p{Lu}[\p{L}-]+$/u.test(w) || !pricey.has(sentOf[i]) || !moves(i + 1)) continue;
    const l = w.toLowerCase();
    if (NOT_NAMES.has(l) || lowerInDoc?.has(l) || bloom?.has(l) || known(i, i + 1) || titled(i)) continue;
    added.push({ s: i, e: i + 1, type: 'organization', sent: sentOf[i] });
    companies.add(w);
  }
  for (const m of mentions) {
    if (m.chars || m.nested || m.type === 'organization' || (m.kb && !m.capital) || !companies.has(words.slice(m.s, m.e).join(' '))) continue;
    if (m.type === 'place' && m.s > 0 && /^(?:in|at|from|near)$/i.test(words[m.s - 1])) continue;
    m.type = 'organization';
    m.kb = undefined;
    m.capital = undefined;
    n++;
  }
  if (added.length) {
    mentions.push(...added);
    mentions.sort((a, b) => a.s - b.s || a.e - b.e);
    n += added.length;
  }
  return n;
}

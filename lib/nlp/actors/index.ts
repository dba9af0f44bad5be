import type { Actor, ActorType, AnalyzeOptions, Corrections, Doc, Span } from '../types';
import { countryById, foldName, lookupDemonym } from '../../kb';
import { loadTagger } from './model';
import { dropMiscMentions, locativePlaces, ofPersons } from './misc-context';
import { acronymOrganizations, companyStatements, memberGroups, sportsClubs } from './organization-contexts';
import { isCap, lowerInDocument, nestedCountries, sentenceIndex, spreadMentions, tagMentions, type Mention } from './mentions';
import { MAX_NAME_TOKENS } from '../limits';
import { stripInvisible } from '../tokenize';
import { Budget } from '../budget';
import { GOVERNMENT_BUILDINGS, PERSON_PRONOUNS, TITLE_HEADS, TITLE_WORDS } from './lexicon';

/** Prepositions that make a capital a location rather than its government. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'downtown', 'of']);
/** Heads of institutions used alone for the full name later on ("the Church" for "Church of Scientology"). */
const SHORT_HEADS = new Set(['church', 'court', 'university', 'department', 'ministry', 'party', 'council', 'government', 'agency', 'commission', 'committee', 'institute', 'bank', 'college', 'museum', 'foundation', 'union', 'league', 'army', 'navy', 'board', 'senate', 'parliament', 'assembly', 'congress', 'administration', 'company', 'corporation', 'club']);
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'de', 'du', 'des', 'la', 'le', '&', 'in']);

class UnionFind {
  p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.p[x] !== x) x = this.p[x] = this.p[this.p[x]];
    return x;
  }
  union(a: number, b: number) {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Finds the people, organizations and places of a document and links their mentions into actors. */
export function recognizeActors(doc: Doc, options: AnalyzeOptions = {}, budget = new Budget()): Actor[] {
  if (doc.tokens.length === 0) return [];
  const words = doc.tokens.map((t) => t.text);
  const corrections = options.corrections ?? {};
  let ms = dropOverlongNames(tagMentions(doc, loadTagger(), budget));
  ms = spreadMentions(doc, ms);
  ms = dropMiscMentions(doc, ms, loadTagger().model.bloom, lowerInDocument(doc));
  locativePlaces(words, ms, loadTagger().model.bloom);
  ofPersons(words, ms, loadTagger().model.bloom);
  sportsClubs(doc, ms, words, loadTagger().model.bloom);
  acronymOrganizations(ms, words);
  memberGroups(ms, words);
  companyStatements(doc, ms, words);
  // buildings standing for a government are places ("the White House said")
  for (const m of ms) if (!m.chars && GOVERNMENT_BUILDINGS.has(words.slice(m.s, m.e).join(' ').toLowerCase())) m.type = 'place';
  ms = nestedCountries(doc, ms, loadTagger().model.bloom);
  ms = applyNotActor(doc, ms, corrections);
  applyTypes(doc, ms, corrections);
  // out of time while tagging: the rules above found names in the untagged rest too; keep to the text tagged
  const reach = budget.stoppedAt === Infinity ? words.length : firstTokenFrom(doc, budget.stoppedAt);
  if (reach < words.length) ms = ms.filter((m) => m.s < reach);
  const text = (m: Mention) => (m.chars ? doc.text.slice(m.chars[0], m.chars[1]) : doc.text.slice(doc.tokens[m.s].start, doc.tokens[m.e - 1].end));
  // names are compared without invisible characters: "Mi\u200Bke Pompeo" is "Mike Pompeo"
  const fold = (m: Mention) => foldName(stripInvisible(text(m)));

  // ---- linking
  const uf = new UnionFind(ms.length);
  const countriesMentioned = new Set(ms.filter((m) => m.kb && !m.capital).map((m) => m.kb!));
  for (const w of words) {
    const d = lookupDemonym(w);
    if (d) countriesMentioned.add(d);
  }
  const byKey = new Map<string, number>();
  // a capital stands for its country's government ("Washington and Tehran"), not where it is a location
  // ("in Washington", "Washington D.C.")
  const isDateline = (m: Mention) => {
    const w = words[m.s];
    const before = doc.text.slice(Math.max(0, doc.tokens[m.s].start - 2), doc.tokens[m.s].start);
    return w.length > 2 && w === w.toUpperCase() && (doc.tokens[m.s].start === 0 || /\n\s*$/.test(before));
  };
  const capitalAsCountry = (m: Mention) =>
    m.e - m.s === 1 &&
    !m.chars &&
    countriesMentioned.has(m.kb!) &&
    !isDateline(m) &&
    !(m.s > 0 && LOCATIVE.has(words[m.s - 1].toLowerCase())) &&
    !(words[m.e] === ',' && isCap(words[m.e + 1] ?? ''));
  ms.forEach((m, i) => {
    let key: string;
    if (m.kb && (!m.capital || capitalAsCountry(m))) key = `kb:${m.kb}`;
    else key = `${m.type}:${fold(m)}`;
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else uf.union(j, i);
  });
  // persons: a shorter name made of words of a fuller name ("Pompeo" -> "Mike Pompeo"), nearest preceding first
  const lw = (i: number) => words[i].toLowerCase();
  const fullByTail = new Map<string, number[]>(); // tail words of multi-word persons -> mentions (in text order)
  const fullByFirst = new Map<string, number[]>(); // first word of two-word persons
  ms.forEach((m, j) => {
    if (m.type !== 'person' || m.e - m.s < 2) return;
    for (let k = m.s + 1; k < m.e; k++) {
      const key = words.slice(k, m.e).join(' ').toLowerCase();
      const list = fullByTail.get(key) ?? [];
      list.push(j);
      fullByTail.set(key, list);
    }
    if (m.e - m.s === 2) {
      const list = fullByFirst.get(lw(m.s)) ?? [];
      list.push(j);
      fullByFirst.set(lw(m.s), list);
    }
  });
  ms.forEach((m, i) => {
    if (m.type !== 'person') return;
    const key = words.slice(m.s, m.e).join(' ').toLowerCase();
    const cands = [...(fullByTail.get(key) ?? []), ...(m.e - m.s === 1 ? fullByFirst.get(key) ?? [] : [])].filter((j) => ms[j].e - ms[j].s > m.e - m.s);
    if (!cands.length) return;
    let best = -1;
    for (const j of cands) if (ms[j].s < m.s && (best < 0 || ms[j].s > ms[best].s)) best = j;
    if (best < 0) for (const j of cands) if (best < 0 || ms[j].s < ms[best].s) best = j;
    uf.union(best, i);
  });
  // organizations: acronyms ("IAEA") and shorter tails ("State Department" of "US State Department")
  const byInitials = new Map<string, number>();
  const byOrgTail = new Map<string, number>();
  ms.forEach((o, j) => {
    if (o.type !== 'organization' || o.nested || o.e - o.s < 2) return;
    const ws = words.slice(o.s, o.e);
    const initials = ws
      .filter((w) => !CONNECTORS.has(w.toLowerCase()))
      .map((w) => w[0])
      .join('');
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, j);
    for (let k = 1; k <= ws.length - 2; k++) {
      const tail = ws.slice(k).join(' ');
      if (!byOrgTail.has(tail)) byOrgTail.set(tail, j);
    }
  });
  ms.forEach((m, i) => {
    if (m.type !== 'organization' || m.nested) return;
    const t = text(m);
    if (m.e - m.s === 1 && /^[A-Z][A-Z.&]{1,7}$/.test(t)) {
      const j = byInitials.get(t.replace(/[.&]/g, ''));
      if (j !== undefined) uf.union(j, i);
    } else if (m.e - m.s >= 2) {
      const j = byOrgTail.get(words.slice(m.s, m.e).join(' '));
      if (j !== undefined) uf.union(j, i);
    }
  });
  // a head word alone ("Church", "Court") is the nearest preceding organization that starts or ends with it
  const lastOrgWithHead = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.nested || m.chars) return;
    if (m.e - m.s === 1 && m.type !== 'person') {
      const j = lastOrgWithHead.get(lw(m.s));
      if (j !== undefined && SHORT_HEADS.has(lw(m.s))) {
        m.type = ms[j].type;
        uf.union(j, i);
      }
    } else if (m.type === 'organization' && m.e - m.s >= 2) {
      lastOrgWithHead.set(lw(m.s), i);
      lastOrgWithHead.set(lw(m.e - 1), i);
    }
  });
  // an acronym in brackets right after a name: "International Atomic Energy Agency (IAEA)"
  const byStartTok = new Map<number, number>();
  ms.forEach((m, i) => {
    if (!m.chars && !m.nested) byStartTok.set(m.s, i);
  });
  ms.forEach((a, i) => {
    if (a.nested || a.chars || words[a.e] !== '(') return;
    const bi = byStartTok.get(a.e + 1);
    if (bi === undefined) return;
    const b = ms[bi];
    if (b.e === a.e + 2 && words[b.e] === ')' && /^[A-Z]{2,8}$/.test(words[b.s])) {
      b.type = a.type;
      uf.union(i, bi);
    }
  });
  applyMerges(ms, uf, fold, corrections);

  // ---- actors
  const groups = new Map<number, number[]>();
  ms.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const span = (s: number, e: number): Span => ({ start: doc.tokens[s].start, end: doc.tokens[e - 1].end, text: doc.text.slice(doc.tokens[s].start, doc.tokens[e - 1].end) });
  const actors: (Actor & { first: number })[] = [];
  const actorOfMention = new Map<number, Actor>();
  for (const idxs of groups.values()) {
    const g = idxs.map((i) => ms[i]);
    const kb = g.find((m) => m.kb)?.kb;
    const counts = new Map<ActorType, number>();
    for (const m of g) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    let type: ActorType = kb ? 'place' : g[0].type;
    if (!kb) for (const [t, c] of counts) if (c > (counts.get(type) ?? 0)) type = t;
    const texts = g.map(text);
    const country = kb ? countryById(kb) : undefined;
    // the longest text names the actor, preferring one not written in all capitals (a headline's "BAGHDAD")
    const shouted = (t: string) => /\p{L}{2}/u.test(t) && t === t.toUpperCase() && t.length > 3;
    let name = texts.reduce((a, b) => (shouted(a) !== shouted(b) ? (shouted(a) ? b : a) : b.length > a.length ? b : a), texts[0]);
    if (country && (texts.some((t) => foldName(t) === foldName(country.name)) || g.every((m) => m.capital))) name = texts.some((t) => foldName(t) === foldName(country.name)) ? country.name : name;
    if (country && !g.every((m) => m.capital)) name = country.name;
    const actor: Actor & { first: number } = { id: '', name, type, mentions: g.map((m) => (m.chars ? { start: m.chars[0], end: m.chars[1], text: text(m) } : span(m.s, m.e))).sort((a, b) => a.start - b.start), first: g.reduce((x, m) => Math.min(x, m.s), Infinity) };
    const aliases = [...new Set(texts)].filter((t) => t !== name);
    if (aliases.length) actor.aliases = aliases;
    if (kb) actor.kb = kb;
    actors.push(actor);
    for (const i of idxs) actorOfMention.set(i, actor);
  }
  actors.sort((a, b) => a.first - b.first);

  // roles before a person's name: "Secretary of State Mike Pompeo", "Iraqi Prime Minister Adel Abdul Mahdi"
  const covered = new Int32Array(words.length).fill(-1);
  ms.forEach((m, i) => {
    if (!m.nested && !m.chars) covered.fill(i, m.s, m.e);
  });
  ms.forEach((m, i) => {
    if (m.type !== 'person' || m.nested) return;
    let s = m.s;
    while (s > 0) {
      const w = words[s - 1];
      const lw = w.toLowerCase();
      const isTitle = TITLE_WORDS.has(lw) && (isCap(w) || lw === 'of' || lw === 'the' || lw === 'and' || lw === 'for');
      // a country or an organization right before a title belongs to the role ("US President", "NASA Administrator")
      const isNamedBeforeTitle = covered[s - 1] >= 0 && ms[covered[s - 1]].type !== 'person' && s < m.s && TITLE_WORDS.has(words[s].toLowerCase());
      const insideNamed = covered[s - 1] >= 0 && covered[s - 1] === covered[s] && ms[covered[s]].type !== 'person';
      if (isTitle || lookupDemonym(w) || isNamedBeforeTitle || insideNamed) s--;
      else break;
    }
    while (s < m.s && ['of', 'the', 'and', 'for'].includes(words[s].toLowerCase())) s++;
    if (s < m.s && words.slice(s, m.s).some((w) => TITLE_HEADS.has(w.toLowerCase()))) {
      const role = span(s, m.s).text;
      const a = actorOfMention.get(i)!;
      a.roles = [...new Set([...(a.roles ?? []), role])];
    }
  });

  // modifiers: demonyms linked to their country's actor
  const byKb = new Map<string, Actor>();
  for (const a of actors) if (a.kb) byKb.set(a.kb, a);
  for (let i = 0; i < reach; i++) {
    if (covered[i] >= 0 || !isCap(words[i])) continue;
    const kb = lookupDemonym(words[i]);
    const a = kb ? byKb.get(kb) : undefined;
    if (a) (a.modifiers ??= []).push(span(i, i + 1));
  }

  // references: he/she/his/her -> the only person named in this or the previous sentence before the pronoun
  const sentOf = sentenceIndex(doc);
  const personsInSentence = new Map<number, { s: number; actor: Actor }[]>();
  ms.forEach((m, j) => {
    if (m.type !== 'person' || m.nested) return;
    const list = personsInSentence.get(m.sent) ?? [];
    list.push({ s: m.s, actor: actorOfMention.get(j)! });
    personsInSentence.set(m.sent, list);
  });
  for (let i = 0; i < reach; i++) {
    // every pronoun starts with h or s: skip other ASCII first letters without lower-casing the word
    const c0 = words[i].charCodeAt(0);
    if (c0 < 128 && (c0 | 32) !== 104 && (c0 | 32) !== 115) continue;
    if (!PERSON_PRONOUNS.has(words[i].toLowerCase())) continue;
    const si = sentOf[i];
    const found = new Set<Actor>();
    for (const x of personsInSentence.get(si - 1) ?? []) found.add(x.actor);
    for (const x of personsInSentence.get(si) ?? []) if (x.s < i) found.add(x.actor);
    if (found.size === 1) {
      const a = [...found][0];
      (a.references ??= []).push(span(i, i + 1));
    }
  }

  // ids, renames
  return actors.map((a, k) => {
    const { first: _first, ...rest } = a;
    const actor: Actor = { ...rest, id: `a${k + 1}` };
    const rename = findRename(actor, corrections);
    if (rename) {
      if (actor.name !== rename) actor.aliases = [...new Set([...(actor.aliases ?? []), actor.name])].filter((x) => x !== rename);
      actor.name = rename;
    }
    return actor;
  });
}

/**
 * Names longer than MAX_NAME_TOKENS are not names ("Bank of Bank of ... Hungary" run on for 64 KB): they are dropped
 * before any stage works on each name's words (linking indexes every tail of a name, so one name of n words costs n * n).
 */
export function dropOverlongNames(ms: Mention[]): Mention[] {
  return ms.filter((m) => m.e - m.s <= MAX_NAME_TOKENS);
}

/** Index of the first token that starts at or after text offset `pos` (binary search). */
function firstTokenFrom(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function applyNotActor(doc: Doc, ms: Mention[], c: Corrections): Mention[] {
  if (!c.notActor?.length) return ms;
  const bad = new Set(c.notActor.map(foldName));
  return ms.filter((m) => !bad.has(foldName(doc.text.slice(doc.tokens[m.s].start, doc.tokens[m.e - 1].end))));
}

function applyTypes(doc: Doc, ms: Mention[], c: Corrections) {
  if (!c.types) return;
  const forced = new Map(Object.entries(c.types).map(([k, v]) => [foldName(k), v]));
  for (const m of ms) {
    const t = forced.get(foldName(doc.text.slice(doc.tokens[m.s].start, doc.tokens[m.e - 1].end)));
    if (t) {
      m.type = t;
      if (t !== 'place') m.kb = undefined;
    }
  }
}

function applyMerges(ms: Mention[], uf: UnionFind, fold: (m: Mention) => string, c: Corrections) {
  if (!c.merges?.length) return;
  for (const group of c.merges) {
    const names = new Set(group.map(foldName));
    let first = -1;
    ms.forEach((m, i) => {
      if (!names.has(fold(m))) return;
      if (first < 0) first = i;
      else uf.union(first, i);
    });
  }
  // all mentions of a group's actors are one actor
}

function findRename(a: Actor, c: Corrections): string | undefined {
  const names = [a.name, ...(a.aliases ?? [])].map(foldName);
  for (const group of c.merges ?? []) {
    if (group.length && group.some((g) => names.includes(foldName(g)))) return group[0];
  }
  if (!c.renames) return undefined;
  for (const [from, to] of Object.entries(c.renames)) if (names.includes(foldName(from))) return to;
  return undefined;
}

import type { Actor, ActorType, AnalyzeOptions, Corrections, Doc, Span } from '../types';
import { countryById, foldName, lookupDemonym } from '../../kb';
import { MODEL } from './model/model';
import { Tagger, unpackModel } from './tagger';
import { isCap, nestedCountries, sentenceIndex, spreadMentions, tagMentions, type Mention } from './mentions';
import { PERSON_PRONOUNS, TITLE_HEADS, TITLE_WORDS } from './lexicon';

let tagger: Tagger | undefined;
/** Loads (once) the packed tagger model bundled with the code. */
export function loadTagger(): Tagger {
  tagger ??= new Tagger(unpackModel(MODEL));
  return tagger;
}

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
export function recognizeActors(doc: Doc, options: AnalyzeOptions = {}): Actor[] {
  if (doc.tokens.length === 0) return [];
  const words = doc.tokens.map((t) => t.text);
  const corrections = options.corrections ?? {};
  let ms = tagMentions(doc, loadTagger());
  ms = spreadMentions(doc, ms);
  ms = nestedCountries(doc, ms);
  ms = applyNotActor(doc, ms, corrections);
  applyTypes(doc, ms, corrections);
  const text = (m: Mention) => (m.chars ? doc.text.slice(m.chars[0], m.chars[1]) : doc.text.slice(doc.tokens[m.s].start, doc.tokens[m.e - 1].end));
  const fold = (m: Mention) => foldName(text(m));

  // ---- linking
  const uf = new UnionFind(ms.length);
  const countriesMentioned = new Set(ms.filter((m) => m.kb && !m.capital).map((m) => m.kb!));
  for (const w of words) {
    const d = lookupDemonym(w);
    if (d) countriesMentioned.add(d);
  }
  const byKey = new Map<string, number>();
  ms.forEach((m, i) => {
    let key: string;
    if (m.kb && (!m.capital || countriesMentioned.has(m.kb))) key = `kb:${m.kb}`;
    else key = `${m.type}:${fold(m)}`;
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else uf.union(j, i);
  });
  // persons: a shorter name made of words of a fuller name ("Pompeo" -> "Mike Pompeo"), nearest preceding first
  const persons = ms.map((m, i) => i).filter((i) => ms[i].type === 'person');
  for (const i of persons) {
    const m = ms[i];
    const mw = words.slice(m.s, m.e).map((w) => w.toLowerCase());
    let best = -1;
    let bestPreceding = false;
    for (const j of persons) {
      if (j === i) continue;
      const o = ms[j];
      if (o.e - o.s <= m.e - m.s) continue;
      const ow = words.slice(o.s, o.e).map((w) => w.toLowerCase());
      const isLast = mw.every((w, k) => ow[ow.length - mw.length + k] === w);
      const isFirst = mw.length === 1 && ow[0] === mw[0] && ow.length === 2;
      if (!isLast && !isFirst) continue;
      const preceding = o.s < m.s;
      if (best < 0 || (preceding && (!bestPreceding || o.s > ms[best].s)) || (!preceding && !bestPreceding && o.s < ms[best].s)) {
        best = j;
        bestPreceding = preceding;
      }
    }
    if (best >= 0) uf.union(best, i);
  }
  // organizations: acronyms ("IAEA") and shorter tails ("State Department" of "US State Department")
  const orgs = ms.map((m, i) => i).filter((i) => ms[i].type === 'organization' && !ms[i].nested);
  for (const i of orgs) {
    const m = ms[i];
    const t = text(m);
    const isAcronym = m.e - m.s === 1 && /^[A-Z][A-Z.&]{1,7}$/.test(t);
    for (const j of orgs) {
      if (j === i) continue;
      const o = ms[j];
      if (isAcronym && o.e - o.s >= 2) {
        const initials = words
          .slice(o.s, o.e)
          .filter((w) => !CONNECTORS.has(w.toLowerCase()))
          .map((w) => w[0])
          .join('');
        if (initials === t.replace(/[.&]/g, '')) uf.union(j, i);
      } else if (o.e - o.s > m.e - m.s && m.e - m.s >= 2) {
        const mw = words.slice(m.s, m.e);
        const ow = words.slice(o.s, o.e);
        if (mw.every((w, k) => ow[ow.length - mw.length + k] === w)) uf.union(j, i);
      }
    }
  }
  // an acronym in brackets right after a name: "International Atomic Energy Agency (IAEA)"
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms.find((x) => x.s === a.e + 1 && x.e === a.e + 2);
    if (b && words[a.e] === '(' && words[b.e] === ')' && /^[A-Z]{2,8}$/.test(words[b.s])) {
      b.type = a.type;
      uf.union(i, ms.indexOf(b));
    }
  }
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
    let name = texts.reduce((a, b) => (b.length > a.length ? b : a), texts[0]);
    if (country && (texts.some((t) => foldName(t) === foldName(country.name)) || g.every((m) => m.capital))) name = texts.some((t) => foldName(t) === foldName(country.name)) ? country.name : name;
    if (country && !g.every((m) => m.capital)) name = country.name;
    const actor: Actor & { first: number } = { id: '', name, type, mentions: g.map((m) => (m.chars ? { start: m.chars[0], end: m.chars[1], text: text(m) } : span(m.s, m.e))).sort((a, b) => a.start - b.start), first: Math.min(...g.map((m) => m.s)) };
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
      const isCountry = covered[s - 1] >= 0 && ms[covered[s - 1]].type === 'place';
      if (isTitle || lookupDemonym(w) || isCountry) s--;
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
  for (let i = 0; i < words.length; i++) {
    if (covered[i] >= 0 || !isCap(words[i])) continue;
    const kb = lookupDemonym(words[i]);
    const a = kb ? byKb.get(kb) : undefined;
    if (a) (a.modifiers ??= []).push(span(i, i + 1));
  }

  // references: he/she/his/her -> the only person named in this or the previous sentence before the pronoun
  const sentOf = sentenceIndex(doc);
  const personMentions = ms.map((m, i) => i).filter((i) => ms[i].type === 'person' && !ms[i].nested);
  for (let i = 0; i < words.length; i++) {
    if (!PERSON_PRONOUNS.has(words[i].toLowerCase())) continue;
    const si = sentOf[i];
    const found = new Set<Actor>();
    for (const j of personMentions) {
      const m = ms[j];
      if (m.s < i && m.sent >= si - 1 && m.sent <= si) found.add(actorOfMention.get(j)!);
    }
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

// The linking stages: which mentions name the same actor. Each links mention indices in `ctx.links` (a union-find the
// "start-linking" stage creates) and returns the mentions unchanged, except "head-words" which also types a head word
// like the name it stands for. They run in the order lib/nlp/actors/stages.ts lists them.
import { foldName, lookupDemonym } from '../../kb';
import { stripInvisible } from '../tokenize';
import type { ActorContext } from './context';
import { mentionText } from './context';
import { isCap, type Mention } from './mentions';
import { ACRONYM_SKIP, LOCATIVE_PREPOSITIONS, SHORT_HEADS } from './lexicon';
import { UnionFind } from './union-find';

/** The union-find of the linking stages (created by {@link startLinking}). */
function links(ctx: ActorContext): UnionFind {
  if (!ctx.links) throw new Error('linking stage run before start-linking');
  return ctx.links;
}

/** Names are compared without invisible characters and case folded: "Mi\u200Bke Pompeo" is "Mike Pompeo". */
export function foldedName(ctx: ActorContext, m: Mention): string {
  return foldName(stripInvisible(mentionText(ctx, m)));
}

export function startLinking(ctx: ActorContext, mentions: Mention[]): Mention[] {
  ctx.links = new UnionFind(mentions.length);
  return mentions;
}

/**
 * The same name (folded) of the same type is one actor, and a country is one actor under all its names ("US",
 * "United States"); a capital stands for its country's government ("Washington and Tehran") where the country or its
 * demonym is in the text, except where it is a location ("in Washington", "Washington, D.C.", a dateline).
 */
export function sameName(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { doc, words } = ctx;
  const uf = links(ctx);
  const countriesMentioned = new Set(mentions.filter((m) => m.kb && !m.capital).map((m) => m.kb!));
  for (const w of words) {
    const d = lookupDemonym(w);
    if (d) countriesMentioned.add(d);
  }
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
    !(m.s > 0 && LOCATIVE_PREPOSITIONS.has(words[m.s - 1].toLowerCase())) &&
    !(words[m.e] === ',' && isCap(words[m.e + 1] ?? ''));
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = m.kb && (!m.capital || capitalAsCountry(m)) ? `kb:${m.kb}` : `${m.type}:${foldedName(ctx, m)}`;
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else uf.union(j, i);
  });
  return mentions;
}

/** A person's shorter name made of words of a fuller name ("Pompeo" -> "Mike Pompeo"), the nearest preceding first. */
export function personShortNames(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { words } = ctx;
  const uf = links(ctx);
  const lower = (i: number) => words[i].toLowerCase();
  const fullByTail = new Map<string, number[]>(); // tail words of multi-word persons -> mentions (in text order)
  const fullByFirst = new Map<string, number[]>(); // first word of two-word persons
  mentions.forEach((m, j) => {
    if (m.type !== 'person' || m.e - m.s < 2) return;
    for (let k = m.s + 1; k < m.e; k++) {
      const key = words.slice(k, m.e).join(' ').toLowerCase();
      const list = fullByTail.get(key) ?? [];
      list.push(j);
      fullByTail.set(key, list);
    }
    if (m.e - m.s === 2) {
      const list = fullByFirst.get(lower(m.s)) ?? [];
      list.push(j);
      fullByFirst.set(lower(m.s), list);
    }
  });
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    const key = words.slice(m.s, m.e).join(' ').toLowerCase();
    const candidates = [...(fullByTail.get(key) ?? []), ...(m.e - m.s === 1 ? fullByFirst.get(key) ?? [] : [])].filter((j) => mentions[j].e - mentions[j].s > m.e - m.s);
    if (!candidates.length) return;
    let best = -1;
    for (const j of candidates) if (mentions[j].s < m.s && (best < 0 || mentions[j].s > mentions[best].s)) best = j;
    if (best < 0) for (const j of candidates) if (best < 0 || mentions[j].s < mentions[best].s) best = j;
    uf.union(best, i);
  });
  return mentions;
}

/** An organization's acronym ("IAEA") and its shorter tails ("State Department" of "US State Department"). */
export function organizationShortNames(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { words } = ctx;
  const uf = links(ctx);
  const byInitials = new Map<string, number>();
  const byTail = new Map<string, number>();
  mentions.forEach((o, j) => {
    if (o.type !== 'organization' || o.nested || o.e - o.s < 2) return;
    const ws = words.slice(o.s, o.e);
    const initials = ws
      .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()))
      .map((w) => w[0])
      .join('');
    if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, j);
    for (let k = 1; k <= ws.length - 2; k++) {
      const tail = ws.slice(k).join(' ');
      if (!byTail.has(tail)) byTail.set(tail, j);
    }
  });
  mentions.forEach((m, i) => {
    if (m.type !== 'organization' || m.nested) return;
    const t = mentionText(ctx, m);
    if (m.e - m.s === 1 && /^[A-Z][A-Z.&]{1,7}$/.test(t)) {
      const j = byInitials.get(t.replace(/[.&]/g, ''));
      if (j !== undefined) uf.union(j, i);
    } else if (m.e - m.s >= 2) {
      const j = byTail.get(words.slice(m.s, m.e).join(' '));
      if (j !== undefined) uf.union(j, i);
    }
  });
  return mentions;
}

/** A head word alone ("the Church", "the Court") is the nearest preceding organization that starts or ends with it. */
export function headWords(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { words } = ctx;
  const uf = links(ctx);
  const lower = (i: number) => words[i].toLowerCase();
  const lastOrgWithHead = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.nested || m.chars) return;
    if (m.e - m.s === 1 && m.type !== 'person') {
      const j = lastOrgWithHead.get(lower(m.s));
      if (j !== undefined && SHORT_HEADS.has(lower(m.s))) {
        m.type = mentions[j].type;
        uf.union(j, i);
      }
    } else if (m.type === 'organization' && m.e - m.s >= 2) {
      lastOrgWithHead.set(lower(m.s), i);
      lastOrgWithHead.set(lower(m.e - 1), i);
    }
  });
  return mentions;
}

/** An acronym in brackets right after a name is that name: "International Atomic Energy Agency (IAEA)". */
export function bracketedAcronyms(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { words } = ctx;
  const uf = links(ctx);
  const byStartToken = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (!m.chars && !m.nested) byStartToken.set(m.s, i);
  });
  mentions.forEach((a, i) => {
    if (a.nested || a.chars || words[a.e] !== '(') return;
    const bi = byStartToken.get(a.e + 1);
    if (bi === undefined) return;
    const b = mentions[bi];
    if (b.e === a.e + 2 && words[b.e] === ')' && /^[A-Z]{2,8}$/.test(words[b.s])) {
      b.type = a.type;
      uf.union(i, bi);
    }
  });
  return mentions;
}

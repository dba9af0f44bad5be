// The stages after linking: the linked mentions become actors, then each actor gains its roles, the demonyms that
// modify it and the pronouns that refer to it. Each takes the context and the mentions and returns the mentions; the
// actors live in `ctx.actors` (see lib/nlp/actors/stages.ts for the order).
import type { Actor, ActorType, Span } from '../types';
import { countryById, foldName, lookupDemonym } from '../../kb';
import type { ActorContext } from './context';
import { mentionText } from './context';
import { isCap, sentenceIndex, type Mention } from './mentions';
import { PERSON_PRONOUNS, TITLE_HEADS, TITLE_WORDS } from './lexicon';

function tokenSpan(ctx: ActorContext, s: number, e: number): Span {
  const { doc } = ctx;
  return { start: doc.tokens[s].start, end: doc.tokens[e - 1].end, text: doc.text.slice(doc.tokens[s].start, doc.tokens[e - 1].end) };
}

function actorsOf(ctx: ActorContext): { actors: Actor[]; actorOfMention: Map<number, Actor> } {
  if (!ctx.actors || !ctx.actorOfMention) throw new Error('actor stage run before build-actors');
  return { actors: ctx.actors, actorOfMention: ctx.actorOfMention };
}

/** Demonyms have at most this many words ("Papua New Guinean"). */
const MAX_DEMONYM_WORDS = 3;

/** A name written in capitals ("BAGHDAD" in a headline). */
const shouted = (t: string) => /\p{L}{2}/u.test(t) && t === t.toUpperCase() && t.length > 3;

/**
 * Each group of linked mentions is an actor: a country's group is a place named as the country; otherwise the type
 * most of its mentions have, and the longest name not written in capitals. Actors are ordered by first mention.
 */
export function buildActors(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const uf = ctx.links;
  if (!uf) throw new Error('build-actors run before start-linking');
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const actors: Actor[] = [];
  const first = new Map<Actor, number>();
  const actorOfMention = new Map<number, Actor>();
  for (const idxs of groups.values()) {
    const g = idxs.map((i) => mentions[i]);
    const kb = g.find((m) => m.kb)?.kb;
    const counts = new Map<ActorType, number>();
    for (const m of g) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    let type: ActorType = kb ? 'place' : g[0].type;
    if (!kb) for (const [t, c] of counts) if (c > (counts.get(type) ?? 0)) type = t;
    const texts = g.map((m) => mentionText(ctx, m));
    const country = kb ? countryById(kb) : undefined;
    let name = texts.reduce((a, b) => (shouted(a) !== shouted(b) ? (shouted(a) ? b : a) : b.length > a.length ? b : a), texts[0]);
    const countryNamed = country && texts.some((t) => foldName(t) === foldName(country.name));
    if (country && (countryNamed || !g.every((m) => m.capital))) name = country.name;
    const actor: Actor = {
      id: '',
      name,
      type,
      mentions: g.map((m) => (m.chars ? { start: m.chars[0], end: m.chars[1], text: mentionText(ctx, m) } : tokenSpan(ctx, m.s, m.e))).sort((a, b) => a.start - b.start),
    };
    const aliases = [...new Set(texts)].filter((t) => t !== name);
    if (aliases.length) actor.aliases = aliases;
    if (kb) actor.kb = kb;
    actors.push(actor);
    first.set(actor, g.reduce((x, m) => Math.min(x, m.s), Infinity));
    for (const i of idxs) actorOfMention.set(i, actor);
  }
  actors.sort((a, b) => first.get(a)! - first.get(b)!);
  ctx.actors = actors;
  ctx.actorOfMention = actorOfMention;
  return mentions;
}

/** For each token, the index of the (outer, token-aligned) mention covering it, or -1. */
function coveringMention(ctx: ActorContext, mentions: Mention[]): Int32Array {
  const covered = new Int32Array(ctx.words.length).fill(-1);
  mentions.forEach((m, i) => {
    if (!m.nested && !m.chars) covered.fill(i, m.s, m.e);
  });
  return covered;
}

/**
 * Titles before a person's name are the person's role: "Secretary of State Mike Pompeo", "Iraqi Prime Minister Adel
 * Abdul Mahdi"; a country or organization right before a title belongs to it ("US President", "NASA Administrator").
 */
export function roles(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { words } = ctx;
  const { actorOfMention } = actorsOf(ctx);
  const covered = coveringMention(ctx, mentions);
  mentions.forEach((m, i) => {
    if (m.type !== 'person' || m.nested) return;
    let s = m.s;
    while (s > 0) {
      const w = words[s - 1];
      const lower = w.toLowerCase();
      const isTitle = TITLE_WORDS.has(lower) && (isCap(w) || lower === 'of' || lower === 'the' || lower === 'and' || lower === 'for');
      const isNamedBeforeTitle = covered[s - 1] >= 0 && mentions[covered[s - 1]].type !== 'person' && s < m.s && TITLE_WORDS.has(words[s].toLowerCase());
      const insideNamed = covered[s - 1] >= 0 && covered[s - 1] === covered[s] && mentions[covered[s]].type !== 'person';
      if (isTitle || lookupDemonym(w) || isNamedBeforeTitle || insideNamed) s--;
      else break;
    }
    while (s < m.s && ['of', 'the', 'and', 'for'].includes(words[s].toLowerCase())) s++;
    if (s < m.s && words.slice(s, m.s).some((w) => TITLE_HEADS.has(w.toLowerCase()))) {
      const role = tokenSpan(ctx, s, m.s).text;
      const a = actorOfMention.get(i)!;
      a.roles = [...new Set([...(a.roles ?? []), role])];
    }
  });
  return mentions;
}

/**
 * A demonym outside names ("Iraqi officials") modifies its country's actor: the actor named as the country, never a
 * city of it ("Iraq rejected the claim. Iraqi officials met reporters in Baghdad": "Iraqi" is Iraq's, not Baghdad's).
 */
export function demonymModifiers(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { words } = ctx;
  const { actors } = actorsOf(ctx);
  const covered = coveringMention(ctx, mentions);
  const byKb = new Map<string, Actor>();
  for (const a of actors) if (a.kb && a.name === countryById(a.kb)?.name) byKb.set(a.kb, a);
  const free = (i: number) => i < ctx.reach && covered[i] < 0 && isCap(words[i]);
  for (let i = 0; i < ctx.reach; i++) {
    if (!free(i)) continue;
    // the longest demonym first: "South Korean", "Sri Lankan", "New Zealander" are one word's worth each
    for (let len = Math.min(MAX_DEMONYM_WORDS, ctx.reach - i); len >= 1; len--) {
      let all = true;
      for (let k = i + 1; k < i + len && all; k++) all = free(k);
      if (!all) continue;
      const kb = lookupDemonym(len === 1 ? words[i] : words.slice(i, i + len).join(' '));
      if (!kb) continue;
      const a = byKb.get(kb);
      if (a) (a.modifiers ??= []).push(tokenSpan(ctx, i, i + len));
      i += len - 1;
      break;
    }
  }
  return mentions;
}

/** he/she/his/her refer to the only person named in this sentence before the pronoun or in the previous sentence. */
export function pronounReferences(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const { doc, words } = ctx;
  const { actorOfMention } = actorsOf(ctx);
  const sentOf = sentenceIndex(doc);
  const personsInSentence = new Map<number, { s: number; actor: Actor }[]>();
  mentions.forEach((m, j) => {
    if (m.type !== 'person' || m.nested) return;
    const list = personsInSentence.get(m.sent) ?? [];
    list.push({ s: m.s, actor: actorOfMention.get(j)! });
    personsInSentence.set(m.sent, list);
  });
  for (let i = 0; i < ctx.reach; i++) {
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
      (a.references ??= []).push(tokenSpan(ctx, i, i + 1));
    }
  }
  return mentions;
}

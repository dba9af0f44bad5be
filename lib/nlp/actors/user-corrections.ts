// The user's corrections (lib/nlp/types.ts Corrections) as actor stages: they run after the rules, so a correction
// always wins, and the same way on every page.
import type { Actor, Corrections } from '../types';
import { foldName } from '../../kb';
import type { ActorContext } from './context';
import { foldedName } from './link';
import type { Mention } from './mentions';

const tokenText = (ctx: ActorContext, m: Mention) => ctx.doc.text.slice(ctx.doc.tokens[m.s].start, ctx.doc.tokens[m.e - 1].end);

/** Names marked "not an actor" are dropped. */
export function notActor(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const c = ctx.corrections;
  if (!c.notActor?.length) return mentions;
  const bad = new Set(c.notActor.map(foldName));
  return mentions.filter((m) => !bad.has(foldName(tokenText(ctx, m))));
}

/** Names with a forced type take it (a place that is no longer a place loses its country). */
export function forcedTypes(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const c = ctx.corrections;
  if (!c.types) return mentions;
  const forced = new Map(Object.entries(c.types).map(([k, v]) => [foldName(k), v]));
  for (const m of mentions) {
    const t = forced.get(foldName(tokenText(ctx, m)));
    if (t) {
      m.type = t;
      if (t !== 'place') m.kb = undefined;
    }
  }
  return mentions;
}

/** Names the user merged are one actor. */
export function merges(ctx: ActorContext, mentions: Mention[]): Mention[] {
  const c = ctx.corrections;
  const uf = ctx.links;
  if (!c.merges?.length || !uf) return mentions;
  for (const group of c.merges) {
    const names = new Set(group.map(foldName));
    let first = -1;
    mentions.forEach((m, i) => {
      if (!names.has(foldedName(ctx, m))) return;
      if (first < 0) first = i;
      else uf.union(first, i);
    });
  }
  return mentions;
}

/** An actor of a merged group is named by the group's first name; a renamed one by its new name. */
export function renames(ctx: ActorContext, mentions: Mention[]): Mention[] {
  for (const actor of ctx.actors ?? []) {
    const rename = findRename(actor, ctx.corrections);
    if (!rename) continue;
    if (actor.name !== rename) actor.aliases = [...new Set([...(actor.aliases ?? []), actor.name])].filter((x) => x !== rename);
    actor.name = rename;
  }
  return mentions;
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

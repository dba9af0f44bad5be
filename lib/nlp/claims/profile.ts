import type { Actor, Claim, Profile, SourceProfile } from '../types';
import { singular } from './anonymity';
import { SUBJECT_PRONOUN as PRONOUN } from './vocabulary';

/** Words that stand in for an unnamed source without describing it. */
const STAND_IN = /^(?:one|another|others|some|many|most|several|both|one of them|some of them)$/i;

/** Key that groups claims from one source: the actor, else an anonymous description (affiliation + role), else the text. */
function sourceKey(c: Claim): string | undefined {
  const s = c.source;
  if (!s) return undefined;
  if (s.actorId) return `actor:${s.actorId}`;
  if (s.anonymous && s.descriptor?.role) {
    const role = s.descriptor.role.toLowerCase().split(/\s+/).map(singular).join(' ');
    return `anon:${(s.descriptor.affiliation ?? '').toLowerCase()}|${role}`;
  }
  return `text:${s.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ')}`;
}

/**
 * The sourcing profile: how many claims, how many from anonymous sources, and each source with its claim count
 * (most claims first). A source is named by its fullest description (not a pronoun) among its claims, or, when only
 * pronouns point to it, by its actor's name if `actors` are given.
 */
export function buildProfile(claims: Claim[], actors: Actor[] = []): Profile {
  const bySource = new Map<string, SourceProfile>();
  for (const c of claims) {
    const key = sourceKey(c);
    if (!key || !c.source) continue;
    const entry = bySource.get(key) ?? { text: c.source.text, actorId: c.source.actorId, anonymous: c.source.anonymous, claims: 0 };
    if (PRONOUN.test(entry.text) && !PRONOUN.test(c.source.text)) entry.text = c.source.text;
    else if (c.source.anonymous && /^the\b/i.test(entry.text) && !/^the\b/i.test(c.source.text) && !PRONOUN.test(c.source.text)) entry.text = c.source.text;
    entry.claims++;
    bySource.set(key, entry);
  }
  for (const entry of bySource.values()) {
    const actor = entry.actorId ? actors.find((a) => a.id === entry.actorId) : undefined;
    if (actor && PRONOUN.test(entry.text)) entry.text = actor.name;
    // A relative clause is the article's detail, not the source's name: "The senator, who requested anonymity, ..." -> "The senator".
    entry.text = entry.text.replace(/,?\s+(?:who|whose)\b[\s\S]*$/i, '').trim() || entry.text;
    // Only a pronoun or a bare quantifier ("she", "One", "Another") for an unnamed source: say so rather than show it.
    if (entry.anonymous && (PRONOUN.test(entry.text) || STAND_IN.test(entry.text))) entry.text = 'unnamed source';
  }
  return {
    claims: claims.length,
    anonymous: claims.filter((c) => c.source?.anonymous).length,
    sources: [...bySource.values()].sort((a, b) => b.claims - a.claims),
  };
}

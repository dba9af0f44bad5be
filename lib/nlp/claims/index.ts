import type { Actor, Claim, Doc, Profile } from '../types';

/** Placeholder until claim finding lands (issue "Attributed claims"). */
export function findClaims(_doc: Doc, _actors: Actor[]): Claim[] {
  return [];
}

export function buildProfile(claims: Claim[]): Profile {
  const bySource = new Map<string, { text: string; actorId?: string; anonymous: boolean; claims: number }>();
  for (const c of claims) {
    if (!c.source) continue;
    const key = c.source.actorId ?? c.source.text.toLowerCase();
    const entry = bySource.get(key) ?? { text: c.source.text, actorId: c.source.actorId, anonymous: c.source.anonymous, claims: 0 };
    entry.claims++;
    bySource.set(key, entry);
  }
  return {
    claims: claims.length,
    anonymous: claims.filter((c) => c.source?.anonymous).length,
    sources: [...bySource.values()].sort((a, b) => b.claims - a.claims),
  };
}

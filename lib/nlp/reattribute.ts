/**
 * Part of the engine's public API (re-exported by lib/nlp/index.ts). The store imports this module by its path, not
 * through the index: the index also re-exports analyze(), whose modules have top-level work a bundler must keep, and
 * importing it put about 80 kB of engine code into the background script (measured with `npm run build`).
 */
import type { Analysis, Claim } from './types';
import { buildProfile } from './claims/profile';

/**
 * A copy of `analysis` with the source of claim `claimIndex` set to the actor `actorId`, or, with null, made an
 * unnamed source; the sourcing profile is rebuilt as analyze() builds it (with the actors, so a source that only a
 * pronoun points to is named by its actor). The claim keeps its source span when it has one, else takes the actor's
 * first mention. The input is not changed. Throws for a claim index or an actor the analysis does not have.
 */
export function reattribute(analysis: Analysis, claimIndex: number, actorId: string | null): Analysis {
  if (!Number.isInteger(claimIndex) || claimIndex < 0 || claimIndex >= analysis.claims.length) {
    throw new RangeError(`No claim ${claimIndex} in this article (it has ${analysis.claims.length})`);
  }
  const claims = analysis.claims.map((c) => ({ ...c }));
  const claim: Claim = claims[claimIndex];
  if (actorId) {
    const actor = analysis.actors.find((a) => a.id === actorId);
    if (!actor) throw new Error(`No actor "${actorId}" in this article`);
    const span = claim.source ?? actor.mentions[0] ?? { start: claim.start, end: claim.start, text: actor.name };
    claim.source = { start: span.start, end: span.end, text: span.text, actorId, anonymous: false };
  } else if (claim.source) {
    const { actorId: _drop, ...rest } = claim.source;
    claim.source = { ...rest, anonymous: true };
  }
  return { ...analysis, claims, profile: buildProfile(claims, analysis.actors) };
}

/**
 * The one-click corrections (an actor's type, "not a name", a claim's source) applied to a STORED analysis: the reader
 * view shows a saved article with the same fixes the live page gets from the engine, without analysing it again (the
 * library page has no engine). The rows are the ones the in-page card and the popup write (`page-corrections.ts`), so
 * a fix made in the reader holds on the live page and later pages, and the other way round; undo deletes the row.
 *
 * Renames and merges are not applied here: the actor page's corrections rewrite the saved articles themselves.
 */
import type { Analysis } from '../nlp/types';
import { buildProfile } from '../nlp/claims/profile';
import { applyClaimSourceFixes, type ClaimSourceFix } from './claim-source-fixes';
import { normalizeName } from './names';
import type { Corrections } from '../nlp/types';

/** A copy of `analysis` with the types and "not a name" of `corrections`, then the page's source fixes. The input is not changed. */
export function applyPageCorrections(analysis: Analysis, corrections: Corrections, fixes: readonly ClaimSourceFix[] = []): Analysis {
  const notActor = new Set((corrections.notActor ?? []).map(normalizeName));
  const types = new Map(Object.entries(corrections.types ?? {}).map(([name, type]) => [normalizeName(name), type]));
  let out = analysis;
  if (notActor.size || types.size) {
    // An actor is matched by its name (the card's corrections are made by name) or any other name it goes by.
    const names = (a: Analysis['actors'][number]) => [a.name, ...(a.aliases ?? [])].map(normalizeName);
    const removed = new Set<string>();
    let changed = false;
    const actors = analysis.actors.flatMap((actor) => {
      const own = names(actor);
      if (own.some((n) => notActor.has(n))) {
        removed.add(actor.id);
        changed = true;
        return [];
      }
      const type = types.get(normalizeName(actor.name)) ?? own.map((n) => types.get(n)).find(Boolean);
      if (type && type !== actor.type) {
        changed = true;
        return [{ ...actor, type }];
      }
      return [actor];
    });
    if (changed) {
      // A claim keeps a source that is no longer an actor as the words the article used.
      const claims = analysis.claims.map((c) => {
        if (!c.source?.actorId || !removed.has(c.source.actorId)) return c;
        const { actorId: _gone, ...source } = c.source;
        return { ...c, source };
      });
      out = { ...analysis, actors, claims, profile: removed.size ? buildProfile(claims, actors) : analysis.profile };
    }
  }
  return fixes.length ? applyClaimSourceFixes(out, fixes) : out;
}

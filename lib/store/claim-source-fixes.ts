/**
 * The remembered "fix the source" corrections of saved articles: read for one URL, and applied again to a fresh
 * analysis of the same article (claims found by their text, actors by name), so a later save keeps the user's fixes.
 */
import type { Analysis } from '../nlp';
import { reattribute } from '../nlp/reattribute';
import type { DramatisDB } from './db';
import { normalizeName } from './names';
import type { CorrectionRecord } from './schema';

export type ClaimSourceFix = Extract<CorrectionRecord, { kind: 'claimSource' }>;

/** Applies remembered fixes (claims found by text, actors by name) to a fresh analysis of the same article. */
export function applyClaimSourceFixes(analysis: Analysis, fixes: readonly ClaimSourceFix[]): Analysis {
  let out = analysis;
  for (const fix of fixes) {
    const index = out.claims.findIndex((c) => c.text === fix.name);
    if (index < 0) continue;
    if (fix.source === null) {
      out = reattribute(out, index, null);
      continue;
    }
    const norm = normalizeName(fix.source);
    const actor = out.actors.find((a) => [a.name, ...(a.aliases ?? [])].some((n) => normalizeName(n) === norm));
    if (actor) out = reattribute(out, index, actor.id);
  }
  return out;
}

/** The remembered source fixes for one article URL (already normalized). */
export async function claimSourceFixes(db: DramatisDB, url: string): Promise<ClaimSourceFix[]> {
  const rows = await db.corrections.where('kind').equals('claimSource').toArray();
  return rows.filter((r): r is ClaimSourceFix => r.kind === 'claimSource' && r.url === url);
}

/**
 * "Fix the source" of a claim in a saved article: the claim's source becomes the chosen actor (or an unnamed source),
 * the sourcing profile and counts are recomputed, and the fix is remembered so a later save of the same article
 * (same normalized URL) applies it again.
 */
import { buildProfile } from '../nlp/claims/profile';
import type { Analysis, Claim } from '../nlp/types';
import { anonymityOf, countsOf } from './articles';
import type { DramatisDB } from './db';
import { withQuota } from './errors';
import { normalizeName } from './names';
import type { ArticleRecord, CorrectionRecord } from './schema';

type ClaimSourceFix = Extract<CorrectionRecord, { kind: 'claimSource' }>;

/** Returns a copy of `analysis` with the claim's source set to `actorId` (null: an unnamed source). */
export function withClaimSource(analysis: Analysis, claimIndex: number, actorId: string | null): Analysis {
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
  return { ...analysis, claims, profile: buildProfile(claims) };
}

/** Applies remembered fixes (claims found by text, actors by name) to a fresh analysis of the same article. */
export function applyClaimSourceFixes(analysis: Analysis, fixes: readonly ClaimSourceFix[]): Analysis {
  let out = analysis;
  for (const fix of fixes) {
    const index = out.claims.findIndex((c) => c.text === fix.name);
    if (index < 0) continue;
    if (fix.source === null) {
      out = withClaimSource(out, index, null);
      continue;
    }
    const norm = normalizeName(fix.source);
    const actor = out.actors.find((a) => [a.name, ...(a.aliases ?? [])].some((n) => normalizeName(n) === norm));
    if (actor) out = withClaimSource(out, index, actor.id);
  }
  return out;
}

/**
 * Fixes the source of the claim at `claim.start`-`claim.end` in a saved article. `actorId` is an actor id of that
 * article's analysis, or null for "no named source". Returns the updated article.
 */
export async function fixClaimSource(
  db: DramatisDB,
  articleId: number,
  claim: { start: number; end: number },
  actorId: string | null,
): Promise<ArticleRecord> {
  return withQuota(() =>
    db.transaction('rw', db.articles, db.corrections, async () => {
      const article = await db.articles.get(articleId);
      if (!article?.analysis) throw new Error(`No analysed article with id ${articleId}`);
      const index = article.analysis.claims.findIndex((c) => c.start === claim.start && c.end === claim.end);
      if (index < 0) throw new Error('That claim is not in this article');
      const analysis = withClaimSource(article.analysis, index, actorId);
      const counts = countsOf(analysis);
      const updated: ArticleRecord = { ...article, analysis, counts, ...anonymityOf(counts), updatedAt: Date.now() };
      await db.articles.put(updated);
      const actorName = actorId ? analysis.actors.find((a) => a.id === actorId)!.name : null;
      const text = article.analysis.claims[index].text;
      await db.corrections.where('kind').equals('claimSource').filter((c) => c.kind === 'claimSource' && c.url === article.url && c.name === text).delete();
      await db.corrections.add({ kind: 'claimSource', name: text, url: article.url, source: actorName, at: Date.now() });
      return updated;
    }),
  );
}

/** The remembered source fixes for one article URL (already normalized). */
export async function claimSourceFixes(db: DramatisDB, url: string): Promise<ClaimSourceFix[]> {
  const rows = await db.corrections.where('kind').equals('claimSource').toArray();
  return rows.filter((r): r is ClaimSourceFix => r.kind === 'claimSource' && r.url === url);
}

/**
 * "Fix the source" of a claim in a saved article: the claim's source becomes the chosen actor (or an unnamed source)
 * through the engine's `reattribute`, the counts are recomputed, and the fix is remembered so a later save of the same
 * article (same normalized URL) applies it again (claim-source-fixes.ts).
 */
import { reattribute } from '../nlp/reattribute';
import { anonymityOf, countsOf } from './articles';
import type { DramatisDB } from './db';
import { withQuota } from './errors';
import type { ArticleRecord } from './schema';

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
      const analysis = reattribute(article.analysis, index, actorId);
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

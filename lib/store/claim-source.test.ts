import { afterEach, describe, expect, it } from 'vitest';
import { baghdad, baghdadAnalysis } from '../../tests/fixtures/store/articles';
import { getActorReading } from './cards';
import { listArticles, saveArticle } from './articles';
import { fixClaimSource, withClaimSource } from './claim-source';
import type { DramatisDB } from './db';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

const militias = baghdadAnalysis.claims[0]; // anonymous: "a senior Iraqi military source"
const noComment = baghdadAnalysis.claims[1]; // The State Department (a4)

describe('withClaimSource', () => {
  it('names the source: keeps the span, sets the actor, not anonymous; the profile follows', () => {
    const out = withClaimSource(baghdadAnalysis, 0, 'a2');
    expect(out.claims[0].source).toEqual({ start: militias.source!.start, end: militias.source!.end, text: 'a senior Iraqi military source', actorId: 'a2', anonymous: false });
    expect(out.profile.claims).toBe(2);
    expect(out.profile.anonymous).toBe(0);
    expect(baghdadAnalysis.claims[0].source!.anonymous).toBe(true); // input untouched
  });

  it('null makes a named source unnamed', () => {
    const out = withClaimSource(baghdadAnalysis, 1, null);
    expect(out.claims[1].source).toEqual({ start: noComment.source!.start, end: noComment.source!.end, text: 'The State Department', anonymous: true });
    expect(out.profile.anonymous).toBe(2);
  });

  it('rejects an actor that is not in the article', () => {
    expect(() => withClaimSource(baghdadAnalysis, 0, 'a99')).toThrow(/No actor "a99"/);
  });
});

describe('fixClaimSource', () => {
  it('updates the saved article, its counts and the anonymous flag, and applies again on a later save', async () => {
    db = testDb();
    const { id } = await saveArticle(db, baghdad);
    expect((await listArticles(db, { filter: { anonymous: true } })).map((a) => a.id)).toEqual([id]);
    const updated = await fixClaimSource(db, id, militias, 'a2');
    expect(updated.counts).toEqual({ actors: 4, claims: 2, anonymous: 0 });
    expect(updated.reliesOnAnonymous).toBe(0);
    expect(await listArticles(db, { filter: { anonymous: true } })).toEqual([]);
    // the claim now counts for Adel Abdul Mahdi's card
    expect((await getActorReading(db, 'person:adel abdul mahdi'))!.claims.map((c) => c.text)).toEqual(['Iran-backed militias threaten US forces']);
    // re-saving the page (fresh analysis with the anonymous source) keeps the user's fix
    await saveArticle(db, baghdad);
    const again = await db.articles.get(id);
    expect(again!.analysis!.claims[0].source!.actorId).toBe('a2');
    expect(again!.counts.anonymous).toBe(0);
    // fixing again replaces the remembered fix rather than stacking
    await fixClaimSource(db, id, militias, null);
    expect(await db.corrections.where('kind').equals('claimSource').count()).toBe(1);
    await saveArticle(db, baghdad);
    expect((await db.articles.get(id))!.analysis!.claims[0].source!.anonymous).toBe(true);
  });

  it('throws for an unknown claim or article', async () => {
    db = testDb();
    const { id } = await saveArticle(db, baghdad);
    await expect(fixClaimSource(db, id, { start: 0, end: 1 }, null)).rejects.toThrow(/not in this article/);
    await expect(fixClaimSource(db, 999, militias, null)).rejects.toThrow(/No analysed article/);
  });
});

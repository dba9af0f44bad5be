import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../nlp';
import { baghdad, baghdadAnalysis } from '../../tests/fixtures/store/articles';
import { getActorReading } from './cards';
import { listArticles, saveArticle } from './articles';
import { fixClaimSource } from './claim-source';
import type { DramatisDB } from './db';
import { testDb } from './test-db';

let db: DramatisDB;
afterEach(async () => {
  await db?.delete();
});

const militias = baghdadAnalysis.claims[0]; // anonymous: "a senior Iraqi military source"

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

  it('the saved profile names a source only a pronoun points to by its actor, as analyze() does', async () => {
    // The sample article: "He" (a pronoun) is Mike Pompeo's only source phrase; analyze() names him in the profile.
    const text = readFileSync(new URL('../../tests/fixtures/sample-pompeo-baghdad.txt', import.meta.url).pathname, 'utf8');
    const analysis = analyze(text);
    const pompeo = analysis.actors.find((a) => a.name === 'Mike Pompeo')!;
    expect(analysis.claims.filter((c) => c.source?.actorId === pompeo.id).map((c) => c.source!.text)).toEqual(['He']);
    expect(analysis.profile.sources.find((s) => s.actorId === pompeo.id)!.text).toBe('Mike Pompeo');
    db = testDb();
    const { id } = await saveArticle(db, { ...baghdad, text, analysis });
    // Fixing another claim's source (the first, anonymous one) leaves Pompeo's entry named as analyze() named it.
    const updated = await fixClaimSource(db, id, analysis.claims[0], null);
    expect(updated.analysis!.profile.sources.find((s) => s.actorId === pompeo.id)!.text).toBe('Mike Pompeo');
    expect(updated.analysis!.profile.sources.map((s) => s.text)).not.toContain('He');
  });

  it('throws for an unknown claim or article', async () => {
    db = testDb();
    const { id } = await saveArticle(db, baghdad);
    await expect(fixClaimSource(db, id, { start: 0, end: 1 }, null)).rejects.toThrow(/not in this article/);
    await expect(fixClaimSource(db, 999, militias, null)).rejects.toThrow(/No analysed article/);
  });
});

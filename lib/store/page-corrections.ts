/**
 * One-click corrections from the in-page card and the popup, for pages that need not be saved: each adds one row to
 * the corrections table (the same rows `getCorrections` folds for the engine, so the open page and every later page
 * are analysed with it; a claim's source, a `claimSource` row, is for its page only: `claimSourceFixes` reads it for
 * that page's URL) and can be undone by deleting that row (an older fix of the same claim then applies again). Saved cards in the library are not touched here: their own page has the
 * full corrections (rename, merge, type, not an actor) that rewrite the saved articles.
 */
import type { ActorType } from '../nlp/types';
import type { DramatisDB } from './db';
import { withQuota } from './errors';

export type PageCorrection =
  | { kind: 'type'; name: string; type: ActorType }
  | { kind: 'notActor'; name: string }
  /** "Wrong source": the claim (by its text, `name`) on the page at `url` (normalized) was said by `source` (an actor's name) or an unnamed source (null). */
  | { kind: 'claimSource'; name: string; url: string; source: string | null };

/** Stores the correction; returns its row id (for undo). */
export async function addPageCorrection(db: DramatisDB, correction: PageCorrection): Promise<number> {
  if (correction.kind === 'claimSource') {
    // The claim's text is kept as it is: fixes find their claim by its exact text.
    const { name, url, source } = correction;
    if (!name.trim() || !url) throw new TypeError('A source fix needs the claim and its page');
    const row = { kind: 'claimSource' as const, name, url, source: source?.trim() || null, at: Date.now() };
    return withQuota(async () => (await db.corrections.add(row)) as number);
  }
  const name = correction.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new TypeError('A correction needs a name');
  const row = correction.kind === 'type' ? { kind: 'type' as const, name, type: correction.type, at: Date.now() } : { kind: 'notActor' as const, name, at: Date.now() };
  return withQuota(async () => (await db.corrections.add(row)) as number);
}

/** Removes a correction made from a card or the popup (undo); false when it was already gone. */
export async function undoPageCorrection(db: DramatisDB, id: number): Promise<boolean> {
  const row = await db.corrections.get(id);
  if (!row || (row.kind !== 'type' && row.kind !== 'notActor' && row.kind !== 'claimSource')) return false;
  await db.corrections.delete(id);
  return true;
}

/**
 * The similarity index of remembered claims: MiniSearch (a maintained full-text index) over word shingles, so a
 * claim's candidates are the claims that share sequences of words with it, found without reading every claim. The
 * decision is claim-match.ts's. Kept in memory where it is used (the background), built from `historyClaims` on first
 * use and kept in step with each write; rebuilt after forgetting.
 */
import MiniSearch from 'minisearch';
import { claimWords, shingles } from './claim-match';

export interface IndexedClaim {
  id: number;
  text: string;
}

export class ClaimIndex {
  private index = ClaimIndex.empty();

  private static empty(): MiniSearch<IndexedClaim> {
    return new MiniSearch<IndexedClaim>({
      fields: ['text'],
      idField: 'id',
      // The terms are the claim's shingles ("bridge_will_reopen"), already folded.
      tokenize: (text) => shingles(claimWords(text)),
      processTerm: (term) => term,
      searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
    });
  }

  get size(): number {
    return this.index.documentCount;
  }

  addAll(claims: Iterable<IndexedClaim>): void {
    for (const c of claims) if (!this.index.has(c.id)) this.index.add({ id: c.id, text: c.text });
  }

  remove(ids: Iterable<number>): void {
    for (const id of ids) if (this.index.has(id)) this.index.discard(id);
  }

  clear(): void {
    this.index = ClaimIndex.empty();
  }

  /** Ids of the claims sharing the most word sequences with `text`, best first (at most `limit`). */
  candidates(text: string, limit = 20): number[] {
    return this.index
      .search(text)
      .slice(0, limit)
      .map((r) => r.id as number);
  }
}

/**
 * main's claim index, kept for the memory bench to measure beside the persisted one (lib/memory/claim-index.ts,
 * lib/store/history-seen.ts): MiniSearch (a maintained full-text index) over word shingles, so a
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

const OPTIONS = {
  fields: ['text'],
  idField: 'id',
  // The terms are the claim's shingles ("bridge_will_reopen"), already folded.
  tokenize: (text: string) => shingles(claimWords(text)),
  processTerm: (term: string) => term,
  searchOptions: { combineWith: 'OR' as const, prefix: false, fuzzy: false },
};

export class ClaimIndex {
  private index = ClaimIndex.empty();

  private static empty(): MiniSearch<IndexedClaim> {
    return new MiniSearch<IndexedClaim>(OPTIONS);
  }

  /** MiniSearch's own serialisation (the option of saving the built index, measured by the bench). */
  toJSON(): string {
    return JSON.stringify(this.index);
  }

  static async fromJSON(json: string): Promise<ClaimIndex> {
    const out = new ClaimIndex();
    out.index = await MiniSearch.loadJSONAsync<IndexedClaim>(json, OPTIONS);
    return out;
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

  /** The candidates of each text, as main's "seen before?" took them (at most 20 a claim). */
  async candidateIds(texts: readonly string[]): Promise<number[][]> {
    return texts.map((t) => this.candidates(t, 20));
  }
}

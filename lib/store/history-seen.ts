/**
 * "Seen before?" for the claims of a page: the remembered claims that are the same claim (claim-match.ts decides), in
 * other articles read earlier, with where and when, the other outlets, the word-level change and a flag when another
 * source was named there.
 */
import { ClaimIndex } from '../memory/claim-index';
import { differentSource, sameClaim, wordDiff, wordingDiffers, type WordChange } from '../memory/claim-match';
import type { Identity } from '../memory/identity';
import type { DramatisDB } from './db';
import { historyIdentity } from './history-names';
import type { HistoryClaimRecord, HistoryRecord } from './schema';

export interface SeenMatch {
  historyId: number;
  url: string;
  title: string;
  site: string;
  host: string;
  readAt: number;
  text: string;
  source: string | null;
  anonymous: boolean;
  /** The earlier wording -> this one, word by word (absent when only quotation marks or case differ). */
  diff?: WordChange[];
  /** Attributed to a different source there. */
  otherSource: boolean;
}

export interface SeenBefore {
  /** Other remembered articles with this claim, oldest first. */
  matches: SeenMatch[];
  /** Distinct outlets among them. */
  outlets: string[];
  /** Any of them attributes it to another source. */
  otherSource: boolean;
}

export interface ClaimProbe {
  text: string;
  source: string | null;
  sourceKey: string | null;
  anonymous: boolean;
}

/**
 * The claim index of a database, built on first use from `historyClaims`. The background keeps one per database and
 * calls `sync` before reading: new claims are added, forgotten ones removed.
 */
export class HistoryClaimIndex {
  readonly index = new ClaimIndex();
  private known = new Set<number>();

  constructor(private readonly db: DramatisDB) {}

  private maxKnown = 0;

  /** Brings the index in step with the table: nothing is read when the count and the last id are those indexed. */
  async sync(): Promise<void> {
    const [count, last] = await Promise.all([this.db.historyClaims.count(), this.db.historyClaims.toCollection().lastKey()]);
    if (count === this.known.size && ((last as number | undefined) ?? 0) === this.maxKnown) return;
    const ids = new Set(await this.db.historyClaims.toCollection().primaryKeys());
    const gone = [...this.known].filter((id) => !ids.has(id));
    if (gone.length) this.index.remove(gone);
    const added = [...ids].filter((id) => !this.known.has(id));
    if (added.length) {
      const rows = await this.db.historyClaims.bulkGet(added);
      this.index.addAll(rows.filter((r): r is HistoryClaimRecord => !!r).map((r) => ({ id: r.id!, text: r.text })));
    }
    this.known = ids;
    this.maxKnown = (last as number | undefined) ?? 0;
  }
}

/** "Seen before?" for each claim of a page: the remembered claims that are the same (other pages only). */
export async function seenBefore(db: DramatisDB, index: ClaimIndex, claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const candidates = claims.map((c) => index.candidates(c.text, 20));
  const rows = await db.historyClaims.bulkGet([...new Set(candidates.flat())]);
  const claimById = new Map(rows.filter((r): r is HistoryClaimRecord => !!r).map((r) => [r.id!, r]));
  const records = await db.history.bulkGet([...new Set([...claimById.values()].map((c) => c.historyId))]);
  const recordById = new Map(records.filter((r): r is HistoryRecord => !!r).map((r) => [r.id!, r]));
  const identities = new Map<string, Promise<Identity | null>>();
  const identity = (k: string) => {
    if (!identities.has(k)) identities.set(k, historyIdentity(db, k));
    return identities.get(k)!;
  };
  const sameActor = async (a: string, b: string) => a === b || !!(await identity(a))?.keys.includes(b);
  const out: SeenBefore[] = [];
  for (const [i, claim] of claims.entries()) {
    const matches: SeenMatch[] = [];
    const seenArticles = new Set<number>();
    for (const id of candidates[i]) {
      const c = claimById.get(id);
      const r = c ? recordById.get(c.historyId) : undefined;
      if (!c || !r || r.url === excludeUrl || seenArticles.has(r.id!) || !sameClaim(claim.text, c.text)) continue;
      seenArticles.add(r.id!);
      const theirs = { source: c.source, sourceKey: c.sourceKey, anonymous: !!c.anonymous };
      let other = differentSource(claim, theirs);
      if (other && claim.sourceKey && c.sourceKey && (await sameActor(claim.sourceKey, c.sourceKey))) other = false;
      matches.push({
        historyId: r.id!,
        url: r.url,
        title: r.title,
        site: r.site,
        host: r.host,
        readAt: r.readAt,
        text: c.text,
        source: c.source,
        anonymous: !!c.anonymous,
        ...(wordingDiffers(c.text, claim.text) ? { diff: wordDiff(c.text, claim.text) } : {}),
        otherSource: other,
      });
    }
    matches.sort((a, b) => a.readAt - b.readAt);
    out.push({ matches, outlets: [...new Set(matches.map((m) => m.site))], otherSource: matches.some((m) => m.otherSource) });
  }
  return out;
}

/**
 * "Seen before?" for the claims of a page: the remembered claims that are the same claim (claim-match.ts decides), in
 * other articles read earlier, with where and when, the other outlets, the word-level change and a flag when another
 * source was named there.
 */
import { claimPrints, probePrints } from '../memory/claim-index';
import { differentSource, prepareClaim, samePrepared, wordDiff, wordingDiffers, type PreparedClaim, type WordChange } from '../memory/claim-match';
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

/** Where "seen before?" takes the candidates of each claim text (ids of `historyClaims` rows). */
export interface ClaimCandidates {
  candidateIds(texts: readonly string[]): Promise<number[][]>;
}

/**
 * The claim index persisted in the database: `historyClaims.prints` (schema v7, multi-entry), one key per word shingle.
 * A claim's candidates are the rows sharing any shingle with it (one index read per distinct shingle of the page's
 * claims), all of them: no cap, so a widely carried quote counts every article. Nothing is built in memory.
 */
export class ClaimPrintIndex implements ClaimCandidates {
  constructor(private readonly db: DramatisDB) {}

  async candidateIds(texts: readonly string[]): Promise<number[][]> {
    const prints = texts.map(probePrints);
    const distinct = [...new Set(prints.flat())];
    if (distinct.length === 0) return texts.map(() => []);
    const table = this.db.historyClaims;
    const lists = await this.db.transaction('r', table, () => Promise.all(distinct.map((p) => table.where('prints').equals(p).primaryKeys())));
    const byPrint = new Map(distinct.map((p, i) => [p, lists[i]]));
    return prints.map((ps) => {
      const ids = new Set<number>();
      for (const p of ps) for (const id of byPrint.get(p)!) ids.add(id);
      return [...ids];
    });
  }
}

/**
 * Keeps every `historyClaims` row's prints in step with its text, whoever writes it (the history write, import, the
 * bench): a creating hook sets them, an updating hook recomputes them when the text changes. Prints given by a caller
 * are replaced. Forgetting, retention and "forget everything" delete rows, and their index entries with them.
 */
export function keepClaimPrints(db: DramatisDB): void {
  db.historyClaims.hook('creating', (_key, row) => {
    row.prints = claimPrints(row.text);
  });
  db.historyClaims.hook('updating', (changes, _key, row) => {
    const text = 'text' in changes ? (changes as { text?: unknown }).text : row.text;
    if (!('text' in changes) && !('prints' in changes)) return undefined;
    return { prints: claimPrints(typeof text === 'string' ? text : '') };
  });
}

/**
 * The claim index of a database, as callers have used it since v5: `sync` then `index`. The index is now the
 * persisted one, so `sync` has nothing to do (kept so callers need not change).
 */
export class HistoryClaimIndex {
  readonly index: ClaimPrintIndex;

  constructor(db: DramatisDB) {
    this.index = new ClaimPrintIndex(db);
  }

  async sync(): Promise<void> {}
}

/**
 * "Seen before?" for each claim of a page: the remembered claims that are the same (other pages only), every one of
 * them. `index` gives the candidates (the persisted index by default; the bench passes main's MiniSearch one).
 */
export async function seenBefore(db: DramatisDB, index: ClaimCandidates | null, claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const candidates = await (index ?? new ClaimPrintIndex(db)).candidateIds(claims.map((c) => c.text));
  return db.transaction('r', db.historyClaims, db.history, db.historyNames, () => seenIn(db, candidates, claims, excludeUrl));
}

async function seenIn(db: DramatisDB, candidates: number[][], claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const rows = await db.historyClaims.bulkGet([...new Set(candidates.flat())]);
  const claimById = new Map(rows.filter((r): r is HistoryClaimRecord => !!r).map((r) => [r.id!, r]));
  // The decision (claim-match.ts), each remembered wording prepared once for all the page's claims and decided once per
  // claim (a widely carried quote is mostly the same words).
  const probes = claims.map((c) => prepareClaim(c.text));
  const prepared = new Map<string, PreparedClaim>();
  const decided = claims.map(() => new Map<string, boolean>());
  const same = (i: number, text: string) => {
    let v = decided[i].get(text);
    if (v === undefined) {
      let p = prepared.get(text);
      if (!p) prepared.set(text, (p = prepareClaim(text)));
      decided[i].set(text, (v = samePrepared(probes[i], p)));
    }
    return v;
  };
  const accepted = candidates.map((ids, i) => ids.map((id) => claimById.get(id)).filter((c): c is HistoryClaimRecord => !!c && same(i, c.text)));
  const records = await db.history.bulkGet([...new Set(accepted.flat().map((c) => c.historyId))]);
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
    const diffs = new Map<string, WordChange[] | undefined>();
    const others = new Map<string, boolean>();
    for (const c of accepted[i]) {
      const r = recordById.get(c.historyId);
      if (!r || r.url === excludeUrl || seenArticles.has(r.id!)) continue;
      seenArticles.add(r.id!);
      const theirs = { source: c.source, sourceKey: c.sourceKey, anonymous: !!c.anonymous };
      const sourceSig = JSON.stringify(theirs);
      let other = others.get(sourceSig);
      if (other === undefined) {
        other = differentSource(claim, theirs);
        if (other && claim.sourceKey && c.sourceKey && (await sameActor(claim.sourceKey, c.sourceKey))) other = false;
        others.set(sourceSig, other);
      }
      if (!diffs.has(c.text)) diffs.set(c.text, wordingDiffers(c.text, claim.text) ? wordDiff(c.text, claim.text) : undefined);
      const diff = diffs.get(c.text);
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
        ...(diff ? { diff } : {}),
        otherSource: other,
      });
    }
    matches.sort((a, b) => a.readAt - b.readAt);
      out.push({ matches, outlets: [...new Set(matches.map((m) => m.site))], otherSource: matches.some((m) => m.otherSource) });
  }
  return out;
}

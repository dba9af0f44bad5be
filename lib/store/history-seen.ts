/**
 * "Seen before?" for the claims of a page: the remembered claims that are the same claim (claim-match.ts decides), in
 * other articles read earlier, with where and when, the other outlets, the word-level change and a flag when another
 * source was named there.
 */
import { claimPrints, probePrints } from '../memory/claim-index';
import { rankCandidates } from '../memory/rank-candidates';
import { differentSource, prepareClaim, samePrepared, wordDiff, wordingDiffers, type PreparedClaim, type WordChange } from '../memory/claim-match';
import type { Identity } from '../memory/identity';
import type { DramatisDB } from './db';
import { historyIdentity } from './history-names';
import type { HistoryClaimRecord, HistoryRecord } from './schema';
import { residentSeenIndex, ResidentSeenIndex } from './history-seen-index';
import type { RankedCandidates, ResidentClaimIndex } from '../memory/resident-claim-index';

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
  /**
   * A read limit (SEEN_LIMITS) left candidates out: there may be other articles with this claim, so `matches` is a
   * lower bound ("in at least N other articles"), though still oldest first. Absent or false: every one is counted.
   */
  more?: boolean;
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
  /** The candidates with, per claim, whether a limit left some out (the persisted index; others are taken as complete). */
  rankedCandidates?(texts: readonly string[]): Promise<{ ids: number[][]; more: boolean[] }>;
}

/**
 * How much "seen before?" reads for one query, so its cost no longer grows with how widely a quote was carried (issue
 * 15: without limits, a page's 20 claims read every row and article sharing any shingle: at 10,000 articles 1.3 s warm
 * in Node in the bench of this change, 18.8 s in Chromium as measured before). When a limit leaves anything out, the
 * answer says so (`SeenBefore.more`) and the card says "at least".
 */
export const SEEN_LIMITS = {
  perPrint: 64,
  perPrintReason:
    'Ids read per shingle: the index orders a shingle\'s rows by id (write order), so the oldest come first and "first seen" is kept. Must be at least perClaim: at 16 the lists no longer fill 24 candidates (memory bench, 10,000 articles: 299 articles found instead of 447). 32 and 64 give the same answers there (107 and 124 ms warm in Node, within the noise); 64 keeps headroom for shingles crowded by other claims.',
  perClaim: 24,
  perClaimReason:
    'Candidates decided per claim (claim-match.ts) and articles read for it, those sharing half its shingles or more first, oldest first. A card shows the first seen, the outlets and a count; 24 fill that and the count says "at least" beyond. Memory bench, 10,000 articles, K 64: M 12, 24, 48 take 98, 124, 173 ms warm for 20 claims (no limits: 1,346 ms), first seen right 20/20 for each.',
} as const;

export interface SeenLimits {
  perPrint: number;
  perClaim: number;
}

/**
 * The claim index persisted in the database: `historyClaims.prints` (schema v7, multi-entry), one key per word shingle.
 * A claim's candidates are the rows sharing a shingle with it (one index read per distinct shingle of the page's
 * claims, at most `perPrint` ids each, the oldest), ranked by how many of the claim's shingles they share (all those
 * sharing half or more tie; then the oldest), at most `perClaim` of them. Nothing is built in memory. `{ perPrint: Infinity, perClaim: Infinity }` reads
 * them all (the bench's reference).
 */
export class ClaimPrintIndex implements ClaimCandidates {
  constructor(
    private readonly db: DramatisDB,
    private readonly limits: SeenLimits = SEEN_LIMITS,
  ) {}

  async candidateIds(texts: readonly string[]): Promise<number[][]> {
    return (await this.rankedCandidates(texts)).ids;
  }

  async rankedCandidates(texts: readonly string[]): Promise<{ ids: number[][]; more: boolean[] }> {
    const prints = texts.map(probePrints);
    const distinct = [...new Set(prints.flat())];
    if (distinct.length === 0) return { ids: texts.map(() => []), more: texts.map(() => false) };
    const { perPrint } = this.limits;
    const table = this.db.historyClaims;
    const read = (p: number) => {
      const rows = table.where('prints').equals(p);
      // One more than the limit: whether the limit cut anything.
      return (Number.isFinite(perPrint) ? rows.limit(perPrint + 1) : rows).primaryKeys();
    };
    const lists = await this.db.transaction('r', table, () => Promise.all(distinct.map(read)));
    // Ranked as the resident index ranks them (rank-candidates.ts).
    return rankCandidates(prints, new Map(distinct.map((p, i) => [p, lists[i]])), this.limits);
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
 * "Seen before?" for each claim of a page: the remembered claims that are the same (other pages only), within the read
 * limits (SEEN_LIMITS; `more` when they left anything out). `index` gives the candidates: by default the resident index
 * of this connection (history-seen-index.ts: in memory, from a snapshot; the persisted per-shingle index serves while
 * there is none); the bench passes main's per-shingle index (ClaimPrintIndex), with or without limits, or MiniSearch.
 */
export async function seenBefore(db: DramatisDB, index: ClaimCandidates | null, claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const source = index ?? residentSeenIndex(db);
  const texts = claims.map((c) => c.text);
  if (source instanceof ResidentSeenIndex) {
    const found = await source.lookup(texts);
    if (found.index) return seenResident(db, found.index, found, claims, excludeUrl);
    return seenIn(db, found.ids, found.more, claims, excludeUrl);
  }
  const { ids: candidates, more } = source.rankedCandidates ? await source.rankedCandidates(texts) : { ids: await source.candidateIds(texts), more: claims.map(() => false) };
  // Not in one read transaction: resolving a speaker's identity (history-names.ts) reads the cards' Wikidata items and
  // awaits work that is not IndexedDB's, which commits a transaction early (Dexie's PrematureCommitError).
  return seenIn(db, candidates, more, claims, excludeUrl);
}

/** Each remembered wording prepared once for all the page's claims and decided once per claim (claim-match.ts). */
function decider(claims: readonly ClaimProbe[]): (i: number, text: string) => boolean {
  const probes = claims.map((c) => prepareClaim(c.text));
  const prepared = new Map<string, PreparedClaim>();
  const decided = claims.map(() => new Map<string, boolean>());
  return (i, text) => {
    let v = decided[i].get(text);
    if (v === undefined) {
      let p = prepared.get(text);
      if (!p) prepared.set(text, (p = prepareClaim(text)));
      decided[i].set(text, (v = samePrepared(probes[i], p)));
    }
    return v;
  };
}

async function seenIn(db: DramatisDB, candidates: number[][], more: boolean[], claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const rows = await db.historyClaims.bulkGet([...new Set(candidates.flat())]);
  const claimById = new Map(rows.filter((r): r is HistoryClaimRecord => !!r).map((r) => [r.id!, r]));
  // A widely carried quote is mostly the same words: each wording is prepared once and decided once per claim.
  const same = decider(claims);
  const accepted = candidates.map((ids, i) => ids.map((id) => claimById.get(id)).filter((c): c is HistoryClaimRecord => !!c && same(i, c.text)));
  const records = await db.history.bulkGet([...new Set(accepted.flat().map((c) => c.historyId))]);
  const recordById = new Map(records.filter((r): r is HistoryRecord => !!r).map((r) => [r.id!, r]));
  return answer(db, accepted, recordById, more, claims, excludeUrl);
}

/**
 * Two shingles more than the half may be missing from a candidate's prints and it is still read: a 32-bit print shared
 * by two different shingles (PRINT_RULES.hash) can move the count on prints by one either way, never the decision on the
 * text, which is taken on the row (samePrepared) before anything is shown.
 */
const PRINT_SLACK = 2;

/**
 * "Seen before?" from the resident index (history-seen-index.ts), with the same answer as seenIn but reading only one
 * claim row per distinct wording and source, and no history record. The index knows each candidate's article, its
 * print count, how many of the claim's prints it carries, its row signature (text, source, anonymity) and its article's
 * url, title, site and date: the decision (half the shorter claim's shingles, claim-match.ts) and one claim per article
 * are taken before any read; then one row per signature, and the decision checked on its text (a candidate that fails
 * it is replaced by the next one of its article, as seenIn would have taken).
 */
async function seenResident(db: DramatisDB, index: ResidentClaimIndex, found: RankedCandidates & { prints: number[][] }, claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const { ids: candidates, more, prints } = found;
  const maybe = candidates.map((ids, i) => {
    const n = prints[i].length;
    return ids.filter((id) => {
      const small = Math.min(n, index.printCount(id));
      return small > 0 && 2 * (index.sharedPrints(id, prints[i]) + PRINT_SLACK) >= small;
    });
  });
  const excluded = excludeUrl ? new Set(await db.history.where('url').equals(excludeUrl).primaryKeys()) : new Set<number>();
  const same = decider(claims);
  // One row per signature: the wording and source every claim with that signature shares.
  const bySig = new Map<number, HistoryClaimRecord>();
  const missing = new Set<number>();
  const rejected = claims.map(() => new Set<number>());
  let chosen: HistoryClaimRecord[][] = [];
  for (;;) {
    // Each claim's first candidate in each article (not rejected on its text), in rank order.
    const picks = maybe.map((ids, i) => {
      const articles = new Set<number>();
      return ids.filter((id) => {
        const h = index.historyOf(id)!;
        if (missing.has(id) || rejected[i].has(index.signatureOf(id)!) || excluded.has(h) || articles.has(h)) return false;
        articles.add(h);
        return true;
      });
    });
    const need = new Map<number, number>();
    for (const id of picks.flat()) {
      const sig = index.signatureOf(id)!;
      if (!bySig.has(sig) && !need.has(sig)) need.set(sig, id);
    }
    const rows = need.size ? await db.historyClaims.bulkGet([...need.values()]) : [];
    let again = false;
    [...need].forEach(([sig, id], k) => {
      const row = rows[k];
      if (row) bySig.set(sig, row);
      else {
        // Gone since the index was brought up to date: another claim of the same signature is read next round.
        missing.add(id);
        again = true;
      }
    });
    chosen = picks.map((ids, i) =>
      ids.flatMap((id) => {
        const sig = index.signatureOf(id)!;
        const row = bySig.get(sig);
        if (!row) return [];
        if (same(i, row.text)) return [{ ...row, id, historyId: index.historyOf(id)! }];
        rejected[i].add(sig);
        again = true;
        return [];
      }),
    );
    if (!again) break;
  }
  // The articles' fields from the index; read from the table only if it lacks one (it should not).
  const articles = new Map<number, ArticleFields>();
  const unknown: number[] = [];
  for (const c of chosen.flat()) {
    const a = index.article(c.historyId);
    if (a) articles.set(a.id, a);
    else unknown.push(c.historyId);
  }
  if (unknown.length) for (const r of await db.history.bulkGet([...new Set(unknown)])) if (r) articles.set(r.id!, r);
  return answer(db, chosen, articles, more, claims, excludeUrl);
}

/** What the answer shows of an article. */
type ArticleFields = Pick<HistoryRecord, 'url' | 'title' | 'site' | 'host' | 'readAt'> & { id?: number };

/** The answer from each claim's accepted rows in rank order: one match per article (the first), oldest first. */
async function answer(db: DramatisDB, accepted: HistoryClaimRecord[][], recordById: ReadonlyMap<number, ArticleFields>, more: boolean[], claims: readonly ClaimProbe[], excludeUrl?: string): Promise<SeenBefore[]> {
  const identities = new Map<string, Promise<Identity | null>>();
  const identity = (k: string) => {
    if (!identities.has(k)) identities.set(k, historyIdentity(db, k));
    return identities.get(k)!;
  };
  const sameActor = async (a: string, b: string) => a === b || !!(await identity(a))?.keys.includes(b);
  // The identities the loop below may ask for, resolved at once (each is several reads in rounds; one after the other
  // they took most of a 20-claim answer): a page's named sources that another source is named against.
  const wanted = new Set<string>();
  for (const [i, claim] of claims.entries()) {
    if (!claim.sourceKey) continue;
    for (const c of accepted[i]) if (c.sourceKey && c.sourceKey !== claim.sourceKey && differentSource(claim, { source: c.source, sourceKey: c.sourceKey, anonymous: !!c.anonymous })) wanted.add(claim.sourceKey);
  }
  await Promise.all([...wanted].map(identity));
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
    out.push({ matches, outlets: [...new Set(matches.map((m) => m.site))], otherSource: matches.some((m) => m.otherSource), ...(more[i] ? { more: true } : {}) });
  }
  return out;
}

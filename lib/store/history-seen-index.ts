/**
 * The resident claim index of "seen before?" (issue 15) in the store: the index of lib/memory/resident-claim-index.ts
 * held in the memory of the context that asks (the background), so a lookup reads no IndexedDB index per shingle.
 *
 * - Loading: at the first lookup after the context starts, one read of the persisted snapshot (table
 *   `historySeenIndex`, schema v9: 'meta', small, and 'data', the typed arrays as ArrayBuffers).
 * - Keeping it current, at every lookup, in one read transaction: the claims written since (ids above the greatest
 *   known: ids only grow), and the log `historySeenLog` of what left or came back since (seq above the last applied):
 *   claims forgotten (retention, forget, a page read again, import), put back (Undo, with their old ids) or everything
 *   wiped. The writers note these in the same transaction as the change (`noteClaimsGone`, `noteClaimsBack`,
 *   `noteHistoryWiped`), so a lookup never lists a claim that is gone, nor lets one crowd the limits.
 * - Rewriting the snapshot (the index compacted: dead claims dropped, the claims written since merged in) happens off
 *   the lookup, after a delay, when the changes since the snapshot pass SEEN_INDEX_RULES.rewriteAfter, when the
 *   snapshot is missing, or when the user forgot something (forgetting drops the snapshot at once: no print of a
 *   forgotten claim stays on disk). The log up to the snapshot is then deleted.
 * - No snapshot (just upgraded, after "forget everything" or a forget while no context held the index): the lookup
 *   uses the persisted per-shingle index (ClaimPrintIndex) and the index is built from the claims in the background,
 *   then persisted. No upgrade touches every claim.
 */
import { PRINT_RULES, probePrints } from '../memory/claim-index';
import { ResidentClaimIndex, rowSignature, type ArticleMeta, type ClaimIndexRow, type ClaimIndexSnapshot, type RankedCandidates } from '../memory/resident-claim-index';
import type { HistoryClaimRecord, HistoryRecord } from './schema';
import type { DramatisDB } from './db';
import { ClaimPrintIndex, SEEN_LIMITS, type ClaimCandidates, type SeenLimits } from './history-seen';

/** The snapshot's description (key 'meta'): read at every lookup, so it stays small. */
export interface SeenIndexMeta {
  key: 'meta';
  /** Names one written snapshot: 'data' must carry the same. */
  stamp: string;
  /** The snapshot holds the claims with ids up to this one (those not forgotten by `seq`). */
  maxId: number;
  /** The last log entry the snapshot includes. */
  seq: number;
  /** The print rule of the postings (PRINT_RULES): another one makes the snapshot stale. */
  prints: string;
  claims: number;
  bytes: number;
  builtAt: number;
}

/** The snapshot itself (key 'data'). */
export interface SeenIndexData {
  key: 'data';
  stamp: string;
  snapshot: ClaimIndexSnapshot;
}

export type HistorySeenIndexRecord = SeenIndexMeta | SeenIndexData;

/** One change of the claims that the claims' ids alone do not show. Ranges are [from, to, from, to...], both included. */
export interface HistorySeenLogRecord {
  seq?: number;
  at: number;
  /** Claims deleted. */
  gone?: number[];
  /** Claims put back or rewritten with their ids (read again). */
  back?: number[];
  /** Every claim deleted ("forget everything"). */
  all?: 1;
  /** Forgotten by the user: a snapshot that still holds these claims is rewritten soon. */
  forgotten?: 1;
}

export const SEEN_INDEX_RULES = {
  rewriteAfter: 2000,
  rewriteAfterReason:
    'Claims added or removed since the snapshot (about 100 articles) before it is rewritten: below that, the claims written since are one small read at each lookup and the dead ones cost nothing but a flag; a rewrite costs a compaction and a write of the whole snapshot.',
  rewriteDelayMs: 4000,
  rewriteDelayReason: 'After the lookup that found the need, so the rewrite never delays an answer; well within the 30 s a Chrome service worker lives idle.',
  rebuildChunk: 5000,
  rebuildChunkReason: 'Claims read per request when building the index from the claims (no snapshot): bounded memory and transactions of a few ms each.',
} as const;

/** The print rule the postings were made with: a snapshot made with another is stale. */
export const PRINTS_ID = `${PRINT_RULES.hash}/window ${PRINT_RULES.window}/shingles 3, 2 under 6 words`;

/** Sorted, merged ranges of ids: [from, to, from, to...]. */
export function idRanges(ids: Iterable<number>): number[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: number[] = [];
  for (const id of sorted) {
    if (out.length && out[out.length - 1] === id - 1) out[out.length - 1] = id;
    else out.push(id, id);
  }
  return out;
}

/**
 * Notes claims deleted, inside the read-write transaction that deletes them (its scope must include historySeenLog and
 * historySeenIndex: `historyTables`). `forgotten`: the user asked (forget a page, a site): the snapshot is dropped now, so
 * no print of those claims stays on disk; the next lookup writes it again without them.
 */
export async function noteClaimsGone(db: DramatisDB, ids: readonly number[], forgotten = false): Promise<void> {
  if (ids.length === 0) return;
  await db.historySeenLog.add({ at: Date.now(), gone: idRanges(ids), ...(forgotten ? { forgotten: 1 as const } : {}) });
  if (forgotten) await db.historySeenIndex.bulkDelete(['meta', 'data']);
}

/** Notes claims put back with their ids (Undo), inside the transaction that writes them. */
export async function noteClaimsBack(db: DramatisDB, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.historySeenLog.add({ at: Date.now(), back: idRanges(ids) });
}

/** "Forget everything": the snapshot and the log go; one entry tells an index held in memory to empty itself. */
export async function noteHistoryWiped(db: DramatisDB): Promise<void> {
  await db.historySeenIndex.clear();
  await db.historySeenLog.clear();
  await db.historySeenLog.add({ at: Date.now(), all: 1 });
}

export interface ResidentSeenOptions {
  limits?: SeenLimits;
  /** Rewrite the snapshot on its own (after SEEN_INDEX_RULES.rewriteDelayMs); false: only when `rewrite()` is called. */
  autoRewrite?: boolean;
  /** Build the index from the claims on its own when there is no snapshot; false: only when `rebuild()` is called. */
  autoRebuild?: boolean;
}

/** What a lookup found: the candidates, and the index that found them (null: the per-shingle index served). */
export interface ResidentLookup extends RankedCandidates {
  index: ResidentClaimIndex | null;
  /** Each claim's prints (probePrints). */
  prints: number[][];
}

/**
 * The resident index of one database connection. `lookup` gives the same candidates as ClaimPrintIndex (main's
 * persisted per-shingle index) with the same limits, and the index itself for the decisions that need no row.
 */
export class ResidentSeenIndex implements ClaimCandidates {
  private index: ResidentClaimIndex | null = null;
  /** The last log entry applied, the greatest claim id held, and the persisted snapshot this memory descends from. */
  private seq = 0;
  private maxId = 0;
  private stamp: string | null = null;
  private loading: Promise<boolean> | null = null;
  private building: Promise<void> | null = null;
  private syncing: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private rewriting: Promise<void> | null = null;
  readonly limits: SeenLimits;
  private readonly autoRewrite: boolean;
  private readonly autoRebuild: boolean;
  /** What the last load, sync and rewrite did (for the bench). */
  readonly last: { loadMs?: number; loaded?: 'snapshot' | 'none' | 'invalid'; syncMs?: number; added?: number; logEntries?: number; rewriteMs?: number; compactMs?: number; bytes?: number; rebuildMs?: number } = {};

  constructor(
    private readonly db: DramatisDB,
    options: ResidentSeenOptions = {},
  ) {
    this.limits = options.limits ?? SEEN_LIMITS;
    this.autoRewrite = options.autoRewrite ?? true;
    this.autoRebuild = options.autoRebuild ?? true;
  }

  /** Whether the index is in memory (loaded or built). */
  get loaded(): boolean {
    return this.index !== null;
  }

  get stats() {
    return this.index?.stats ?? null;
  }

  async candidateIds(texts: readonly string[]): Promise<number[][]> {
    return (await this.lookup(texts)).ids;
  }

  async rankedCandidates(texts: readonly string[]): Promise<RankedCandidates> {
    const { ids, more } = await this.lookup(texts);
    return { ids, more };
  }

  /** The candidates of each claim text, from memory when the index is there (loading it first if a snapshot exists). */
  async lookup(texts: readonly string[]): Promise<ResidentLookup> {
    const prints = texts.map(probePrints);
    if (await this.ready()) {
      await this.sync();
      const index = this.index;
      if (index) return { ...index.candidates(prints, this.limits), index, prints };
    }
    return { ...(await new ClaimPrintIndex(this.db, this.limits).rankedCandidates(texts)), index: null, prints };
  }

  /** True once the index is in memory: loads the snapshot the first time; without one, starts building (false meanwhile). */
  async ready(): Promise<boolean> {
    if (this.index) return true;
    if (this.building) return false;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Reads the snapshot (one transaction); without a usable one, starts the build from the claims. */
  private async load(): Promise<boolean> {
    const s = performance.now();
    const [meta, data] = await this.db.transaction('r', this.db.historySeenIndex, () => Promise.all([this.db.historySeenIndex.get('meta'), this.db.historySeenIndex.get('data')]));
    let index: ResidentClaimIndex | null = null;
    if (meta?.key === 'meta' && data?.key === 'data' && data.stamp === meta.stamp && meta.prints === PRINTS_ID) index = ResidentClaimIndex.fromSnapshot(data.snapshot);
    this.last.loadMs = performance.now() - s;
    this.last.loaded = index ? 'snapshot' : meta || data ? 'invalid' : 'none';
    if (index && meta?.key === 'meta') {
      this.index = index;
      this.seq = meta.seq;
      this.maxId = meta.maxId;
      this.stamp = meta.stamp;
      return true;
    }
    if (this.autoRebuild) void this.rebuild().catch(() => {});
    return false;
  }

  /**
   * Builds the index from the claims (no snapshot, or one that is not usable) and persists it. Reads the claims in
   * chunks, as they are at the start; what changes meanwhile is in the log and the ids above, applied after.
   */
  rebuild(): Promise<void> {
    this.building ??= (async () => {
      const s = performance.now();
      const { db } = this;
      const start = await db.transaction('r', [db.historyClaims, db.historySeenLog], async () => ({
        seq: ((await db.historySeenLog.orderBy(':id').lastKey()) as number | undefined) ?? 0,
        max: ((await db.historyClaims.orderBy(':id').lastKey()) as number | undefined) ?? 0,
      }));
      const rows: ClaimIndexRow[] = [];
      let from = -Infinity;
      for (;;) {
        const chunk = await db.historyClaims.where(':id').between(from, start.max, false, true).limit(SEEN_INDEX_RULES.rebuildChunk).toArray();
        for (const c of chunk) rows.push(indexRow(c));
        if (chunk.length < SEEN_INDEX_RULES.rebuildChunk) break;
        from = chunk[chunk.length - 1].id!;
      }
      // The articles' fields the answer shows (read again for those written or read again meanwhile, at the sync).
      const articles: ArticleMeta[] = [];
      let after = -Infinity;
      for (;;) {
        const chunk = await db.history.where(':id').above(after).limit(SEEN_INDEX_RULES.rebuildChunk / 5).toArray();
        for (const r of chunk) articles.push(articleMeta(r));
        if (chunk.length < SEEN_INDEX_RULES.rebuildChunk / 5) break;
        after = chunk[chunk.length - 1].id!;
      }
      await this.exclusive(async () => {
        this.index = ResidentClaimIndex.fromRows(rows, articles);
        this.seq = start.seq;
        this.maxId = start.max;
        this.stamp = null;
      });
      await this.sync();
      this.last.rebuildMs = performance.now() - s;
      if (this.autoRewrite) this.schedule(0);
    })().finally(() => (this.building = null));
    return this.building;
  }

  /** Runs `f` after every sync and swap queued before it, and before any queued after. */
  private exclusive<T>(f: () => Promise<T> | T): Promise<T> {
    const run = this.syncing.then(f);
    this.syncing = run.catch(() => {});
    return run;
  }

  /** Brings the index in memory up to date with the claims (see the header). */
  sync(): Promise<void> {
    return this.exclusive(() => this.syncNow());
  }

  private async syncNow(reloaded = false): Promise<void> {
    if (!this.index) return;
    const s = performance.now();
    const { db } = this;
    const seq = this.seq;
    const maxId = this.maxId;
    const read = await db.transaction('r', [db.history, db.historyClaims, db.historySeenLog, db.historySeenIndex], async () => {
      const [entries, added, meta] = await Promise.all([db.historySeenLog.where(':id').above(seq).toArray(), db.historyClaims.where(':id').above(maxId).toArray(), db.historySeenIndex.get('meta')]);
      const back: number[] = entries.flatMap((e) => e.back ?? []);
      const backRows = await Promise.all(
        Array.from({ length: back.length / 2 }, (_, i) =>
          db.historyClaims
            .where(':id')
            .between(back[2 * i], back[2 * i + 1], true, true)
            .toArray(),
        ),
      );
      // The articles of the claims that came (written, read again, put back): their fields as they are now.
      const hids = [...new Set([...added, ...backRows.flat()].map((c) => c.historyId))];
      const records = hids.length ? await db.history.bulkGet(hids) : [];
      return { entries, added, meta, backRows: new Map(backRows.flat().map((c) => [c.id!, c])), records };
    });
    const { entries, added, meta, backRows, records } = read;
    if (meta?.key === 'meta' && meta.stamp !== this.stamp && meta.seq > seq && !reloaded) {
      // Another context rewrote the snapshot past what this memory applied, and deleted the log up to it: load that one.
      const prev = { index: this.index, seq: this.seq, maxId: this.maxId, stamp: this.stamp };
      this.index = null;
      if (await this.load()) return this.syncNow(true);
      Object.assign(this, prev);
      return;
    }
    let forgotten = false;
    for (const e of entries) {
      if (e.all) this.index = ResidentClaimIndex.empty();
      if (e.gone) this.index.removeRanges(e.gone);
      if (e.back) {
        this.index.removeRanges(e.back);
        const rows: ClaimIndexRow[] = [];
        for (let i = 0; i + 1 < e.back.length; i += 2) {
          for (let id = e.back[i]; id <= e.back[i + 1]; id++) {
            const c = backRows.get(id);
            if (c) rows.push(indexRow(c));
          }
        }
        this.index.add(rows);
      }
      if (e.forgotten) forgotten = true;
      this.seq = Math.max(this.seq, e.seq!);
    }
    if (added.length) {
      this.index.add(added.map(indexRow));
      this.maxId = Math.max(this.maxId, added[added.length - 1].id!);
    }
    this.index.setArticles(records.filter((r): r is HistoryRecord => !!r).map(articleMeta));
    this.last.syncMs = performance.now() - s;
    this.last.added = added.length;
    this.last.logEntries = entries.length;
    const { delta, dead } = this.index.stats;
    const missing = meta?.key !== 'meta' || meta.prints !== PRINTS_ID;
    if (this.autoRewrite && (missing || forgotten || delta + dead >= SEEN_INDEX_RULES.rewriteAfter)) this.schedule(SEEN_INDEX_RULES.rewriteDelayMs);
  }

  private schedule(delay: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.rewrite().catch(() => {});
    }, delay);
  }

  /**
   * Writes the snapshot of the index as it is now (compacted), and deletes the log it includes; then holds the compact
   * copy in memory, unless the index changed meanwhile. Never awaited by a lookup.
   */
  rewrite(): Promise<void> {
    this.rewriting ??= (async () => {
      if (!this.index) return;
      await this.sync();
      const c0 = performance.now();
      const captured = await this.exclusive(() => {
        const index = this.index!;
        return { index, version: index.version, snapshot: index.toSnapshot(), seq: this.seq, maxId: this.maxId };
      });
      this.last.compactMs = performance.now() - c0;
      const { snapshot, seq, maxId } = captured;
      const bytes = snapshot.ids.byteLength + snapshot.history.byteLength + snapshot.counts.byteLength + snapshot.sigs.byteLength + snapshot.buckets.byteLength + snapshot.low.byteLength + snapshot.postings.byteLength + snapshot.articleIds.byteLength + snapshot.articleReadAt.byteLength + snapshot.articleText.length * 2;
      const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const { db } = this;
      const w0 = performance.now();
      const written = await db.transaction('rw', [db.historySeenIndex, db.historySeenLog], async () => {
        // A forget noted after `seq` dropped the snapshot for privacy: writing this one would bring its claims back on disk.
        if ((await db.historySeenLog.where(':id').above(seq).filter((e) => !!e.forgotten || !!e.all).count()) > 0) return false;
        await db.historySeenIndex.bulkPut([
          { key: 'data', stamp, snapshot },
          { key: 'meta', stamp, maxId, seq, prints: PRINTS_ID, claims: snapshot.claims, bytes, builtAt: Date.now() },
        ]);
        await db.historySeenLog.where(':id').belowOrEqual(seq).delete();
        return true;
      });
      this.last.rewriteMs = performance.now() - w0;
      this.last.bytes = bytes;
      if (!written) {
        if (this.autoRewrite) this.schedule(SEEN_INDEX_RULES.rewriteDelayMs);
        return;
      }
      await this.exclusive(() => {
        this.stamp = stamp;
        // The compact copy, unless a sync changed the index since it was taken (then the next rewrite compacts it).
        if (this.index === captured.index && this.index.version === captured.version) {
          const compact = ResidentClaimIndex.fromSnapshot(snapshot);
          if (compact) this.index = compact;
        }
      });
    })().finally(() => (this.rewriting = null));
    return this.rewriting;
  }

  /** Forgets the index in memory (as a restarted background would); the next lookup loads the snapshot again. */
  unload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.index = null;
    this.stamp = null;
    this.seq = 0;
    this.maxId = 0;
  }
}

/** A claim row as the index keeps it. */
function indexRow(c: HistoryClaimRecord): ClaimIndexRow {
  return { id: c.id!, historyId: c.historyId, prints: c.prints ?? [], sig: rowSignature(c) };
}

function articleMeta(r: HistoryRecord): ArticleMeta {
  return { id: r.id!, url: r.url, title: r.title, site: r.site, host: r.host, readAt: r.readAt };
}

const resident = new WeakMap<DramatisDB, ResidentSeenIndex>();

/** The resident index of a database connection (one per connection, made on first use). */
export function residentSeenIndex(db: DramatisDB): ResidentSeenIndex {
  let r = resident.get(db);
  if (!r) resident.set(db, (r = new ResidentSeenIndex(db)));
  return r;
}

/**
 * Starts loading the resident index if it is not in memory (the background, once a page's history write is done: its
 * claims' cards may be opened next, and a Chrome service worker starts afresh after 30 s idle). Never awaited; without
 * a snapshot this starts the build, as the first lookup would.
 */
export function preloadSeenIndex(db: DramatisDB): void {
  void residentSeenIndex(db)
    .ready()
    .catch(() => undefined);
}

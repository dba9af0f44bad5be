/**
 * The resident claim index of "seen before?" (issue 15): the claim index (claim-index.ts: one print per word shingle of
 * each remembered claim) held in memory as sorted typed arrays, so a lookup makes no IndexedDB request per shingle.
 * The store (lib/store/history-seen-index.ts) loads it from a persisted snapshot (these arrays as ArrayBuffers, one
 * row), adds the claims written since and removes those forgotten since; this file is the structure alone. Pure: no
 * DOM, no database.
 *
 * Layout. Every claim has a position: the snapshot's claims 0..n-1 in id order, then the claims added since (the
 * delta), in the order they came. Per position: the claim id, its article (history id), its number of distinct prints,
 * and a dead flag (forgotten, or replaced by a later copy of the same id). Postings (print -> position) of the
 * snapshot are sorted by print, then position, and split by the print's high 16 bits into 65,536 buckets: per posting
 * the low 16 bits of the print (Uint16) and the position (Uint32), 6 bytes. The delta's postings are a small map.
 *
 * What it answers, with the same rule as the persisted index of main (ClaimPrintIndex, history-seen.ts) so both give the
 * same candidates: per print, the live claims carrying it oldest first (lowest id), at most `perPrint` of them; per
 * claim, those sharing the most of its prints, at most `perClaim`. And what that index cannot: how many of a probe's
 * prints a candidate carries (all of them, not only the first `perPrint` of each list), its own print count and its
 * article, so "seen before?" decides and groups candidates before it reads any row.
 */

/** Bumped when the snapshot's layout changes: a snapshot of another format is ignored (and rebuilt). */
import { rankCandidates, type CandidateLimits, type RankedCandidates } from './rank-candidates';

export const SNAPSHOT_FORMAT = 1;

const BUCKETS = 1 << 16;

/** One claim as the index needs it (a `historyClaims` row's id, article and prints). */
export interface ClaimIndexRow {
  id: number;
  historyId: number;
  prints: readonly number[];
  /**
   * The row's signature (rowSignature: its text, source and anonymity): claims with the same one give the same match
   * fields, so "seen before?" reads one row per signature. Absent: the claim's own (-id), never shared.
   */
  sig?: number;
}

/** What "seen before?" shows of an article (its history record's fields), kept with the index. */
export interface ArticleMeta {
  id: number;
  url: string;
  title: string;
  site: string;
  host: string;
  readAt: number;
}

/** FNV-1a over a string's UTF-16 code units from a seed, as an unsigned 32-bit number. */
function fnv(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A 52-bit signature of what a claim row contributes to a match (text, source, source key, anonymity): two FNV-1a
 * hashes with different seeds. Two different rows share one with a chance of 2^-52 per pair.
 */
export function rowSignature(row: { text: string; source: string | null; sourceKey: string | null; anonymous: number | boolean }): number {
  const s = `${row.text}\u0000${row.source ?? '\u0001'}\u0000${row.sourceKey ?? '\u0001'}\u0000${row.anonymous ? 1 : 0}`;
  return (fnv(s, 0x811c9dc5) & 0xfffff) * 2 ** 32 + fnv(s, 0x01234567);
}

/** The persisted form: typed arrays' buffers, structured-cloned by IndexedDB as they are (no encoding). */
export interface ClaimIndexSnapshot {
  format: number;
  /** Claims (positions) in the snapshot. */
  claims: number;
  /** Uint32 per claim, ascending. */
  ids: ArrayBuffer;
  /** Uint32 per claim: its history record's id. */
  history: ArrayBuffer;
  /** Uint16 per claim: its number of distinct prints. */
  counts: ArrayBuffer;
  /** Float64 per claim: its row signature. */
  sigs: ArrayBuffer;
  /** The articles of the claims: Uint32 ids ascending, Float64 reading times, and url, title, site, host of each, joined. */
  articleIds: ArrayBuffer;
  articleReadAt: ArrayBuffer;
  articleText: string;
  /** Uint32 × (65,536 + 1): the postings of bucket b (print >>> 16) are [buckets[b], buckets[b + 1]). */
  buckets: ArrayBuffer;
  /** Uint16 per posting: the print's low 16 bits. */
  low: ArrayBuffer;
  /** Uint32 per posting: the claim's position. */
  postings: ArrayBuffer;
}

export type { CandidateLimits, RankedCandidates };

/** A growable Uint32 column (the delta's part of the per-claim arrays). */
class Column {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export class ResidentClaimIndex {
  /** Snapshot part (positions 0..base-1). */
  private readonly base: number;
  private readonly ids: Uint32Array;
  private readonly history: Uint32Array;
  private readonly counts: Uint16Array;
  private readonly sigs: Float64Array;
  private readonly articleIds: Uint32Array;
  private readonly articleReadAt: Float64Array;
  private articleText: string | string[];
  /** Articles written or read again since the snapshot (their fields replace the snapshot's). */
  private readonly deltaArticles = new Map<number, ArticleMeta>();
  private readonly buckets: Uint32Array;
  private readonly low: Uint16Array;
  private readonly postings: Uint32Array;
  /** Delta part (positions base..): per-claim columns, postings by print, and the latest position of each delta id. */
  private readonly deltaIds = new Column();
  private readonly deltaHistory = new Column();
  private readonly deltaCounts = new Column();
  private readonly deltaSigs: number[] = [];
  private readonly deltaPostings = new Map<number, number[]>();
  private readonly deltaPos = new Map<number, number>();
  /** Dead positions (forgotten, or superseded by a later position of the same id). */
  private dead: Uint8Array;
  private deadCount = 0;
  /** Bumped by every change (the store compares it before swapping in a compacted copy). */
  version = 0;

  private constructor(s: ClaimIndexSnapshot) {
    this.base = s.claims;
    this.ids = new Uint32Array(s.ids);
    this.history = new Uint32Array(s.history);
    this.counts = new Uint16Array(s.counts);
    this.sigs = new Float64Array(s.sigs);
    this.articleIds = new Uint32Array(s.articleIds);
    this.articleReadAt = new Float64Array(s.articleReadAt);
    this.articleText = s.articleText;
    this.buckets = new Uint32Array(s.buckets);
    this.low = new Uint16Array(s.low);
    this.postings = new Uint32Array(s.postings);
    this.dead = new Uint8Array(Math.max(64, Math.ceil(this.base * 1.25)));
  }

  /** An empty index. */
  static empty(): ResidentClaimIndex {
    return new ResidentClaimIndex(buildSnapshot({ ids: new Uint32Array(0), history: new Uint32Array(0), counts: new Uint16Array(0), sigs: new Float64Array(0) }, [], new Uint32Array(0), new Uint32Array(0), 0));
  }

  /** The index of these claims (any order; a repeated id keeps its last row) and their articles. */
  static fromRows(rows: Iterable<ClaimIndexRow>, articles: Iterable<ArticleMeta> = []): ResidentClaimIndex {
    const byId = new Map<number, ClaimIndexRow>();
    for (const r of rows) byId.set(r.id, r);
    const sorted = [...byId.values()].sort((a, b) => a.id - b.id);
    const n = sorted.length;
    const ids = new Uint32Array(n);
    const history = new Uint32Array(n);
    const counts = new Uint16Array(n);
    const sigs = new Float64Array(n);
    let total = 0;
    const distinct = sorted.map((r) => {
      const d = distinctPrints(r.prints);
      total += d.length;
      return d;
    });
    const prints = new Uint32Array(total);
    const pos = new Uint32Array(total);
    let k = 0;
    for (let i = 0; i < n; i++) {
      ids[i] = sorted[i].id;
      history[i] = sorted[i].historyId;
      counts[i] = Math.min(0xffff, distinct[i].length);
      sigs[i] = sorted[i].sig ?? -sorted[i].id;
      for (const p of distinct[i]) {
        prints[k] = p;
        pos[k++] = i;
      }
    }
    // Postings were laid out in position order: a stable sort by print keeps each print's positions ascending.
    const used = new Set(history);
    const metas = [...articles].filter((a) => used.has(a.id));
    return new ResidentClaimIndex(buildSnapshot({ ids, history, counts, sigs }, metas, ...sortByPrint(prints, pos, total), total));
  }

  /**
   * The index of a persisted snapshot, or null when the snapshot is not one this code wrote (another format, wrong
   * types or lengths, postings out of order or out of range): the caller then rebuilds it from the claims.
   */
  static fromSnapshot(s: unknown): ResidentClaimIndex | null {
    if (!s || typeof s !== 'object') return null;
    const x = s as Partial<ClaimIndexSnapshot>;
    if (x.format !== SNAPSHOT_FORMAT || typeof x.claims !== 'number' || !Number.isInteger(x.claims) || x.claims < 0) return null;
    const buffers = [x.ids, x.history, x.counts, x.sigs, x.buckets, x.low, x.postings, x.articleIds, x.articleReadAt];
    if (!buffers.every((b) => b instanceof ArrayBuffer) || typeof x.articleText !== 'string') return null;
    const n = x.claims;
    const snap = x as ClaimIndexSnapshot;
    if (snap.ids.byteLength !== n * 4 || snap.history.byteLength !== n * 4 || snap.counts.byteLength !== n * 2 || snap.sigs.byteLength !== n * 8) return null;
    const articles = snap.articleIds.byteLength / 4;
    if (!Number.isInteger(articles) || snap.articleReadAt.byteLength !== articles * 8) return null;
    const articleIds = new Uint32Array(snap.articleIds);
    for (let i = 1; i < articles; i++) if (articleIds[i] <= articleIds[i - 1]) return null;
    // Four fields an article, each ended by \u0000 (checked when first read: one split).
    if (snap.articleText.length > 0 && !snap.articleText.endsWith('\u0000')) return null;
    if (snap.buckets.byteLength !== (BUCKETS + 1) * 4 || snap.low.byteLength % 2 !== 0) return null;
    const total = snap.low.byteLength / 2;
    if (snap.postings.byteLength !== total * 4) return null;
    const ids = new Uint32Array(snap.ids);
    for (let i = 1; i < n; i++) if (ids[i] <= ids[i - 1]) return null;
    const buckets = new Uint32Array(snap.buckets);
    if (buckets[0] !== 0 || buckets[BUCKETS] !== total) return null;
    for (let b = 0; b < BUCKETS; b++) if (buckets[b + 1] < buckets[b]) return null;
    const low = new Uint16Array(snap.low);
    const postings = new Uint32Array(snap.postings);
    for (let b = 0; b < BUCKETS; b++) {
      for (let i = buckets[b] + 1; i < buckets[b + 1]; i++) {
        if (low[i] < low[i - 1] || (low[i] === low[i - 1] && postings[i] <= postings[i - 1])) return null;
      }
    }
    for (let i = 0; i < total; i++) if (postings[i] >= n) return null;
    return new ResidentClaimIndex(snap);
  }

  /** Claims held (live), positions in the delta, dead positions. */
  get stats(): { live: number; delta: number; dead: number; postings: number } {
    return { live: this.base + this.deltaIds.length - this.deadCount, delta: this.deltaIds.length, dead: this.deadCount, postings: this.postings.length };
  }

  private idAt(pos: number): number {
    return pos < this.base ? this.ids[pos] : this.deltaIds.data[pos - this.base];
  }

  /** The live position of a claim id, or -1. */
  private posOf(id: number): number {
    const d = this.deltaPos.get(id);
    if (d !== undefined) return this.dead[d] ? -1 : d;
    const lo = lowerBound(0, this.base, (i) => this.ids[i] < id);
    return lo < this.base && this.ids[lo] === id && !this.dead[lo] ? lo : -1;
  }

  private kill(pos: number): void {
    if (pos >= 0 && !this.dead[pos]) {
      this.dead[pos] = 1;
      this.deadCount++;
    }
  }

  /** Adds claims (written since the snapshot, or put back); a claim already held is replaced by its new row. */
  add(rows: Iterable<ClaimIndexRow>): void {
    for (const r of rows) {
      this.kill(this.posOf(r.id));
      const pos = this.base + this.deltaIds.length;
      if (pos >= this.dead.length) {
        const next = new Uint8Array(this.dead.length * 2);
        next.set(this.dead);
        this.dead = next;
      }
      const prints = distinctPrints(r.prints);
      this.deltaIds.push(r.id);
      this.deltaHistory.push(r.historyId);
      this.deltaCounts.push(Math.min(0xffff, prints.length));
      this.deltaSigs.push(r.sig ?? -r.id);
      this.deltaPos.set(r.id, pos);
      for (const p of prints) {
        const list = this.deltaPostings.get(p);
        if (list) list.push(pos);
        else this.deltaPostings.set(p, [pos]);
      }
    }
    this.version++;
  }

  /** Removes claims by id (unknown ids are ignored). */
  remove(ids: Iterable<number>): void {
    for (const id of ids) this.kill(this.posOf(id));
    this.version++;
  }

  /** Removes the claims whose ids fall in [from, to] (both included), for each pair of `ranges` ([from, to, from, to...]). */
  removeRanges(ranges: readonly number[]): void {
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const from = ranges[r];
      const to = ranges[r + 1];
      // Snapshot part: ids are sorted, so the range is a slice.
      const lo = lowerBound(0, this.base, (i) => this.ids[i] < from);
      for (let i = lo; i < this.base && this.ids[i] <= to; i++) this.kill(i);
      for (const [id, pos] of this.deltaPos) if (id >= from && id <= to) this.kill(pos);
    }
    this.version++;
  }

  /** True when this claim id is held and live. */
  has(id: number): boolean {
    return this.posOf(id) >= 0;
  }

  /** The article of a live claim (undefined when not held). */
  historyOf(id: number): number | undefined {
    const pos = this.posOf(id);
    if (pos < 0) return undefined;
    return pos < this.base ? this.history[pos] : this.deltaHistory.data[pos - this.base];
  }

  /** The number of distinct prints of a live claim (0 when not held). */
  printCount(id: number): number {
    const pos = this.posOf(id);
    if (pos < 0) return 0;
    return pos < this.base ? this.counts[pos] : this.deltaCounts.data[pos - this.base];
  }

  /** The row signature of a live claim (undefined when not held). */
  signatureOf(id: number): number | undefined {
    const pos = this.posOf(id);
    if (pos < 0) return undefined;
    return pos < this.base ? this.sigs[pos] : this.deltaSigs[pos - this.base];
  }

  /** Sets the fields of articles (written or read again since the snapshot). */
  setArticles(metas: Iterable<ArticleMeta>): void {
    for (const m of metas) this.deltaArticles.set(m.id, { id: m.id, url: m.url, title: m.title, site: m.site, host: m.host, readAt: m.readAt });
    this.version++;
  }

  /** The fields of an article of the index (undefined when unknown, or when the snapshot's text is broken). */
  article(id: number): ArticleMeta | undefined {
    const d = this.deltaArticles.get(id);
    if (d) return d;
    const lo = lowerBound(0, this.articleIds.length, (i) => this.articleIds[i] < id);
    if (lo >= this.articleIds.length || this.articleIds[lo] !== id) return undefined;
    if (typeof this.articleText === 'string') {
      const parts = this.articleText.split('\u0000');
      this.articleText = parts.length - 1 === this.articleIds.length * 4 ? parts : [];
    }
    const f = this.articleText;
    if (f.length === 0) return undefined;
    return { id, url: f[4 * lo], title: f[4 * lo + 1], site: f[4 * lo + 2], host: f[4 * lo + 3], readAt: this.articleReadAt[lo] };
  }

  /** The snapshot's postings of a print: [start, end) in `low` / `postings`. */
  private range(print: number): [number, number] {
    const b = print >>> 16;
    const l = print & 0xffff;
    const start = lowerBound(this.buckets[b], this.buckets[b + 1], (i) => this.low[i] < l);
    // The end: the first posting past this print (a binary search too: a widely carried shingle has thousands).
    return [start, lowerBound(start, this.buckets[b + 1], (i) => this.low[i] <= l)];
  }

  /** The ids of the live claims carrying `print`, lowest first, at most `limit`. */
  liveIds(print: number, limit = Infinity): number[] {
    const out: number[] = [];
    const [s, e] = this.range(print);
    const delta = this.deltaPostings.get(print);
    // The delta's positions, live, by id (a claim put back keeps its old id, lower than the snapshot's last).
    const extra = delta ? delta.filter((p) => !this.dead[p]).map((p) => this.idAt(p)).sort((a, b) => a - b) : [];
    let j = 0;
    for (let i = s; i < e && out.length < limit; i++) {
      const pos = this.postings[i];
      if (this.dead[pos]) continue;
      const id = this.ids[pos];
      while (j < extra.length && extra[j] < id && out.length < limit) out.push(extra[j++]);
      if (out.length < limit) out.push(id);
    }
    while (j < extra.length && out.length < limit) out.push(extra[j++]);
    return out;
  }

  /** Whether the claim at `pos` carries `print`. */
  private carries(pos: number, print: number): boolean {
    if (pos >= this.base) return this.deltaPostings.get(print)?.includes(pos) ?? false;
    // One binary search in the print's bucket on (low bits, position): postings are sorted by both.
    const b = print >>> 16;
    const l = print & 0xffff;
    const end = this.buckets[b + 1];
    const lo = lowerBound(this.buckets[b], end, (i) => this.low[i] < l || (this.low[i] === l && this.postings[i] < pos));
    return lo < end && this.low[lo] === l && this.postings[lo] === pos;
  }

  /** How many of `prints` (distinct) the live claim `id` carries (0 when not held). */
  sharedPrints(id: number, prints: readonly number[]): number {
    const pos = this.posOf(id);
    if (pos < 0) return 0;
    let n = 0;
    for (const p of prints) if (this.carries(pos, p)) n++;
    return n;
  }

  /**
   * The candidates of each claim, by its prints (probePrints: distinct), exactly as ClaimPrintIndex ranks them from the
   * persisted index: per print the `perPrint` lowest live ids (and whether there were more), per claim those sharing
   * half its prints or more first (tied, oldest first), then the others by prints shared; `perClaim` of them.
   */
  candidates(prints: readonly (readonly number[])[], limits: CandidateLimits): RankedCandidates {
    const lists = new Map<number, number[]>();
    for (const ps of prints) for (const p of ps) if (!lists.has(p)) lists.set(p, this.liveIds(p, limits.perPrint + 1));
    return rankCandidates(prints, lists, limits);
  }

  /** The index compacted (dead positions dropped, the delta merged in), as a snapshot to persist. */
  toSnapshot(): ClaimIndexSnapshot {
    const total = this.base + this.deltaIds.length;
    // Live positions by id: the snapshot's are in id order; the delta's are sorted and merged in.
    const deltaLive: number[] = [];
    for (let p = this.base; p < total; p++) if (!this.dead[p]) deltaLive.push(p);
    deltaLive.sort((a, b) => this.idAt(a) - this.idAt(b));
    const remap = new Int32Array(total).fill(-1);
    const n = total - this.deadCount;
    const ids = new Uint32Array(n);
    const history = new Uint32Array(n);
    const counts = new Uint16Array(n);
    const sigs = new Float64Array(n);
    let k = 0;
    let j = 0;
    const put = (pos: number) => {
      remap[pos] = k;
      ids[k] = this.idAt(pos);
      history[k] = pos < this.base ? this.history[pos] : this.deltaHistory.data[pos - this.base];
      sigs[k] = pos < this.base ? this.sigs[pos] : this.deltaSigs[pos - this.base];
      counts[k++] = pos < this.base ? this.counts[pos] : this.deltaCounts.data[pos - this.base];
    };
    for (let p = 0; p < this.base; p++) {
      if (this.dead[p]) continue;
      while (j < deltaLive.length && this.idAt(deltaLive[j]) < this.ids[p]) put(deltaLive[j++]);
      put(p);
    }
    while (j < deltaLive.length) put(deltaLive[j++]);
    // Postings: the snapshot's in (print, position) order, remapped (monotone, so still in order); then the delta's,
    // sorted by print and position; merged.
    let deltaCount = 0;
    for (const [, list] of this.deltaPostings) for (const p of list) if (remap[p] >= 0) deltaCount++;
    const dPrints = new Uint32Array(deltaCount);
    const dPos = new Uint32Array(deltaCount);
    let d = 0;
    for (const [print, list] of this.deltaPostings) {
      for (const p of list) {
        if (remap[p] < 0) continue;
        dPrints[d] = print;
        dPos[d++] = remap[p];
      }
    }
    const [sdPrints, sdPos] = sortPostings(dPrints, dPos, deltaCount);
    let liveSnap = 0;
    for (let i = 0; i < this.postings.length; i++) if (remap[this.postings[i]] >= 0) liveSnap++;
    const outTotal = liveSnap + deltaCount;
    const outPrints = new Uint32Array(outTotal);
    const outPos = new Uint32Array(outTotal);
    let o = 0;
    let q = 0;
    for (let b = 0; b < BUCKETS; b++) {
      for (let i = this.buckets[b]; i < this.buckets[b + 1]; i++) {
        const np = remap[this.postings[i]];
        if (np < 0) continue;
        const print = ((b << 16) | this.low[i]) >>> 0;
        while (q < deltaCount && (sdPrints[q] < print || (sdPrints[q] === print && sdPos[q] < np))) {
          outPrints[o] = sdPrints[q];
          outPos[o++] = sdPos[q++];
        }
        outPrints[o] = print;
        outPos[o++] = np;
      }
    }
    while (q < deltaCount) {
      outPrints[o] = sdPrints[q];
      outPos[o++] = sdPos[q++];
    }
    const metas: ArticleMeta[] = [];
    for (const h of new Set(history)) {
      const m = this.article(h);
      if (m) metas.push(m);
    }
    return buildSnapshot({ ids, history, counts, sigs }, metas, outPrints, outPos, outTotal);
  }
}

/** The first index in [lo, hi) where `below` is false (`below` true for a prefix of the range): a binary search. */
function lowerBound(lo: number, hi: number, below: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distinctPrints(prints: readonly number[]): number[] {
  const out = new Set<number>();
  for (const p of prints) if (Number.isInteger(p) && p >= 0 && p <= 0xffffffff) out.add(p);
  return [...out];
}

/**
 * Pairs (a[i], b[i]) sorted stably by `a` (both 32-bit): a least-significant-digit radix sort on its two 16-bit halves.
 * Returns new arrays (the inputs are reused as scratch).
 */
function radixBy(a: Uint32Array, b: Uint32Array, n: number): [Uint32Array, Uint32Array] {
  let aIn: Uint32Array = a;
  let bIn: Uint32Array = b;
  let aOut: Uint32Array = new Uint32Array(n);
  let bOut: Uint32Array = new Uint32Array(n);
  for (const shift of [0, 16]) {
    const count = new Uint32Array(BUCKETS + 1);
    for (let i = 0; i < n; i++) count[((aIn[i] >>> shift) & 0xffff) + 1]++;
    for (let i = 0; i < BUCKETS; i++) count[i + 1] += count[i];
    for (let i = 0; i < n; i++) {
      const k = count[(aIn[i] >>> shift) & 0xffff]++;
      aOut[k] = aIn[i];
      bOut[k] = bIn[i];
    }
    [aIn, aOut] = [aOut, aIn];
    [bIn, bOut] = [bOut, bIn];
  }
  return [aIn, bIn];
}

/** Postings already in position order, sorted by print (stable: each print's positions stay ascending). */
function sortByPrint(prints: Uint32Array, pos: Uint32Array, n: number): [Uint32Array, Uint32Array] {
  return radixBy(prints, pos, n);
}

/** Postings in any order, sorted by print, then position. */
function sortPostings(prints: Uint32Array, pos: Uint32Array, n: number): [Uint32Array, Uint32Array] {
  const [byPos, printsByPos] = radixBy(pos, prints, n);
  const [sortedPrints, sortedPos] = radixBy(printsByPos, byPos, n);
  return [sortedPrints, sortedPos];
}

/** The snapshot of sorted postings (by print, then position), the per-claim columns and the articles. */
function buildSnapshot(
  { ids, history, counts, sigs }: { ids: Uint32Array; history: Uint32Array; counts: Uint16Array; sigs: Float64Array },
  articles: ArticleMeta[],
  prints: Uint32Array,
  pos: Uint32Array,
  total: number,
): ClaimIndexSnapshot {
  const sorted = [...articles].sort((a, b) => a.id - b.id);
  const articleIds = Uint32Array.from(sorted, (a) => a.id);
  const articleReadAt = Float64Array.from(sorted, (a) => a.readAt);
  const clean = (x: string) => x.replaceAll('\u0000', ' ');
  const articleText = sorted.map((a) => `${clean(a.url)}\u0000${clean(a.title)}\u0000${clean(a.site)}\u0000${clean(a.host)}\u0000`).join('');
  const buckets = new Uint32Array(BUCKETS + 1);
  const low = new Uint16Array(total);
  const postings = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    buckets[(prints[i] >>> 16) + 1]++;
    low[i] = prints[i] & 0xffff;
    postings[i] = pos[i];
  }
  for (let b = 0; b < BUCKETS; b++) buckets[b + 1] += buckets[b];
  return {
    format: SNAPSHOT_FORMAT,
    claims: ids.length,
    ids: ids.buffer as ArrayBuffer,
    history: history.buffer as ArrayBuffer,
    counts: counts.buffer as ArrayBuffer,
    sigs: sigs.buffer as ArrayBuffer,
    articleIds: articleIds.buffer as ArrayBuffer,
    articleReadAt: articleReadAt.buffer as ArrayBuffer,
    articleText, buckets: buckets.buffer as ArrayBuffer, low: low.buffer as ArrayBuffer, postings: postings.buffer as ArrayBuffer };
}

import { describe, expect, it } from 'vitest';
import { claimPrints, probePrints } from './claim-index';
import { ResidentClaimIndex, rowSignature, SNAPSHOT_FORMAT, type ClaimIndexRow } from './resident-claim-index';

/** The rule of ClaimPrintIndex (history-seen.ts) computed naively over the live rows: the reference. */
function reference(rows: Map<number, ClaimIndexRow>, prints: number[][], perPrint: number, perClaim: number) {
  const listOf = (p: number) =>
    [...rows.values()]
      .filter((r) => r.prints.includes(p))
      .map((r) => r.id)
      .sort((a, b) => a - b);
  const ids: number[][] = [];
  const more: boolean[] = [];
  for (const ps of prints) {
    const shared = new Map<number, number>();
    let cut = false;
    for (const p of ps) {
      let list = listOf(p);
      if (list.length > perPrint) {
        cut = true;
        list = list.slice(0, perPrint);
      }
      for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const strong = Math.ceil(ps.length / 2);
    const ranked = [...shared].sort((a, b) => Math.min(b[1], strong) - Math.min(a[1], strong) || a[0] - b[0]).map(([id]) => id);
    if (ranked.length > perClaim) cut = true;
    ids.push(ranked.slice(0, perClaim));
    more.push(cut);
  }
  return { ids, more };
}

/** A deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ResidentClaimIndex', () => {
  const WORDS = 'the bridge will reopen in may and not a day later whatever unions decide ferry fares rise strike go on until friday'.split(' ');

  it('answers a small case worked by hand: ids per print lowest first, ranked by shared prints, limits marked', () => {
    // Prints are plain numbers here: claim 1 carries 10, 11, 12; claim 2 carries 10, 11; claim 3 carries 12, 13; claim 4 carries 20.
    const rows = [
      { id: 3, historyId: 30, prints: [12, 13] },
      { id: 1, historyId: 10, prints: [10, 11, 12] },
      { id: 2, historyId: 20, prints: [10, 11, 11] },
      { id: 4, historyId: 40, prints: [20] },
    ];
    const index = ResidentClaimIndex.fromRows(rows);
    expect(index.liveIds(10)).toEqual([1, 2]);
    expect(index.liveIds(12)).toEqual([1, 3]);
    expect(index.liveIds(99)).toEqual([]);
    expect(index.printCount(2)).toBe(2);
    expect(index.historyOf(3)).toBe(30);
    // A probe carrying 10, 11, 12, 13: claim 1 shares 3, claim 2 shares 2 and claim 3 shares 2 (strong = 2: all tie,
    // oldest first); claim 4 shares none.
    const { ids, more } = index.candidates([[10, 11, 12, 13]], { perPrint: 10, perClaim: 10 });
    expect(ids).toEqual([[1, 2, 3]]);
    expect(more).toEqual([false]);
    // One id a print: print 10 lists 1 (2 cut), 11 lists 1 (2 cut), 12 lists 1 (3 cut), 13 lists 3.
    expect(index.candidates([[10, 11, 12, 13]], { perPrint: 1, perClaim: 10 })).toEqual({ ids: [[1, 3]], more: [true] });
    expect(index.sharedPrints(1, [10, 11, 12, 13])).toBe(3);
    expect(index.sharedPrints(3, [10, 11, 12, 13])).toBe(2);
    // Removing claim 1: print 10 lists 2 only; claim 2 comes first (shares 2), then claim 3.
    index.remove([1]);
    expect(index.liveIds(10)).toEqual([2]);
    expect(index.has(1)).toBe(false);
    expect(index.candidates([[10, 11, 12, 13]], { perPrint: 1, perClaim: 10 })).toEqual({ ids: [[2, 3]], more: [false] });
    // Put back (Undo keeps the id): found again, in id order before claim 2 although it was added last.
    index.add([{ id: 1, historyId: 10, prints: [10, 11, 12] }]);
    expect(index.liveIds(10)).toEqual([1, 2]);
    expect(index.stats).toMatchObject({ live: 4, delta: 1, dead: 1 });
  });

  it('a snapshot round trip keeps every answer, drops the dead and merges the delta', () => {
    const index = ResidentClaimIndex.fromRows([
      { id: 1, historyId: 1, prints: [5, 70000, 9] },
      { id: 2, historyId: 1, prints: [5, 9] },
      { id: 5, historyId: 2, prints: [70000] },
    ]);
    index.remove([2]);
    index.add([
      { id: 7, historyId: 3, prints: [9, 0xffffffff] },
      { id: 4, historyId: 2, prints: [5] },
    ]);
    const snap = index.toSnapshot();
    expect(snap.format).toBe(SNAPSHOT_FORMAT);
    expect(snap.claims).toBe(4);
    expect([...new Uint32Array(snap.ids)]).toEqual([1, 4, 5, 7]);
    expect([...new Uint32Array(snap.history)]).toEqual([1, 2, 2, 3]);
    const again = ResidentClaimIndex.fromSnapshot(structuredClone(snap))!;
    expect(again).not.toBeNull();
    // Postings: claim 1 carries 3 prints, 4 one, 5 one, 7 two (claim 2, removed, is dropped).
    expect(again.stats).toMatchObject({ live: 4, delta: 0, dead: 0, postings: 7 });
    for (const p of [5, 9, 70000, 0xffffffff, 3]) expect(again.liveIds(p)).toEqual(index.liveIds(p));
    expect(again.liveIds(5)).toEqual([1, 4]);
    expect(again.liveIds(0xffffffff)).toEqual([7]);
  });

  it('keeps row signatures and the articles\' fields through deltas and snapshots; a signature differs with the text, the source or the anonymity', () => {
    const a = { text: 'the bridge will reopen in May', source: 'Ana Lima', sourceKey: 'person:ana lima', anonymous: 0 };
    expect(rowSignature(a)).toBe(rowSignature({ ...a }));
    expect(new Set([rowSignature(a), rowSignature({ ...a, text: 'the bridge will reopen in June' }), rowSignature({ ...a, source: 'Rui' }), rowSignature({ ...a, sourceKey: null }), rowSignature({ ...a, anonymous: 1 })]).size).toBe(5);
    const index = ResidentClaimIndex.fromRows(
      [
        { id: 1, historyId: 10, prints: [5], sig: 111 },
        { id: 2, historyId: 20, prints: [5] },
      ],
      [
        { id: 10, url: 'https://a.example/1', title: 'A \u0000 title', site: 'A', host: 'a.example', readAt: 1000 },
        { id: 20, url: 'https://b.example/2', title: 'B', site: 'B', host: 'b.example', readAt: 2000 },
        { id: 30, url: 'https://c.example/3', title: 'no claim here', site: 'C', host: 'c.example', readAt: 3000 },
      ],
    );
    // Without a signature a claim has its own (-id): never shared.
    expect(index.signatureOf(1)).toBe(111);
    expect(index.signatureOf(2)).toBe(-2);
    // The NUL that separates the fields in the snapshot is a space in a title.
    expect(index.article(10)).toEqual({ id: 10, url: 'https://a.example/1', title: 'A   title', site: 'A', host: 'a.example', readAt: 1000 });
    // Only the articles of the claims are kept.
    expect(index.article(30)).toBeUndefined();
    index.add([{ id: 3, historyId: 20, prints: [5], sig: 333 }]);
    index.setArticles([{ id: 20, url: 'https://b.example/2', title: 'B read again', site: 'B', host: 'b.example', readAt: 5000 }]);
    const again = ResidentClaimIndex.fromSnapshot(structuredClone(index.toSnapshot()))!;
    expect(again.signatureOf(3)).toBe(333);
    expect(again.signatureOf(1)).toBe(111);
    expect(again.article(20)).toMatchObject({ title: 'B read again', readAt: 5000 });
    expect(again.article(10)?.readAt).toBe(1000);
  });

  it('ignores a snapshot it did not write: another format, a missing buffer, lengths that disagree, postings out of order or out of range', () => {
    const good = ResidentClaimIndex.fromRows([
      { id: 1, historyId: 1, prints: [5, 6] },
      { id: 2, historyId: 1, prints: [5] },
    ]).toSnapshot();
    expect(ResidentClaimIndex.fromSnapshot(structuredClone(good))).not.toBeNull();
    expect(ResidentClaimIndex.fromSnapshot(null)).toBeNull();
    expect(ResidentClaimIndex.fromSnapshot({ ...good, format: SNAPSHOT_FORMAT + 1 })).toBeNull();
    expect(ResidentClaimIndex.fromSnapshot({ ...good, low: undefined })).toBeNull();
    expect(ResidentClaimIndex.fromSnapshot({ ...good, claims: 3 })).toBeNull();
    expect(ResidentClaimIndex.fromSnapshot({ ...good, ids: new Uint32Array([2, 1]).buffer })).toBeNull();
    // Postings of print 5: positions 0, 1. Swapped: out of order.
    const swapped = structuredClone(good);
    const pos = new Uint32Array(swapped.postings);
    const low = new Uint16Array(swapped.low);
    expect([...low]).toEqual([5, 5, 6]);
    expect([...pos]).toEqual([0, 1, 0]);
    pos[0] = 1;
    pos[1] = 0;
    expect(ResidentClaimIndex.fromSnapshot(swapped)).toBeNull();
    const outOfRange = structuredClone(good);
    new Uint32Array(outOfRange.postings)[2] = 2;
    expect(ResidentClaimIndex.fromSnapshot(outOfRange)).toBeNull();
  });

  it('gives the candidates of the naive rule over random histories with removals, puts back, re-adds and snapshots (property)', () => {
    const rand = rng(7);
    const sentence = () => Array.from({ length: 4 + Math.floor(rand() * 10) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
    for (let round = 0; round < 20; round++) {
      const live = new Map<number, ClaimIndexRow>();
      const gone = new Map<number, ClaimIndexRow>();
      let next = 1;
      const fresh = () => {
        const row = { id: next, historyId: Math.ceil(next / 3), prints: claimPrints(sentence()) };
        next++;
        return row;
      };
      const first = Array.from({ length: 30 + Math.floor(rand() * 40) }, fresh);
      for (const r of first) live.set(r.id, r);
      let index = ResidentClaimIndex.fromRows(first);
      for (let step = 0; step < 40; step++) {
        const x = rand();
        if (x < 0.35) {
          const rows = Array.from({ length: 1 + Math.floor(rand() * 5) }, fresh);
          for (const r of rows) live.set(r.id, r);
          index.add(rows);
        } else if (x < 0.6 && live.size) {
          const ids = [...live.keys()].filter(() => rand() < 0.15);
          for (const id of ids) {
            gone.set(id, live.get(id)!);
            live.delete(id);
          }
          if (rand() < 0.5) index.remove(ids);
          else index.removeRanges(ids.flatMap((id) => [id, id]));
        } else if (x < 0.75 && gone.size) {
          const back = [...gone.values()].filter(() => rand() < 0.5);
          for (const r of back) {
            gone.delete(r.id);
            live.set(r.id, r);
          }
          index.add(back);
        } else if (x < 0.85) {
          index = ResidentClaimIndex.fromSnapshot(structuredClone(index.toSnapshot()))!;
        } else if (x < 0.9) {
          // A range removal that spans ids not held (the ids of a forgotten article, some never seen).
          const from = Math.floor(rand() * next);
          const to = from + Math.floor(rand() * 6);
          for (let id = from; id <= to; id++) if (live.has(id)) (gone.set(id, live.get(id)!), live.delete(id));
          index.removeRanges([from, to]);
        }
        const probes = Array.from({ length: 3 }, () => probePrints(sentence()));
        for (const [perPrint, perClaim] of [
          [Infinity, Infinity],
          [3, 4],
          [1, 2],
        ]) {
          expect(index.candidates(probes, { perPrint, perClaim })).toEqual(reference(live, probes, perPrint, perClaim));
        }
        for (const r of live.values()) {
          expect(index.historyOf(r.id)).toBe(r.historyId);
          expect(index.printCount(r.id)).toBe(new Set(r.prints).size);
          expect(index.sharedPrints(r.id, probes[0])).toBe(probes[0].filter((p) => r.prints.includes(p)).length);
        }
        for (const id of gone.keys()) expect(index.has(id)).toBe(false);
      }
    }
  });
});

/**
 * The ranking of "seen before?" candidates, shared by the persisted per-shingle index (history-seen.ts) and the
 * resident one (resident-claim-index.ts), so both give the same candidates: per claim, the ids listed under its prints
 * (at most `perPrint` each, oldest first), those sharing half its prints or more first (a copy, an edit, a trimmed quote:
 * tied, oldest first, so the first seen stays in), then the others by prints shared; at most `perClaim` of them.
 * `more` says a limit left some out. Pure.
 */
export interface CandidateLimits {
  perPrint: number;
  perClaim: number;
}

export interface RankedCandidates {
  ids: number[][];
  more: boolean[];
}

/** `lists` holds, for every print of `prints`, its ids oldest first (one more than `perPrint` shows that there were more). */
export function rankCandidates(prints: readonly (readonly number[])[], lists: ReadonlyMap<number, readonly number[]>, { perPrint, perClaim }: CandidateLimits): RankedCandidates {
  const ids: number[][] = [];
  const more: boolean[] = [];
  for (const ps of prints) {
    const shared = new Map<number, number>();
    let cut = false;
    for (const p of ps) {
      let list = lists.get(p) ?? [];
      if (list.length > perPrint) {
        cut = true;
        list = list.slice(0, perPrint);
      }
      for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const strong = Math.ceil(ps.length / 2);
    const ranked = [...shared].sort((a, b) => Math.min(b[1], strong) - Math.min(a[1], strong) || a[0] - b[0]).map(([id]) => id);
    if (ranked.length > perClaim) cut = true;
    ids.push(ranked.length > perClaim ? ranked.slice(0, perClaim) : ranked);
    more.push(cut);
  }
  return { ids, more };
}

/**
 * The v10 upgrade's data step, FROZEN (schema.ts: an upgrade never imports app code that may change): builds the
 * co-actor totals (`historyCoActorTotals`, one row per actor key) by merging the co-actor week rows of v8, read in
 * primary-key order ([key+week]), so the rows of one key come together and each total is written once complete. It
 * reads the week rows only (not the records): a copy of the merge of history-coactors.ts as it was at v10. Every
 * week row is folded in (`upto` after the key's latest week), so none is marked open and none is written again.
 */
import type { Transaction } from 'dexie';

interface V10CoActorRow {
  key: string;
  /** The weeks before this one are in the total (here: every week of the key). */
  upto: number;
  keys: string[];
  articles: number[];
  names: string[];
  last: number[];
  lastId: number[];
  both: string[];
  bothArticles: number[];
}

/** Fills `historyCoActorTotals` from `historyCoActorWeeks` (inside the upgrade transaction). */
export async function upgradeV10(tx: Transaction): Promise<void> {
  const done: V10CoActorRow[] = [];
  let row: V10CoActorRow | null = null;
  let at = new Map<string, number>();
  let bothAt = new Map<string, number>();
  await tx
    .table('historyCoActorWeeks')
    .toCollection()
    .each((w: V10CoActorRow & { week: number }) => {
      if (!row || row.key !== w.key) {
        if (row) done.push(row);
        row = { key: w.key, upto: w.week + 1, keys: [], articles: [], names: [], last: [], lastId: [], both: [], bothArticles: [] };
        at = new Map();
        bothAt = new Map();
      }
      row.upto = w.week + 1;
      for (const [i, k] of w.keys.entries()) {
        const j = at.get(k);
        if (j === undefined) {
          at.set(k, row.keys.push(k) - 1);
          row.articles.push(w.articles[i]);
          row.names.push(w.names[i]);
          row.last.push(w.last[i]);
          row.lastId.push(w.lastId[i]);
        } else {
          row.articles[j] += w.articles[i];
          if (w.last[i] > row.last[j] || (w.last[i] === row.last[j] && w.lastId[i] > row.lastId[j])) {
            row.names[j] = w.names[i];
            row.last[j] = w.last[i];
            row.lastId[j] = w.lastId[i];
          }
        }
      }
      for (const [i, n] of w.both.entries()) {
        const j = bothAt.get(n);
        if (j === undefined) {
          bothAt.set(n, row.both.push(n) - 1);
          row.bothArticles.push(w.bothArticles[i]);
        } else row.bothArticles[j] += w.bothArticles[i];
      }
    });
  if (row) done.push(row);
  await tx.table('historyCoActorTotals').bulkPut(done);
}

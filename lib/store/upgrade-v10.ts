/**
 * The v10 upgrade's data step, FROZEN (schema.ts: an upgrade never imports app code that may change): builds the
 * co-actor totals (`historyCoActorTotals`, one row per actor key) by merging the co-actor week rows of v8, read in
 * primary-key order ([key+week]), so the rows of one key come together and each total is written once complete. It
 * reads the week rows only (not the records): a copy of the merge of history-coactors.ts as it was at v10.
 */
import type { Transaction } from 'dexie';

interface V10CoActorWeek {
  key: string;
  week: number;
  keys: string[];
  articles: number[];
  names: string[];
  last: number[];
  lastId: number[];
  both: string[];
  bothArticles: number[];
}

interface V10CoActorRow {
  key: string;
  /** The weeks before this one are in the total (here: all but the key's latest). */
  upto: number;
  keys: string[];
  articles: number[];
  names: string[];
  last: number[];
  lastId: number[];
  both: string[];
  bothArticles: number[];
}

/**
 * Fills `historyCoActorTotals` from `historyCoActorWeeks` (inside the upgrade transaction). Each key's latest week row
 * stays out of its total and is marked open (`upto` is its week): a page read again this week, or a new article, then
 * writes that row alone.
 */
export async function upgradeV10(tx: Transaction): Promise<void> {
  const done: V10CoActorRow[] = [];
  const opened: (V10CoActorWeek & { open?: 1 })[] = [];
  let row: V10CoActorRow | null = null;
  let pending: V10CoActorWeek | null = null;
  let at = new Map<string, number>();
  let bothAt = new Map<string, number>();
  const merge = (t: V10CoActorRow, w: V10CoActorWeek) => {
    for (const [i, k] of w.keys.entries()) {
      const j = at.get(k);
      if (j === undefined) {
        at.set(k, t.keys.push(k) - 1);
        t.articles.push(w.articles[i]);
        t.names.push(w.names[i]);
        t.last.push(w.last[i]);
        t.lastId.push(w.lastId[i]);
      } else {
        t.articles[j] += w.articles[i];
        if (w.last[i] > t.last[j] || (w.last[i] === t.last[j] && w.lastId[i] > t.lastId[j])) {
          t.names[j] = w.names[i];
          t.last[j] = w.last[i];
          t.lastId[j] = w.lastId[i];
        }
      }
    }
    for (const [i, n] of w.both.entries()) {
      const j = bothAt.get(n);
      if (j === undefined) {
        bothAt.set(n, t.both.push(n) - 1);
        t.bothArticles.push(w.bothArticles[i]);
      } else t.bothArticles[j] += w.bothArticles[i];
    }
  };
  const finish = () => {
    if (!row || !pending) return;
    row.upto = pending.week;
    done.push(row);
    opened.push({ ...pending, open: 1 });
  };
  await tx
    .table('historyCoActorWeeks')
    .toCollection()
    .each((w: V10CoActorWeek) => {
      if (!row || row.key !== w.key) {
        finish();
        row = { key: w.key, upto: w.week, keys: [], articles: [], names: [], last: [], lastId: [], both: [], bothArticles: [] };
        at = new Map();
        bothAt = new Map();
      } else merge(row, pending!);
      pending = w;
    });
  finish();
  await tx.table('historyCoActorTotals').bulkPut(done);
  await tx.table('historyCoActorWeeks').bulkPut(opened);
}

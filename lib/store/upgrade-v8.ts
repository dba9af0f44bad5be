/**
 * The v8 upgrade's data step, FROZEN (schema.ts: an upgrade never imports app code that may change): builds the
 * co-actor rows (`historyCoActorWeeks`) of every history record already remembered. A copy of weekStart and of the
 * fold of history-coactors.ts as they were at v8; if those change, this file does not.
 */
import type { Transaction } from 'dexie';

interface V8Record {
  id: number;
  readAt: number;
  actorKeys: string[];
  actors: { key: string; name: string }[];
}

interface V8CoActorWeek {
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

function weekStartV8(ms: number): number {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

function foldV8(row: V8CoActorWeek, r: V8Record): void {
  const others = new Map<string, string>();
  for (const a of r.actors) if (a.key !== row.key && !others.has(a.key)) others.set(a.key, a.name);
  for (const [k, name] of others) {
    let i = row.keys.indexOf(k);
    if (i < 0) {
      i = row.keys.push(k) - 1;
      row.articles.push(0);
      row.names.push(name);
      row.last.push(r.readAt);
      row.lastId.push(r.id);
    }
    row.articles[i]++;
    if (r.readAt > row.last[i] || (r.readAt === row.last[i] && r.id > row.lastId[i])) {
      row.names[i] = name;
      row.last[i] = r.readAt;
      row.lastId[i] = r.id;
    }
    const n = k.slice(k.indexOf(':') + 1);
    if (k.startsWith('person:') && others.has(`place:${n}`)) {
      const j = row.both.indexOf(n);
      if (j < 0) {
        row.both.push(n);
        row.bothArticles.push(1);
      } else row.bothArticles[j]++;
    }
  }
}

/** Fills `historyCoActorWeeks` from `history` (inside the upgrade transaction). */
export async function upgradeV8(tx: Transaction): Promise<void> {
  const rows = new Map<string, V8CoActorWeek>();
  await tx
    .table('history')
    .toCollection()
    .each((r: V8Record) => {
      const week = weekStartV8(r.readAt);
      for (const key of new Set(r.actorKeys)) {
        const k = `${key}\u0000${week}`;
        let row = rows.get(k);
        if (!row) rows.set(k, (row = { key, week, keys: [], articles: [], names: [], last: [], lastId: [], both: [], bothArticles: [] }));
        foldV8(row, r);
      }
    });
  await tx.table('historyCoActorWeeks').bulkPut([...rows.values()]);
}

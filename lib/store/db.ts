import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { HistoryActorWeekRecord, HistoryOutletMonthRecord } from './history-aggregates';
import type { HistoryCoActorTotalRecord, HistoryCoActorWeekRecord } from './history-coactors';
import { SCHEMA_VERSIONS, type ArticleRecord, type CardRecord, type CorrectionRecord, type HistoryClaimRecord, type HistoryNameRecord, type HistoryRecord, type SettingRecord } from './schema';
import { keepClaimPrints } from './history-seen';
import type { HistorySeenIndexRecord, HistorySeenLogRecord } from './history-seen-index';

export const DB_NAME = 'dramatis';

/** Declares schema versions 1..upTo on a Dexie instance (the latest by default). */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

/** The extension's one database. Open it in the extension origin only (background, popup, extension pages). */
export class DramatisDB extends Dexie {
  articles!: Table<ArticleRecord, number>;
  cards!: Table<CardRecord, number>;
  corrections!: Table<CorrectionRecord, number>;
  settings!: Table<SettingRecord, string>;
  history!: Table<HistoryRecord, number>;
  historyClaims!: Table<HistoryClaimRecord, number>;
  historyNames!: Table<HistoryNameRecord, string>;
  /** v6: aggregates of the history (history-aggregates.ts), keyed [key, week] and [host, month]. */
  historyActorWeeks!: Table<HistoryActorWeekRecord, [string, number]>;
  historyOutletMonths!: Table<HistoryOutletMonthRecord, [string, string]>;
  /** v8: the other actors of each actor key's articles per week (history-coactors.ts), keyed [key, week]. */
  historyCoActorWeeks!: Table<HistoryCoActorWeekRecord, [string, number]>;
  /** v9: the snapshot of the resident claim index ('meta', 'data') and the claims forgotten or put back since (history-seen-index.ts). */
  historySeenIndex!: Table<HistorySeenIndexRecord, string>;
  historySeenLog!: Table<HistorySeenLogRecord, number>;
  /** v10: the same per actor key over all its articles (history-coactors.ts), keyed by the key. */
  historyCoActorTotals!: Table<HistoryCoActorTotalRecord, string>;

  /** `options` lets tests pass `indexedDB`/`IDBKeyRange` from fake-indexeddb, and a name to isolate each test. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
    keepClaimPrints(this);
  }
}

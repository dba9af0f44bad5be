/**
 * The reading-list database schema: record types and EVERY schema version, kept forever in this one file.
 *
 * IndexedDB cannot index booleans, so flags are stored as 0 | 1. Dates are epoch milliseconds (numbers), except
 * `published`, which is the ISO string the page gave (or null). Only fields that are queried are indexed.
 *
 * ## Adding a version (never edit or remove an old one)
 * 1. Append `{ version: n, stores: { ...only the tables whose indexes change }, upgrade: async (tx) => {...} }` to
 *    `SCHEMA_VERSIONS` (Dexie keeps the indexes of tables not named; `null` deletes a table).
 * 2. Put data changes in `upgrade`, using `tx.table('articles').toCollection().modify(...)`; never import app code
 *    that may change later: an upgrade must keep working on data written by version n-1 forever.
 * 3. Update the record types below and `lib/store/export-import.ts` (bump `EXPORT_VERSION` if the JSON changes, and
 *    keep reading the old one).
 * 4. Add a case to `lib/store/upgrade.test.ts`: seed a database declared with versions up to n-1 (`declareVersions(db, n-1)`),
 *    close it, open `DramatisDB` and check the upgraded records.
 */
import type { Transaction } from 'dexie';
import { buildAggregates } from './history-aggregates';
import { claimPrints } from '../memory/claim-index';
import { upgradeV8 } from './upgrade-v8';
import { upgradeV10 } from './upgrade-v10';
import type { ActorType, Analysis, ClaimKind, Corrections } from '../nlp/types';

export type Flag = 0 | 1;

export interface ArticleCounts {
  actors: number;
  claims: number;
  /** Claims whose source is anonymous. */
  anonymous: number;
}

export interface ArticleRecord {
  id?: number;
  /** Normalized URL (see normalize-url.ts); unique. */
  url: string;
  /** Lower-case host without "www.", used for the site filter and per-site settings. */
  host: string;
  title: string;
  byline: string | null;
  /** Display name of the site ("Reuters"), or the host. */
  site: string;
  /** As published by the page (ISO 8601 when known). */
  published: string | null;
  excerpt: string;
  /** The readable text that was analysed (offsets in `analysis` refer to it). */
  text: string;
  analysis: Analysis | null;
  counts: ArticleCounts;
  /** anonymous / claims (0 when there are no claims). */
  anonymousShare: number;
  /** 1 when the article relies on anonymous sources (see ANONYMOUS_RULE). */
  reliesOnAnonymous: Flag;
  savedAt: number;
  updatedAt: number;
  read: Flag;
  readAt: number | null;
  archived: Flag;
  tags: string[];
  /** Full-text word index over title + text + actor names (see words.ts). */
  words: string[];
  /** Title folded for sorting (v2): lower-case, diacritics removed, a leading "the"/"a"/"an" and punctuation dropped. */
  sortTitle: string;
  /** `published` as epoch ms for sorting (v2); 0 when unknown or unparseable. */
  publishedAt: number;
  /** Card keys of the actors in this article. */
  actorKeys: string[];
  /** Analysis actor id ("a1") -> card key, to find an actor's claims and mentions in this article. */
  actorCards: Record<string, string>;
  /**
   * Set when a later save of this URL brought much shorter text (a paywall teaser, a truncated page) and the longer
   * text was kept (see SHORTER_TEXT_RULE in articles.ts); the library shows it on the row. null or absent otherwise.
   */
  keptLonger?: KeptLonger | null;
}

export interface KeptLonger {
  /** When the shorter copy was offered (epoch ms). */
  at: number;
  /** Length of the text that was NOT stored. */
  shorterLength: number;
  /** Length of the text kept. */
  keptLength: number;
}

export interface CardRole {
  role: string;
  articleId: number;
  /** When the article was saved (epoch ms). */
  date: number;
}

export interface CardSummary {
  text: string;
  description?: string;
  url: string;
  fetchedAt: number;
  /** e.g. "Wikipedia" */
  source: string;
  /** The Wikidata item of the page ("Q22686"), when the lookup's answer named one: joins or parts actors (identity.ts). */
  wikidata?: string;
}

export interface CardRecord {
  id?: number;
  /** `${type}:${normalized name}`; unique. */
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** `${type}:${normalized name}` for the name and every alias: used to merge actors across articles. */
  aliasKeys: string[];
  roles: CardRole[];
  note: string;
  summary: CardSummary | null;
  /** Reference-data key (ISO 3166-1 alpha-3 for countries) or a Wikipedia title. */
  kb: string | null;
  createdAt: number;
  updatedAt: number;
}

export type CorrectionKind = 'notActor' | 'type' | 'merge' | 'rename' | 'claimSource';

/** One user correction. `getCorrections` folds them, in id order, into `Corrections` for `analyze`. */
export type CorrectionRecord =
  | { id?: number; kind: 'notActor'; name: string; at: number }
  | { id?: number; kind: 'type'; name: string; type: ActorType; at: number }
  | { id?: number; kind: 'merge'; name: string; names: string[]; at: number }
  | { id?: number; kind: 'rename'; name: string; to: string; at: number }
  /** "Fix the source" of one claim (by its text) in one article (by URL); `source` is an actor name or null (unnamed). */
  | { id?: number; kind: 'claimSource'; name: string; url: string; source: string | null; at: number };

/** One actor as the reading history remembers it (see lib/memory/record.ts). */
export interface HistoryActor {
  /** `${type}:${normalized name}` (the same shape as a card key). */
  key: string;
  name: string;
  type: ActorType;
  /** Name mentions in the article (bylines, photo credits and datelines not counted). */
  mentions: number;
  /** Roles seen next to the name in this article (honorifics such as "Mr." are not roles). */
  roles: string[];
  /** Other names of this actor in the article that may join it to the same actor elsewhere (no metonyms). */
  aliases: string[];
  kb?: string;
}

/**
 * A compact record of one analysed article (saved or not), kept for `historyDays` (v5). No article text: only what
 * the memory features read. Its claims are rows of `historyClaims`.
 */
export interface HistoryRecord {
  id?: number;
  /** Normalized URL; unique (reading a page again updates its record). */
  url: string;
  /** Lower-case host without "www.". */
  host: string;
  title: string;
  /** Display name of the site, or the host. */
  site: string;
  /** When the article was (last) read, epoch ms. */
  readAt: number;
  /** `published` as epoch ms, 0 when unknown. */
  publishedAt: number;
  actors: HistoryActor[];
  /** The actors' keys (multiEntry index: the articles of an actor). */
  actorKeys: string[];
  /** Number of claims, and of claims from anonymous sources. */
  claims: number;
  anonymous: number;
}

/** One claim of a remembered article (v5). */
export interface HistoryClaimRecord {
  id?: number;
  historyId: number;
  /** The claim's words, at most MAX_CLAIM_CHARS (lib/memory/record.ts). */
  text: string;
  kind: ClaimKind;
  /** The source as written or as its actor's name; null when none was found. */
  source: string | null;
  /** The source actor's key, when the source is a named actor. */
  sourceKey: string | null;
  anonymous: Flag;
  /** Keys of the actors named inside the claim (what was said about them). */
  aboutKeys: string[];
  /**
   * The claim index's keys (v7, multiEntry): one number per word shingle (lib/memory/claim-index.ts). Set by the
   * table's creating hook (lib/store/history-seen.ts), never taken from a caller or a file.
   */
  prints?: number[];
}

export type { NameEntry as HistoryNameRecord } from '../memory/identity';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type { Corrections };

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Sort key of a title (used by saveArticle and by the v2 upgrade; if it ever changes, freeze a copy for v2). */
export function sortTitleOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** Epoch ms of a published date string, 0 when unknown (used by saveArticle and by the v2 upgrade). */
export function publishedAtOf(published: string | null | undefined): number {
  const t = published ? Date.parse(published) : NaN;
  return Number.isFinite(t) ? t : 0;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [archived+savedAt]: the library list (newest first, archived or not) without sorting in memory.
      // host, tags, words, actorKeys: the site/tag filters, word search and actor filter.
      articles: '++id, &url, savedAt, [archived+savedAt], host, *tags, *words, *actorKeys',
      // aliasKeys: merge an actor into an existing card by any of its names; kb: merge by reference key.
      cards: '++id, &key, *aliasKeys, kb',
      corrections: '++id, kind',
      settings: '&key',
    },
  },
  {
    // Sorting the library by title or by published date read every record (text and analysis included) to sort in
    // memory; these indexes give the order directly, a page at a time.
    version: 2,
    stores: {
      articles: '++id, &url, savedAt, [archived+savedAt], [archived+sortTitle], [archived+publishedAt], host, *tags, *words, *actorKeys',
    },
    upgrade: async (tx) => {
      await tx
        .table('articles')
        .toCollection()
        .modify((a: { title?: string; published?: string | null; sortTitle?: string; publishedAt?: number }) => {
          a.sortTitle = sortTitleOf(a.title ?? '');
          a.publishedAt = publishedAtOf(a.published);
        });
    },
  },
  {
    // The site filter read every id of its host, then the order index, to show a page; this index gives one site's
    // articles in saved order directly (no data change: the fields exist since v1, IndexedDB fills a new index).
    version: 3,
    stores: {
      articles:
        '++id, &url, savedAt, [archived+savedAt], [archived+sortTitle], [archived+publishedAt], [archived+host+savedAt], host, *tags, *words, *actorKeys',
    },
  },
  {
    // contentHtml (the readable HTML, up to 20 MB per article) was stored by versions 1-3 and never shown: the reader
    // view paints the analysed text. It goes from every record (no index changes).
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('articles')
        .toCollection()
        .modify((a: { contentHtml?: string }) => {
          delete a.contentHtml;
        });
    },
  },
  {
    // The reading history (issue 15): a compact record of every analysed article, saved or not, and its claims.
    // url: one record per page; host: the outlet profile and "forget this site"; readAt: retention; actorKeys: an
    // actor's articles. historyClaims: historyId (forgetting), sourceKey (what an actor said), aboutKeys (what was said
    // about them). New tables only: nothing to upgrade.
    version: 5,
    stores: {
      history: '++id, &url, host, readAt, *actorKeys',
      historyClaims: '++id, historyId, sourceKey, *aboutKeys',
      // The names the history knows (lib/memory/identity.ts): one row per actor key, looked up by alias, surname and
      // reference key to join the same actor across articles. Rebuilt for a key when its articles are forgotten.
      historyNames: '&key, *aliasKeys, surname, kb',
    },
  },
  {
    // Aggregates of the reading history kept at write time (lib/store/history-aggregates.ts): the actor page read every
    // record and claim of an actor (seconds for a frequent one at 10,000 articles), the outlet profile every record and
    // claim of a host. One row per actor key and week, and per host and month; `key`/`host` find an actor's or an
    // outlet's rows. The upgrade builds them from the history (buildAggregates is also the bulk path; if it ever
    // changes, freeze a copy here for v6).
    version: 6,
    stores: {
      historyActorWeeks: '[key+week], key',
      historyOutletMonths: '[host+month], host',
    },
    upgrade: async (tx) => {
      const [records, claims] = await Promise.all([tx.table('history').toArray(), tx.table('historyClaims').toArray()]);
      const { actorWeeks, outletMonths } = buildAggregates(records, claims);
      await tx.table('historyActorWeeks').bulkPut(actorWeeks);
      await tx.table('historyOutletMonths').bulkPut(outletMonths);
    },
  },
  {
    // "Seen before?" (issue 15): the claim index persisted with the claims. prints: one number per word shingle of the
    // claim (multiEntry), so the index is written, forgotten, expired, wiped and imported with its row and needs no
    // building when the background starts. The upgrade fills it from the claims already remembered. If the print
    // function (lib/memory/claim-index.ts) ever changes, add a version that recomputes every row's prints.
    version: 7,
    stores: {
      historyClaims: '++id, historyId, sourceKey, *aboutKeys, *prints',
    },
    upgrade: async (tx) => {
      await tx
        .table('historyClaims')
        .toCollection()
        .modify((c: { text?: unknown; prints?: number[] }) => {
          c.prints = claimPrints(typeof c.text === 'string' ? c.text : '');
        });
    },
  },
  {
    // The actor page's "Seen with" (issue 15) read the actor's newest 100 records and counted co-actors over those
    // only (467 ms for the most frequent actor at 10,000 articles in Chromium). historyCoActorWeeks
    // (lib/store/history-coactors.ts): per actor key and week, the other actors of those articles, kept with the other
    // aggregates, so co-actors are counted over all the actor's articles from a few rows. The upgrade builds them from
    // the records (a frozen copy of the fold: upgrade-v8.ts).
    version: 8,
    stores: {
      historyCoActorWeeks: '[key+week], key',
    },
    upgrade: upgradeV8,
  },
  {
    // "Seen before?" (issue 15) read one IndexedDB index range per word shingle of a page's claims (several hundred
    // requests, 336 ms for 20 claims at 10,000 articles in Chromium). The background now keeps the claim index in memory
    // (lib/memory/resident-claim-index.ts), loaded from a snapshot: historySeenIndex holds it ('meta': which claims it
    // covers, 'data': its typed arrays as ArrayBuffers), historySeenLog the claims forgotten or put back since, in order
    // (lib/store/history-seen-index.ts). New, empty tables and no data change: the first snapshot is built from the
    // claims by the background the first time "seen before?" is asked, and the per-shingle index serves meanwhile.
    version: 9,
    stores: {
      historySeenIndex: '&key',
      historySeenLog: '++seq',
    },
  },
  {
    // The actor page's "Seen with" merged the co-actor week rows of the actor's keys when read (37 ms of the most
    // frequent actor's 108 at 10,000 articles in Chromium). historyCoActorTotals (lib/store/history-coactors.ts): the
    // same per actor key over its weeks before `upto`, kept with the other aggregates; the later week rows are marked
    // open and read beside it, so the page reads a row or two per key and a write its open row. The upgrade merges the
    // week rows of v8 but each key's latest (not the records: upgrade-v10.ts, frozen; 5.8 s at 10,000 articles in
    // Chromium).
    version: 10,
    stores: {
      historyCoActorTotals: 'key',
    },
    upgrade: upgradeV10,
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

import Dexie from 'dexie';
import type { Analysis } from '../nlp/types';
import { loadCorrectionIndex, releaseArticleCards, restoreArticleCards, upsertCards } from './cards';
import { applyClaimSourceFixes, claimSourceFixes } from './claim-source-fixes';
import type { DramatisDB } from './db';
import { withQuota } from './errors';
import { articleUrl } from './canonical-url';
import { hostOf, normalizeUrl } from './normalize-url';
import { publishedAtOf, sortTitleOf, type ArticleCounts, type ArticleRecord, type CardRecord, type Flag } from './schema';
import { indexWords, queryWords } from './words';

export interface SaveArticleInput {
  /** The page's URL. */
  url: string;
  /** `<link rel="canonical">` when present: preferred over `url`. */
  canonicalUrl?: string | null;
  title: string;
  byline?: string | null;
  site?: string | null;
  published?: string | null;
  excerpt?: string | null;
  text: string;
  analysis?: Analysis | null;
  tags?: string[];
  /** Defaults to now. */
  savedAt?: number;
}

export interface SaveArticleResult {
  id: number;
  /** False when the URL was already saved and the record was updated. */
  created: boolean;
  /** True when the saved text was kept because this save's text was much shorter (SHORTER_TEXT_RULE). */
  keptLonger: boolean;
  article: ArticleRecord;
}

/**
 * Saving a URL again replaces its text, unless the new text is much shorter: then the saved text, title and analysis
 * stay, and the row says so (`keptLonger`). Data with a reason.
 */
export const SHORTER_TEXT_RULE = {
  /** The new text is "much shorter" below this share of the saved text's length... */
  maxShare: 0.6,
  /** ...and only when the saved text is at least this long (a title-only Pocket import is always replaced). */
  minSavedLength: 400,
  reason:
    'A later copy of the same page is often a paywall teaser, a consent wall or a truncated AMP page: replacing the full text saved earlier would lose what the user saved. An edit or a correction changes the length far less.',
};

export function isMuchShorter(saved: string, incoming: string): boolean {
  return saved.length >= SHORTER_TEXT_RULE.minSavedLength && incoming.length < saved.length * SHORTER_TEXT_RULE.maxShare;
}

/** "Relies on anonymous sources": at least one anonymous claim and at least this share of the claims. */
export const ANONYMOUS_RULE = {
  minShare: 0.25,
  reason: 'A quarter or more of the attributed claims rest on unnamed sources: worth a reader\'s caution, not a verdict.',
};

export function countsOf(analysis: Analysis | null | undefined): ArticleCounts {
  if (!analysis) return { actors: 0, claims: 0, anonymous: 0 };
  const anonymous = analysis.profile?.anonymous ?? analysis.claims.filter((c) => c.source?.anonymous).length;
  return { actors: analysis.actors.length, claims: analysis.claims.length, anonymous };
}

export function anonymityOf(counts: ArticleCounts): { anonymousShare: number; reliesOnAnonymous: Flag } {
  const anonymousShare = counts.claims > 0 ? counts.anonymous / counts.claims : 0;
  return { anonymousShare, reliesOnAnonymous: counts.anonymous > 0 && anonymousShare >= ANONYMOUS_RULE.minShare ? 1 : 0 };
}

export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];
}

/** The word index of an article: title, text and actor names and aliases. */
export function articleWords(a: { title: string; text: string; analysis: Analysis | null }): string[] {
  const names = (a.analysis?.actors ?? []).flatMap((x) => [x.name, ...(x.aliases ?? [])]);
  return indexWords(a.title, a.text, names.join(' '));
}

/**
 * Saves (or, for an already saved normalized URL, updates) an article and updates the card of every actor in it,
 * all in one transaction: a failure (e.g. a full quota, surfaced as QuotaError) leaves nothing half-saved.
 * Re-saving keeps the id, the first savedAt, read/archived state, and merges tags.
 */
export async function saveArticle(db: DramatisDB, input: SaveArticleInput): Promise<SaveArticleResult> {
  const url = articleUrl(input.url, input.canonicalUrl);
  const now = Date.now();
  return withQuota(() =>
    db.transaction('rw', db.articles, db.cards, db.corrections, async () => {
      const fixes = input.analysis ? await claimSourceFixes(db, url) : [];
      const analysis = input.analysis ? applyClaimSourceFixes(input.analysis, fixes) : null;
      const counts = countsOf(analysis);
      const existing = await db.articles.where('url').equals(url).first();
      if (existing && isMuchShorter(existing.text, input.text)) {
        // Keep the longer text with its title, analysis and cards; what this save adds (tags) still counts.
        const kept: ArticleRecord = {
          ...existing,
          tags: normalizeTags([...existing.tags, ...(input.tags ?? [])]),
          updatedAt: now,
          keptLonger: { at: now, shorterLength: input.text.length, keptLength: existing.text.length },
        };
        await db.articles.put(kept);
        return { id: existing.id!, created: false, keptLonger: true, article: kept };
      }
      const host = hostOf(url);
      const record: ArticleRecord = {
        url,
        host,
        title: input.title.trim() || url,
        byline: input.byline?.trim() || null,
        site: input.site?.trim() || host,
        published: input.published?.trim() || null,
        excerpt: input.excerpt?.trim() ?? '',
        text: input.text,
        analysis,
        counts,
        ...anonymityOf(counts),
        savedAt: existing?.savedAt ?? input.savedAt ?? now,
        updatedAt: now,
        read: existing?.read ?? 0,
        readAt: existing?.readAt ?? null,
        archived: existing?.archived ?? 0,
        tags: normalizeTags([...(existing?.tags ?? []), ...(input.tags ?? [])]),
        sortTitle: '',
        publishedAt: 0,
        words: [],
        actorKeys: [],
        actorCards: {},
        keptLonger: null,
      };
      record.sortTitle = sortTitleOf(record.title);
      record.publishedAt = publishedAtOf(record.published);
      record.words = articleWords(record);
      if (existing) record.id = existing.id;
      const id = await db.articles.put(record);
      record.id = id;
      const corrections = await loadCorrectionIndex(db);
      record.actorCards = await upsertCards(db, analysis?.actors ?? [], { id, savedAt: record.savedAt }, corrections, now);
      record.actorKeys = [...new Set(Object.values(record.actorCards))];
      await db.articles.update(id, { actorKeys: record.actorKeys, actorCards: record.actorCards });
      return { id, created: !existing, keptLonger: false, article: record };
    }),
  );
}

export type ArticleSort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'title';

export interface ArticleFilter {
  unread?: boolean;
  tag?: string;
  /** A host ("reuters.com"). */
  site?: string;
  /** A card key ("person:mike pompeo"). */
  actor?: string;
  /** Only articles that rely on anonymous sources. */
  anonymous?: boolean;
}

export interface ListOptions {
  sort?: ArticleSort;
  filter?: ArticleFilter;
  /** false (default): the reading list; true: the archive; 'all': both. */
  archived?: boolean | 'all';
  offset?: number;
  limit?: number;
}

function matches(a: ArticleRecord, f: ArticleFilter, archived: boolean | 'all'): boolean {
  if (archived !== 'all' && a.archived !== (archived ? 1 : 0)) return false;
  if (f.unread && a.read) return false;
  if (f.anonymous && !a.reliesOnAnonymous) return false;
  if (f.tag && !a.tags.includes(f.tag.trim().toLowerCase())) return false;
  if (f.site && a.host !== f.site.toLowerCase().replace(/^www\./, '')) return false;
  if (f.actor && !a.actorKeys.includes(f.actor)) return false;
  return true;
}

function compare(sort: ArticleSort): (a: ArticleRecord, b: ArticleRecord) => number {
  switch (sort) {
    case 'saved-asc':
      return (a, b) => a.savedAt - b.savedAt || a.id! - b.id!;
    case 'published-desc':
      return (a, b) => b.publishedAt - a.publishedAt || b.id! - a.id!;
    case 'title':
      return (a, b) => (a.sortTitle < b.sortTitle ? -1 : a.sortTitle > b.sortTitle ? 1 : a.id! - b.id!);
    default:
      return (a, b) => b.savedAt - a.savedAt || b.id! - a.id!;
  }
}

type OrderIndex = 'savedAt' | 'sortTitle' | 'publishedAt';

const SORTS: Record<ArticleSort, { index: OrderIndex; descending: boolean }> = {
  'saved-desc': { index: 'savedAt', descending: true },
  'saved-asc': { index: 'savedAt', descending: false },
  'published-desc': { index: 'publishedAt', descending: true },
  title: { index: 'sortTitle', descending: false },
};

/** The articles of one archived state in index order (ascending). `all` only for savedAt (it has its own index). */
function ordered(db: DramatisDB, index: OrderIndex, archived: boolean | 'all') {
  if (archived === 'all') return db.articles.orderBy(index === 'savedAt' ? 'savedAt' : ':id');
  const a = archived ? 1 : 0;
  return db.articles.where(`[archived+${index}]`).between([a, Dexie.minKey], [a, Dexie.maxKey]);
}

/** Records read in index order, first, for a filtered page (enough for a page of an actor, tag or word in 1 of 4). */
export function probeSize(wanted: number): number {
  return Math.max(200, wanted * 4);
}

/** At most this many matching ids are read as records and sorted in memory; more are paged through the order index. */
export function smallSetSize(wanted: number): number {
  return Math.max(200, wanted * 4);
}

/**
 * A filtered page read straight from the order index: the first `probeSize` records in order, filtered by value.
 * Returns null when they do not hold the page (a rare filter), so the caller looks the filter up in its own index.
 * A common filter (an actor in many articles) then never reads its whole index entry, only the page.
 */
async function probeInOrder(
  db: DramatisDB,
  keep: (a: ArticleRecord) => boolean,
  archived: boolean | 'all',
  sort: ArticleSort,
  offset: number,
  limit: number,
): Promise<ArticleRecord[] | null> {
  const { index, descending } = SORTS[sort];
  const wanted = offset + limit;
  const probe = probeSize(wanted);
  let coll = ordered(db, index, archived);
  if (descending) coll = coll.reverse();
  const rows = await coll.limit(probe).toArray();
  const kept = rows.filter(keep);
  // Fewer rows than asked for: the whole range was read, so `kept` is complete.
  if (kept.length >= wanted || rows.length < probe) return kept.slice(offset, wanted);
  return null;
}

/**
 * A page of the articles whose ids are in `ids`, in the sort order. A small set (or no limit) is read and sorted in
 * memory; a large set with a limit takes its order from the index as keys only, and reads only the page's records
 * (plus those dropped by value filters).
 */
async function pageOfIds(
  db: DramatisDB,
  ids: Set<number>,
  keep: (a: ArticleRecord) => boolean,
  archived: boolean | 'all',
  sort: ArticleSort,
  offset: number,
  limit: number | undefined,
): Promise<ArticleRecord[]> {
  if (limit === undefined || ids.size <= smallSetSize(offset + limit)) {
    const all = [...ids];
    const rows: ArticleRecord[] = [];
    for (let i = 0; i < all.length; i += 1000) {
      for (const a of await db.articles.bulkGet(all.slice(i, i + 1000))) if (a && keep(a)) rows.push(a);
    }
    rows.sort(compare(sort));
    return rows.slice(offset, limit === undefined ? undefined : offset + limit);
  }
  const { index, descending } = SORTS[sort];
  const wanted = offset + limit;
  // Keys in order, a growing prefix at a time (re-read from the start: at most twice the keys finally needed).
  for (let size = Math.max(200, wanted * 8); ; size *= 2) {
    let coll = ordered(db, index, archived);
    if (descending) coll = coll.reverse();
    const keys = (await coll.limit(size).primaryKeys()) as number[];
    const complete = keys.length < size;
    const candidates = keys.filter((id) => ids.has(id));
    if (candidates.length < wanted && !complete) continue;
    const out: ArticleRecord[] = [];
    const chunk = Math.max(50, wanted * 2);
    for (let i = 0; i < candidates.length; i += chunk) {
      for (const a of await db.articles.bulkGet(candidates.slice(i, i + chunk))) {
        if (a && keep(a)) out.push(a);
        if (out.length >= wanted) return out.slice(offset);
      }
    }
    // Value filters dropped some: read further (or stop when every key has been read).
    if (complete) return out.slice(offset);
  }
}

/**
 * The reading list. Without tag/site/actor filters, records are read in order from the [archived+savedAt],
 * [archived+sortTitle] or [archived+publishedAt] index, so the first page of 10,000 articles never loads the others.
 * A tag, site or actor filter with a limit first reads a few records in order (enough when the filter is common);
 * otherwise it reads the matching ids from its own index (keys only), then only those records (a few: sorted in
 * memory) or only the page's records, in the order index's key order. (Title/published order over archived: 'all'
 * sorts in memory.) A site filter alone, in saved order, reads its page from [archived+host+savedAt]. In Chromium with 10,000 articles, an actor in two thirds of them: first page 121 ms -> a few ms.
 */
export async function listArticles(db: DramatisDB, options: ListOptions = {}): Promise<ArticleRecord[]> {
  const { sort = 'saved-desc', filter = {}, archived = false, offset = 0, limit } = options;
  const keep = (a: ArticleRecord) => matches(a, filter, archived);
  const indexed = archived !== 'all' || SORTS[sort].index === 'savedAt';
  if (filter.site && !filter.actor && !filter.tag && archived !== 'all' && SORTS[sort].index === 'savedAt') {
    // One site in saved order straight from [archived+host+savedAt] (v3).
    const a = archived ? 1 : 0;
    const host = filter.site.toLowerCase().replace(/^www\./, '');
    let coll = db.articles.where('[archived+host+savedAt]').between([a, host, Dexie.minKey], [a, host, Dexie.maxKey]);
    if (SORTS[sort].descending) coll = coll.reverse();
    coll = coll.filter(keep).offset(offset);
    if (limit !== undefined) coll = coll.limit(limit);
    return coll.toArray();
  }
  let ids: Set<number> | null = null;
  if (filter.actor || filter.tag || filter.site) {
    if (indexed && limit !== undefined) {
      const page = await probeInOrder(db, keep, archived, sort, offset, limit);
      if (page) return page;
    }
    const where = filter.actor
      ? db.articles.where('actorKeys').equals(filter.actor)
      : filter.tag
        ? db.articles.where('tags').equals(filter.tag.trim().toLowerCase())
        : db.articles.where('host').equals(filter.site!.toLowerCase().replace(/^www\./, ''));
    ids = new Set((await where.primaryKeys()) as number[]);
    if (ids.size === 0) return [];
  }
  if (indexed && ids) return pageOfIds(db, ids, keep, archived, sort, offset, limit);
  if (indexed) {
    let coll = ordered(db, SORTS[sort].index, archived);
    if (SORTS[sort].descending) coll = coll.reverse();
    // With no value filter the index range already holds exactly the rows (one archived state, or all): no filter
    // function, so Dexie reads the page with one getAll instead of a cursor stepping record by record (Chromium,
    // 10,000 articles: the library's first page of 100 in ~4 ms instead of 9-18 ms).
    if (filter.unread || filter.anonymous) coll = coll.filter(keep);
    coll = coll.offset(offset);
    if (limit !== undefined) coll = coll.limit(limit);
    return coll.toArray();
  }
  const rows = ids
    ? ((await db.articles.bulkGet([...ids])).filter((a) => a && keep(a)) as ArticleRecord[])
    : await db.articles.filter(keep).toArray();
  rows.sort(compare(sort));
  return rows.slice(offset, limit === undefined ? undefined : offset + limit);
}

/**
 * Full-text search through the word index: every query word must match (AND), the last one as a prefix.
 * Results newest first, read page by page (`offset`/`limit`): like listArticles' filters, a page first looks at the
 * newest records (a common word), then at the word index (a rare one). `filter` narrows the results like
 * listArticles' filters (the library searches within its filters). An empty query returns [].
 */
export async function searchArticles(
  db: DramatisDB,
  query: string,
  options: { archived?: boolean | 'all'; offset?: number; limit?: number; filter?: ArticleFilter } = {},
): Promise<ArticleRecord[]> {
  const { archived = 'all', offset = 0, limit, filter = {} } = options;
  const { exact, prefix } = queryWords(query);
  if (exact.length === 0 && !prefix) return [];
  const keep = (a: ArticleRecord) =>
    matches(a, filter, archived) && exact.every((w) => a.words.includes(w)) && (!prefix || a.words.some((w) => w.startsWith(prefix)));
  if (limit !== undefined) {
    const page = await probeInOrder(db, keep, archived, 'saved-desc', offset, limit);
    if (page) return page;
  }
  let ids = null as Set<number> | null;
  const intersect = (found: Set<number>): Set<number> => (ids ? new Set([...ids].filter((id) => found.has(id))) : found);
  for (const word of exact) {
    ids = intersect(new Set<number>(await db.articles.where('words').equals(word).primaryKeys()));
    if (ids.size === 0) return [];
  }
  if (prefix) ids = intersect(new Set<number>(await db.articles.where('words').startsWith(prefix).primaryKeys()));
  if (!ids || ids.size === 0) return [];
  return pageOfIds(db, ids, keep, archived, 'saved-desc', offset, limit);
}

/**
 * The distinct sites (hosts) of the saved articles, sorted, for the library's site filter: a skip scan of the host
 * index, one key read per site, instead of `orderBy('host').uniqueKeys()`, which reads every article's key (Chromium,
 * 10,000 articles on 37 sites: ~20 ms instead of ~45 ms).
 */
export async function listSites(db: DramatisDB): Promise<string[]> {
  return db.transaction('r', db.articles, async () => {
    const out: string[] = [];
    let key = await db.articles.orderBy('host').firstKey();
    while (key !== undefined) {
      out.push(String(key));
      key = (await db.articles.where('host').above(key).limit(1).keys())[0];
    }
    return out;
  });
}

export async function getArticle(db: DramatisDB, id: number): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

export async function getArticleByUrl(db: DramatisDB, url: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('url').equals(normalizeUrl(url)).first();
}

async function mustUpdate(db: DramatisDB, id: number, changes: Partial<ArticleRecord>): Promise<void> {
  const n = await withQuota(() => db.articles.update(id, changes as any));
  if (n === 0 && !(await db.articles.get(id))) throw new Error(`No article with id ${id}`);
}

export async function setRead(db: DramatisDB, id: number, read = true): Promise<void> {
  await mustUpdate(db, id, { read: read ? 1 : 0, readAt: read ? Date.now() : null });
}

export async function setTags(db: DramatisDB, id: number, tags: string[]): Promise<void> {
  await mustUpdate(db, id, { tags: normalizeTags(tags) });
}

export async function archive(db: DramatisDB, id: number, archived = true): Promise<void> {
  await mustUpdate(db, id, { archived: archived ? 1 : 0 });
}

/** What `deleteArticle` removed: keep it to offer "Undo" (`restoreArticle`). */
export interface DeletedArticle {
  article: ArticleRecord;
  deletedAt: number;
  /** The cards the article appeared on, as they were before the delete (their roles from it removed, or the card gone). */
  cards?: CardRecord[];
}

/**
 * Deletes an article for good, in one transaction with its cards: its roles leave the cards it appears on, and a card
 * left with no saved article is deleted unless the user gave it something (see CARD_KEEP_RULES in cards.ts).
 * The library's "Undo" (`restoreArticle`) puts everything back. Done at once rather than when the undo snackbar goes
 * away, so closing the page during the undo window leaves no stale card behind.
 */
export async function deleteArticle(db: DramatisDB, id: number): Promise<DeletedArticle | null> {
  return withQuota(() =>
    db.transaction('rw', db.articles, db.cards, db.corrections, async () => {
      const article = await db.articles.get(id);
      if (!article) return null;
      await db.articles.delete(id);
      const cards = await releaseArticleCards(db, article);
      return { article, deletedAt: Date.now(), cards };
    }),
  );
}

/**
 * Undo of `deleteArticle`: puts the article back with its id and its roles and cards back (unless its URL was saved
 * again meanwhile: that save made its own cards and roles), in one transaction. The result is the state the changes
 * made in the undo window would have given had the article not been deleted (a card renamed meanwhile is not
 * recreated under its old name; the article follows it).
 */
export async function restoreArticle(db: DramatisDB, deleted: DeletedArticle): Promise<number> {
  return withQuota(() =>
    db.transaction('rw', db.articles, db.cards, async () => {
      const again = await db.articles.where('url').equals(deleted.article.url).first();
      if (again) return again.id!;
      const moves = await restoreArticleCards(db, deleted.article.id!, deleted.cards ?? []);
      const article: ArticleRecord = { ...deleted.article };
      if (moves.size) {
        // Its cards were renamed, retyped or merged meanwhile: the article points where they went.
        const to = (k: string) => moves.get(k)?.key ?? k;
        article.actorKeys = [...new Set(article.actorKeys.map(to))];
        article.actorCards = Object.fromEntries(Object.entries(article.actorCards ?? {}).map(([id, k]) => [id, to(k)]));
        article.words = [...new Set([...article.words, ...[...moves.values()].flatMap((m) => m.words)])];
      }
      return db.articles.put(article);
    }),
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { articleRowOf, type ArticleId, type ArticleRowData } from '@/components/article-row';
import { LibraryTabs } from '@/components/memory/library-tabs';
import { ReadingList } from '@/components/reading-list';
import { searchSnippet } from '@/components/search-snippet';
import { filtersActive, NO_FILTERS, type ReadingListFilters, type ReadingListSort } from '@/components/reading-list-view';
import {
  archive,
  deleteArticle,
  listArticles,
  listSites,
  restoreArticle,
  searchArticles,
  setRead,
  setTags,
  type ArticleSort,
  type DeletedArticle,
} from '@/lib/store/articles';
import { listCards } from '@/lib/store/cards';
import { ensurePersistentStorage } from '@/lib/store/persist';
import type { ArticleRecord } from '@/lib/store/schema';
import { db } from './db';

const PAGE_SIZE = 100;

const STORE_SORT: Partial<Record<ReadingListSort, ArticleSort>> = { newest: 'saved-desc', oldest: 'saved-asc', title: 'title' };

/**
 * Benchmark seam (read-only, like the popup's `?tab=`), in test builds only (`wxt build --mode e2e`; a production
 * build drops it): `library.html?source=scan` loads the plain reading list (no search, no filter, newest first) by a
 * NAIVE full scan (every record read, then filtered, sorted and cut to the page in memory) instead of the store's
 * index, so scripts/bench/store.ts can time this same page, components and navigation with only the list's data source
 * changed. Searches, filters and other sorts still use the store.
 */
const NAIVE_SCAN = import.meta.env.MODE === 'e2e' && new URLSearchParams(location.search).get('source') === 'scan';

async function naiveFirstPage(limit: number): Promise<ArticleRecord[]> {
  const all = await db.articles.toArray();
  return all
    .filter((a) => !a.archived)
    .sort((a, b) => b.savedAt - a.savedAt || b.id! - a.id!)
    .slice(0, limit);
}

/**
 * Performance marks for the store bench: `dramatis:list-mount` when the list page first renders (its data loads
 * start), `dramatis:list-rows` when its first rows are in the DOM (once per page load).
 */
export const MARK_MOUNT = 'dramatis:list-mount';
export const MARK_ROWS = 'dramatis:list-rows';

interface RowsQuery {
  query: string;
  filters: ReadingListFilters;
  sort: ReadingListSort;
  /** The card key of filters.actor. */
  actor: string | undefined;
  limit: number;
}

/** The list's rows for a search, filters, sort and page size (the naive scan only for the bench seam's plain list). */
async function loadRows({ query, filters, sort, actor, limit }: RowsQuery): Promise<ArticleRowData[]> {
  const archived = filters.archived ? 'all' : false;
  const filter = { unread: filters.unread, tag: filters.tag || undefined, site: filters.site || undefined, anonymous: filters.anonymous, actor };
  let list: ArticleRecord[];
  // One page at a time: the store reads only what the page shows (10,000 saved articles render as fast as 100).
  // The site and anonymous sorts have no index: they sort everything in memory, then show the page.
  const storeSort = STORE_SORT[sort];
  const pageLimit = storeSort ? limit : undefined;
  if (NAIVE_SCAN && !query.trim() && !filtersActive(filters) && sort === 'newest') list = await naiveFirstPage(limit);
  else if (query.trim()) list = await searchArticles(db, query, { archived, filter, limit: pageLimit });
  else list = await listArticles(db, { sort: storeSort ?? 'saved-desc', filter, archived, limit: pageLimit });
  if (sort === 'site') list = [...list].sort((a, b) => a.site.localeCompare(b.site) || b.savedAt - a.savedAt);
  if (sort === 'anonymous') list = [...list].sort((a, b) => b.counts.anonymous - a.counts.anonymous || b.savedAt - a.savedAt);
  const rowOf = (a: ArticleRecord): ArticleRowData => {
    const row = articleRowOf(a);
    // A search shows where it matched in the text, the matched words marked (as text, never HTML).
    const snippet = query.trim() && typeof a.text === 'string' ? searchSnippet(a.text, query) : null;
    return snippet ? { ...row, snippet } : row;
  };
  return list.slice(0, limit).map(rowOf);
}

/** The reading list: an extension page over the Dexie database, live-updated when anything is saved. */
export function ListPage() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ReadingListFilters>(NO_FILTERS);
  const [sort, setSort] = useState<ReadingListSort>('newest');
  const [error, setError] = useState<string | undefined>();
  const deleted = useRef(new Map<ArticleId, DeletedArticle>());
  const [limit, setLimit] = useState(PAGE_SIZE);
  useState(() => performance.getEntriesByName(MARK_MOUNT).length === 0 && performance.mark(MARK_MOUNT));
  // A new search, filter or sort starts again from the first page.
  useEffect(() => setLimit(PAGE_SIZE), [query, filters, sort]);

  // Persistent storage is asked for once there is something to keep: the first time the library shows a saved article
  // (the service worker that saves cannot ask: persist() exists only in documents). Options shows the answer.
  const askedPersist = useRef(false);

  // The header data (total count, tag, site and actor choices) is read only once the first page of the list has
  // arrived: IndexedDB serves concurrent reads one after another, so loading both at once made the rows wait behind
  // the facets (10,000 articles in Chromium: first page ~165 ms with the facets beside it, 15-40 ms alone). The rows are
  // shown at once; the count and the filter choices fill in a moment later (see ReadingList's `facetsPending`).
  const [facetsWanted, setFacetsWanted] = useState(false);
  const facets = useLiveQuery(async () => {
    if (!facetsWanted) return undefined;
    const [total, tags, sites, cards] = await Promise.all([
      db.articles.count(),
      db.articles.orderBy('tags').uniqueKeys(),
      listSites(db),
      listCards(db),
    ]);
    // The actor filter offers every card by name (sorted); the store filters by card key.
    const actorKeys = new Map(cards.map((c) => [c.name, c.key]));
    return { total, tags: tags.map(String), sites: sites.map(String), actorKeys, actorNames: [...actorKeys.keys()].sort((a, b) => a.localeCompare(b)) };
  }, [facetsWanted]);

  // The actor filter needs the card key of the chosen name (from the facets); without it the list does not wait for them.
  const actor = filters.actor ? facets?.actorKeys.get(filters.actor) : undefined;
  const rows = useLiveQuery(async () => {
    try {
      const list = await loadRows({ query, filters, sort, actor, limit });
      setError(undefined);
      return list;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return [];
    }
  }, [query, filters, sort, actor, limit]);

  useEffect(() => {
    if (rows !== undefined) setFacetsWanted(true);
    if (rows?.length && !askedPersist.current) {
      askedPersist.current = true;
      void ensurePersistentStorage();
    }
  }, [rows]);

  const shown = rows !== undefined && rows.length > 0;
  useLayoutEffect(() => {
    if (shown && performance.getEntriesByName(MARK_ROWS).length === 0) performance.mark(MARK_ROWS);
  }, [shown]);

  // Stable handlers, so the memoized rows do not re-render when the facets or other page state change.
  const handlers = useMemo(() => {
    const act = (work: Promise<unknown>) => void work.catch((e) => setError(e instanceof Error ? e.message : String(e)));
    return {
      onSetTags: (id: ArticleId, tags: string[]) => act(setTags(db, Number(id), tags)),
      onOpen: (id: ArticleId) => {
        location.hash = `#/article/${id}`;
        act(setRead(db, Number(id), true));
      },
      onToggleRead: (id: ArticleId, read: boolean) => act(setRead(db, Number(id), read)),
      onArchive: (id: ArticleId, archived: boolean) => act(archive(db, Number(id), archived)),
      onDelete: (id: ArticleId) =>
        act(
          deleteArticle(db, Number(id)).then((d) => {
            if (d) deleted.current.set(id, d);
          }),
        ),
      onUndo: (id: ArticleId) => {
        const d = deleted.current.get(id);
        if (d) act(restoreArticle(db, d).then(() => deleted.current.delete(id)));
      },
    };
  }, []);
  const onRetry = useCallback(() => setError(undefined), []);

  return (
    <main className="dr dr-library">
      <LibraryTabs current="saved" />
      <ReadingList
        articles={rows ?? []}
        // Until the facets arrive the total is unknown: the rows show (at least that many articles are saved); an
        // empty page waits for the count to tell "nothing saved" from "nothing matches".
        totalCount={facets?.total ?? rows?.length ?? 0}
        facetsPending={facets === undefined}
        loading={rows === undefined || (rows.length === 0 && facets === undefined)}
        error={error}
        onRetry={onRetry}
        onSearch={setQuery}
        filters={filters}
        onFiltersChange={setFilters}
        sort={sort}
        onSortChange={setSort}
        tags={facets?.tags ?? []}
        sites={facets?.sites ?? []}
        actorNames={facets?.actorNames ?? []}
        {...handlers}
      />
      {rows && rows.length >= limit ? (
        <p className="dr-library__more">
          <button type="button" className="dr-btn" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            Show more
          </button>
        </p>
      ) : null}
    </main>
  );
}

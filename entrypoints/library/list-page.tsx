import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { ArticleId, ArticleRowData } from '@/components/article-row';
import { ReadingList } from '@/components/reading-list';
import { NO_FILTERS, type ReadingListFilters, type ReadingListSort } from '@/components/reading-list-view';
import {
  archive,
  deleteArticle,
  listArticles,
  restoreArticle,
  searchArticles,
  setRead,
  setTags,
  type ArticleSort,
  type DeletedArticle,
} from '@/lib/store/articles';
import { listCards } from '@/lib/store/cards';
import type { ArticleRecord } from '@/lib/store/schema';
import { db } from './db';

const STORE_SORT: Partial<Record<ReadingListSort, ArticleSort>> = { newest: 'saved-desc', oldest: 'saved-asc', title: 'title' };

function toRow(a: ArticleRecord): ArticleRowData {
  return { id: a.id!, title: a.title, url: a.url, site: a.site, savedAt: a.savedAt, read: !!a.read, tags: a.tags, counts: a.counts, archived: !!a.archived };
}

/** The reading list: an extension page over the Dexie database, live-updated when anything is saved. */
export function ListPage() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ReadingListFilters>(NO_FILTERS);
  const [sort, setSort] = useState<ReadingListSort>('newest');
  const [error, setError] = useState<string | undefined>();
  const deleted = useRef(new Map<ArticleId, DeletedArticle>());

  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false);
  }, []);

  const facets = useLiveQuery(async () => {
    const [total, tags, sites, cards] = await Promise.all([
      db.articles.count(),
      db.articles.orderBy('tags').uniqueKeys(),
      db.articles.orderBy('host').uniqueKeys(),
      listCards(db),
    ]);
    // The actor filter offers every card by name (sorted); the store filters by card key.
    const actorKeys = new Map(cards.map((c) => [c.name, c.key]));
    return { total, tags: tags.map(String), sites: sites.map(String), actorKeys };
  }, []);

  const rows = useLiveQuery(async () => {
    try {
      const archived = filters.archived ? 'all' : false;
      const actor = filters.actor ? facets?.actorKeys.get(filters.actor) : undefined;
      const filter = { unread: filters.unread, tag: filters.tag || undefined, site: filters.site || undefined, anonymous: filters.anonymous, actor };
      let list: ArticleRecord[];
      if (query.trim()) {
        const found = await searchArticles(db, query, { archived });
        list = found.filter((a) => (!filter.unread || !a.read) && (!filter.anonymous || a.reliesOnAnonymous) && (!filter.tag || a.tags.includes(filter.tag)) && (!filter.site || a.host === filter.site) && (!actor || a.actorKeys.includes(actor)));
      } else {
        list = await listArticles(db, { sort: STORE_SORT[sort] ?? 'saved-desc', filter, archived });
      }
      if (sort === 'site') list = [...list].sort((a, b) => a.site.localeCompare(b.site) || b.savedAt - a.savedAt);
      if (sort === 'anonymous') list = [...list].sort((a, b) => b.counts.anonymous - a.counts.anonymous || b.savedAt - a.savedAt);
      setError(undefined);
      return list.map(toRow);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return [];
    }
  }, [query, filters, sort, facets?.actorKeys]);


  const act = (work: Promise<unknown>) => void work.catch((e) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <main className="dr dr-library">
      <ReadingList
        articles={rows ?? []}
        totalCount={facets?.total ?? 0}
        loading={rows === undefined || facets === undefined}
        error={error}
        onRetry={() => setError(undefined)}
        onSearch={setQuery}
        filters={filters}
        onFiltersChange={setFilters}
        sort={sort}
        onSortChange={setSort}
        tags={facets?.tags ?? []}
        sites={facets?.sites ?? []}
        actorNames={[...(facets?.actorKeys.keys() ?? [])].sort((a, b) => a.localeCompare(b))}
        onSetTags={(id, tags) => act(setTags(db, Number(id), tags))}
        onOpen={(id) => {
          location.hash = `#/article/${id}`;
          act(setRead(db, Number(id), true));
        }}
        onToggleRead={(id, read) => act(setRead(db, Number(id), read))}
        onArchive={(id, archived) => act(archive(db, Number(id), archived))}
        onDelete={(id) =>
          act(
            deleteArticle(db, Number(id)).then((d) => {
              if (d) deleted.current.set(id, d);
            }),
          )
        }
        onUndo={(id) => {
          const d = deleted.current.get(id);
          if (d) act(restoreArticle(db, d).then(() => deleted.current.delete(id)));
        }}
      />
    </main>
  );
}

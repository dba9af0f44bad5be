/** Filtering and sorting of reading-list rows in memory (for small lists and tests; large libraries query the store). */
import type { ArticleRowData } from './article-row';

export type ReadingListSort = 'newest' | 'oldest' | 'title' | 'site' | 'anonymous';

export interface ReadingListFilters {
  unread: boolean;
  /** '' for any tag. */
  tag: string;
  /** '' for any site. */
  site: string;
  /** "Relies on anonymous sources". */
  anonymous: boolean;
  /** Show archived articles too. */
  archived: boolean;
  /** Only articles where this actor (name) appears; '' or absent for any. */
  actor?: string;
}

export const NO_FILTERS: ReadingListFilters = { unread: false, tag: '', site: '', anonymous: false, archived: false };

/** An article "relies on anonymous sources" when at least half of its attributed claims (and at least one) are anonymous. */
export function reliesOnAnonymous(counts: ArticleRowData['counts']): boolean {
  return counts.anonymous > 0 && counts.anonymous * 2 >= counts.claims;
}

export function filtersActive(f: ReadingListFilters): boolean {
  return f.unread || !!f.tag || !!f.site || f.anonymous || f.archived || !!f.actor;
}

/** How many filters are on (the sort is not a filter): the count on the narrow layout's "Filters" button. */
export function countActiveFilters(f: ReadingListFilters): number {
  return [f.unread, !!f.tag, !!f.site, f.anonymous, f.archived, !!f.actor].filter(Boolean).length;
}

export function applyReadingListView(
  rows: ArticleRowData[],
  { query = '', filters = NO_FILTERS, sort = 'newest' }: { query?: string; filters?: ReadingListFilters; sort?: ReadingListSort },
): ArticleRowData[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out = rows.filter(
    (r) =>
      (filters.archived || !r.archived) &&
      (!filters.unread || !r.read) &&
      (!filters.tag || r.tags.includes(filters.tag)) &&
      (!filters.site || r.site === filters.site) &&
      (!filters.anonymous || reliesOnAnonymous(r.counts)) &&
      (!filters.actor || (r.actors ?? []).some((n) => n.toLowerCase() === filters.actor!.toLowerCase())) &&
      words.every((w) => `${r.title} ${r.site} ${r.tags.join(' ')} ${(r.actors ?? []).join(' ')}`.toLowerCase().includes(w)),
  );
  const by: Record<ReadingListSort, (a: ArticleRowData, b: ArticleRowData) => number> = {
    newest: (a, b) => b.savedAt - a.savedAt,
    oldest: (a, b) => a.savedAt - b.savedAt,
    title: (a, b) => a.title.localeCompare(b.title) || b.savedAt - a.savedAt,
    site: (a, b) => a.site.localeCompare(b.site) || b.savedAt - a.savedAt,
    anonymous: (a, b) => b.counts.anonymous - a.counts.anonymous || b.savedAt - a.savedAt,
  };
  return out.sort(by[sort]);
}

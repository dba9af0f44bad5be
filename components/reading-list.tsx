import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ArticleRow, ROW_MENU, type ArticleId, type ArticleRowData } from './article-row';
import { EmptyState } from './empty-state';
import { ErrorBoundary } from './error-boundary';
import { ErrorState } from './error-state';
import { countNoun } from './format';
import { LoadingState } from './loading-state';
import { NO_FILTERS, countActiveFilters, filtersActive, type ReadingListFilters, type ReadingListSort } from './reading-list-view';

export interface ReadingListProps {
  /** The rows to show, already searched, filtered and sorted by the caller (see applyReadingListView for small lists). */
  articles: ArticleRowData[];
  /** Number of saved articles before search and filters; 0 shows the "empty reading list" message. */
  totalCount: number;
  loading?: boolean;
  /**
   * The header data (total count, tag, site and actor choices) is still loading while the rows already show: the
   * count is left out and the filter menus are disabled (the actor menu is kept in place meanwhile, so the toolbar
   * does not move when the choices arrive).
   */
  facetsPending?: boolean;
  /** Shows an error with "Try again" (onRetry). */
  error?: string;
  onRetry?: () => void;
  /** Initial text of the search box. */
  initialQuery?: string;
  /** Called with the search text, debounced (and at once on Enter). */
  onSearch: (query: string) => void;
  debounceMs?: number;
  filters: ReadingListFilters;
  onFiltersChange: (filters: ReadingListFilters) => void;
  sort: ReadingListSort;
  onSortChange: (sort: ReadingListSort) => void;
  /** Choices for the tag and site filters. */
  tags: string[];
  sites: string[];
  /** Actor names for the actor filter; the filter is hidden when absent or empty. */
  actorNames?: string[];
  /** When given, each row gets a "Tags" editor. */
  onSetTags?: (id: ArticleId, tags: string[]) => void;
  onOpen: (id: ArticleId) => void;
  onToggleRead: (id: ArticleId, read: boolean) => void;
  onArchive: (id: ArticleId, archived: boolean) => void;
  /** Delete; the list then shows an "Undo" snackbar that calls onUndo with the same id. */
  onDelete: (id: ArticleId) => void;
  onUndo: (id: ArticleId) => void;
  /** How long the Undo snackbar stays (ms). */
  undoMs?: number;
  locale?: string;
  timeZone?: string;
  /** The page heading; null when the page renders its own h1. */
  heading?: string | null;
}

const SORTS: { value: ReadingListSort; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'title', label: 'Title' },
  { value: 'site', label: 'Site' },
  { value: 'anonymous', label: 'Most anonymous claims' },
];

const FULL_WIDTH = { width: '100%' } as const;
/**
 * The tag, site and actor menus have a set width (a long choice is cut in the closed menu, shown whole when open):
 * as wide as their longest choice, they grew when the choices arrived after the rows and pushed the list down.
 */
const FACET_MENU = { width: '10em', maxWidth: '100%' } as const;

/** One filter menu (tag, site, actor): disabled and marked busy while the facets load; a fixed width so the toolbar does
 *  not shift when the choices arrive. */
function FacetMenu(props: { id: string; label: string; anyLabel: string; value: string; options: readonly string[]; pending?: boolean; onChange: (value: string) => void }) {
  const { id, label, anyLabel, value, options, pending, onChange } = props;
  return (
    <label className="dr-field" htmlFor={id}>
      {label}
      <select id={id} className="dr-select" style={FACET_MENU} disabled={pending} aria-busy={pending || undefined} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The library page body: search, filters, sort, the saved articles and an Undo snackbar after a delete. */
export function ReadingList(props: ReadingListProps) {
  const {
    articles,
    totalCount,
    loading,
    facetsPending = false,
    error,
    onRetry,
    initialQuery = '',
    onSearch,
    debounceMs = 250,
    filters,
    onFiltersChange,
    sort,
    onSortChange,
    tags,
    sites,
    actorNames = [],
    onDelete,
    onUndo,
    undoMs = 10_000,
    heading = 'Reading list',
  } = props;
  const uid = useId();
  const [query, setQuery] = useState(initialQuery);
  const lastSent = useRef(initialQuery);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });
  const [undo, setUndo] = useState<{ id: ArticleId; title: string } | null>(null);

  // Debounced search.
  useEffect(() => {
    if (query === lastSent.current) return;
    const t = setTimeout(() => {
      lastSent.current = query;
      onSearchRef.current(query);
    }, debounceMs);
    return () => clearTimeout(t);
  }, [query, debounceMs]);

  // The Undo snackbar goes away by itself.
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), undoMs);
    return () => clearTimeout(t);
  }, [undo, undoMs]);

  const set = (patch: Partial<ReadingListFilters>) => onFiltersChange({ ...filters, ...patch });
  // Stable row handlers (the rows are memoized: a new search text, facet or snackbar does not re-render them).
  const latest = useRef({ set, onDelete });
  useEffect(() => {
    latest.current = { set, onDelete };
  });
  // After a delete, focus goes to the same place in the list (the next row's menu button, or the last row's), not to
  // the page: the deleted row and the menu button that had focus are gone.
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusAfterDelete = useRef<{ id: ArticleId; index: number } | null>(null);
  const onRowDelete = useCallback((id: ArticleId, title: string) => {
    const rows = [...(listRef.current?.children ?? [])];
    focusAfterDelete.current = { id, index: Math.max(0, rows.findIndex((li) => li.getAttribute('data-id') === String(id))) };
    latest.current.onDelete(id);
    setUndo({ id, title });
  }, []);
  useEffect(() => {
    const pending = focusAfterDelete.current;
    if (!pending || articles.some((a) => a.id === pending.id)) return;
    focusAfterDelete.current = null;
    const menus = [...(listRef.current?.querySelectorAll<HTMLElement>(`[${ROW_MENU}]`) ?? [])];
    (menus[Math.min(pending.index, menus.length - 1)] ?? searchRef.current)?.focus();
  }, [articles]);
  const onTagClick = useCallback((tag: string) => latest.current.set({ tag }), []);
  const narrowed = query.trim() !== '' || filtersActive(filters);
  // Narrow windows: the filters are folded behind a "Filters" button that says how many are on.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeCount = countActiveFilters(filters);

  let body;
  if (error) {
    body = <ErrorState message={error} onRetry={onRetry} title="The reading list could not be loaded." />;
  } else if (loading) {
    body = <LoadingState label="Loading your reading list…" />;
  } else if (totalCount === 0) {
    body = (
      <EmptyState title="Your reading list is empty.">
        <p>Save an article with the popup's "Save to reading list", with Alt+Shift+S, or from the page's right-click menu.</p>
        <p>
          Coming from Pocket? Import your list in <a href="options.html">Options</a>.
        </p>
      </EmptyState>
    );
  } else if (articles.length === 0) {
    body = (
      <EmptyState
        title="No saved articles match."
        action={
          narrowed ? (
            <button
              type="button"
              className="dr-btn"
              onClick={() => {
                setQuery('');
                lastSent.current = '';
                onSearch('');
                onFiltersChange(NO_FILTERS);
              }}
            >
              Clear search and filters
            </button>
          ) : undefined
        }
      />
    );
  } else {
    body = (
      <ul ref={listRef} className="dr-articles" aria-label="Saved articles">
        {articles.map((a) => (
          // One boundary per row: a record the row cannot show replaces that row only, with a way to delete it.
          <ErrorBoundary key={a.id} fallback={() => <BrokenRow id={a.id} onDelete={onRowDelete} />}>
            <ArticleRow
              article={a}
              onOpen={props.onOpen}
              onToggleRead={props.onToggleRead}
              onArchive={props.onArchive}
              onDelete={onRowDelete}
              onTagClick={onTagClick}
              onSetTags={props.onSetTags}
              locale={props.locale}
              timeZone={props.timeZone}
            />
          </ErrorBoundary>
        ))}
      </ul>
    );
  }

  return (
    // Full width (up to .dr-library's max-width) rather than as wide as its content: the width then does not change
    // when the filter menus' choices arrive after the rows, or with the titles shown.
    <div className="dr dr-library" style={FULL_WIDTH}>
      <div className="dr-library__head">
        {heading ? <h1>{heading}</h1> : <span />}
        {!loading && !error && !facetsPending && totalCount > 0 ? (
          <span className="dr-muted dr-small" aria-live="polite">
            {narrowed ? `${articles.length} of ${countNoun(totalCount, 'article')}` : countNoun(totalCount, 'article')}
          </span>
        ) : null}
      </div>
      <form
        className="dr-toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          lastSent.current = query;
          onSearch(query);
        }}
      >
        <label className="dr-field dr-search" htmlFor={`${uid}-q`}>
          Search
          <input
            ref={searchRef}
            id={`${uid}-q`}
            className="dr-input"
            type="search"
            placeholder="Title, text or actor"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="dr-btn dr-filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls={`${uid}-filters`}
          onClick={() => setFiltersOpen((o) => !o)}
        >
          Filters{activeCount ? <span className="dr-count-badge">{activeCount}</span> : null}
          {activeCount ? <span className="dr-visually-hidden"> active</span> : null}
        </button>
      </form>
      {/* Under the narrow breakpoint the filters fold behind the button above (styles.css), so the first article is in the first screen. */}
      <div id={`${uid}-filters`} className="dr-filters" data-open={filtersOpen}>
        <div className="dr-toolbar">
          <FacetMenu id={`${uid}-tag`} label="Tag" anyLabel="Any tag" value={filters.tag} options={tags} pending={facetsPending} onChange={(v) => set({ tag: v })} />
          <FacetMenu id={`${uid}-site`} label="Site" anyLabel="Any site" value={filters.site} options={sites} pending={facetsPending} onChange={(v) => set({ site: v })} />
          {actorNames.length > 0 || facetsPending ? (
            <FacetMenu id={`${uid}-actor`} label="Actor" anyLabel="Anyone" value={filters.actor ?? ''} options={actorNames} pending={facetsPending} onChange={(v) => set({ actor: v })} />
          ) : null}
          <label className="dr-field" htmlFor={`${uid}-sort`}>
            Sort
            <select
              id={`${uid}-sort`}
              className="dr-select"
              value={sort}
              onChange={(e) => onSortChange(e.target.value as ReadingListSort)}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="dr-toolbar" role="group" aria-label="Filters">
          <label className="dr-check">
            <input type="checkbox" checked={filters.unread} onChange={(e) => set({ unread: e.target.checked })} />
            Unread only
          </label>
          <label className="dr-check">
            <input type="checkbox" checked={filters.anonymous} onChange={(e) => set({ anonymous: e.target.checked })} />
            Relies on anonymous sources
          </label>
          <label className="dr-check">
            <input type="checkbox" checked={filters.archived} onChange={(e) => set({ archived: e.target.checked })} />
            Show archived
          </label>
        </div>
      </div>
      {body}
      {undo ? (
        <div className="dr-snackbar" role="status" aria-live="polite">
          <span>Deleted “{undo.title}”.</span>
          <button
            type="button"
            className="dr-btn dr-btn--small"
            onClick={() => {
              onUndo(undo.id);
              setUndo(null);
            }}
          >
            Undo
          </button>
          <button type="button" className="dr-btn dr-btn--small" aria-label="Dismiss" onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The row of a saved article whose stored data the row cannot show: says so and offers to delete it (with Undo). */
function BrokenRow({ id, onDelete }: { id: ArticleId; onDelete: (id: ArticleId, title: string) => void }) {
  return (
    <li className="dr-article dr-article--broken" aria-label="A saved article that cannot be shown">
      <div className="dr-article__main">
        <p className="dr-error-text">This saved article cannot be shown: its stored data is damaged.</p>
      </div>
      <div className="dr-article__actions">
        <button type="button" className="dr-btn dr-btn--small dr-btn--danger" onClick={() => onDelete(id, 'a damaged article')}>
          Delete it
        </button>
      </div>
    </li>
  );
}

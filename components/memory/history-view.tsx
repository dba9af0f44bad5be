/**
 * The library's "Read" view (issue 15): the articles Dramatis remembers (every analysed article, saved or not), newest
 * first, a page at a time, with a search on title and site, and per row the outlet page, "Forget", and "Save" (the
 * history keeps no text, so saving reads the page again: from its open tab, or from the page opened in a background
 * tab). A line says what the history is, where it lives, how long it is kept and where to turn it off.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { HistoryRow } from '@/lib/store/history-outlets';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { countNoun, isoDateTime, safeHref } from '../format';
import { listDate } from './date-format';
import { LoadingState } from '../loading-state';
import { shareWords } from './share-bar';

/** How a row's save went (or that it is under way). */
export type SaveState = { busy: true } | { busy: false; ok: boolean; message: string };

export interface HistoryViewProps {
  /** The rows shown (undefined while the first page loads). */
  rows: readonly HistoryRow[] | undefined;
  /** Articles in the whole history. */
  total: number;
  /** More rows match beyond those shown. */
  more: boolean;
  onShowMore: () => void;
  query: string;
  /** Called with the search text (debounced here). */
  onSearch: (query: string) => void;
  error?: string;
  onRetry?: () => void;
  onForget: (row: HistoryRow) => void;
  onSave: (row: HistoryRow) => void;
  saves?: Readonly<Record<number, SaveState>>;
  /** The reading history's settings: on, and days kept. */
  historyOn: boolean;
  historyDays: number;
  optionsHref?: string;
  locale?: string;
  /** Debounce of the search box, ms (tests pass 0). */
  debounceMs?: number;
}

export function retentionWords(days: number): string {
  if (days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  return countNoun(days, 'day');
}

export function HistoryView(props: HistoryViewProps) {
  const { rows, locale } = props;
  const uid = useId();
  const [text, setText] = useState(props.query);
  const onSearch = useRef(props.onSearch);
  onSearch.current = props.onSearch;
  useEffect(() => {
    if (text === props.query) return;
    const t = setTimeout(() => onSearch.current(text), props.debounceMs ?? 200);
    return () => clearTimeout(t);
  }, [text, props.query, props.debounceMs]);
  const date = (ms: number) => listDate(ms, locale);
  const searching = props.query.trim() !== '';

  let body;
  if (props.error) body = <ErrorState title="The reading history could not be read." message={props.error} onRetry={props.onRetry} />;
  else if (rows === undefined) body = <LoadingState label="Reading your history…" />;
  else if (rows.length === 0 && !searching)
    body = (
      <EmptyState title="Nothing remembered yet.">
        {props.historyOn
          ? 'Articles you open appear here once Dramatis has analysed them.'
          : 'The reading history is off: turn it on in Options to remember the articles you read.'}
      </EmptyState>
    );
  else if (rows.length === 0) body = <EmptyState title={`No remembered article matches “${props.query.trim()}”.`}>Search looks in titles and site names.</EmptyState>;
  else
    body = (
      <ul className="dr-history" aria-label={searching ? `Remembered articles matching ${props.query.trim()}` : 'Remembered articles'}>
        {rows.map((r) => {
          const save = props.saves?.[r.id];
          const href = safeHref(r.url);
          return (
            <li key={r.id} className="dr-history__row">
              <div className="dr-history__main">
                {href ? (
                  <a className="dr-history__title" href={href} target="_blank" rel="noreferrer noopener">
                    {r.title}
                  </a>
                ) : (
                  <span className="dr-history__title">{r.title}</span>
                )}
                <span className="dr-history__meta">
                  <a href={`#/outlet/${encodeURIComponent(r.host)}`} aria-label={`Outlet page: ${r.site}`}>
                    {r.site}
                  </a>
                  <time dateTime={isoDateTime(r.readAt)}>{date(r.readAt)}</time>
                  <span>{countNoun(r.actors, 'actor')}</span>
                  <span>{shareWords(r.anonymous, r.claims)}</span>
                </span>
                {save && !save.busy ? <span className={save.ok ? 'dr-history__done dr-small' : 'dr-error-text dr-small'}>{save.message}</span> : null}
              </div>
              <div className="dr-history__actions">
                {r.savedId !== null ? (
                  <a className="dr-btn dr-btn--small" href={`#/article/${r.savedId}`} aria-label={`Saved copy: ${r.title}`}>
                    Saved copy
                  </a>
                ) : href ? (
                  <button
                    type="button"
                    className="dr-btn dr-btn--small"
                    disabled={save?.busy}
                    aria-label={`${save?.busy ? 'Saving…' : 'Save'}: ${r.title}`}
                    onClick={() => props.onSave(r)}
                  >
                    {save?.busy ? 'Saving…' : 'Save'}
                  </button>
                ) : null}
                <button type="button" className="dr-btn dr-btn--small dr-btn--ghost" aria-label={`Forget: ${r.title}`} onClick={() => props.onForget(r)}>
                  Forget
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    );

  return (
    <section className="dr-history-view" aria-labelledby={`${uid}-h`}>
      <div className="dr-library__head">
        <h1 id={`${uid}-h`}>Read</h1>
        <span className="dr-muted dr-small">{props.total ? `${countNoun(props.total, 'article')} remembered` : null}</span>
      </div>
      <p className="dr-history__about dr-small" data-history="about">
        Every article Dramatis analyses leaves a short record here (title, site, who appeared, what was said and by whom; never the
        text), stored in your browser on this computer only and never from a private window.{' '}
        {props.historyOn ? `Records are kept ${retentionWords(props.historyDays)}.` : 'The history is off: nothing new is remembered.'} Turn it off,
        change how long it keeps or forget everything in <a href={props.optionsHref ?? 'options.html'}>Options › Reading history</a>. “Save”
        keeps the full text in your reading list: the history has no text, so Dramatis reads the page again, from its open tab or
        by opening it in a background tab.
      </p>
      <div className="dr-toolbar">
        <label className="dr-search">
          <span className="dr-visually-hidden">Search the articles you read</span>
          <input
            className="dr-input"
            type="search"
            placeholder="Search by title or site"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') props.onSearch(text);
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                setText('');
                props.onSearch('');
              }
            }}
          />
        </label>
      </div>
      {body}
      {rows && rows.length && props.more ? (
        <p className="dr-library__more">
          <button type="button" className="dr-btn" onClick={props.onShowMore}>
            Show more
          </button>
        </p>
      ) : null}
    </section>
  );
}

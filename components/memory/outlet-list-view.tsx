/**
 * The outlets read, compared (issue 15): each with its articles and its anonymous share (a small bar and the ratio in
 * words), most articles first, each linking to its outlet page; the reader's average across all of them on top.
 */
import { useId } from 'react';
import type { OutletSummary, SourcingCounts } from '@/lib/store/history-outlets';
import { EmptyState } from '../empty-state';
import { countNoun } from '../format';
import { ShareBar } from './share-bar';

export interface OutletListViewProps {
  outlets: readonly OutletSummary[];
  all: SourcingCounts;
  historyOn: boolean;
  /** At most this many rows (the rest are counted). */
  limit?: number;
  onShowMore?: () => void;
}

export function OutletListView({ outlets, all, historyOn, limit = 200, onShowMore }: OutletListViewProps) {
  const uid = useId();
  const shown = outlets.slice(0, limit);
  return (
    <section className="dr-outlets" aria-labelledby={`${uid}-h`}>
      <div className="dr-library__head">
        <h1 id={`${uid}-h`}>Outlets</h1>
        <span className="dr-muted dr-small">{outlets.length ? `${countNoun(outlets.length, 'outlet')}, ${countNoun(all.articles, 'article')}` : null}</span>
      </div>
      {outlets.length === 0 ? (
        <EmptyState title="No outlet yet.">
          {historyOn
            ? 'The outlets of the articles Dramatis analyses for you appear here, with how often they rely on anonymous sources.'
            : 'The reading history is off: turn it on in Options to compare the outlets you read.'}
        </EmptyState>
      ) : (
        <>
          <p className="dr-outlets__all">
            Across everything you read: <ShareBar anonymous={all.anonymous} claims={all.claims} />
          </p>
          <ol className="dr-outlets__list" aria-label="Outlets by articles read">
            {shown.map((o) => (
              <li key={o.host} className="dr-outlets__row">
                <a className="dr-outlets__name" href={`#/outlet/${encodeURIComponent(o.host)}`}>
                  {o.site}
                  {o.site !== o.host ? <span className="dr-muted dr-small"> {o.host}</span> : null}
                </a>
                <span className="dr-outlets__count">{countNoun(o.articles, 'article')}</span>
                <ShareBar anonymous={o.anonymous} claims={o.claims} average={all.claims ? all.anonymousShare : undefined} />
              </li>
            ))}
          </ol>
          {outlets.length > shown.length ? (
            <p className="dr-library__more">
              {onShowMore ? (
                <button type="button" className="dr-btn" onClick={onShowMore}>
                  Show more ({outlets.length - shown.length} left)
                </button>
              ) : (
                <span className="dr-muted">and {countNoun(outlets.length - shown.length, 'more outlet')}</span>
              )}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

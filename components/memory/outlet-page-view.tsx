/**
 * An outlet's page in the library (issue 15): the articles read there (newest first, each linking to the page and,
 * when saved, to its reader view), its claims, the anonymous share beside the reader's average across every outlet,
 * the named sources it quotes most (linking to their actor pages), the trend per month (a chart and a table), and
 * "forget this site" behind a confirmation. Everything is the reader's own history; page text is rendered as text.
 */
import { useId, useState } from 'react';
import type { OutletProfile } from '@/lib/store/history-queries';
import type { HistoryRow, SourcingCounts } from '@/lib/store/history-outlets';
import { EmptyState } from '../empty-state';
import { countNoun, isoDateTime, safeHref } from '../format';
import { listDate } from './date-format';
import { percent, ShareBar, shareWords } from './share-bar';
import { TrendChart } from './trend-chart';

export interface OutletPageViewProps {
  /** The host the page is about (what the route named). */
  host: string;
  profile: OutletProfile;
  /** The reader's average across all outlets; undefined while it loads. */
  average?: SourcingCounts;
  /** The outlet's articles, newest first (at most a page of them), and how many there are. */
  articles: readonly HistoryRow[];
  totalArticles: number;
  /** The actor page of a quoted source, by its name (absent: the name is not linked). */
  sourceHref?: (name: string) => string | undefined;
  /** Forgets the outlet's history (after the user confirmed). */
  onForget: () => void;
  /** A forget is under way. */
  forgetting?: boolean;
  locale?: string;
}

/** How the outlet compares with the reader's average, in words. */
export function comparedWords(share: number, average: number): string {
  const diff = Math.round(share * 100) - Math.round(average * 100);
  if (diff === 0) return 'the same as your average';
  return `${Math.abs(diff)} point${Math.abs(diff) === 1 ? '' : 's'} ${diff > 0 ? 'above' : 'below'} your average (${percent(average)})`;
}

export function OutletPageView(props: OutletPageViewProps) {
  const { profile, average, articles, totalArticles, locale } = props;
  const uid = useId();
  const [confirming, setConfirming] = useState(false);
  const date = (ms: number) => listDate(ms, locale);
  const name = profile.articles ? profile.site : props.host;
  if (profile.articles === 0) {
    return (
      <section className="dr-outlet" aria-labelledby={`${uid}-h`}>
        <h1 id={`${uid}-h`}>{props.host}</h1>
        <EmptyState title={`Nothing remembered from ${props.host}.`}>
          <p>
            Articles you read there appear here once Dramatis has analysed them (unless the reading history is off, or they were
            forgotten). <a href="#/read">See what you read</a> or <a href="#/outlets">all outlets</a>.
          </p>
        </EmptyState>
      </section>
    );
  }
  return (
    <section className="dr-outlet" aria-labelledby={`${uid}-h`}>
      <header className="dr-outlet__head">
        <h1 id={`${uid}-h`}>{name}</h1>
        {name !== profile.host ? <p className="dr-muted">{profile.host}</p> : null}
        <p>
          {countNoun(profile.articles, 'article')} you read
          {profile.first !== null && profile.last !== null
            ? date(profile.first) === date(profile.last)
              ? `, on ${date(profile.first)}`
              : `, from ${date(profile.first)} to ${date(profile.last)}`
            : ''}
          , with {countNoun(profile.claims, 'attributed claim')}.
        </p>
      </header>

      <section className="dr-outlet__section" aria-labelledby={`${uid}-anon`}>
        <h2 id={`${uid}-anon`}>Anonymous sources</h2>
        <dl className="dr-outlet__compare">
          <div>
            <dt>This outlet</dt>
            <dd>
              <ShareBar anonymous={profile.anonymous} claims={profile.claims} average={average && average.claims ? average.anonymousShare : undefined} />
            </dd>
          </div>
          <div>
            <dt>Your average, all outlets</dt>
            <dd>
              {average ? (
                <>
                  <ShareBar anonymous={average.anonymous} claims={average.claims} />{' '}
                  <span className="dr-muted dr-small">across {countNoun(average.articles, 'article')}</span>
                </>
              ) : (
                <span className="dr-muted">Counting…</span>
              )}
            </dd>
          </div>
        </dl>
        {average && average.claims && profile.claims ? (
          <p data-outlet="compare">
            {percent(profile.anonymousShare)} here: {comparedWords(profile.anonymousShare, average.anonymousShare)}.
          </p>
        ) : null}
      </section>

      <section className="dr-outlet__section" aria-labelledby={`${uid}-src`}>
        <h2 id={`${uid}-src`}>Quoted most</h2>
        {profile.topSources.length ? (
          <ol className="dr-outlet__sources" aria-labelledby={`${uid}-src`}>
            {profile.topSources.map((s) => {
              const href = props.sourceHref?.(s.name);
              return (
                <li key={s.name}>
                  {href ? <a href={href}>{s.name}</a> : <span>{s.name}</span>} <span className="dr-muted dr-small">{countNoun(s.claims, 'claim')}</span>
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="dr-muted">No named source quoted here.</p>
        )}
      </section>

      <section className="dr-outlet__section" aria-labelledby={`${uid}-trend`}>
        <h2 id={`${uid}-trend`}>Trend by month</h2>
        <TrendChart trend={profile.trend} label={`${name}: articles, claims and the anonymous share per month`} locale={locale} />
      </section>

      <section className="dr-outlet__section" aria-labelledby={`${uid}-art`}>
        <h2 id={`${uid}-art`}>Articles read</h2>
        <ul className="dr-history" aria-labelledby={`${uid}-art`}>
          {articles.map((a) => (
            <li key={a.id} className="dr-history__row">
              <div className="dr-history__main">
                {safeHref(a.url) ? (
                  <a className="dr-history__title" href={safeHref(a.url)} target="_blank" rel="noreferrer noopener">
                    {a.title}
                  </a>
                ) : (
                  <span className="dr-history__title">{a.title}</span>
                )}
                <span className="dr-history__meta">
                  <time dateTime={isoDateTime(a.readAt)}>{date(a.readAt)}</time>
                  <span>{countNoun(a.actors, 'actor')}</span>
                  <span>{shareWords(a.anonymous, a.claims)}</span>
                </span>
              </div>
              {a.savedId !== null ? (
                <a className="dr-btn dr-btn--small" href={`#/article/${a.savedId}`} aria-label={`Saved copy: ${a.title}`}>
                  Saved copy
                </a>
              ) : null}
            </li>
          ))}
        </ul>
        {totalArticles > articles.length ? (
          <p className="dr-muted dr-small">
            The newest {articles.length} of {totalArticles}. Search them all in <a href="#/read">Read</a>.
          </p>
        ) : null}
      </section>

      <section className="dr-outlet__section" aria-labelledby={`${uid}-forget`}>
        <h2 id={`${uid}-forget`}>Forget this site</h2>
        {confirming ? (
          <div className="dr-card__actions" role="group" aria-label="Confirm forgetting">
            <span>
              Forget the {countNoun(profile.articles, 'article')} you read on {profile.host}? Saved articles stay in your reading list.
            </span>
            <button
              type="button"
              className="dr-btn dr-btn--small dr-btn--danger"
              disabled={props.forgetting}
              onClick={() => {
                setConfirming(false);
                props.onForget();
              }}
            >
              Forget {countNoun(profile.articles, 'article')}
            </button>
            <button type="button" className="dr-btn dr-btn--small" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <p>
            <button type="button" className="dr-btn dr-btn--small" onClick={() => setConfirming(true)}>
              Forget this site…
            </button>{' '}
            <span className="dr-muted dr-small">Removes what Dramatis remembers of {profile.host} (and its subdomains).</span>
          </p>
        )}
      </section>
    </section>
  );
}

/**
 * The actor over time, on the actor page (issue 15): mentions per week, the articles and outlets by date, the roles seen
 * and when, what the actor said and what was said about them, and the actors seen with them. Everything comes from the
 * reading history (every analysed article, saved or not); text is rendered as text.
 */
import { groupOutlets } from '@/lib/memory/outlets';
import type { ActorNetwork } from '@/lib/store/history-network';
import { ACTOR_LIST_SHOWN, type ActorMemory } from '@/lib/store/history-queries';
import { KIND_LABEL, countNoun, formatDate, safeHref, truncate } from '../format';
import { CoActorNetworkView } from './coactor-network';
import { WeeklyChart } from './weekly-chart';

export interface ActorMemoryViewProps {
  name: string;
  memory: ActorMemory;
  onOpenActor?: (key: string) => void;
  /** The co-actor network (its own query; absent while it loads). */
  network?: ActorNetwork | null;
  /** The link to an actor's page (the network's nodes are links). */
  actorHref?: (key: string) => string;
  locale?: string;
  /** At most this many of each list. */
  limit?: number;
  /**
   * Asks for more of every list (the page then reads ACTOR_MORE_STEP more of each): a "Show more" button under each
   * list that has more than it shows. Without it, the lists end where `limit` and the query end.
   */
  onShowMore?: () => void;
}

export function ActorMemoryView({ name, memory, onOpenActor, network, actorHref, locale, limit = ACTOR_LIST_SHOWN, onShowMore }: ActorMemoryViewProps) {
  const { articles, articleCount, weeks, roles, said, about, coActors } = memory;
  const more = (what: string, hidden: boolean) =>
    hidden && onShowMore ? (
      <button type="button" className="dr-link-btn dr-small" onClick={onShowMore}>
        Show more {what}
      </button>
    ) : null;
  // An outlet is a registrable domain shown under its site name (lib/memory/outlets.ts), as on the cards and the popup;
  // from the per-host counts of every article (the articles list is only the newest ones).
  const outlets = groupOutlets(memory.outlets.map((o) => ({ host: o.host, site: o.site, readAt: o.last, articles: o.articles })));
  const date = (ms: number) => formatDate(ms, locale);
  if (articleCount === 0 || memory.first === null || memory.last === null) {
    return (
      <section className="dr-card__section dr-memory" aria-label={`${name} across your reading`}>
        <h3>Across your reading</h3>
        <p className="dr-muted">Not in any article you read since the history began.</p>
      </section>
    );
  }
  const { first, last } = memory;
  return (
    <section className="dr-card__section dr-memory" aria-label={`${name} across your reading`}>
      <h3>Across your reading</h3>
      <p>
        In {countNoun(articleCount, 'article')} you read from {countNoun(outlets.length, 'outlet')}, first on {date(first)}, last on {date(last)}.
      </p>
      <h4>Mentions per week</h4>
      <WeeklyChart weeks={weeks} label={`Mentions of ${name} per week`} locale={locale} />

      <h4>Articles</h4>
      <ul className="dr-reading-list" aria-label="Articles read">
        {articles.slice(0, limit).map((a) => (
          <li key={a.id}>
            <a href={safeHref(a.url)} target="_blank" rel="noreferrer noopener">
              {a.title}
            </a>{' '}
            <span className="dr-muted dr-small">
              {a.site} · {date(a.readAt)} · {countNoun(a.mentions, 'mention')}
            </span>
          </li>
        ))}
      </ul>
      {articleCount > Math.min(limit, articles.length) ? (
        <p className="dr-muted dr-small">
          and {countNoun(articleCount - Math.min(limit, articles.length), 'more article')}. {more('articles', true)}
        </p>
      ) : null}

      <h4>Outlets</h4>
      <ul className="dr-reading-list" aria-label="Outlets">
        {outlets.slice(0, limit).map((o) => (
          <li key={o.domain}>
            <a href={`#/outlet/${encodeURIComponent(o.domain)}`}>{o.name}</a>
            {o.name !== o.domain ? <span className="dr-muted dr-small"> ({o.domain})</span> : null}{' '}
            <span className="dr-muted dr-small">
              {countNoun(o.articles, 'article')}, last on {date(o.last)}
              {o.otherNames.length ? `; also as ${o.otherNames.join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {more('outlets', outlets.length > limit)}

      {roles.length ? (
        <>
          <h4>Roles seen</h4>
          <ul className="dr-reading-list" aria-label="Roles seen">
            {roles.slice(0, limit).map((r) => (
              <li key={r.role}>
                {r.role}{' '}
                <span className="dr-muted dr-small">
                  {countNoun(r.articles, 'article')}, {r.first === r.last ? `on ${date(r.first)}` : `${date(r.first)} to ${date(r.last)}`}
                </span>
              </li>
            ))}
          </ul>
          {more('roles', roles.length > limit)}
        </>
      ) : null}

      {said.length ? (
        <>
          <h4>What {name} said</h4>
          <ul className="dr-reading-list" aria-label={`What ${name} said`}>
            {said.slice(0, limit).map((c, i) => (
              <li key={i}>
                <span className="dr-badge dr-badge--kind">{KIND_LABEL[c.kind]}</span> <span className="dr-claim-text">{truncate(c.text, 240).text}</span>{' '}
                <span className="dr-muted dr-small">
                  ({c.title}, {date(c.readAt)})
                </span>
              </li>
            ))}
          </ul>
          {more(`claims by ${name}`, memory.moreSaid || said.length > limit)}
        </>
      ) : null}

      {about.length ? (
        <>
          <h4>Said about {name}</h4>
          <ul className="dr-reading-list" aria-label={`Said about ${name}`}>
            {about.slice(0, limit).map((c, i) => (
              <li key={i}>
                <span className="dr-claim-text">{truncate(c.text, 240).text}</span>{' '}
                <span className="dr-muted dr-small">
                  ({c.anonymous ? 'an unnamed source' : (c.source ?? 'no source')}, {c.title}, {date(c.readAt)})
                </span>
              </li>
            ))}
          </ul>
          {more(`claims about ${name}`, memory.moreAbout || about.length > limit)}
        </>
      ) : null}

      {coActors.length ? (
        <>
          <h4>Seen with</h4>
          <ul className="dr-chips" aria-label="Seen with">
            {coActors.slice(0, limit).map((a) => (
              <li key={a.key} className={onOpenActor ? undefined : 'dr-chip'}>
                {onOpenActor ? (
                  <button type="button" className="dr-chip" onClick={() => onOpenActor(a.key)}>
                    {a.name} <span className="dr-muted">×{a.articles}</span>
                  </button>
                ) : (
                  <>
                    {a.name} <span className="dr-muted">×{a.articles}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
          {more('actors', memory.coActorCount > Math.min(limit, coActors.length))}
          {network && actorHref ? <CoActorNetworkView centre={{ name, type: memory.identity.type }} network={network} actorHref={actorHref} /> : null}
        </>
      ) : null}
    </section>
  );
}

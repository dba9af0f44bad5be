import type { ArticleId } from './article-row';
import { KIND_LABEL, formatDate, truncate } from './format';
import type { ClaimKind } from '@/lib/nlp/types';

/** "In your reading": where an actor appears across saved articles. */
export interface ActorReading {
  articles: { id: ArticleId; title: string; savedAt: number }[];
  claims: { text: string; kind: ClaimKind; articleId?: ArticleId; articleTitle?: string }[];
  /** Actors that appear with this one, most frequent first. */
  coActors: { id: string; name: string; count: number }[];
}

export interface ActorReadingSectionProps {
  name: string;
  reading: ActorReading;
  onOpenArticle?: (id: ArticleId) => void;
  onOpenActor?: (id: string) => void;
  locale?: string;
  /** Show at most this many of each list. */
  limit?: number;
}

/** Saved articles where the actor appears, the claims they made, and who they appear with. */
export function ActorReadingSection({ name, reading, onOpenArticle, onOpenActor, locale, limit = 10 }: ActorReadingSectionProps) {
  const { articles, claims, coActors } = reading;
  return (
    <section className="dr-card__section" aria-label={`${name} in your reading`}>
      <h3>In your reading</h3>
      {articles.length === 0 ? (
        <p className="dr-muted">Not in any saved article yet.</p>
      ) : (
        <ul className="dr-reading-list" aria-label="Saved articles">
          {articles.slice(0, limit).map((a) => (
            <li key={a.id}>
              {onOpenArticle ? (
                <button type="button" className="dr-link-btn" onClick={() => onOpenArticle(a.id)}>
                  {a.title}
                </button>
              ) : (
                <span>{a.title}</span>
              )}{' '}
              <span className="dr-muted dr-small">{formatDate(a.savedAt, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      {claims.length > 0 ? (
        <>
          <h3>What {name} said</h3>
          <ul className="dr-reading-list" aria-label={`Claims by ${name}`}>
            {claims.slice(0, limit).map((c, i) => (
              <li key={i}>
                <span className="dr-badge dr-badge--kind">{KIND_LABEL[c.kind]}</span>{' '}
                <span className="dr-claim-text">{c.kind === 'no-comment' ? 'Declined to comment.' : truncate(c.text, 200).text}</span>
                {c.articleTitle ? <span className="dr-muted dr-small"> ({c.articleTitle})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {coActors.length > 0 ? (
        <>
          <h3>Appears with</h3>
          <ul className="dr-chips" aria-label="Appears with">
            {coActors.slice(0, limit).map((a) =>
              onOpenActor ? (
                <li key={a.id}>
                  <button type="button" className="dr-chip" onClick={() => onOpenActor(a.id)}>
                    {a.name} <span className="dr-muted">×{a.count}</span>
                  </button>
                </li>
              ) : (
                <li key={a.id} className="dr-chip">
                  {a.name} <span className="dr-muted">×{a.count}</span>
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '@/components/empty-state';
import { LoadingState } from '@/components/loading-state';
import { ReaderView } from '@/components/reader-view';
import { getArticle, setRead } from '@/lib/store/articles';
import { actorKey } from '@/lib/store/names';
import { getSettings } from '@/lib/store/settings';
import { db } from './db';

/** The reader view of a saved article: its saved text with highlights re-painted from the stored analysis; works offline. */
export function ArticlePage({ id }: { id: number }) {
  const data = useLiveQuery(async () => ({ article: (await getArticle(db, id)) ?? null, settings: await getSettings(db) }), [id]);
  const back = (
    <a className="dr-btn dr-btn--small dr-btn--ghost" href="#/">
      ← Reading list
    </a>
  );
  if (!data) return <LoadingState label="Opening the article…" />;
  const { article, settings } = data;
  if (!article) {
    return (
      <main className="dr dr-library">
        {back}
        <EmptyState title="This article is not in your reading list.">It may have been deleted.</EmptyState>
      </main>
    );
  }
  const kinds = settings.highlightKinds;
  return (
    <main className="dr dr-library">
      <nav className="dr-library__bar">
        {back}
        <button type="button" className="dr-btn dr-btn--small" onClick={() => void setRead(db, id, !article.read)}>
          {article.read ? 'Mark unread' : 'Mark read'}
        </button>
      </nav>
      <ReaderView
        title={article.title}
        text={article.text}
        analysis={article.analysis ?? undefined}
        byline={article.byline ?? undefined}
        site={article.site}
        url={article.url}
        savedAt={article.savedAt}
        published={article.published ?? undefined}
        highlightKinds={{
          person: kinds.includes('person'),
          organization: kinds.includes('organization'),
          place: kinds.includes('place'),
          claims: kinds.includes('claim'),
        }}
        onSelectActor={(actor) => {
          const key = article.actorCards?.[actor.id] ?? actorKey(actor.type, actor.name);
          location.hash = `#/actor/${encodeURIComponent(key)}`;
        }}
        // The hover card's "All about …" opens the same actor page as a click on the name.
        actorCardProps={(actor) => ({
          onOpenActorPage: () => {
            const key = article.actorCards?.[actor.id] ?? actorKey(actor.type, actor.name);
            location.hash = `#/actor/${encodeURIComponent(key)}`;
          },
        })}
      />
    </main>
  );
}

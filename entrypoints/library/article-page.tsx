import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { EmptyState } from '@/components/empty-state';
import { LoadingState } from '@/components/loading-state';
import type { ReaderCorrections } from '@/components/reader-card';
import { ReaderView } from '@/components/reader-view';
import { applyPageCorrections } from '@/lib/store/apply-page-corrections';
import { getArticle, setRead } from '@/lib/store/articles';
import { claimSourceFixes } from '@/lib/store/claim-source-fixes';
import { getCorrections } from '@/lib/store/corrections';
import { actorKey } from '@/lib/store/names';
import { normalizeUrl } from '@/lib/store/normalize-url';
import { addPageCorrection, undoPageCorrection } from '@/lib/store/page-corrections';
import { getSettings } from '@/lib/store/settings';
import { db } from './db';

/** The key a page's "wrong source" fixes are kept under (the background's too): its normalized URL. */
function pageKey(url: string): string {
  try {
    return normalizeUrl(url);
  } catch {
    return url;
  }
}

/**
 * The reader view of a saved article: its saved text with highlights re-painted from the stored analysis, with the
 * one-click corrections applied (the same stored rows as the page's cards write, so a fix holds both here and on the
 * page); works offline. A fix from a reader card is stored here and the live query repaints the marks at once.
 */
export function ArticlePage({ id }: { id: number }) {
  const data = useLiveQuery(async () => {
    const article = (await getArticle(db, id)) ?? null;
    const [settings, corrections, fixes] = await Promise.all([
      getSettings(db),
      getCorrections(db),
      article ? claimSourceFixes(db, pageKey(article.url)) : Promise.resolve([]),
    ]);
    const analysis = article?.analysis ? applyPageCorrections(article.analysis, corrections, fixes) : undefined;
    return { article, settings, analysis };
  }, [id]);
  const url = data?.article?.url;
  const corrections = useMemo<ReaderCorrections | undefined>(() => {
    if (!url) return undefined;
    return {
      onCorrectActor: (actor, change) =>
        addPageCorrection(db, change.kind === 'type' ? { kind: 'type', name: actor.name, type: change.type } : { kind: 'notActor', name: actor.name }),
      onCorrectSource: async (claim, actorId) => {
        const actor = actorId ? data?.analysis?.actors.find((a) => a.id === actorId) : null;
        if (actor === undefined) throw new Error('That source is not in this article.');
        return addPageCorrection(db, { kind: 'claimSource', name: claim.text, url: pageKey(url), source: actor?.name ?? null });
      },
      onUndo: async (correction) => {
        await undoPageCorrection(db, correction);
      },
    };
  }, [url, data?.analysis]);
  const back = (
    <a className="dr-btn dr-btn--small dr-btn--ghost" href="#/">
      ← Reading list
    </a>
  );
  if (!data) return <LoadingState label="Opening the article…" />;
  const { article, settings, analysis } = data;
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
        analysis={analysis}
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
        corrections={corrections}
      />
    </main>
  );
}

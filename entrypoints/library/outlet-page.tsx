import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { LibraryTabs } from '@/components/memory/library-tabs';
import { OutletPageView } from '@/components/memory/outlet-page-view';
import { UndoNotice, type UndoNoticeData } from '@/components/memory/undo-notice';
import { LoadingState } from '@/components/loading-state';
import { countNoun } from '@/components/format';
import { listOutlets, outletArticles, sourceKeyOf } from '@/lib/store/history-outlets';
import { outletProfile } from '@/lib/store/history-queries';
import { forgetSiteUndoable, restoreHistory } from '@/lib/store/history-undo';
import { db } from './db';

const ARTICLES_SHOWN = 50;

/** `#/outlet/<host>`: an outlet's sourcing across the reader's history (components/memory/outlet-page-view.tsx). */
export function OutletPage({ host }: { host: string }) {
  const [error, setError] = useState<string | null>(null);
  const [retry, setRetry] = useState(0);
  const [notice, setNotice] = useState<UndoNoticeData | null>(null);
  const [forgetting, setForgetting] = useState(false);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  // The outlet's own numbers first; the reader's average (a pass over the whole history) fills in after.
  const data = useLiveQuery(async () => {
    try {
      const [profile, articles] = await Promise.all([outletProfile(db, host), outletArticles(db, host, { limit: ARTICLES_SHOWN })]);
      const keys = await Promise.all(profile.topSources.map(async (s) => [s.name, await sourceKeyOf(db, s.name)] as const));
      return { profile, articles, keys: new Map(keys) };
    } catch (e) {
      fail(e);
      return null;
    }
  }, [host, retry]);
  const average = useLiveQuery(async () => (data ? (await listOutlets(db)).all : undefined), [data]);

  const forget = async () => {
    setForgetting(true);
    try {
      const gone = await forgetSiteUndoable(db, host);
      const n = gone.records.length;
      setNotice({
        text: `Forgot ${countNoun(n, 'article')} from ${host}.`,
        onUndo: n
          ? () =>
              void restoreHistory(db, gone).then(
                (back) => setNotice({ text: back === n ? `Put back ${countNoun(back, 'article')}.` : `Put back ${back} of ${n} articles (the others were read again since).` }),
                fail,
              )
          : undefined,
      });
    } catch (e) {
      fail(e);
    } finally {
      setForgetting(false);
    }
  };

  let body;
  if (error)
    body = (
      <ErrorState
        title="This outlet cannot be shown."
        message={error}
        onRetry={() => {
          setError(null);
          setRetry((n) => n + 1);
        }}
      />
    );
  else if (!data) body = <LoadingState label="Reading the outlet’s history…" />;
  else
    body = (
      <OutletPageView
        host={host}
        profile={data.profile}
        average={average}
        articles={data.articles.rows}
        totalArticles={data.articles.total}
        sourceHref={(name) => {
          const key = data.keys.get(name);
          return key ? `#/actor/${encodeURIComponent(key)}` : undefined;
        }}
        onForget={() => void forget()}
        forgetting={forgetting}
      />
    );
  return (
    <main className="dr dr-library">
      <LibraryTabs current="outlets" />
      {body}
      <UndoNotice notice={notice} onDismiss={() => setNotice(null)} />
    </main>
  );
}

import { outletOf } from '@/lib/memory/outlets';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { LoadingState } from '@/components/loading-state';
import { deleteArticle } from '@/lib/store/articles';
import { deleteCard } from '@/lib/store/cards';
import { db } from './db';
import { ListPage } from './list-page';

// The reader view and the actor page (with the country facts, the Wikipedia lookup and the sanitizer) load on demand,
// so the reading list, the page the library opens on, does not download and compile them first.
const ArticlePage = lazy(() => import('./article-page').then((m) => ({ default: m.ArticlePage })));
const ActorPage = lazy(() => import('./actor-page').then((m) => ({ default: m.ActorPage })));
// The reading history's pages (issue 15): the outlet page, the "Read" view and the outlets compared.
const OutletPage = lazy(() => import('./outlet-page').then((m) => ({ default: m.OutletPage })));
const HistoryPage = lazy(() => import('./history-page').then((m) => ({ default: m.HistoryPage })));
const OutletsPage = lazy(() => import('./outlets-page').then((m) => ({ default: m.OutletsPage })));

type Route =
  | { page: 'list' }
  | { page: 'article'; id: number }
  | { page: 'actor'; key: string }
  | { page: 'outlet'; host: string }
  | { page: 'read' }
  | { page: 'outlets' };

/**
 * Routes: `#/` the reading list, `#/article/<id>` the reader view, `#/actor/<card key>` an actor's page,
 * `#/outlet/<host>` an outlet's page (a host is taken to its registrable domain, lib/memory/outlets.ts), `#/read` the reading history, `#/outlets` the outlets compared.
 */
export function parseRoute(hash: string): Route {
  const article = /^#\/article\/(\d+)$/.exec(hash);
  if (article) return { page: 'article', id: Number(article[1]) };
  if (hash === '#/read') return { page: 'read' };
  if (hash === '#/outlets') return { page: 'outlets' };
  const outlet = /^#\/outlet\/([^/]+)$/.exec(hash);
  if (outlet) {
    try {
      return { page: 'outlet', host: outletOf(decodeURIComponent(outlet[1])) };
    } catch {
      return { page: 'list' };
    }
  }
  const actor = /^#\/actor\/(.+)$/.exec(hash);
  if (actor) {
    try {
      return { page: 'actor', key: decodeURIComponent(actor[1]) };
    } catch {
      return { page: 'list' };
    }
  }
  return { page: 'list' };
}

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // One boundary per page (the list's rows have their own): a stored record a page cannot show gives a way back and
  // a way to delete that record, never a blank page.
  return (
    <ErrorBoundary resetKeys={[location.hash]} fallback={(error) => <PageError route={route} error={error} />}>
      {route.page === 'list' ? (
        <ListPage />
      ) : (
        <Suspense fallback={<LoadingState />}>
          {route.page === 'article' ? (
            <ArticlePage id={route.id} />
          ) : route.page === 'actor' ? (
            <ActorPage cardKey={route.key} />
          ) : route.page === 'outlet' ? (
            <OutletPage host={route.host} />
          ) : route.page === 'read' ? (
            <HistoryPage />
          ) : (
            <OutletsPage />
          )}
        </Suspense>
      )}
    </ErrorBoundary>
  );
}

/** What a page that threw while rendering shows: what happened, the way back, and for a record, a way to delete it. */
function PageError({ route, error }: { route: Route; error: Error }) {
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const what =
    route.page === 'article' ? 'This saved article' : route.page === 'actor' ? 'This card' : route.page === 'list' ? 'The reading list' : 'This page';
  const remove = async () => {
    setState({ busy: true });
    try {
      if (route.page === 'article') await deleteArticle(db, route.id);
      else if (route.page === 'actor') await deleteCard(db, route.key);
      location.hash = '#/';
    } catch (e) {
      setState({ busy: false, message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <main className="dr dr-library">
      <div className="dr dr-state dr-state--error" role="alert">
        <p className="dr-state__title">{what} cannot be shown.</p>
        <p>Its stored data is damaged or of a shape this version of Dramatis does not expect ({error.message}).</p>
        <div className="dr-card__actions">
          {route.page !== 'list' ? (
            <a className="dr-btn" href="#/">
              ← Reading list
            </a>
          ) : (
            <button type="button" className="dr-btn" onClick={() => location.reload()}>
              Reload
            </button>
          )}
          {route.page === 'article' || route.page === 'actor' ? (
            <button type="button" className="dr-btn dr-btn--danger" disabled={state.busy} onClick={() => void remove()}>
              {route.page === 'article' ? 'Delete this article' : 'Delete this card'}
            </button>
          ) : null}
        </div>
        {state.message ? <p className="dr-error-text">{state.message}</p> : null}
      </div>
    </main>
  );
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { LoadingState } from '@/components/loading-state';
import { ListPage } from './list-page';

// The reader view and the actor page (with the country facts, the Wikipedia lookup and the sanitizer) load on demand,
// so the reading list, the page the library opens on, does not download and compile them first.
const ArticlePage = lazy(() => import('./article-page').then((m) => ({ default: m.ArticlePage })));
const ActorPage = lazy(() => import('./actor-page').then((m) => ({ default: m.ActorPage })));

type Route = { page: 'list' } | { page: 'article'; id: number } | { page: 'actor'; key: string };

/** Routes: `#/` the reading list, `#/article/<id>` the reader view, `#/actor/<card key>` an actor's page. */
export function parseRoute(hash: string): Route {
  const article = /^#\/article\/(\d+)$/.exec(hash);
  if (article) return { page: 'article', id: Number(article[1]) };
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
  if (route.page === 'list') return <ListPage />;
  return (
    <Suspense fallback={<LoadingState />}>
      {route.page === 'article' ? <ArticlePage id={route.id} /> : <ActorPage cardKey={route.key} />}
    </Suspense>
  );
}

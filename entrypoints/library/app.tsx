import { useEffect, useState } from 'react';
import { ActorPage } from './actor-page';
import { ArticlePage } from './article-page';
import { ListPage } from './list-page';

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
  if (route.page === 'article') return <ArticlePage id={route.id} />;
  if (route.page === 'actor') return <ActorPage cardKey={route.key} />;
  return <ListPage />;
}

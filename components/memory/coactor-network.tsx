/**
 * "Seen with" as a picture (issue 15): the actor and the actors seen with them most often, and which of those are seen
 * together, from the newest records of the reading history (lib/store/history-network.ts). The picture (an SVG laid
 * out by d3-force) is a lazy chunk: the actor page paints its text first and the picture joins it when loaded; if it
 * cannot load, the page goes on without it. Its numbers are in a table for screen readers, as the weekly chart's are;
 * every co-actor in the picture is a link to their actor page.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { CoActorNetwork } from '@/lib/memory/coactor-network';
import type { ActorType } from '@/lib/nlp/types';
import { TYPE_LABEL, countNoun } from '../format';
import './coactor-network.css';

const Picture = lazy(() => import('./coactor-network-picture'));

/** Keeps the page when the picture's chunk cannot be loaded or drawn: the table says the same. */
class Optional extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.warn('Dramatis: the network picture could not be drawn:', error);
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export interface CoActorNetworkViewProps {
  centre: { name: string; type: ActorType };
  network: CoActorNetwork & { total?: number };
  actorHref: (key: string) => string;
}

export function CoActorNetworkView({ centre, network, actorHref }: CoActorNetworkViewProps) {
  if (network.nodes.length === 0) return null;
  const name = (key: string) => network.nodes.find((n) => n.key === key)?.name ?? key;
  const partial = network.total !== undefined && network.total > network.records;
  const scope = partial ? `the ${network.records} newest of the ${network.total} articles you read with ${centre.name}` : `the ${countNoun(network.records, 'article')} you read with ${centre.name}`;
  return (
    <figure className="dr-network">
      <Optional>
        <Suspense fallback={null}>
          <Picture centre={centre} network={network} actorHref={actorHref} />
        </Suspense>
      </Optional>
      <figcaption className="dr-muted dr-small">
        Lines are as wide as the articles shared, across {scope}.
        <table className="dr-visually-hidden">
          <caption>Seen with {centre.name}</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Articles with {centre.name}</th>
              <th scope="col">Also seen with (articles)</th>
            </tr>
          </thead>
          <tbody>
            {network.nodes.map((n) => {
              const also = network.edges.filter((e) => e.a === n.key || e.b === n.key).map((e) => `${name(e.a === n.key ? e.b : e.a)} (${e.articles})`);
              return (
                <tr key={n.key}>
                  <th scope="row">
                    {n.name} ({TYPE_LABEL[n.type].toLowerCase()})
                  </th>
                  <td>{n.articles}</td>
                  <td>{also.length ? also.join(', ') : 'none of the others'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

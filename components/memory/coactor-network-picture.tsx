/**
 * The co-actor network as an SVG drawn by React (the layout from d3-force, coactor-network-layout.ts): the actor in the
 * middle, their top co-actors around them with the project's type glyphs (circle person, square organization, triangle
 * place), an edge to each as wide as the articles they share, and thinner edges between co-actors seen together.
 * Every co-actor is a link to their actor page, named for screen readers with its counts. Colours are the theme's
 * custom properties, so it follows dark mode; nothing is fetched. Loaded lazily (coactor-network.tsx).
 */
import { useMemo } from 'react';
import type { CoActorNetwork } from '@/lib/memory/coactor-network';
import type { ActorType } from '@/lib/nlp/types';
import { TYPE_LABEL, countNoun } from '../format';
import { CENTRE_KEY, layoutNetwork, shortLabel } from './coactor-network-layout';

export interface CoActorNetworkPictureProps {
  centre: { name: string; type: ActorType };
  network: CoActorNetwork;
  actorHref: (key: string) => string;
}

/** Stroke width of an edge of `articles` when the most any edge has is `max`: 1 to 7 units. */
export function edgeWidth(articles: number, max: number): number {
  return 1 + 6 * (Math.max(0, articles) / Math.max(1, max));
}

function Shape({ type, x, y, r, className }: { type: ActorType; x: number; y: number; r: number; className: string }) {
  if (type === 'organization') return <rect className={className} x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} rx={2} />;
  if (type === 'place') {
    const h = r * 1.15;
    return <path className={className} d={`M${x} ${y - h} L${x + h} ${y + h * 0.8} L${x - h} ${y + h * 0.8} Z`} />;
  }
  return <circle className={className} cx={x} cy={y} r={r} />;
}

export default function CoActorNetworkPicture({ centre, network, actorHref }: CoActorNetworkPictureProps) {
  const layout = useMemo(() => layoutNetwork(network, centre.name), [network, centre.name]);
  const at = new Map([[CENTRE_KEY, layout.centre], ...layout.nodes.map((n) => [n.key, n] as const)]);
  const max = Math.max(1, ...network.nodes.map((n) => n.articles), ...network.edges.map((e) => e.articles));
  const partners = (key: string) =>
    network.edges
      .filter((e) => e.a === key || e.b === key)
      .map((e) => `${network.nodes.find((n) => n.key === (e.a === key ? e.b : e.a))?.name} (${e.articles})`);
  const { box } = layout;
  return (
    <svg
      className="dr-network__svg"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      width={Math.round(box.width)}
      height={Math.round(box.height)}
      role="group"
      aria-label={`Network of ${centre.name} and the actors seen with them`}
      data-testid="coactor-network"
    >
      <g className="dr-network__edges" aria-hidden="true">
        {network.edges.map((e) => {
          const a = at.get(e.a)!;
          const b = at.get(e.b)!;
          return <line key={`${e.a}\n${e.b}`} className="dr-network__edge" x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={edgeWidth(e.articles, max)} data-articles={e.articles} />;
        })}
        {network.nodes.map((n) => {
          const p = at.get(n.key)!;
          return (
            <line
              key={n.key}
              className="dr-network__spoke"
              x1={layout.centre.x}
              y1={layout.centre.y}
              x2={p.x}
              y2={p.y}
              strokeWidth={edgeWidth(n.articles, max)}
              data-articles={n.articles}
            />
          );
        })}
      </g>
      <g className="dr-network__centre" aria-hidden="true">
        <Shape type={centre.type} x={layout.centre.x} y={layout.centre.y} r={layout.centre.r} className={`dr-network__shape dr-network__shape--${centre.type}`} />
        <text className="dr-network__label dr-network__label--centre" x={layout.centre.x} y={layout.centre.y + layout.centre.r + 14} textAnchor="middle">
          {shortLabel(centre.name)}
        </text>
      </g>
      {network.nodes.map((n) => {
        const p = at.get(n.key)!;
        const also = partners(n.key);
        const label = `${n.name}, ${TYPE_LABEL[n.type].toLowerCase()}: in ${countNoun(n.articles, 'article')} with ${centre.name}${also.length ? `; also seen with ${also.join(', ')}` : ''}`;
        return (
          <a key={n.key} className="dr-network__node" href={actorHref(n.key)} aria-label={label}>
            <title>{label}</title>
            <Shape type={n.type} x={p.x} y={p.y} r={p.r} className={`dr-network__shape dr-network__shape--${n.type}`} />
            <text className="dr-network__label" x={p.x} y={p.y + p.r + 14} textAnchor="middle">
              {shortLabel(n.name)}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

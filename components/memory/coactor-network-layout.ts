/**
 * Where the co-actor network's nodes go (d3-force 3.0.1, ISC, with d3-quadtree, d3-dispatch and d3-timer; the
 * picture's lazy chunk, this file and the SVG included, is 18 KB minified, 7 KB gzipped; no styles, no network). The
 * simulation runs to rest synchronously (no animation, no timer): the same network always gets the same picture
 * (d3-force's start positions and its random source are deterministic). The actor is pinned in the middle; a co-actor
 * seen in more articles with them sits closer; co-actors seen together pull towards each other. Loaded only with the
 * picture (coactor-network-picture.tsx, a lazy chunk).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { CoActorNetwork } from '@/lib/memory/coactor-network';

export interface PlacedNode {
  key: string;
  x: number;
  y: number;
  /** Radius of its shape. */
  r: number;
}

export interface Layout {
  centre: PlacedNode;
  nodes: PlacedNode[];
  /** The drawing's bounds, labels included (for the viewBox). */
  box: { x: number; y: number; width: number; height: number };
}

/** Rough width of a label in the picture's units (about 7 units a character at the picture's font size). */
export function labelWidth(name: string): number {
  return Math.min(name.length, 28) * 7;
}

/** The label of a node: long names are cut at 28 characters (the table and the link's name say it whole). */
export function shortLabel(name: string): string {
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
}

interface Sim extends SimulationNodeDatum {
  key: string;
  r: number;
}

export const CENTRE_KEY = '\u0000centre';

export function layoutNetwork(network: CoActorNetwork, centreName: string): Layout {
  const max = Math.max(1, ...network.nodes.map((n) => n.articles));
  const centre: Sim = { key: CENTRE_KEY, r: 14, fx: 0, fy: 0 };
  const nodes: Sim[] = [centre, ...network.nodes.map((n) => ({ key: n.key, r: 7 + 5 * (n.articles / max) }))];
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const links: (SimulationLinkDatum<Sim> & { articles: number; spoke: boolean })[] = [
    ...network.nodes.map((n) => ({ source: centre, target: byKey.get(n.key)!, articles: n.articles, spoke: true })),
    ...network.edges.map((e) => ({ source: byKey.get(e.a)!, target: byKey.get(e.b)!, articles: e.articles, spoke: false })),
  ];
  const sim = forceSimulation(nodes)
    .force(
      'link',
      forceLink(links)
        // Closer when seen together more often; the spokes hold the picture, the other edges only lean on it.
        .distance((l) => (l.spoke ? 150 - 60 * (l.articles / max) : 120))
        .strength((l) => (l.spoke ? 0.7 : 0.08)),
    )
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide<Sim>((n) => n.r + 26))
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.06))
    .stop();
  sim.tick(300);
  const placed = nodes.map((n) => ({ key: n.key, x: n.x ?? 0, y: n.y ?? 0, r: n.r }));
  // Bounds: each shape, and its label centred below it.
  const names = new Map([[CENTRE_KEY, centreName], ...network.nodes.map((n) => [n.key, n.name] as [string, string])]);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of placed) {
    const half = Math.max(p.r, labelWidth(shortLabel(names.get(p.key) ?? '')) / 2);
    x0 = Math.min(x0, p.x - half);
    x1 = Math.max(x1, p.x + half);
    y0 = Math.min(y0, p.y - p.r);
    y1 = Math.max(y1, p.y + p.r + 18);
  }
  const pad = 8;
  return {
    centre: placed[0],
    nodes: placed.slice(1),
    box: { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad },
  };
}

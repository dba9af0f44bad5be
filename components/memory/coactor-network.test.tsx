// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoActorNetwork } from '@/lib/memory/coactor-network';
import { CoActorNetworkView } from './coactor-network';
import { layoutNetwork } from './coactor-network-layout';
import CoActorNetworkPicture, { edgeWidth } from './coactor-network-picture';

afterEach(cleanup);

const network: CoActorNetwork = {
  records: 5,
  nodes: [
    { key: 'person:bo lind', name: 'Bo Lind', type: 'person', articles: 4 },
    { key: 'organization:harbour authority', name: 'Harbour Authority', type: 'organization', articles: 2 },
    { key: 'place:lisbon', name: 'Lisbon', type: 'place', articles: 1 },
  ],
  edges: [
    { a: 'organization:harbour authority', b: 'person:bo lind', articles: 2 },
    { a: 'person:bo lind', b: 'place:lisbon', articles: 1 },
  ],
};
const centre = { name: 'Ana Ruiz', type: 'person' as const };
const href = (k: string) => `#/actor/${encodeURIComponent(k)}`;

describe('the co-actor network picture', () => {
  it('draws every co-actor as a link to their page, named with the counts, in the type glyph shape', () => {
    const { container } = render(<CoActorNetworkPicture centre={centre} network={network} actorHref={href} />);
    const links = within(screen.getByRole('group', { name: 'Network of Ana Ruiz and the actors seen with them' })).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#/actor/person%3Abo%20lind', '#/actor/organization%3Aharbour%20authority', '#/actor/place%3Alisbon']);
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Bo Lind, person: in 4 articles with Ana Ruiz; also seen with Harbour Authority (2), Lisbon (1)',
      'Harbour Authority, organization: in 2 articles with Ana Ruiz; also seen with Bo Lind (2)',
      'Lisbon, place: in 1 article with Ana Ruiz; also seen with Bo Lind (1)',
    ]);
    // A circle for a person, a square for an organization, a triangle for a place; the actor in the middle is no link.
    expect(links.map((a) => a.querySelector('.dr-network__shape')?.tagName.toLowerCase())).toEqual(['circle', 'rect', 'path']);
    expect(container.querySelector('.dr-network__centre')?.closest('a')).toBeNull();
    expect(container.querySelector('.dr-network__centre text')?.textContent).toBe('Ana Ruiz');
  });

  it('makes each line as wide as the articles shared', () => {
    const { container } = render(<CoActorNetworkPicture centre={centre} network={network} actorHref={href} />);
    const widths = [...container.querySelectorAll('line')].map((l) => [l.getAttribute('class'), l.getAttribute('data-articles'), Number(l.getAttribute('stroke-width'))]);
    // max = 4: 1 + 6 * n / 4.
    expect(widths).toEqual([
      ['dr-network__edge', '2', 4],
      ['dr-network__edge', '1', 2.5],
      ['dr-network__spoke', '4', 7],
      ['dr-network__spoke', '2', 4],
      ['dr-network__spoke', '1', 2.5],
    ]);
    expect(edgeWidth(0, 0)).toBe(1);
  });

  it('lays the nodes out apart from each other, the actor in the middle, the same way every time', () => {
    const big: CoActorNetwork = {
      records: 20,
      nodes: Array.from({ length: 10 }, (_, i) => ({ key: `person:p${i}`, name: `Person Number ${i}`, type: 'person' as const, articles: 10 - i })),
      edges: [{ a: 'person:p0', b: 'person:p1', articles: 3 }],
    };
    const a = layoutNetwork(big, 'Ana Ruiz');
    expect(layoutNetwork(big, 'Ana Ruiz')).toEqual(a);
    expect([a.centre.x, a.centre.y]).toEqual([0, 0]);
    const all = [a.centre, ...a.nodes];
    for (const p of all) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) expect(Math.hypot(all[i].x - all[j].x, all[i].y - all[j].y)).toBeGreaterThan(all[i].r + all[j].r);
    }
    // Every node inside the drawing's bounds.
    for (const p of all) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(a.box.x);
      expect(p.x + p.r).toBeLessThanOrEqual(a.box.x + a.box.width);
    }
  });
});

describe('CoActorNetworkView', () => {
  it('gives the same numbers as a table, and loads the picture', async () => {
    render(<CoActorNetworkView centre={centre} network={{ ...network, total: 5 }} actorHref={href} />);
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true }).map((r) => r.textContent)).toEqual([
      'ActorArticles with Ana RuizAlso seen with (articles)',
      'Bo Lind (person)4Harbour Authority (2), Lisbon (1)',
      'Harbour Authority (organization)2Bo Lind (2)',
      'Lisbon (place)1Bo Lind (1)',
    ]);
    expect(screen.getByText(/across the 5 articles you read with Ana Ruiz/)).toBeTruthy();
    expect(await screen.findAllByRole('link')).toHaveLength(3);
  });

  it('says when only the newest articles were counted; nothing at all without co-actors', () => {
    const { container } = render(<CoActorNetworkView centre={centre} network={{ ...network, records: 200, total: 340 }} actorHref={href} />);
    expect(container.textContent).toContain('across the 200 newest of the 340 articles you read with Ana Ruiz');
    cleanup();
    const empty = render(<CoActorNetworkView centre={centre} network={{ records: 3, nodes: [], edges: [] }} actorHref={href} />);
    expect(empty.container.textContent).toBe('');
  });
});

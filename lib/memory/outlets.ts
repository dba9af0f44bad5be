/**
 * What an "outlet" is, everywhere the memory counts or names one (the actor page, the claim card's "also carried by",
 * the popup's outlet line): a registrable domain by the Public Suffix List (canonical-url.ts: news.bbc.co.uk and
 * www.bbc.co.uk are one outlet, alice.github.io and bob.github.io two), shown under the site name its articles give
 * most often. Articles of one domain that name themselves differently ("BBC News", "BBC Sport") are one outlet, whose
 * other names are listed with it; two domains that share a name stay two outlets.
 */
import { siteOfHost } from '../store/canonical-url';

/** The outlet (registrable domain) of a host or a URL; the host itself when it has none (an IP address, localhost). */
export function outletOf(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      // not a URL after all: taken as a host
    }
  }
  host = host.replace(/[/:].*$/, '').replace(/^www\./, '');
  return host ? siteOfHost(host) : host;
}

export interface Outlet {
  /** The registrable domain. */
  domain: string;
  /** The site name its articles give most often (the newest of equals); the domain when none gave one. */
  name: string;
  /** Its other site names, most used first. */
  otherNames: string[];
  articles: number;
  /** Newest reading, epoch ms. */
  last: number;
}

/**
 * The outlets of some articles, most articles first (then the newest). An entry may stand for several articles of one
 * host and site (`articles`, e.g. the actor page's per-host counts): it weighs that many.
 */
export function groupOutlets(articles: readonly { host: string; site: string; readAt: number; articles?: number }[]): Outlet[] {
  const byDomain = new Map<string, { names: Map<string, { n: number; last: number }>; articles: number; last: number }>();
  for (const a of articles) {
    const domain = outletOf(a.host);
    const o = byDomain.get(domain) ?? { names: new Map(), articles: 0, last: 0 };
    const weight = a.articles ?? 1;
    o.articles += weight;
    o.last = Math.max(o.last, a.readAt);
    const name = a.site.trim() || domain;
    const x = o.names.get(name) ?? { n: 0, last: 0 };
    x.n += weight;
    x.last = Math.max(x.last, a.readAt);
    o.names.set(name, x);
    byDomain.set(domain, o);
  }
  return [...byDomain]
    .map(([domain, o]) => {
      const names = [...o.names].sort((x, y) => y[1].n - x[1].n || y[1].last - x[1].last || x[0].localeCompare(y[0])).map(([n]) => n);
      return { domain, name: names[0], otherNames: names.slice(1), articles: o.articles, last: o.last };
    })
    .sort((a, b) => b.articles - a.articles || b.last - a.last || a.domain.localeCompare(b.domain));
}

/**
 * The outlets of a claim's earlier readings, in the order first seen (`matches` oldest first): the first is the
 * outlet of the first reading. Each by its name (see groupOutlets).
 */
export function outletsInOrder(matches: readonly { host: string; site: string; readAt: number }[]): string[] {
  const names = new Map(groupOutlets(matches).map((o) => [o.domain, o.name]));
  return [...new Set(matches.map((m) => outletOf(m.host)))].map((d) => names.get(d)!);
}

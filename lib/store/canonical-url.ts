/**
 * Which URL an article is saved under: the page's canonical link (`<link rel="canonical">`) when it names a page of
 * the SAME SITE, else the page's own URL, normalized. The site is the registrable domain by the Public Suffix List
 * (`tldts`, about 134 KB minified). `siteOfHost` is also what an outlet is (lib/memory/outlets.ts: the actor page, the
 * claim card, the popup); the pages that import it already load it through saving.
 */
import { getDomain } from 'tldts';
import { normalizeUrl } from './normalize-url';

/**
 * The site a host belongs to: its registrable domain by the Public Suffix List (tldts), private suffixes included
 * (alice.github.io and bob.github.io are two sites, news.bbc.co.uk and www.bbc.co.uk one); the host itself when it has
 * none (an IP address, localhost).
 */
export function siteOfHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** True when two URLs are on the same site (see siteOfHost); false when either is not a URL. */
export function sameSite(a: string | URL, b: string | URL): boolean {
  try {
    return siteOfHost(new URL(a).hostname) === siteOfHost(new URL(b).hostname);
  } catch {
    return false;
  }
}

/** The normalized URL a page is saved under (see the file comment). Throws TypeError when `url` is not a URL. */
export function articleUrl(url: string, canonical?: string | null): string {
  return normalizeUrl(url, canonical, sameSite);
}

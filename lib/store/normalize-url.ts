/**
 * URL normalization for the reading list: one saved article per page, whatever tracking parameters or fragment the
 * link carried. The caller passes the page's canonical link when it has one (`<link rel="canonical">`).
 */

/** Query parameters that only track the click, never change the page. Data with a reason. */
export const TRACKING_PARAMS: readonly { match: RegExp; reason: string }[] = [
  { match: /^utm_/i, reason: 'Google Analytics campaign tags (utm_source, utm_medium, utm_campaign, ...)' },
  { match: /^(fbclid|igshid)$/i, reason: 'Facebook / Instagram click ids' },
  { match: /^(gclid|gclsrc|dclid|gbraid|wbraid)$/i, reason: 'Google Ads click ids' },
  { match: /^(msclkid)$/i, reason: 'Microsoft Ads click id' },
  { match: /^(yclid|ysclid)$/i, reason: 'Yandex click ids' },
  { match: /^(twclid|ttclid|li_fat_id)$/i, reason: 'Twitter / TikTok / LinkedIn click ids' },
  { match: /^(mc_cid|mc_eid)$/i, reason: 'Mailchimp campaign and subscriber ids' },
  { match: /^(_ga|_gl|_hsenc|_hsmi|__hssc|__hstc|__hsfp|hsctatracking)$/i, reason: 'Google Analytics linker / HubSpot' },
  { match: /^(mkt_tok|vero_id|vero_conv|oly_anon_id|oly_enc_id|rb_clickid|s_cid|wt_mc|cmpid|ncid|sr_share|ocid)$/i, reason: 'Marketo, Vero, Omeda, Adobe, Webtrends and newspaper share/campaign ids' },
  { match: /^(at_campaign|at_medium|at_custom\d*|at_ptr_name)$/i, reason: 'AT Internet campaign tags' },
];

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.some((p) => p.match.test(name));
}

/**
 * Normalizes `url` (preferring `canonical` when it is a valid http(s) URL, resolved against `url`, and `accept` allows
 * it: saving passes canonical-url.ts's same-site check, so a page may name its own article, never one of another site,
 * whose saved copy it would otherwise overwrite): lower-case host
 * (done by URL), default port dropped, fragment dropped, tracking parameters dropped, other parameters kept in order.
 * Non-http(s) URLs are returned trimmed, without fragment. Throws TypeError on a string that is not a URL.
 */
export function normalizeUrl(url: string, canonical?: string | null, accept: (canonical: URL, page: URL) => boolean = () => false): string {
  let chosen = new URL(url.trim());
  if (canonical) {
    try {
      const c = new URL(canonical.trim(), chosen);
      if ((c.protocol === 'http:' || c.protocol === 'https:') && accept(c, chosen)) chosen = c;
    } catch {
      // an invalid canonical link is ignored
    }
  }
  chosen.hash = '';
  if (chosen.protocol !== 'http:' && chosen.protocol !== 'https:') return chosen.href;
  chosen.username = '';
  chosen.password = '';
  const kept = [...chosen.searchParams].filter(([name]) => !isTrackingParam(name));
  chosen.search = '';
  for (const [name, value] of kept) chosen.searchParams.append(name, value);
  return chosen.href;
}

/** Lower-case host without a leading "www." (for the site filter and per-site settings). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

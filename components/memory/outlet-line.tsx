/**
 * The outlet's sourcing across the reading, beside the page's own summary in the popup: "This outlet: 38% anonymous
 * across 24 articles you read since Mar 2." (and its most-quoted sources). Nothing when fewer than two articles of the
 * site were read: one article is this page, which the summary above already describes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { outletOf } from '@/lib/memory/outlets';
import type { DramatisDB } from '@/lib/store/db';
import { outletProfile, type OutletProfile } from '@/lib/store/history-queries';
import { countNoun, formatDate } from '../format';

export function OutletLine({ profile, locale, href }: { profile: OutletProfile; locale?: string; /** The outlet's page in the library (opens in a new tab). */ href?: string }) {
  if (profile.articles < 2) return null;
  const share = Math.round(profile.anonymousShare * 100);
  return (
    <p className="dr-memory__line dr-small" data-memory="outlet">
      {href ? (
        <a href={href} target="_blank" rel="noopener" aria-label={`This outlet (${profile.site}): open its page`}>
          This outlet
        </a>
      ) : (
        'This outlet'
      )}
      : {profile.claims ? `${share}% anonymous` : 'no claims'} across {countNoun(profile.articles, 'article')} you read
      {profile.first !== null ? ` since ${formatDate(profile.first, locale)}` : ''}.
      {profile.topSources.length ? ` Quoted most: ${profile.topSources.slice(0, 3).map((s) => `${s.name} (${s.claims})`).join(', ')}.` : ''}
    </p>
  );
}

/**
 * The profile the popup's line shows for a site: its outlet is the site's registrable domain (lib/memory/outlets.ts),
 * so on news.bbc.co.uk it counts every host of bbc.co.uk, as the actor page does.
 */
export function outletMemoryProfile(db: DramatisDB, site: string): Promise<OutletProfile> {
  return outletProfile(db, outletOf(site));
}

/** The outlet line of a site, read from the reading history (extension pages only). */
export function OutletMemory({ db, site }: { db: DramatisDB; site?: string }) {
  const profile = useLiveQuery(async () => (site ? outletMemoryProfile(db, site) : null), [db, site]);
  // The library's outlet page (a relative URL: the popup and the library are pages of the same extension origin).
  return profile ? <OutletLine profile={profile} href={`library.html#/outlet/${encodeURIComponent(profile.host)}`} /> : null;
}

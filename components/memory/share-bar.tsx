/**
 * An anonymous share as a small bar with the ratio in words beside it ("3 of 9 claims anonymous, 33%"). The bar is
 * decoration (aria-hidden): the words carry the number, so it reads the same without colour or sight.
 */
import { countNoun } from '../format';

/** "33%" (a share below 1% but above 0 is "<1%", so a few anonymous claims never read as none). */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** "3 of 9 claims anonymous (33%)", "no claims", "none of 4 claims anonymous". */
export function shareWords(anonymous: number, claims: number): string {
  if (claims <= 0) return 'no claims';
  if (anonymous <= 0) return `none of ${countNoun(claims, 'claim')} anonymous`;
  if (anonymous >= claims) return claims === 1 ? '1 claim, anonymous (100%)' : `all ${claims} claims anonymous (100%)`;
  return `${anonymous} of ${countNoun(claims, 'claim')} anonymous (${percent(anonymous / claims)})`;
}

export function ShareBar({ anonymous, claims, average }: { anonymous: number; claims: number; /** A mark at the reader's average share. */ average?: number }) {
  const share = claims ? Math.min(1, anonymous / claims) : 0;
  return (
    <span className="dr-share">
      <span className="dr-share__bar" aria-hidden="true">
        <span className="dr-share__fill" style={{ width: `${share * 100}%` }} />
        {average !== undefined ? <span className="dr-share__mark" style={{ left: `${Math.min(1, average) * 100}%` }} /> : null}
      </span>
      <span className="dr-share__words">{shareWords(anonymous, claims)}</span>
    </span>
  );
}

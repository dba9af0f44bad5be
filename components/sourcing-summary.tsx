import { cx, sourcingSummaryText } from './format';

export interface SourcingSummaryProps {
  /** Number of attributed claims on the page (`Profile.claims`). */
  claims: number;
  /** Claims from anonymous sources (`Profile.anonymous`). */
  anonymous: number;
  className?: string;
}

/** One line: "11 claims, 6 from anonymous sources"; "No attributed claims found" when there are none. */
export function SourcingSummary({ claims, anonymous, className }: SourcingSummaryProps) {
  return <p className={cx('dr dr-summary', className)}>{sourcingSummaryText(claims, anonymous)}</p>;
}

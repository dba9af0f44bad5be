import { countNoun, cx } from './format';

export interface SourcingSummaryProps {
  /** Number of attributed claims on the page (`Profile.claims`). */
  claims: number;
  /** Claims from anonymous sources (`Profile.anonymous`). */
  anonymous: number;
  /** How many distinct sources made them (`Profile.sources.length`); omitted from the sentence when unknown. */
  sources?: number;
  className?: string;
}

/**
 * The sourcing of a page in plain words: "11 claims from 7 sources, 6 of them from unnamed sources". "Unnamed", not
 * "anonymous": it says what the reader can check (the article gives no name), not a judgement.
 */
export function sourcingSentence(claims: number, anonymous: number, sources?: number): string {
  if (claims <= 0) return 'No attributed claims found';
  const head = countNoun(claims, 'claim') + (sources && sources > 0 ? ` from ${countNoun(sources, 'source')}` : '');
  if (anonymous <= 0) return `${head}, all named`;
  if (anonymous >= claims) return claims === 1 ? `${head}, an unnamed one` : `${head}, all unnamed`;
  return `${head}, ${anonymous} of them from unnamed sources`;
}

/** One line: "11 claims from 7 sources, 6 of them from unnamed sources". */
export function SourcingSummary({ claims, anonymous, sources, className }: SourcingSummaryProps) {
  return <p className={cx('dr dr-summary', className)}>{sourcingSentence(claims, anonymous, sources)}</p>;
}

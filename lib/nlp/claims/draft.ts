import type { ClaimKind } from '../types';
import type { Range } from './text-units';
import type { Quote } from './quotes';

/** A claim before its source is classified and resolved. */
export interface Draft {
  kind: ClaimKind;
  content?: Range;
  cue?: Range;
  source?: Range;
  /** Cue-less continuation of another draft's speaker. */
  continues?: Draft;
}

/** The document as the claim patterns read it. */
export interface Text {
  text: string;
  paras: Range[];
  sents: Range[];
  quotes: Quote[];
  /** Real quotations only (not scare quotes). */
  real: Quote[];
  /** Quotations that can carry a cue: real ones plus short punctuated ones ("We will win," Trump said). */
  speech?: Quote[];
}

/** Where a draft starts in the text: its cue, else its content (drafts are sorted by it). */
export const draftStart = (d: Draft) => d.cue?.start ?? d.content!.start;

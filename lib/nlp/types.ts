/**
 * The analysis contract (schema 1). Offsets are JavaScript string offsets (UTF-16 code units) into the analysed text,
 * end exclusive. Fields may be added; removing or changing one bumps `schema`.
 */
import type { StageTrace } from './pipeline';
export type ActorType = 'person' | 'organization' | 'place';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Actor {
  /** Stable within one analysis, e.g. "a1". */
  id: string;
  /** The fullest name seen, e.g. "Mike Pompeo". */
  name: string;
  type: ActorType;
  /** Name mentions only (no pronouns, no "the", no possessive "'s"). */
  mentions: Span[];
  /** Roles and titles seen next to a name: "Secretary of State", "US President". */
  roles?: string[];
  /** Other names used for this actor in the text: "US", "Washington", "IAEA". */
  aliases?: string[];
  /** Pronouns and descriptions that refer to this actor (not highlighted by default). */
  references?: Span[];
  /** Demonyms and other modifiers linked to this actor ("Iraqi" for Iraq). */
  modifiers?: Span[];
  /** Reference-data key when known (ISO 3166-1 alpha-3 for countries). */
  kb?: string;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'according-to' | 'no-comment';

export interface SourceDescriptor {
  /** "two", "a", "several" */
  count?: string;
  /** "Iraqi", "State Department" */
  affiliation?: string;
  /** "security source", "official" */
  role?: string;
  /** "with knowledge of Pompeo's trip", "who spoke on condition of anonymity" */
  qualifiers?: string[];
}

export interface ClaimSource extends Span {
  /** The actor the source resolves to, directly, through a pronoun or a back-reference. */
  actorId?: string;
  anonymous: boolean;
  /** For anonymous sources: what the text says about them. */
  descriptor?: SourceDescriptor;
  /** True when the source is a document ("a statement", "a report"). */
  document?: boolean;
}

export interface Claim extends Span {
  kind: ClaimKind;
  cue?: Span;
  source?: ClaimSource;
}

export interface SourceProfile {
  text: string;
  actorId?: string;
  anonymous: boolean;
  claims: number;
}

export interface Profile {
  claims: number;
  anonymous: number;
  sources: SourceProfile[];
}

export interface Analysis {
  schema: 1;
  actors: Actor[];
  claims: Claim[];
  profile: Profile;
  /**
   * Present (true) when the time budget (`AnalyzeOptions.budgetMs`) ran out: the actors and claims are those found
   * before it did (names tagged in the sentences reached, claims from the cues reached), each one complete and valid.
   */
  partial?: true;
  /** Present when `AnalyzeOptions.trace` was set: what each stage of each pipeline added, removed or changed. */
  trace?: StageTrace[];
}

/** The user's corrections, applied on every page. Names are compared case-insensitively after whitespace folding. */
export interface Corrections {
  /** Names that are "not an actor". */
  notActor?: string[];
  /** Forced types by name. */
  types?: Record<string, ActorType>;
  /** Groups of names that are one actor; the first is the display name. */
  merges?: string[][];
  /** Renames: name seen -> display name. */
  renames?: Record<string, string>;
}

export interface AnalyzeOptions {
  corrections?: Corrections;
  /**
   * Time budget in milliseconds. When it runs out, analyze() stops tagging further sentences and examining further
   * claim cues, and returns what it found with `partial: true`, rather than holding its thread on a hostile page.
   * Default: none (the pure API analyses everything; the engine is linear, about 10 s for 5 MB on a slow machine).
   * Callers on a user's machine should pass one: EXTENSION_BUDGET_MS (lib/nlp/limits.ts) is the suggested value.
   */
  budgetMs?: number;
  /** The clock the budget is measured with (milliseconds); defaults to performance.now. Tests inject a counter. */
  clock?: () => number;
  /**
   * Ids of stages to switch off (lib/nlp/actors/stages.ts, lib/nlp/claims/patterns.ts), to measure what one rule is
   * worth: `npm run bench -- ner --without <id>`. An unknown id throws. Never set in the extension.
   */
  without?: readonly string[];
  /** Record what every stage changed in `Analysis.trace` (the CLI's `--trace`). Costs time; off by default. */
  trace?: boolean;
}

/**
 * Tokens and sentences shared by every stage. A token's `text` is its slice of the text without the invisible format
 * characters a word may hold (zero-width space, joiners, soft hyphen: see tokenize), so "Mi\u200Bke" reads "Mike".
 */
export interface Token extends Span {}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of the sentence in `Doc.tokens`. */
  tokenStart: number;
  /** Index one past the last token. */
  tokenEnd: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Paragraph spans (split on blank lines or line breaks). */
  paragraphs: { start: number; end: number }[];
}

/**
 * Every message between the content script, the background, the engine document, the card frame and the extension
 * pages, typed and validated in one place. Payloads are plain serialisable data (offsets, locators, strings), never DOM
 * objects. The content script (which runs on every page) imports only types from here: zod stays out of it, and the few
 * messages it receives are checked by `tab-request.ts`.
 *
 * Directions:
 * - content -> background (`ContentRequest`): the site's switch, loading the page part, sending the page's HTML and
 *   text for analysis, asking for a card. A content script never receives notes, cards, corrections or saved status:
 *   it gets spans (offsets, a kind and an opaque key) and nothing else.
 * - extension page -> background (`PageRequest`): saving a tab, the analysis of a tab (popup), the card frame's
 *   close, opening an actor page.
 * - background -> engine document (`EngineRequest`, `target: 'engine'`): see `lib/engine/service.ts`.
 * - background -> card frame (`CardFrameMessage`, over the frame's port, see `card-frames.ts`): what the card shows.
 * - popup / background -> content (`TabRequest`): state of the page, analyse, toggle highlights, jump, hide the card.
 */
import { z } from 'zod';
import type { Actor, Analysis, Claim } from '../nlp/types';
import type { ArticleLocator } from '../page/article-locator';
import type { CardMemory } from '../memory/card-memory';

const ActorTypeSchema = z.enum(['person', 'organization', 'place']);
export const KindSchema = z.enum(['person', 'organization', 'place', 'claim']);
/** The kinds a user can switch on and off in Options ("claim" covers named and anonymous claims). */
export type OptionKind = z.infer<typeof KindSchema>;

/** Host names are short, lower-case, with no scheme or path. */
const HostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+(?::\d+)?$|^\[[0-9a-f:]+\](?::\d+)?$/i);

/** Opaque key of a painted span: "a<actor index>" or "c<claim index>" in the tab's current analysis. */
export const SpanKeySchema = z.string().regex(/^[ac]\d{1,6}$/);

/** Limits on what a page may send (the engine is also protected by its own caps and time budget). */
export const MAX_PAGE_HTML = 20_000_000;
export const MAX_ARTICLE_TEXT = 5_000_000;

export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-page-config'), host: HostSchema }).strict(),
  // Loads the page part of the content script (text map, painter, hit-testing) into this tab; only once a page passed
  // the cheap checks, so pages where Dramatis does not run never load it.
  z.object({ type: z.literal('load-page-script') }).strict(),
  // The serialized page: the engine finds the article in its own copy, reads its text there and analyses it (unless
  // the page does not look like an article and the user did not ask); it answers with a locator and spans.
  z.object({ type: z.literal('analyze-page'), html: z.string().max(MAX_PAGE_HTML), force: z.boolean() }).strict(),
  // The live article's text, when it differs from the copy's: the engine analyses it and answers with spans.
  z.object({ type: z.literal('analyze-text'), text: z.string().max(MAX_ARTICLE_TEXT) }).strict(),
  // The pointer is over a painted span: the card frame of this tab shows it (nothing is returned to the page).
  // `focus`: the keyboard path opened it (next/previous-mark): the card takes keyboard focus.
  z.object({ type: z.literal('show-card'), key: SpanKeySchema, focus: z.literal(true).optional() }).strict(),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const PageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('save-tab'), tabId: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal('get-tab-analysis'), tabId: z.number().int().nonnegative() }).strict(),
  // The popup: how the last save from the context menu or the shortcut on this tab went (SaveOutcome | null).
  z.object({ type: z.literal('get-last-save'), tabId: z.number().int().nonnegative() }).strict(),
  // The card frame: "the user closed me".
  z.object({ type: z.literal('card-closed') }).strict(),
  z.object({ type: z.literal('open-actor'), name: z.string().min(1).max(300), actorType: ActorTypeSchema }).strict(),
  // The card frame: a one-click correction of the actor it shows (by its span key in the tab's current analysis, so
  // it can only correct what the page shows), and its undo (only ids this background made for that tab). The card
  // frame's tab is the one the browser reports; the popup names its tab (`tabId`), the card frame may not.
  z
    .object({
      type: z.literal('correct-actor'),
      key: z.string().regex(/^a\d{1,6}$/),
      change: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('type'), type: ActorTypeSchema }).strict(),
        z.object({ kind: z.literal('not-actor') }).strict(),
      ]),
      tabId: z.number().int().nonnegative().optional(),
    })
    .strict(),
  // "Wrong source": the claim (by its span key) gets the actor `source` (an actor id of the same analysis) or, with
  // null, an unnamed source; remembered for this page (its normalized URL), without saving it.
  z
    .object({
      type: z.literal('correct-claim-source'),
      key: z.string().regex(/^c\d{1,6}$/),
      source: z.string().min(1).max(300).nullable(),
      tabId: z.number().int().nonnegative().optional(),
    })
    .strict(),
  z.object({ type: z.literal('undo-correction'), id: z.number().int().positive(), tabId: z.number().int().nonnegative().optional() }).strict(),
]);
/** A correction from the card: change the actor's type, or "not an actor". */
export type ActorChange = Extract<PageRequest, { type: 'correct-actor' }>['change'];
export type PageRequest = z.infer<typeof PageRequestSchema>;

/** A span for the page to paint: offsets into the text it sent, a highlight kind, and an opaque key for hovering. */
export interface PageSpan {
  kind: 'person' | 'organization' | 'place' | 'claim-named' | 'claim-anonymous';
  start: number;
  end: number;
  key: string;
}

/** The engine's answer to `analyze-text`. */
export type PageAnalysis =
  | { status: 'ready'; spans: PageSpan[] }
  | { status: 'not-english'; lang: string | null };

/**
 * The engine's answer to `analyze-page`: where the article is, and, when it analysed it, the spans with the length and
 * fingerprint (`textHash`) of the text they are offsets into. The page paints them if its own text has the same
 * length and fingerprint, and sends its text (`analyze-text`) otherwise.
 */
export interface PageResult {
  locator: ArticleLocator | null;
  analysis?: PageAnalysis;
  text?: { length: number; hash: number };
}

/** What the card frame shows (sent by the background, never by the page). */
export type CardView =
  | { kind: 'actor'; actor: Actor; card?: CardInfo; /** Its span key, for corrections from the card. */ key?: string; memory?: CardMemory }
  | {
      kind: 'claim';
      claim: Claim;
      sourceName?: string;
      /** Its span key, for "wrong source" from the card. */
      key?: string;
      /** The reading history's line (issue 15). */
      memory?: CardMemory;
      /** The page's actors, the choices for "wrong source". */
      actors?: SourceChoice[];
    };

/** An actor a claim's source can be set to ("wrong source"). */
export interface SourceChoice {
  id: string;
  name: string;
  type: z.infer<typeof ActorTypeSchema>;
}

/** Sent over the card frame's port (`card-frames.ts`); the frame answers `{shown: id}`. */
export interface CardFrameMessage {
  target: 'card-frame';
  id: number;
  view: CardView;
  /** Opened from the keyboard: the card takes focus (so Tab reaches its buttons and Esc closes it). */
  focus?: true;
}

export type { ArticleLocator };

/** The analysis of a tab, for the popup (extension pages only). */
export interface TabAnalysis {
  url: string;
  title: string;
  analysis: Analysis;
}

/** What a content script learns about its own site: only its switch (kinds and corrections are applied by the engine). */
export interface PageConfig {
  enabled: boolean;
}

export interface CardInfo {
  name: string;
  type: z.infer<typeof ActorTypeSchema>;
  /** True when the actor has a card in the user's library (it appeared in a saved article). */
  saved: boolean;
  note?: string;
  summary?: { text: string; url?: string; source?: string; fetchedAt?: number };
}

export type PageStatus = 'loading' | 'ready' | 'not-article' | 'not-english' | 'disabled' | 'error';

export interface TabState {
  status: PageStatus;
  reason?: string;
  url: string;
  title?: string;
  highlightsVisible: boolean;
}

/** What the engine hands to the background when the user saves the page. */
export interface ArticlePayload {
  url: string;
  canonicalUrl?: string;
  title: string;
  byline?: string;
  site?: string;
  published?: string;
  excerpt?: string;
  text: string;
  html?: string;
  analysis: Analysis;
}

export const ArticlePayloadSchema = z
  .object({
    url: z.string().url().max(4096),
    canonicalUrl: z.string().url().max(4096).optional(),
    title: z.string().max(2000),
    byline: z.string().max(2000).optional(),
    site: z.string().max(500).optional(),
    published: z.string().max(100).optional(),
    excerpt: z.string().max(5000).optional(),
    text: z.string().max(5_000_000),
    html: z.string().max(20_000_000).optional(),
    analysis: z
      .object({
        schema: z.literal(1),
        actors: z.array(z.unknown()),
        claims: z.array(z.unknown()),
        profile: z.object({ claims: z.number(), anonymous: z.number(), sources: z.array(z.unknown()) }).passthrough(),
      })
      .passthrough(),
  })
  .strict();

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}
export function fail(error: string): Reply<never> {
  return { ok: false, error };
}

/**
 * Every message between the content script, the background service worker and the extension pages, typed and
 * validated in one place. Payloads are plain serialisable data (offsets, selectors, strings), never DOM objects.
 *
 * Directions:
 * - content -> background (`ContentRequest`): the only operations a content script may ask for. Read-only lookups.
 * - extension page -> background (`PageRequest`): saving the current tab, opening pages.
 * - popup / background -> content (`TabRequest`): state of the page, analyse, toggle highlights, jump, article data.
 */
import { z } from 'zod';
import type { Analysis, Corrections } from '../nlp/types';

const ActorTypeSchema = z.enum(['person', 'organization', 'place']);
export const KindSchema = z.enum(['person', 'organization', 'place', 'claim']);
export type HighlightKind = z.infer<typeof KindSchema>;

/** Host names are short, lower-case, with no scheme or path. */
const HostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+(?::\d+)?$|^\[[0-9a-f:]+\](?::\d+)?$/i);

export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-page-config'), host: HostSchema }).strict(),
  z
    .object({
      type: z.literal('get-cards'),
      actors: z.array(z.object({ name: z.string().min(1).max(300), type: ActorTypeSchema }).strict()).max(500),
    })
    .strict(),
  // The hover card's "All about X": opens the actor's page in the library (nothing is returned to the page).
  z.object({ type: z.literal('open-actor'), name: z.string().min(1).max(300), actorType: ActorTypeSchema }).strict(),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export const PageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('save-tab'), tabId: z.number().int().nonnegative() }).strict(),
]);
export type PageRequest = z.infer<typeof PageRequestSchema>;

export const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state') }).strict(),
  z.object({ type: z.literal('analyze') }).strict(),
  z.object({ type: z.literal('set-highlights'), visible: z.boolean() }).strict(),
  z.object({ type: z.literal('jump'), kind: z.enum(['actor', 'claim']), index: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal('get-article') }).strict(),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export interface PageConfig {
  enabled: boolean;
  kinds: HighlightKind[];
  corrections: Corrections;
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
  analysis?: Analysis;
  highlightsVisible: boolean;
}

/** What the content script hands to the background when the user saves the page. */
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

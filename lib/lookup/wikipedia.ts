/**
 * The optional background lookup (off by default): the Wikipedia page summary for an actor, from the REST summary
 * endpoint, which answers cross-origin requests (`Access-Control-Allow-Origin: *`), so the extension needs no host
 * permission. Called only from extension pages, only when the user turned the lookup on. Every answer is validated:
 * offline, 404, slow and malformed answers become a `LookupError` with a message for the card.
 */
import { z } from 'zod';

export const WIKIPEDIA_API = 'https://en.wikipedia.org';
const TIMEOUT_MS = 8000;

export interface WikipediaSummary {
  title: string;
  description?: string;
  text: string;
  url: string;
  source: 'Wikipedia';
  fetchedAt: number;
  /**
   * The page's Wikidata item ("Q22686"), from the answer's `wikibase_item`, when it has one: kept with the card, it
   * tells two actors apart (or joins them) across articles whatever their names (lib/memory/identity.ts).
   */
  wikidata?: string;
}

/** A Wikidata item id: "Q" and a number without leading zeros. */
export const WIKIDATA_ITEM = /^Q[1-9]\d{0,11}$/;

export type LookupResult =
  | { kind: 'summary'; summary: WikipediaSummary }
  | { kind: 'ambiguous'; choices: { title: string; description?: string }[] };

export class LookupError extends Error {
  constructor(
    message: string,
    readonly reason: 'offline' | 'not-found' | 'timeout' | 'malformed' | 'http',
  ) {
    super(message);
    this.name = 'LookupError';
  }
}

const SummarySchema = z.object({
  type: z.string(),
  title: z.string().min(1),
  description: z.string().optional(),
  extract: z.string(),
  content_urls: z.object({ desktop: z.object({ page: z.string().url() }) }),
  // Not every page has an item (a new page, some redirects); an answer whose item is not a Q-id keeps its summary
  // without one.
  wikibase_item: z.unknown().optional(),
});

const SearchSchema = z.object({
  query: z.object({
    search: z.array(z.object({ title: z.string(), snippet: z.string().optional() })),
  }),
});

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

async function getJson(url: string, fetchImpl: Fetch, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    if (controller.signal.aborted) throw new LookupError('Wikipedia took too long to answer.', 'timeout');
    throw new LookupError('Wikipedia could not be reached (are you offline?).', 'offline');
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 404) throw new LookupError('Wikipedia has no page with this name.', 'not-found');
  if (!response.ok) throw new LookupError(`Wikipedia answered with an error (${response.status}).`, 'http');
  try {
    return await response.json();
  } catch {
    throw new LookupError('Wikipedia sent an answer Dramatis could not read.', 'malformed');
  }
}

/** Strips the HTML of a search snippet down to text (it is shown as text, never as HTML). */
function plain(snippet: string | undefined): string | undefined {
  if (!snippet) return undefined;
  const text = snippet.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#0?39;/g, "'").trim();
  return text || undefined;
}

/**
 * Looks up `name` (or an exact page `title` the user picked). A disambiguation page returns the candidate pages so the
 * user can pick one.
 */
export async function lookupWikipedia(
  name: string,
  options: { fetch?: Fetch; now?: () => number; timeoutMs?: number; base?: string } = {},
): Promise<LookupResult> {
  const fetchImpl: Fetch = options.fetch ?? ((url, init) => fetch(url, init));
  const base = options.base ?? WIKIPEDIA_API;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const title = name.trim().replace(/\s+/g, '_');
  if (!title) throw new LookupError('No name to look up.', 'not-found');
  const raw = await getJson(`${base}/api/rest_v1/page/summary/${encodeURIComponent(title)}?redirect=true`, fetchImpl, timeoutMs);
  const parsed = SummarySchema.safeParse(raw);
  if (!parsed.success) throw new LookupError('Wikipedia sent an answer Dramatis could not read.', 'malformed');
  const s = parsed.data;
  if (s.type === 'disambiguation') {
    const search = SearchSchema.safeParse(
      await getJson(
        `${base}/w/api.php?action=query&list=search&format=json&origin=*&srlimit=8&srsearch=${encodeURIComponent(name.trim())}`,
        fetchImpl,
        timeoutMs,
      ),
    );
    if (!search.success) throw new LookupError('Wikipedia sent an answer Dramatis could not read.', 'malformed');
    const choices = search.data.query.search
      .filter((r) => r.title !== s.title)
      .map((r) => ({ title: r.title, description: plain(r.snippet) }));
    return { kind: 'ambiguous', choices };
  }
  if (!s.extract.trim()) throw new LookupError('Wikipedia has no summary for this page.', 'not-found');
  return {
    kind: 'summary',
    summary: {
      title: s.title,
      description: s.description,
      text: s.extract.trim(),
      url: s.content_urls.desktop.page,
      source: 'Wikipedia',
      fetchedAt: (options.now ?? Date.now)(),
      ...(typeof s.wikibase_item === 'string' && WIKIDATA_ITEM.test(s.wikibase_item) ? { wikidata: s.wikibase_item } : {}),
    },
  };
}

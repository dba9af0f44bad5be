/**
 * Reaching the page's content script from the popup, without misdiagnosing a page that is still loading. The content
 * script starts at `document_idle`: until the page has loaded, nothing answers, which used to read as "Dramatis can't
 * read this page… off limits". Now:
 * 1. ask; an answer ends it;
 * 2. no answer and the tab is still loading: say so (`onWaiting`), wait for it to complete (bounded), then ask again a
 *    few times while the content script starts;
 * 3. still no answer: the true diagnosis. A web page (its URL is visible to us: we hold http/https host permissions)
 *    whose script never started was opened before Dramatis was installed or updated: reloading it helps. Anything else
 *    (browser pages, extension stores, PDFs) is off limits to extensions.
 */
import type { Reply } from '@/lib/messaging/protocol';

export type Reach<T> =
  | { kind: 'reply'; reply: Reply<T> }
  | { kind: 'gone' }
  | { kind: 'not-started' }
  | { kind: 'off-limits' };

export interface ReachDeps<T> {
  /** Sends the request to the tab's content script; null when nothing answers. */
  ask(): Promise<Reply<T> | null>;
  /** The tab as the browser sees it; null when it was closed. */
  tab(): Promise<{ status?: string; url?: string } | null>;
  /** Resolves true when the tab finished loading, false after `timeoutMs`. */
  waitComplete(timeoutMs: number): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  /** Called once when the popup starts waiting for the page to load. */
  onWaiting?(): void;
}

export interface ReachOptions {
  /** How long to wait for a loading page (default 60 s: slow pages on slow networks). */
  loadTimeoutMs?: number;
  /** Pauses between the extra asks once the page has loaded (the content script starts at document_idle). */
  retryDelaysMs?: number[];
}

export const NOT_STARTED_REASON = 'Dramatis has not started on this page yet: it was probably open before Dramatis was installed or updated. Reload the page, then open Dramatis again.';

export async function reachTab<T>(deps: ReachDeps<T>, options: ReachOptions = {}): Promise<Reach<T>> {
  const { loadTimeoutMs = 60_000, retryDelaysMs = [200, 400, 800, 1600] } = options;
  const first = await deps.ask();
  if (first) return { kind: 'reply', reply: first };
  let tab = await deps.tab();
  if (!tab) return { kind: 'gone' };
  if (tab.status === 'loading') {
    deps.onWaiting?.();
    await deps.waitComplete(loadTimeoutMs);
  }
  for (const delay of retryDelaysMs) {
    const reply = await deps.ask();
    if (reply) return { kind: 'reply', reply };
    await deps.sleep(delay);
  }
  const last = await deps.ask();
  if (last) return { kind: 'reply', reply: last };
  tab = await deps.tab();
  if (!tab) return { kind: 'gone' };
  return /^https?:/i.test(tab.url ?? '') ? { kind: 'not-started' } : { kind: 'off-limits' };
}

/**
 * Watches an article root for changes (SPA pages that load or replace content) and calls back, debounced, so the caller
 * can rebuild the text map and re-run the analysis. Painting highlights never mutates the DOM, so this does not loop.
 *
 * - 'changed': text or elements under `root` changed (debounced: `debounceMs` after the last change, but at most
 *   `maxWaitMs` after the first one of a burst);
 * - 'detached': `root` left the document (the page replaced its content): find the article again.
 * Stops on abort.
 *
 * Usage:
 *   watchArticle(found.root, (reason) => rerun(reason), { signal: ctx.signal, debounceMs: 800 });
 */

export type WatchReason = 'changed' | 'detached';

export interface WatchOptions {
  signal?: AbortSignal;
  /** Quiet time before calling back (ms). Default 750. */
  debounceMs?: number;
  /** Longest delay after the first change of a burst (ms). Default 4000. */
  maxWaitMs?: number;
  /** Mutations for which this returns false are ignored (e.g. your own UI inside the root). */
  filter?: (record: MutationRecord) => boolean;
}

export function watchArticle(root: Element, onChange: (reason: WatchReason, records: MutationRecord[]) => void, options: WatchOptions = {}): void {
  const { signal, debounceMs = 750, maxWaitMs = 4000, filter } = options;
  if (signal?.aborted) return;
  const doc = root.ownerDocument;
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;
  let pending: MutationRecord[] = [];
  let reason: WatchReason | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstAt = 0;

  const fire = () => {
    timer = null;
    const r = reason;
    const records = pending;
    pending = [];
    reason = null;
    if (r && !signal?.aborted) onChange(r, records);
  };
  const schedule = (why: WatchReason, records: MutationRecord[]) => {
    pending.push(...records);
    if (reason !== 'detached') reason = why;
    const now = Date.now();
    if (!timer) firstAt = now;
    if (timer) clearTimeout(timer);
    const wait = why === 'detached' ? 0 : Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const inner = new MO((records) => {
    const relevant = filter ? records.filter(filter) : records;
    if (relevant.length > 0) schedule('changed', relevant);
  });
  inner.observe(root, { childList: true, subtree: true, characterData: true });

  // The root's removal shows up as a childList mutation on one of its ancestors.
  const outer = new MO((records) => {
    if (!root.isConnected && records.some((r) => r.removedNodes.length > 0)) {
      outer.disconnect();
      inner.disconnect();
      schedule('detached', records);
    }
  });
  outer.observe(doc.documentElement, { childList: true, subtree: true });

  signal?.addEventListener(
    'abort',
    () => {
      inner.disconnect();
      outer.disconnect();
      if (timer) clearTimeout(timer);
      timer = null;
    },
    { once: true },
  );
}

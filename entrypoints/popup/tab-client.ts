import { browser } from 'wxt/browser';
import type { PageRequest, Reply, TabState } from '../../lib/messaging/protocol';
import type { TabRequest } from '../../lib/messaging/tab-request';

/**
 * The tab the popup is about: `?tab=<id>` (a test seam, also used when the popup is opened in a tab), else the active
 * tab of the current window.
 */
export async function currentTab(): Promise<{ id: number; url?: string; title?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url, title: tab.title } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url, title: tab.title } : null;
}

/** Sends a request to the content script of a tab; null when there is none (browser pages, store pages, PDFs). */
export async function askTab<T>(tabId: number, request: TabRequest): Promise<Reply<T> | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request)) as Reply<T> | undefined;
    return reply ?? null;
  } catch {
    return null;
  }
}

export async function askBackground<T>(request: PageRequest): Promise<Reply<T>> {
  try {
    return ((await browser.runtime.sendMessage(request)) as Reply<T>) ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export type { TabState };

/**
 * Resolves true once the tab has finished loading (tabs.onUpdated with status "complete"), at once if it already
 * has, false after `timeoutMs` or when the tab is closed.
 */
export function waitForTabComplete(tabId: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const finish = (value: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve(value);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') finish(true);
    };
    const onRemoved = (id: number) => {
      if (id === tabId) finish(false);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have completed between the caller's look and our listening; and an event can be missed (a popup's
    // listeners are not always served while it is hidden): look at the tab itself too, now and every half second.
    const look = () =>
      void browser.tabs.get(tabId).then(
        (t) => t.status === 'complete' && finish(true),
        () => finish(false),
      );
    poll = setInterval(look, 500);
    look();
  });
}

/**
 * "Save" from the reading history: the history keeps no article text, so the page is read again. When a tab shows the
 * article (its URL, normalized, is the record's), that tab is saved as the popup would save it; otherwise the article
 * is opened in a background tab, saved once Dramatis has analysed it, and the tab is closed again. A page that cannot
 * be read (gone, paywalled, not an article any more) stays open in its tab, and the reason is returned.
 */
import { browser } from 'wxt/browser';
import { normalizeUrl } from '@/lib/store/normalize-url';
import { askBackground, waitForTabComplete } from '../popup/tab-client';

export type SaveResult = { ok: true; id: number; message: string } | { ok: false; message: string };

const LOAD_MS = 20_000;
const ANALYSIS_MS = 15_000;

function sameUrl(a: string | undefined, b: string): boolean {
  if (!a) return false;
  try {
    return normalizeUrl(a) === b;
  } catch {
    return false;
  }
}

async function saveTab(tabId: number): Promise<{ ok: true; id: number } | { ok: false; error: string }> {
  const reply = await askBackground<{ id: number }>({ type: 'save-tab', tabId });
  return reply.ok ? { ok: true, id: reply.value.id } : { ok: false, error: reply.error };
}

/** Saves the article of a history record (its normalized URL). */
export async function saveFromHistory(url: string): Promise<SaveResult> {
  const open = (await browser.tabs.query({})).find((t) => t.id !== undefined && !t.incognito && sameUrl(t.url, url));
  if (open?.id !== undefined) {
    const saved = await saveTab(open.id);
    return saved.ok ? { ok: true, id: saved.id, message: 'Saved from its open tab.' } : { ok: false, message: `Not saved: ${saved.error}` };
  }
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) return { ok: false, message: 'Not saved: the page could not be opened.' };
  const tabId = tab.id;
  if (!(await waitForTabComplete(tabId, LOAD_MS))) return { ok: false, message: 'Not saved: the page did not finish loading (it is open in a tab).' };
  // The page is analysed after it loaded: try again while Dramatis says it has not been analysed yet.
  const until = Date.now() + ANALYSIS_MS;
  let saved = await saveTab(tabId);
  while (!saved.ok && /not been analysed/i.test(saved.error) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    saved = await saveTab(tabId);
  }
  if (!saved.ok) return { ok: false, message: `Not saved: ${saved.error} The page is open in a tab: save it from there.` };
  await browser.tabs.remove(tabId).catch(() => undefined);
  return { ok: true, id: saved.id, message: 'Saved: Dramatis opened the page in a background tab, read it and closed the tab.' };
}

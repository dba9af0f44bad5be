import { browser } from 'wxt/browser';
import {
  ArticlePayloadSchema,
  type CardInfo,
  type CardView,
  type PageAnalysis,
  type PageConfig,
  type PageResult,
  type TabAnalysis,
} from '@/lib/messaging/protocol';
import { CardFrames, type PortLike } from '@/lib/messaging/card-frames';
import { route, type BackgroundHandlers, type CorrectionTab, type PageTab } from '@/lib/messaging/router';
import { askEngine, engineOpened, ensureEngine } from '@/lib/engine/host';
import type { EngineCard } from '@/lib/engine/service';
import { DramatisDB } from '@/lib/store/db';
import { saveArticle } from '@/lib/store/articles';
import { BADGES, saveFailure, saveSuccess, type SaveOutcome } from '@/lib/store/save-outcome';
import { getCard } from '@/lib/store/cards';
import { getCorrections } from '@/lib/store/corrections';
import { addPageCorrection, undoPageCorrection } from '@/lib/store/page-corrections';
import { claimSourceFixes } from '@/lib/store/claim-source-fixes';
import { normalizeUrl } from '@/lib/store/normalize-url';
import { getSettings, isSiteEnabled } from '@/lib/store/settings';
import { MemoryWriter } from '@/lib/memory/writer';
import type { MemoryDraft } from '@/lib/memory/record';
import { CardMemoryReader, historyActorKey } from '@/lib/memory/card-memory';
import { preloadSeenIndex } from '@/lib/store/history-seen-index';

/** The page part of the content script, loaded into a tab only once its cheap checks passed. */
const PAGE_PART = '/page-part.js';

/**
 * Wiring only: opens the database, routes validated messages between the pages, the engine document and the card
 * frames, and offers "save to reading list" from the context menu and the keyboard shortcut. In test builds, handlers
 * are exposed on `globalThis.dramatis` so e2e tests can call them through the service worker.
 */
export default defineBackground(() => {
  const db = new DramatisDB();
  // The reading history (issue 15): written after the page has its answer, never from a private window.
  const memory = new MemoryWriter(db, {
    draft: (tabId, url) => askEngine<MemoryDraft | null>({ type: 'memory', tabId, url }),
    incognito: async (tabId) => (await browser.tabs.get(tabId)).incognito,
  });
  /** The history write after the page's answer; then "seen before?"'s index is brought into memory (history-seen-index.ts). */
  function rememberPage(tab: { tabId: number; url: string }): void {
    memory.remember(tab);
    void memory.pending.get(tab.tabId)?.then(() => preloadSeenIndex(db));
  }
  const cardMemory = new CardMemoryReader(db, (tabId, url) => askEngine<MemoryDraft | null>({ type: 'memory', tabId, url }));
  const cardFrames = new CardFrames({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  browser.runtime.onConnect.addListener((port) => {
    if (!cardFrames.accept(port as unknown as PortLike)) port.disconnect();
  });

  async function saveTab(tabId: number): Promise<{ id: number; url: string; keptLonger: boolean }> {
    const tab = await browser.tabs.get(tabId);
    const settings = await getSettings(db);
    if (tab.incognito && !settings.allowPrivate) throw new Error('Dramatis does not save from private windows (see Options).');
    let payload: unknown;
    try {
      payload = await askEngine({ type: 'article', tabId });
    } catch (error) {
      throw new Error(error instanceof Error && /not been analysed/.test(error.message) ? error.message : 'Dramatis cannot read this page.');
    }
    const parsed = ArticlePayloadSchema.safeParse(payload);
    if (!parsed.success) throw new Error('The page gave an invalid article.');
    const a = parsed.data;
    const saved = await saveArticle(db, {
      url: a.url,
      canonicalUrl: a.canonicalUrl,
      title: a.title,
      byline: a.byline,
      site: a.site,
      published: a.published,
      excerpt: a.excerpt,
      text: a.text,
      analysis: a.analysis as TabAnalysis['analysis'],
    });
    return { id: saved.id, url: saved.article.url, keptLonger: saved.keptLonger };
  }

  // Saves from the context menu and the shortcut have no page of their own: the toolbar icon says how they went (a
  // check mark for a few seconds, or "!" with the reason as its tooltip), and the popup reads the outcome.
  const lastSaves = new Map<number, SaveOutcome>();
  async function saveWithFeedback(tabId: number): Promise<SaveOutcome> {
    let outcome: SaveOutcome;
    try {
      outcome = saveSuccess(await saveTab(tabId));
    } catch (error) {
      console.warn('Dramatis: save failed:', error);
      outcome = saveFailure(error);
    }
    lastSaves.set(tabId, outcome);
    const badge = outcome.ok ? BADGES.ok : BADGES.error;
    try {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setTitle({ tabId, title: `Dramatis: ${outcome.message}` });
    } catch {
      // the tab closed meanwhile
    }
    if (badge.clearAfterMs !== null) {
      setTimeout(() => {
        if (lastSaves.get(tabId) !== outcome) return;
        void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
        // Back to the icon's usual tooltip (an empty per-tab title would show an empty tooltip).
        void browser.action.setTitle({ tabId, title: browser.runtime.getManifest().action?.default_title ?? 'Dramatis' }).catch(() => undefined);
      }, badge.clearAfterMs);
    }
    return outcome;
  }

  async function cardInfo(name: string, type: CardInfo['type']): Promise<CardInfo> {
    const card = await getCard(db, name, type);
    return {
      name,
      type,
      saved: !!card,
      note: card?.note || undefined,
      summary: card?.summary ? { text: card.summary.text, url: card.summary.url, source: card.summary.source, fetchedAt: card.summary.fetchedAt } : undefined,
    };
  }

  /** Corrections made from each tab's card or from the popup for that tab, the only ones that may be undone there. */
  const madeFromCards = new Map<number, Set<number>>();
  /** Analyses the open page again (with the corrections as they now are): the marks change at once. */
  async function reanalyse(tabId: number): Promise<void> {
    await browser.tabs.sendMessage(tabId, { type: 'analyze' }, { frameId: 0 }).catch(() => undefined);
  }

  /** The page's own "wrong source" fixes are kept under its normalized URL (as a saved article's are). */
  const pageKey = (url: string) => {
    try {
      return normalizeUrl(url);
    } catch {
      return url;
    }
  };
  const fixesOf = (url: string) => claimSourceFixes(db, pageKey(url)).catch(() => []);
  /** The URL of the tab a correction is for: the one the browser reported for the card frame's tab, or the tab's own. */
  async function correctionUrl(tab: CorrectionTab): Promise<string> {
    const url = tab.url ?? (await browser.tabs.get(tab.tabId).catch(() => undefined))?.url;
    if (!url) throw new Error('This tab is gone.');
    return url;
  }
  function remember(tabId: number, id: number): void {
    const made = madeFromCards.get(tabId) ?? new Set<number>();
    made.add(id);
    madeFromCards.set(tabId, made);
  }

  const handlers: BackgroundHandlers = {
    async getPageConfig(host): Promise<PageConfig> {
      const enabled = await isSiteEnabled(db, host);
      // The page may ask for an analysis in a moment: open the engine (and its model) while its checks run.
      if (enabled) void ensureEngine().catch(() => undefined);
      return { enabled };
    },
    async loadPageScript(tab) {
      await browser.scripting.executeScript({ target: { tabId: tab.tabId, frameIds: [tab.frameId] }, files: [PAGE_PART] });
      return true;
    },
    async analyzePage(tab: PageTab, html: string, force: boolean) {
      const [settings, corrections, claimFixes] = await Promise.all([getSettings(db), getCorrections(db), fixesOf(tab.url)]);
      const result = await askEngine<PageResult>({ type: 'page', tabId: tab.tabId, url: tab.url, html, force, kinds: settings.highlightKinds, corrections, claimFixes });
      if (result.analysis?.status === 'ready') rememberPage(tab);
      return result;
    },
    async analyzeText(tab: PageTab, text: string) {
      const [settings, corrections, claimFixes] = await Promise.all([getSettings(db), getCorrections(db), fixesOf(tab.url)]);
      const result = await askEngine<PageAnalysis>({ type: 'analyze', tabId: tab.tabId, url: tab.url, text, kinds: settings.highlightKinds, corrections, claimFixes });
      if (result.status === 'ready') rememberPage(tab);
      return result;
    },
    async showCard(tab: PageTab, key: string, focus?: boolean) {
      const found = await askEngine<EngineCard | null>({ type: 'card', tabId: tab.tabId, url: tab.url, key });
      if (!found) return false;
      const view: CardView = found.kind === 'actor' ? { ...found, key, card: await cardInfo(found.actor.name, found.actor.type) } : { ...found, key };
      view.memory = await cardMemory.forCard(tab, found).catch(() => undefined);
      return cardFrames.show(tab.tabId, view, { focus: !!focus });
    },
    saveTab,
    async lastSave(tabId) {
      return lastSaves.get(tabId) ?? null;
    },
    getTabAnalysis(tabId) {
      return askEngine<TabAnalysis | null>({ type: 'tab-analysis', tabId });
    },
    async cardClosed(tabId) {
      await browser.tabs.sendMessage(tabId, { type: 'hide-card' }, { frameId: 0 }).catch(() => undefined);
    },
    async correctActor(tab, key, change) {
      const url = await correctionUrl(tab);
      const found = await askEngine<EngineCard | null>({ type: 'card', tabId: tab.tabId, url, key });
      if (!found || found.kind !== 'actor') throw new Error('This card is no longer on the page.');
      const name = found.actor.name;
      const id = await addPageCorrection(db, change.kind === 'type' ? { kind: 'type', name, type: change.type } : { kind: 'notActor', name });
      remember(tab.tabId, id);
      await reanalyse(tab.tabId);
      return { id, name };
    },
    async correctClaimSource(tab, key, source) {
      const url = await correctionUrl(tab);
      const found = await askEngine<EngineCard | null>({ type: 'card', tabId: tab.tabId, url, key });
      if (!found || found.kind !== 'claim') throw new Error('This claim is no longer on the page.');
      // Only an actor of the same analysis (the picker's choices), by id.
      const actor = source === null ? null : found.actors.find((a) => a.id === source);
      if (actor === undefined) throw new Error('That source is not on this page.');
      const id = await addPageCorrection(db, { kind: 'claimSource', name: found.claim.text, url: pageKey(url), source: actor?.name ?? null });
      remember(tab.tabId, id);
      await reanalyse(tab.tabId);
      return { id };
    },
    async undoCorrection(tabId, id) {
      if (!madeFromCards.get(tabId)?.delete(id)) throw new Error('Only a correction made from this page can be undone here.');
      const undone = await undoPageCorrection(db, id);
      await reanalyse(tabId);
      return undone;
    },
    async openActor(name, type) {
      const card = await getCard(db, name, type);
      // Without a card, the actor's page still shows the reading history when it knows the actor.
      const key = card?.key ?? (await historyActorKey(db, name, type));
      if (!key) return false;
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#/actor/${encodeURIComponent(key)}`) });
      return true;
    },
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // The engine document and the card frames answer their own messages.
    if (typeof message === 'object' && message !== null && 'target' in message) return undefined;
    route(message, sender, { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), handlers }).then(sendResponse);
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    cardFrames.forget(tabId);
    lastSaves.delete(tabId);
    madeFromCards.delete(tabId);
    if (engineOpened()) void askEngine({ type: 'forget', tabId }).catch(() => undefined);
  });

  async function welcomeOnce(): Promise<void> {
    const { welcomed } = await browser.storage.local.get('welcomed');
    if (welcomed) return;
    await browser.storage.local.set({ welcomed: true });
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  }

  const MENU_ID = 'dramatis-save';
  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save to Dramatis reading list', contexts: ['page'] });
    // Once, on a new install (not on updates or browser updates): what the marks mean and how to use them. The flag
    // keeps it to once where the browser reports an install again for the same profile (an unpacked extension
    // loaded from the command line at every start).
    if (details.reason === 'install') void welcomeOnce().catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void saveWithFeedback(tab.id);
  });
  /** The keyboard path to the page's marks: the page part opens the next (1) or previous (-1) mark's card. */
  async function stepMark(tabId: number, direction: 1 | -1): Promise<boolean> {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'step-mark', direction }, { frameId: 0 }).catch(() => null)) as { ok?: boolean } | null;
    return !!reply?.ok;
  }

  browser.commands.onCommand.addListener(async (command, tab) => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined) return;
    if (command === 'save-article') void saveWithFeedback(target.id);
    else if (command === 'next-mark' || command === 'previous-mark') void stepMark(target.id, command === 'next-mark' ? 1 : -1);
  });

  // Test seam (test builds only: `wxt build --mode e2e`; a production build has none, see wxt.config.ts): the same
  // handlers the context menu and shortcuts use.
  if (import.meta.env.MODE === 'e2e') (globalThis as unknown as { dramatis: unknown }).dramatis = { db, saveTab, saveWithFeedback, stepMark, handlers, memory };
});

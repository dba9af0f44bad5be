import { browser } from 'wxt/browser';
import { ArticlePayloadSchema, type ArticlePayload, type CardInfo, type PageConfig, type Reply } from '@/lib/messaging/protocol';
import { route, type BackgroundHandlers } from '@/lib/messaging/router';
import { DramatisDB } from '@/lib/store/db';
import { saveArticle } from '@/lib/store/articles';
import { getCard } from '@/lib/store/cards';
import { getCorrections } from '@/lib/store/corrections';
import { getSettings, isSiteEnabled } from '@/lib/store/settings';

/**
 * Wiring only: opens the database, routes validated messages, and offers "save to reading list" from the context menu
 * and the keyboard shortcut. Handlers are exposed on `globalThis.dramatis` so e2e tests can call them through the
 * service worker.
 */
export default defineBackground(() => {
  const db = new DramatisDB();

  async function saveTab(tabId: number): Promise<{ id: number; url: string }> {
    const tab = await browser.tabs.get(tabId);
    const settings = await getSettings(db);
    if (tab.incognito && !settings.allowPrivate) throw new Error('Dramatis does not save from private windows (see Options).');
    let reply: Reply<ArticlePayload> | undefined;
    try {
      reply = (await browser.tabs.sendMessage(tabId, { type: 'get-article' })) as Reply<ArticlePayload> | undefined;
    } catch {
      throw new Error('Dramatis cannot read this page.');
    }
    if (!reply?.ok) throw new Error(reply?.error ?? 'Dramatis cannot read this page.');
    const parsed = ArticlePayloadSchema.safeParse(reply.value);
    if (!parsed.success) throw new Error('The page sent an invalid article.');
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
      contentHtml: a.html,
      analysis: a.analysis as ArticlePayload['analysis'],
    });
    return { id: saved.id, url: saved.article.url };
  }

  const handlers: BackgroundHandlers = {
    async getPageConfig(host): Promise<PageConfig> {
      const [enabled, settings, corrections] = await Promise.all([isSiteEnabled(db, host), getSettings(db), getCorrections(db)]);
      return { enabled, kinds: settings.highlightKinds, corrections };
    },
    async getCards(actors): Promise<CardInfo[]> {
      const cards = await Promise.all(actors.map((a) => getCard(db, a.name, a.type)));
      return actors.map((a, i) => {
        const card = cards[i];
        return {
          name: a.name,
          type: a.type,
          saved: !!card,
          note: card?.note || undefined,
          summary: card?.summary ? { text: card.summary.text, url: card.summary.url, source: card.summary.source, fetchedAt: card.summary.fetchedAt } : undefined,
        };
      });
    },
    saveTab,
    async openActor(name, type) {
      const card = await getCard(db, name, type);
      if (!card) return false;
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#/actor/${encodeURIComponent(card.key)}`) });
      return true;
    },
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender, { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), handlers }).then(sendResponse);
    return true;
  });

  const MENU_ID = 'dramatis-save';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save to Dramatis reading list', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void saveTab(tab.id).catch((e) => console.warn('Dramatis:', e));
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-article') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id !== undefined) void saveTab(target.id).catch((e) => console.warn('Dramatis:', e));
  });

  // Test and debugging seam: the same handlers the context menu and shortcut use.
  (globalThis as unknown as { dramatis: unknown }).dramatis = { db, saveTab, handlers };
});

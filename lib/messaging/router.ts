/**
 * The background's message router: validates shape and sender of every runtime message and dispatches to the few
 * operations each kind of sender may use. Pure apart from the injected dependencies, so it is unit-tested directly.
 *
 * Senders:
 * - a content script: the top frame of a web page tab (http/https). It may read its own site's switch, load the page
 *   part, send its page for analysis and ask for a card of its own tab's current analysis. The URL and tab used are
 *   the ones the browser reports for the sender, never ones the page claims.
 * - the card frame (`card.html` inside a tab): close, open an actor page (what it shows comes over its port).
 * - other extension pages (popup, library, options): save a tab, read a tab's analysis, open an actor page.
 */
import {
  ContentRequestSchema,
  PageRequestSchema,
  fail,
  ok,
  type ActorChange,
  type CardInfo,
  type ContentRequest,
  type PageAnalysis,
  type PageConfig,
  type PageRequest,
  type PageResult,
  type Reply,
  type TabAnalysis,
} from './protocol';
import { CARD_PAGE } from './card-frames';

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** A content script as the browser identifies it. */
export interface PageTab {
  tabId: number;
  frameId: number;
  url: string;
  host: string;
}

export interface BackgroundHandlers {
  getPageConfig(host: string): Promise<PageConfig>;
  loadPageScript(tab: PageTab): Promise<boolean>;
  analyzePage(tab: PageTab, html: string, force: boolean): Promise<PageResult>;
  analyzeText(tab: PageTab, text: string): Promise<PageAnalysis>;
  /** Shows the card of `key` in the tab's card frame; false when the key is not in the tab's current analysis. */
  showCard(tab: PageTab, key: string, focus?: boolean): Promise<boolean>;
  saveTab(tabId: number): Promise<{ id: number; url: string }>;
  getTabAnalysis(tabId: number): Promise<TabAnalysis | null>;
  /** How the last save from the context menu or the shortcut on this tab went (store/save-outcome.ts), or null. */
  lastSave?(tabId: number): Promise<unknown>;
  cardClosed(tabId: number): Promise<void>;
  /** Opens the library page of an actor; false when the actor has no card yet. */
  openActor(name: string, type: CardInfo['type']): Promise<boolean>;
  /**
   * A correction of tab `tab` (from its card frame, with the URL the browser reports for the frame's tab; from the
   * popup, with no URL: the handler reads the tab's own): stored, applied to the open page at once; the id undoes it.
   */
  correctActor(tab: CorrectionTab, key: string, change: ActorChange): Promise<{ id: number; name: string }>;
  /** "Wrong source": claim `key` gets actor `source` (an id of the tab's analysis) or, with null, an unnamed source. */
  correctClaimSource(tab: CorrectionTab, key: string, source: string | null): Promise<{ id: number }>;
  undoCorrection(tabId: number, id: number): Promise<boolean>;
}

/** The tab a correction is for; `url` when the sender's tab told it (the card frame). */
export interface CorrectionTab {
  tabId: number;
  url?: string;
}

export interface RouterContext {
  /** `browser.runtime.id` */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. "chrome-extension://abc/" */
  extensionOrigin: string;
  handlers: BackgroundHandlers;
}

/** Requests only the card frame makes; the card frame may also open an actor page and correct, and nothing else. */
const CARD_FRAME_ONLY = new Set<PageRequest['type']>(['card-closed']);
/**
 * Corrections come from the card frame (for its own tab, which the browser reports: it may not name one) or from the
 * popup (which names the tab it shows).
 */
const CORRECTIONS = new Set<PageRequest['type']>(['correct-actor', 'correct-claim-source', 'undo-correction']);

function webUrl(url: string | undefined): { url: string; host: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? { url: u.href, host: u.host.toLowerCase() } : null;
  } catch {
    return null;
  }
}

/** Routes one message; never throws: every failure is a `{ok: false, error}` reply. */
export async function route(message: unknown, sender: Sender, ctx: RouterContext): Promise<Reply<unknown>> {
  if (sender.id !== ctx.extensionId) return fail('unknown sender');
  // Messages for the engine document and the card frame are not the background's to answer.
  if (typeof message === 'object' && message !== null && 'target' in message) return fail('not for the background');
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  try {
    if (fromExtensionPage) {
      const parsed = PageRequestSchema.safeParse(message);
      if (!parsed.success) return fail('invalid message');
      const page = sender.url!.slice(ctx.extensionOrigin.length).replace(/^\//, '').split(/[?#]/)[0];
      const isCardFrame = page === CARD_PAGE && sender.tab?.id !== undefined;
      const type = parsed.data.type;
      const allowed = type === 'open-actor' || CORRECTIONS.has(type) || (isCardFrame ? CARD_FRAME_ONLY.has(type) : !CARD_FRAME_ONLY.has(type));
      if (!allowed) return fail('not allowed from this page');
      if (CORRECTIONS.has(type)) {
        const named = (parsed.data as { tabId?: number }).tabId !== undefined;
        if (isCardFrame === named) return fail('not allowed from this page');
      }
      return ok(await handlePage(parsed.data, sender.tab, ctx.handlers));
    }
    // Otherwise the sender must be a content script in the top frame of a web page tab.
    const web = webUrl(sender.url ?? sender.tab?.url);
    if (sender.tab?.id === undefined || !web || (sender.frameId ?? 0) !== 0) return fail('unknown sender');
    const parsed = ContentRequestSchema.safeParse(message);
    if (!parsed.success) return fail('invalid message');
    const tab: PageTab = { tabId: sender.tab.id, frameId: sender.frameId ?? 0, ...web };
    return ok(await handleContent(parsed.data, tab, ctx.handlers));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

async function handlePage(request: PageRequest, tab: Sender['tab'], handlers: BackgroundHandlers) {
  const senderTab = tab?.id;
  switch (request.type) {
    case 'save-tab':
      return handlers.saveTab(request.tabId);
    case 'get-tab-analysis':
      return handlers.getTabAnalysis(request.tabId);
    case 'get-last-save':
      return (await handlers.lastSave?.(request.tabId)) ?? null;
    case 'card-closed':
      return handlers.cardClosed(senderTab!);
    case 'open-actor':
      return handlers.openActor(request.name, request.actorType);
    case 'correct-actor':
      return handlers.correctActor(correctionTab(request.tabId, tab), request.key, request.change);
    case 'correct-claim-source':
      return handlers.correctClaimSource(correctionTab(request.tabId, tab), request.key, request.source);
    case 'undo-correction':
      return handlers.undoCorrection(request.tabId ?? senderTab!, request.id);
  }
}

/**
 * The popup names its tab; the card frame's is the one the browser reports, with its URL: the engine answers only for
 * the analysis of that tab at that URL.
 */
function correctionTab(named: number | undefined, tab: Sender['tab']): CorrectionTab {
  if (named !== undefined) return { tabId: named };
  const page = webUrl(tab?.url);
  if (!page || tab?.id === undefined) throw new Error('This card is not on a web page.');
  return { tabId: tab.id, url: page.url };
}

async function handleContent(request: ContentRequest, tab: PageTab, handlers: BackgroundHandlers) {
  switch (request.type) {
    case 'get-page-config':
      // A content script may only read the configuration of the site it runs on.
      if (request.host.toLowerCase() !== tab.host) throw new Error('host does not match the sender');
      return handlers.getPageConfig(tab.host);
    case 'load-page-script':
      return handlers.loadPageScript(tab);
    case 'analyze-page':
      return handlers.analyzePage(tab, request.html, request.force);
    case 'analyze-text':
      return handlers.analyzeText(tab, request.text);
    case 'show-card':
      return request.focus ? handlers.showCard(tab, request.key, true) : handlers.showCard(tab, request.key);
  }
}

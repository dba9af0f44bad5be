/**
 * The background's message router: validates shape and sender of every runtime message and dispatches to the few
 * operations each kind of sender may use. Pure apart from the injected dependencies, so it is unit-tested directly.
 */
import {
  ContentRequestSchema,
  PageRequestSchema,
  fail,
  ok,
  type CardInfo,
  type ContentRequest,
  type PageConfig,
  type Reply,
} from './protocol';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface BackgroundHandlers {
  getPageConfig(host: string): Promise<PageConfig>;
  getCards(actors: { name: string; type: CardInfo['type'] }[]): Promise<CardInfo[]>;
  saveTab(tabId: number): Promise<{ id: number; url: string }>;
  /** Opens the library page of an actor; false when the actor has no card yet. */
  openActor(name: string, type: CardInfo['type']): Promise<boolean>;
}

export interface RouterContext {
  /** `browser.runtime.id` */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. "chrome-extension://abc/" */
  extensionOrigin: string;
  handlers: BackgroundHandlers;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Routes one message; never throws: every failure is a `{ok: false, error}` reply. */
export async function route(message: unknown, sender: Sender, ctx: RouterContext): Promise<Reply<unknown>> {
  if (sender.id !== ctx.extensionId) return fail('unknown sender');
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  try {
    if (fromExtensionPage) {
      const parsed = PageRequestSchema.safeParse(message);
      if (!parsed.success) return fail('invalid message');
      const saved = await ctx.handlers.saveTab(parsed.data.tabId);
      return ok(saved);
    }
    // Otherwise the sender must be a content script in a web page tab.
    const senderHost = hostOf(sender.tab?.url ?? sender.url);
    if (sender.tab?.id === undefined || !senderHost) return fail('unknown sender');
    const parsed = ContentRequestSchema.safeParse(message);
    if (!parsed.success) return fail('invalid message');
    return ok(await handleContent(parsed.data, senderHost, ctx.handlers));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

async function handleContent(request: ContentRequest, senderHost: string, handlers: BackgroundHandlers) {
  switch (request.type) {
    case 'get-page-config':
      // A content script may only read the configuration of the site it runs on.
      if (request.host.toLowerCase() !== senderHost) throw new Error('host does not match the sender');
      return handlers.getPageConfig(senderHost);
    case 'get-cards':
      return handlers.getCards(request.actors);
    case 'open-actor':
      return handlers.openActor(request.name, request.actorType);
  }
}

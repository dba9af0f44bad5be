import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { PageConfig, PageStatus, Reply, TabState } from '@/lib/messaging/protocol';
import { parseTabRequest } from '@/lib/messaging/tab-request';
import { PAGE_PART_GLOBAL, type CreatePagePart, type PagePart } from '@/lib/page/page-part-api';
import { quickLanguage } from '@/lib/page/quick-language';

const DEFAULT_CONFIG: PageConfig = { enabled: true };

const ok = <T,>(value: T): Reply<T> => ({ ok: true, value });
const fail = (error: string): Reply<never> => ({ ok: false, error });

/**
 * The cheap checks, in order, each stopping Dramatis on this page before anything heavy loads:
 * 1. the site's switch (one message to the background);
 * 2. the language (the browser's detector on a sample of the page's paragraphs, else our word lists);
 * 3. whether the page can be an article (Readability's `isProbablyReaderable`).
 * Then the page part is injected and takes over. The popup can still ask for "Analyze this page" on any page.
 */
export class PageLoader {
  private status: PageStatus = 'loading';
  private reason?: string;
  private config: PageConfig = DEFAULT_CONFIG;
  private part?: PagePart;

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    this.config = await this.fetchConfig();
    if (!this.config.enabled) return this.set('disabled', location.host);
    const language = await quickLanguage(document);
    if (!language.english) return this.set('not-english', language.lang ?? undefined);
    if (!isProbablyReaderable(document)) return this.set('not-article');
    await this.runPart(false);
  }

  async handle(message: unknown, sender: { id?: string }): Promise<Reply<unknown>> {
    if (sender.id !== browser.runtime.id) return fail('unknown sender');
    const request = parseTabRequest(message);
    if (!request) return fail('invalid message');
    switch (request.type) {
      case 'get-state':
        return ok(this.state());
      case 'analyze':
        if (!this.config.enabled) this.config = { ...this.config, enabled: true };
        await this.runPart(true);
        return ok(this.state());
      default:
        return this.part ? this.part.handle(request) : fail('This page has not been analysed yet.');
    }
  }

  private state(): TabState {
    // Once the page part has taken over ('ready' here), it reports the page's state itself.
    const state = this.part && this.status === 'ready' ? this.part.state() : { status: this.status, reason: this.reason, title: document.title, highlightsVisible: true };
    return { ...state, url: location.href };
  }

  private async runPart(force: boolean): Promise<void> {
    this.set('loading');
    try {
      this.part ??= await this.loadPart();
      this.set('ready');
      await this.part.run(force);
    } catch (error) {
      this.part = undefined;
      this.set('error', error instanceof Error ? error.message : String(error));
    }
  }

  private async loadPart(): Promise<PagePart> {
    const registry = globalThis as unknown as Record<string, CreatePagePart | undefined>;
    if (!registry[PAGE_PART_GLOBAL]) {
      const reply = (await browser.runtime.sendMessage({ type: 'load-page-script' })) as Reply<boolean> | undefined;
      if (!reply?.ok) throw new Error(reply?.error ?? 'Dramatis could not start on this page.');
    }
    const create = registry[PAGE_PART_GLOBAL];
    if (!create) throw new Error('Dramatis could not start on this page.');
    return create(this.ctx);
  }

  private set(status: PageStatus, reason?: string): void {
    this.status = status;
    this.reason = reason;
  }

  private async fetchConfig(): Promise<PageConfig> {
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'get-page-config', host: location.host })) as Reply<PageConfig>;
      return reply?.ok ? reply.value : DEFAULT_CONFIG;
    } catch {
      return DEFAULT_CONFIG;
    }
  }
}

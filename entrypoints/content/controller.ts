import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticlePayload, CardInfo, PageConfig, Reply, TabRequest, TabState } from '@/lib/messaging/protocol';
import { fail, ok, TabRequestSchema } from '@/lib/messaging/protocol';
import { analyze } from '@/lib/nlp';
import type { Actor, Analysis } from '@/lib/nlp/types';
import { extractArticle } from '@/lib/extract/extract';
import { findArticle, type ArticleRoot } from '@/lib/page/article-root';
import { spanAtPoint } from '@/lib/page/hit-test';
import { detectLanguage } from '@/lib/page/language';
import {
  buildSpans,
  installHighlightStyles,
  Painter,
  scrollToRange,
  spansFromAnalysis,
  type AnalysisSpanData,
  type HighlightKind,
} from '@/lib/page/paint';
import { buildTextMap, type TextMap } from '@/lib/page/text-map';
import { watchArticle } from '@/lib/page/watch';
import { createHoverCard, type HoverCard } from './hover-card';

const DEFAULT_CONFIG: PageConfig = { enabled: true, kinds: ['person', 'organization', 'place', 'claim'], corrections: {} };
const HIDE_DELAY_MS = 250;

/** Maps the user's option kinds to painted highlight kinds. */
function paintKinds(kinds: PageConfig['kinds']): HighlightKind[] {
  return kinds.flatMap((k) => (k === 'claim' ? (['claim-named', 'claim-anonymous'] as const) : [k]));
}

/**
 * One page's Dramatis: decides whether to analyse, runs the analysis on the live article text, paints, answers the
 * popup, and shows hover cards. Everything stops when the content script context is invalidated.
 */
export class PageController {
  private status: TabState['status'] = 'loading';
  private reason?: string;
  private analysis?: Analysis;
  private article?: ArticleRoot;
  private map?: TextMap;
  private config: PageConfig = DEFAULT_CONFIG;
  private readonly painter: Painter<AnalysisSpanData>;
  private card?: HoverCard;
  private cardReady?: Promise<HoverCard>;
  private cards = new Map<string, CardInfo>();
  private hoverKey: string | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private listening = false;
  private frame: number | null = null;
  private lastPointer = { x: 0, y: 0 };

  constructor(private readonly ctx: ContentScriptContext) {
    this.painter = new Painter<AnalysisSpanData>({ signal: ctx.signal });
  }

  /** Automatic start: only English-looking articles on enabled sites. */
  async start(): Promise<void> {
    this.config = await this.fetchConfig();
    if (!this.config.enabled) return this.setStatus('disabled', location.host);
    await this.run(false);
  }

  /** Runs the pipeline; `force` analyses pages that do not look like articles (the popup's "Analyze this page"). */
  async run(force: boolean): Promise<void> {
    try {
      this.setStatus('loading');
      const article = findArticle(document);
      if (!article) return this.setStatus('not-article', 'This page has no content to read.');
      const map = buildTextMap(article.root, { accept: article.accept });
      const language = detectLanguage(document, map.text);
      if (!language.english) return this.setStatus('not-english', language.lang ?? undefined);
      if (!article.readerable && !force) return this.setStatus('not-article');
      this.article = article;
      this.map = map;
      this.analysis = analyze(map.text, { corrections: this.config.corrections });
      if (this.ctx.isInvalid) return;
      installStylesOnce(this.ctx);
      this.paint();
      this.listenForHover();
      this.watch(article.root, force);
      this.setStatus('ready');
      void this.loadCards(this.analysis.actors);
    } catch (error) {
      console.warn('Dramatis:', error);
      this.setStatus('error', error instanceof Error ? error.message : String(error));
    }
  }

  /** Re-runs the analysis when the article changes under us (single-page apps swap articles without a reload). */
  private watching?: AbortController;
  private watch(root: Element, force: boolean): void {
    this.watching?.abort();
    const watching = new AbortController();
    this.watching = watching;
    this.ctx.signal.addEventListener('abort', () => watching.abort(), { once: true });
    watchArticle(
      root,
      (reason) => {
        this.hideCard();
        void this.run(force || reason === 'changed');
      },
      {
        signal: watching.signal,
        // Our own hover card host is appended to <body>; its changes are not the article's.
        filter: (record) => {
          if (record.target instanceof Element && record.target.closest('dramatis-card')) return false;
          const nodes = [...record.addedNodes, ...record.removedNodes];
          return nodes.length === 0 || !nodes.every((n) => n instanceof Element && n.tagName.toLowerCase() === 'dramatis-card');
        },
      },
    );
  }

  /** Answers the popup and the background (validated; only our own extension can message a content script). */
  async handle(message: unknown, sender: { id?: string }): Promise<Reply<unknown>> {
    if (sender.id !== browser.runtime.id) return fail('unknown sender');
    const parsed = TabRequestSchema.safeParse(message);
    if (!parsed.success) return fail('invalid message');
    const request: TabRequest = parsed.data;
    switch (request.type) {
      case 'get-state':
        return ok(this.state());
      case 'analyze':
        if (!this.config.enabled) this.config = { ...this.config, enabled: true };
        await this.run(true);
        return ok(this.state());
      case 'set-highlights':
        this.painter.setHidden(!request.visible);
        if (!request.visible) this.hideCard();
        return ok(this.state());
      case 'jump':
        return this.jump(request.kind, request.index) ? ok(true) : fail('nothing to jump to');
      case 'get-article':
        return this.articlePayload();
    }
  }

  private state(): TabState {
    return {
      status: this.status,
      reason: this.reason,
      url: location.href,
      title: this.article?.title ?? document.title,
      analysis: this.status === 'ready' ? this.analysis : undefined,
      highlightsVisible: !this.painter.isHidden,
    };
  }

  private setStatus(status: TabState['status'], reason?: string): void {
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

  private async loadCards(actors: Actor[]): Promise<void> {
    try {
      const reply = (await browser.runtime.sendMessage({
        type: 'get-cards',
        actors: actors.slice(0, 500).map((a) => ({ name: a.name, type: a.type })),
      })) as Reply<CardInfo[]>;
      if (reply?.ok) for (const card of reply.value) this.cards.set(`${card.type}:${card.name}`, card);
    } catch {
      /* cards are extras: the hover card still shows what the page says */
    }
  }

  private paint(): void {
    if (!this.map || !this.analysis) return;
    const spans = spansFromAnalysis(this.analysis, { kinds: paintKinds(this.config.kinds) });
    this.painter.paint(buildSpans(this.map, spans));
  }

  private jump(kind: 'actor' | 'claim', index: number): boolean {
    if (!this.map || !this.analysis) return false;
    const target = kind === 'actor' ? this.analysis.actors[index]?.mentions[0] : this.analysis.claims[index];
    if (!target) return false;
    const [painted] = buildSpans(this.map, [{ kind: 'flash', start: target.start, end: target.end }]);
    if (!painted) return false;
    scrollToRange(painted.range);
    this.painter.flash([painted.range]);
    return true;
  }

  private listenForHover(): void {
    if (this.listening) return;
    this.listening = true;
    this.ctx.addEventListener(document, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true });
    this.ctx.addEventListener(document, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.hideCard();
    });
    this.ctx.addEventListener(window, 'scroll', () => this.hideCard(), { passive: true });
  }

  private onPointer(e: PointerEvent): void {
    this.lastPointer = { x: e.clientX, y: e.clientY };
    if (this.frame !== null) return; // one hit-test per animation frame
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      void this.hoverAt(this.lastPointer.x, this.lastPointer.y);
    });
  }

  private async hoverAt(x: number, y: number): Promise<void> {
    if (this.card?.contains(x, y)) return this.cancelHide();
    if (this.painter.isHidden || !this.analysis || !this.map) return this.scheduleHide();
    const hit = spanAtPoint(x, y, { map: this.map, spans: this.painter.painted });
    if (!hit) return this.scheduleHide();
    const data = hit.data!;
    const key = data.type === 'claim' ? `c${data.claim}` : `a${data.actorId}`;
    this.cancelHide();
    if (key === this.hoverKey && this.card?.isOpen()) return;
    this.hoverKey = key;
    // Created once, on first hover (concurrent hovers share the same promise).
    this.cardReady ??= createHoverCard(
      this.ctx,
      () => (this.hoverKey = null),
      (actor) => void browser.runtime.sendMessage({ type: 'open-actor', name: actor.name, actorType: actor.type }).catch(() => undefined),
    );
    this.card = await this.cardReady;
    if (this.hoverKey !== key) return; // the pointer moved on while the card was being created
    const anchor = hit.range.getBoundingClientRect();
    if (data.type === 'claim') {
      const claim = this.analysis.claims[data.claim];
      const source = claim.source?.actorId ? this.analysis.actors.find((a) => a.id === claim.source!.actorId) : undefined;
      this.card.show({ kind: 'claim', claim, sourceName: source?.name }, anchor);
    } else {
      const actor = this.analysis.actors.find((a) => a.id === data.actorId);
      if (actor) this.card.show({ kind: 'actor', actor, card: this.cards.get(`${actor.type}:${actor.name}`) }, anchor);
    }
  }

  private scheduleHide(): void {
    if (!this.card?.isOpen() || this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      this.hideCard();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private hideCard(): void {
    this.cancelHide();
    this.card?.hide();
    this.hoverKey = null;
  }

  private articlePayload(): Reply<ArticlePayload> {
    if (this.status !== 'ready' || !this.analysis || !this.map || !this.article) return fail('This page has not been analysed yet.');
    const text = this.map.text;
    // The readable HTML for the reader view (Readability on a clone, noise dropped, sanitized); the text stays the one
    // analysed, so the stored offsets hold.
    let readable: ReturnType<typeof extractArticle> = null;
    try {
      readable = extractArticle(document, location.href);
    } catch {
      readable = null;
    }
    return ok({
      url: location.href,
      canonicalUrl: this.article.canonicalUrl && /^https?:/.test(this.article.canonicalUrl) ? this.article.canonicalUrl : undefined,
      title: this.article.title || document.title || location.href,
      byline: this.article.byline ?? readable?.byline ?? undefined,
      site: this.article.siteName ?? location.hostname.replace(/^www\./, ''),
      published: this.article.publishedTime ?? readable?.published ?? undefined,
      excerpt: text.slice(0, 280).replace(/\s+/g, ' ').trim(),
      text,
      html: readable?.html,
      analysis: this.analysis,
    });
  }
}

let stylesInstalled = false;
function installStylesOnce(ctx: ContentScriptContext): void {
  if (stylesInstalled) return;
  stylesInstalled = true;
  installHighlightStyles(document, { signal: ctx.signal });
}

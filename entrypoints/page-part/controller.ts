import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnalysis, PageResult, PageSpan, Reply } from '@/lib/messaging/protocol';
import type { TabRequest } from '@/lib/messaging/tab-request';
import { resolveArticle } from '@/lib/page/article-locator';
import { spanAtPoint } from '@/lib/page/hit-test';
import { buildSpans, flattenClaims, installHighlightStyles, Painter, scrollToRange, type PaintedSpan, type PaintSpan } from '@/lib/page/paint';
import type { PagePart, PagePartState } from '@/lib/page/page-part-api';
import { buildSpansInSlices, yieldToPage } from '@/lib/page/slices';
import { textHash } from '@/lib/page/text-hash';
import { buildTextMap, rangeFor, type TextMap } from '@/lib/page/text-map';
import { sentenceAround, unionBox, type Box } from './place-card';
import { watchArticle } from '@/lib/page/watch';
import { CardFrame } from './card-frame';

const HIDE_DELAY_MS = 250;

const ok = <T,>(value: T): Reply<T> => ({ ok: true, value });
const fail = (error: string): Reply<never> => ({ ok: false, error });

async function ask<T>(message: unknown): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('Dramatis did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * What Dramatis does on the page itself, once the loader decided it runs here: serialize the page for the engine,
 * resolve the article it found, map the live text (checking it is the text the engine analysed), paint the spans,
 * hit-test the pointer and place the card frame. Work is cut into short slices (`yieldToPage` between them) so the page stays responsive.
 *
 * The page part never sees the analysis itself: only spans with an opaque key ("a3", "c7"). Hovering sends the key;
 * the background fills the card frame.
 */
export class PageController implements PagePart {
  private status: PagePartState['status'] = 'loading';
  private reason?: string;
  private title?: string;
  private map?: TextMap;
  private readonly painter: Painter<string>;
  private readonly card: CardFrame;
  private hoverKey: string | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private listening = false;
  private frame: number | null = null;
  private lastPointer = { x: 0, y: 0 };
  private runs = 0;
  /** The keyboard path: index in `painter.painted` of the mark whose card was opened last with next/previous-mark. */
  private cursor = -1;
  /** True while our own scroll (to bring a mark into view) is settling: it must not close the card it is for. */
  private scrollingToMark = false;

  constructor(private readonly ctx: ContentScriptContext) {
    this.painter = new Painter<string>({ signal: ctx.signal });
    this.card = new CardFrame(ctx.signal, (inside) => (inside ? this.cancelHide() : this.scheduleHide()));
  }

  state(): PagePartState {
    return { status: this.status, reason: this.reason, title: this.title, highlightsVisible: !this.painter.isHidden };
  }

  async run(force: boolean): Promise<void> {
    const run = ++this.runs;
    const stale = () => this.ctx.isInvalid || run !== this.runs;
    try {
      this.setStatus('loading');
      // 1. The engine finds the article in a copy of the page, reads its text there and analyses it (one
      //    serialization here; Readability and the analysis over there).
      const page = await ask<PageResult>({ type: 'analyze-page', html: document.documentElement.outerHTML, force });
      if (stale()) return;
      const { locator } = page;
      if (!locator) return this.setStatus('not-article', 'This page has no content to read.');
      if (!page.analysis) return this.setStatus('not-article');
      this.title = locator.title || document.title;
      await yieldToPage();
      // 2. The same elements on the live page, and their text.
      const article = resolveArticle(document, locator);
      const map = buildTextMap(article.root, { accept: article.accept });
      await yieldToPage();
      if (stale()) return;
      // 3. The engine's spans are offsets into the text it read; if the live text differs (the page changed, or its
      //    markup did not survive serialization), the page's own text is analysed instead.
      const same = page.text?.length === map.text.length && page.text.hash === textHash(map.text);
      const result = same ? page.analysis : await ask<PageAnalysis>({ type: 'analyze-text', text: map.text });
      if (stale()) return;
      if (result.status === 'not-english') return this.setStatus('not-english', result.lang ?? undefined);
      // 4. Paint, in slices.
      this.map = map;
      const spans = result.spans.map(toPaintSpan);
      const painted = await buildSpansInSlices(map, spans, { signal: this.ctx.signal });
      if (stale()) return;
      // Claims are drawn once per stretch of text (the innermost wins where they nest); hovering still finds each.
      const claimPieces = flattenClaims(spans.filter((s) => s.kind === 'claim-named' || s.kind === 'claim-anonymous'));
      const drawn = [...painted.filter((s) => s.kind !== 'claim-named' && s.kind !== 'claim-anonymous'), ...buildSpans(map, claimPieces)];
      installStylesOnce(this.ctx);
      this.painter.paint(painted, drawn);
      // Keys belong to the analysis they came from: after a new one (a correction made from the card, a changed
      // article), hovering the same words asks for the card again, and the keyboard path starts afresh.
      this.hoverKey = null;
      this.cursor = -1;
      this.listenForHover();
      this.watch(article.root, force);
      this.setStatus('ready');
    } catch (error) {
      if (stale()) return;
      this.setStatus('error', error instanceof Error ? error.message : String(error));
    }
  }

  async handle(request: TabRequest): Promise<Reply<unknown>> {
    switch (request.type) {
      case 'set-highlights':
        this.painter.setHidden(!request.visible);
        if (!request.visible) this.hideCard();
        return ok(true);
      case 'jump':
        return this.jump(request.start, request.end) ? ok(true) : fail('nothing to jump to');
      case 'hide-card':
        this.hideCard();
        return ok(true);
      case 'step-mark':
        return (await this.stepMark(request.direction)) ? ok(true) : fail('no marks on this page');
      default:
        return fail('invalid message');
    }
  }

  private setStatus(status: PagePartState['status'], reason?: string): void {
    this.status = status;
    this.reason = reason;
  }

  /** Re-runs when the article changes under us (single-page apps swap articles without a reload). */
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
        // Our card frame is appended to <body>; its changes are not the article's.
        filter: (record) => {
          if (CardFrame.isOwn(record.target)) return false;
          const nodes = [...record.addedNodes, ...record.removedNodes];
          return nodes.length === 0 || !nodes.every((n) => CardFrame.isOwn(n));
        },
      },
    );
  }

  private jump(start: number, end: number): boolean {
    if (!this.map) return false;
    const [painted] = buildSpans(this.map, [{ kind: 'flash', start, end }]);
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
      if ((e as KeyboardEvent).key === 'Escape' && e.isTrusted) this.hideCard();
    });
    this.ctx.addEventListener(window, 'scroll', () => this.scrollingToMark || this.hideCard(), { passive: true });
  }

  private onPointer(e: PointerEvent): void {
    // A page script can dispatch pointer events of its own to open cards: only the user's pointer counts.
    if (!e.isTrusted) return;
    this.lastPointer = { x: e.clientX, y: e.clientY };
    if (this.frame !== null) return; // one hit-test per animation frame
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      void this.hoverAt(this.lastPointer.x, this.lastPointer.y);
    });
  }

  private async hoverAt(x: number, y: number): Promise<void> {
    if (this.card.isPointerInside()) return this.cancelHide();
    if (this.painter.isHidden || !this.map) return this.scheduleHide();
    const hit = spanAtPoint(x, y, { map: this.map, spans: this.painter.painted });
    if (!hit?.data) return this.scheduleHide();
    this.cancelHide();
    if (hit.data === this.hoverKey && this.card.isOpen()) return;
    await this.openCard(hit);
  }

  /** Fills the card frame with the card of `span` and shows it next to the text it explains; false if it could not. */
  private async openCard(span: PaintedSpan<string>, focus = false): Promise<boolean> {
    const key = span.data!;
    this.hoverKey = key;
    // Once more with a new frame if the first one lost its line to the background (the background was restarted).
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.card.load();
      if (this.hoverKey !== key) return false; // the pointer moved on while the frame was loading
      const shown = await ask<boolean>(focus ? { type: 'show-card', key, focus: true } : { type: 'show-card', key }).catch(() => false);
      if (this.hoverKey !== key) return false;
      if (shown) {
        this.card.show(this.anchorOf(span));
        return true;
      }
      this.card.reset();
    }
    return false;
  }

  /**
   * What the card must not cover: the mention itself, or for a claim its whole sentence (the attribution, "… he
   * said", is usually in it).
   */
  private anchorOf(span: PaintedSpan<string>): Box {
    const own = span.range.getBoundingClientRect();
    if (!this.map || (span.kind !== 'claim-named' && span.kind !== 'claim-anonymous')) return own;
    const around = sentenceAround(this.map.text, span.start, span.end);
    const range = rangeFor(this.map, around.start, around.end);
    return (range && unionBox([...range.getClientRects(), own])) || own;
  }

  /**
   * The keyboard path to the page's marks (the next-mark / previous-mark commands): brings the next (or previous)
   * mark into view, flashes it, opens its card and moves focus into the card; Esc closes it and focus goes back.
   */
  private async stepMark(direction: 1 | -1): Promise<boolean> {
    const spans = this.painter.painted;
    if (!this.map || spans.length === 0 || this.painter.isHidden) return false;
    if (this.cursor < 0 || this.cursor >= spans.length) {
      // Start from what the reader is looking at: the first mark in the window (or the last above it, going back).
      const firstInView = spans.findIndex((s) => s.range.getBoundingClientRect().bottom > 0);
      this.cursor = firstInView < 0 ? spans.length - 1 : direction === 1 ? firstInView - 1 : firstInView;
    }
    this.cursor = (this.cursor + direction + spans.length) % spans.length;
    const span = spans[this.cursor];
    this.hideCard();
    this.scrollingToMark = true;
    try {
      scrollToRange(span.range, 'instant');
      await nextFrames(2); // the scroll events of our own scroll arrive at the next frame
    } finally {
      this.scrollingToMark = false;
    }
    this.painter.flash([span.range]);
    const shown = await this.openCard(span, true);
    if (shown) this.card.focus();
    return shown;
  }

  private scheduleHide(): void {
    if (!this.card.isOpen() || this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      if (!this.card.isPointerInside()) this.hideCard();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private hideCard(): void {
    this.cancelHide();
    this.card.hide();
    this.hoverKey = null;
  }
}

function nextFrames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

function toPaintSpan(span: PageSpan): PaintSpan<string> {
  return { kind: span.kind, start: span.start, end: span.end, data: span.key };
}

let stylesInstalled = false;
function installStylesOnce(ctx: ContentScriptContext): void {
  if (stylesInstalled) return;
  stylesInstalled = true;
  installHighlightStyles(document, { signal: ctx.signal });
}

/**
 * The in-page card's frame: an extension page (`card.html`) in an iframe inside a closed shadow root, so page styles
 * cannot reach it. It always has the same size, whatever it shows, and the page cannot read its document (another
 * origin): it can tell that a card is open, not what is in it. What to show comes from the background; this side only
 * places the frame next to the hovered text and shows or hides it.
 */
import { browser } from 'wxt/browser';
import { placeCard, type Box } from './place-card';

export const CARD_FRAME_TAG = 'dramatis-card-frame';
export const CARD_WIDTH = 360;
/**
 * The frame's one height, whatever the card shows (the page can measure it). 360 px holds a claim card with its memory
 * lines (seen before, another source, the wording then and now) under the "Wrong source?" fix; at 300 they were cut.
 */
export const CARD_HEIGHT = 360;
const GAP = 8;

export class CardFrame {
  private host?: HTMLElement;
  private frame?: HTMLIFrameElement;
  /** What had focus before the card took it (keyboard path): focus goes back there when the card closes. */
  private returnFocus: Element | null = null;
  private ready?: Promise<void>;
  private open = false;
  private pointerInside = false;

  constructor(
    private readonly signal: AbortSignal,
    private readonly onPointer: (inside: boolean) => void,
  ) {
    signal.addEventListener('abort', () => this.host?.remove(), { once: true });
  }

  /** Creates the frame once and resolves when its page has loaded. */
  load(): Promise<void> {
    this.ready ??= new Promise<void>((resolve) => {
      const host = document.createElement(CARD_FRAME_TAG);
      host.style.cssText = `all:initial;position:fixed;z-index:2147483647;left:0;top:0;width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;max-width:calc(100vw - 16px);display:none;`;
      const shadow = host.attachShadow({ mode: 'closed' });
      const frame = document.createElement('iframe');
      frame.src = browser.runtime.getURL('/card.html');
      frame.setAttribute('title', 'Dramatis card');
      // The same colour scheme as the card's page ("light dark"): when they differ, the browser paints the frame's empty
      // part opaque (a dark band under the card on dark systems).
      frame.style.cssText = 'border:0;width:100%;height:100%;display:block;background:transparent;color-scheme:light dark;';
      frame.addEventListener('load', () => resolve(), { once: true });
      shadow.append(frame);
      this.frame = frame;
      // The pointer moving into the frame leaves the page's document: these tell the controller to keep the card open.
      host.addEventListener('pointerenter', (e) => e.isTrusted && this.setInside(true));
      host.addEventListener('pointerleave', (e) => e.isTrusted && this.setInside(false));
      (document.body ?? document.documentElement).append(host);
      this.host = host;
    });
    return this.ready;
  }

  /**
   * Places the (already filled) frame next to the anchor (the text it explains) without covering it: below, above,
   * or beside it, whichever has room (`placeCard`).
   */
  show(anchor: Box): void {
    if (!this.host || this.signal.aborted) return;
    const { left, top } = placeCard(anchor, { width: window.innerWidth, height: window.innerHeight }, { width: CARD_WIDTH, height: CARD_HEIGHT }, GAP);
    this.host.style.left = `${left}px`;
    this.host.style.top = `${top}px`;
    this.host.style.display = 'block';
    this.open = true;
  }

  /**
   * Moves keyboard focus into the card (the keyboard path to the page's marks); the card's page then focuses the card
   * itself. What had focus is remembered and gets it back when the card closes.
   */
  focus(): void {
    if (!this.open || !this.frame) return;
    const active = document.activeElement;
    if (active && active !== this.host) this.returnFocus = active;
    this.frame.focus();
  }

  /** Drops the frame (its line to the background broke); the next `load` makes a new one. */
  reset(): void {
    this.host?.remove();
    this.host = undefined;
    this.frame = undefined;
    this.ready = undefined;
    this.open = false;
    this.pointerInside = false;
  }

  hide(): void {
    const hadFocus = !!this.host && document.activeElement === this.host;
    if (this.host) this.host.style.display = 'none';
    this.open = false;
    this.pointerInside = false;
    const back = this.returnFocus;
    this.returnFocus = null;
    // Focus goes back where it came from (a link the reader was on), or at least leaves the hidden frame.
    if (hadFocus) {
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  }

  isOpen(): boolean {
    return this.open;
  }

  isPointerInside(): boolean {
    return this.open && this.pointerInside;
  }

  /** True for our own element (the article watcher ignores it). */
  static isOwn(node: Node): boolean {
    return node instanceof Element && node.tagName.toLowerCase() === CARD_FRAME_TAG;
  }

  private setInside(inside: boolean): void {
    this.pointerInside = inside;
    this.onPointer(inside);
  }
}

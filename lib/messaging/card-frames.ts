/**
 * The background's line to each tab's card frame: the frame connects a port when it loads (`CARD_PORT`), and the
 * background sends it what to show over that port, waiting for the frame's acknowledgement. (A runtime broadcast does
 * not reach extension frames inside web pages in Firefox; a port does, in both browsers.) When the background was
 * stopped and started again, its ports are gone: `show` answers false and the content script reloads the frame,
 * which connects again.
 */
import type { CardFrameMessage, CardView } from './protocol';

export const CARD_PORT = 'dramatis-card-frame';
export const CARD_PAGE = 'card.html';
/** How long the background waits for the frame to say it shows the card. */
export const CARD_ACK_MS = 3000;
/** How long it waits for a frame that just loaded to connect (its port and the page's request race). */
export const CARD_CONNECT_MS = 1000;

export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void; removeListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export class CardFrames {
  private readonly ports = new Map<number, PortLike>();
  private readonly waiting = new Map<number, (() => void)[]>();
  private nextId = 1;

  /**
   * `origin` is `runtime.getURL('/')`. (Not `getURL('/card.html')`: Chrome answers that with the per-session dynamic
   * URL of the web-accessible page, while the frame's sender URL is the ordinary one.)
   */
  constructor(private readonly extension: { id: string; origin: string }) {}

  /** Takes a newly connected port if it is a card frame of ours inside a tab; returns whether it was taken. */
  accept(port: PortLike): boolean {
    const tabId = port.sender?.tab?.id;
    const fromCardPage = port.sender?.url?.split(/[?#]/)[0] === `${this.extension.origin.replace(/\/$/, '')}/${CARD_PAGE}`;
    if (port.name !== CARD_PORT || port.sender?.id !== this.extension.id || !fromCardPage || tabId === undefined) return false;
    this.ports.get(tabId)?.disconnect();
    this.ports.set(tabId, port);
    port.onDisconnect.addListener(() => {
      if (this.ports.get(tabId) === port) this.ports.delete(tabId);
    });
    for (const wake of this.waiting.get(tabId) ?? []) wake();
    this.waiting.delete(tabId);
    return true;
  }

  private portOf(tabId: number, waitMs: number): Promise<PortLike | undefined> {
    const port = this.ports.get(tabId);
    if (port || waitMs <= 0) return Promise.resolve(port);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.ports.get(tabId)), waitMs);
      const list = this.waiting.get(tabId) ?? [];
      list.push(() => {
        clearTimeout(timer);
        resolve(this.ports.get(tabId));
      });
      this.waiting.set(tabId, list);
    });
  }

  /** Sends `view` to the tab's frame; true once the frame says it shows it, false without a frame or an answer. */
  async show(tabId: number, view: CardView, { ackMs = CARD_ACK_MS, connectMs = CARD_CONNECT_MS, focus = false } = {}): Promise<boolean> {
    const port = await this.portOf(tabId, connectMs);
    if (!port) return false;
    const id = this.nextId++;
    return new Promise<boolean>((resolve) => {
      const done = (shown: boolean) => {
        clearTimeout(timer);
        port.onMessage.removeListener(onAck);
        resolve(shown);
      };
      const onAck = (message: unknown) => {
        if ((message as { shown?: unknown } | null)?.shown === id) done(true);
      };
      const timer = setTimeout(() => done(false), ackMs);
      port.onMessage.addListener(onAck);
      try {
        const message: CardFrameMessage = { target: 'card-frame', id, view, ...(focus ? { focus: true as const } : {}) };
        port.postMessage(message);
      } catch {
        this.ports.delete(tabId);
        done(false);
      }
    });
  }

  forget(tabId: number): void {
    this.ports.delete(tabId);
  }
}

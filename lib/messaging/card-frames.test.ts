import { describe, expect, it, vi } from 'vitest';
import { CARD_PORT, CardFrames, type PortLike } from './card-frames';
import type { CardView } from './protocol';

const EXT = { id: 'ext', origin: 'chrome-extension://ext/' };
const view = { kind: 'claim', claim: { start: 0, end: 5, text: 'hello', kind: 'direct' } } as unknown as CardView;

/** A port whose frame answers `{shown: id}` to each card when `answers` is true. */
function fakePort(tabId: number | undefined, options: { url?: string; name?: string; id?: string; answers?: boolean } = {}) {
  const listeners = new Set<(m: unknown) => void>();
  const disconnectListeners: (() => void)[] = [];
  const posted: unknown[] = [];
  const port: PortLike & { posted: unknown[]; drop(): void } = {
    name: options.name ?? CARD_PORT,
    sender: { id: options.id ?? 'ext', url: options.url ?? 'chrome-extension://ext/card.html', tab: tabId === undefined ? undefined : { id: tabId } },
    posted,
    postMessage(message) {
      posted.push(message);
      const id = (message as { id: number }).id;
      if (options.answers ?? true) queueMicrotask(() => listeners.forEach((l) => l({ shown: id })));
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    onDisconnect: { addListener: (l) => disconnectListeners.push(l) },
    disconnect: vi.fn(),
    drop: () => disconnectListeners.forEach((l) => l()),
  };
  return port;
}

describe('CardFrames', () => {
  it('takes only our card page, inside a tab, on the card port', () => {
    const frames = new CardFrames(EXT);
    expect(frames.accept(fakePort(3))).toBe(true);
    expect(frames.accept(fakePort(3, { url: 'chrome-extension://ext/card.html?x#y' }))).toBe(true);
    expect(frames.accept(fakePort(3, { url: 'chrome-extension://ext/popup.html' }))).toBe(false);
    expect(frames.accept(fakePort(3, { url: 'https://news.example/card.html' }))).toBe(false);
    expect(frames.accept(fakePort(3, { id: 'other' }))).toBe(false);
    expect(frames.accept(fakePort(3, { name: 'something-else' }))).toBe(false);
    expect(frames.accept(fakePort(undefined))).toBe(false);
  });

  it('sends a card to the frame of its tab only, and resolves once that frame shows it', async () => {
    const frames = new CardFrames(EXT);
    const three = fakePort(3);
    const four = fakePort(4);
    frames.accept(three);
    frames.accept(four);
    expect(await frames.show(3, view)).toBe(true);
    expect(three.posted).toEqual([{ target: 'card-frame', id: 1, view }]);
    expect(four.posted).toEqual([]);
    // Opened from the keyboard: the frame is told to take focus.
    expect(await frames.show(3, view, { focus: true })).toBe(true);
    expect(three.posted[1]).toEqual({ target: 'card-frame', id: 2, view, focus: true });
  });

  it('answers false without a frame, and when the frame does not answer in time', async () => {
    const frames = new CardFrames(EXT);
    expect(await frames.show(9, view, { connectMs: 0 })).toBe(false);
    frames.accept(fakePort(5, { answers: false }));
    expect(await frames.show(5, view, { ackMs: 10 })).toBe(false);
  });

  it('waits for a frame that connects just after the request (its load and the page race)', async () => {
    const frames = new CardFrames(EXT);
    const shown = frames.show(6, view, { connectMs: 1000 });
    frames.accept(fakePort(6));
    expect(await shown).toBe(true);
  });

  it('forgets a frame that disconnected, and a newer frame replaces an older one', async () => {
    const frames = new CardFrames(EXT);
    const old = fakePort(7);
    frames.accept(old);
    const newer = fakePort(7);
    frames.accept(newer);
    expect(old.disconnect).toHaveBeenCalled();
    old.drop(); // the old port's disconnect must not remove the newer one
    expect(await frames.show(7, view)).toBe(true);
    newer.drop();
    expect(await frames.show(7, view, { connectMs: 0 })).toBe(false);
  });
});

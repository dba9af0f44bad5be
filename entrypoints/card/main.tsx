/**
 * The in-page card: an extension page shown in a fixed-size frame that the content script places over the article.
 * The page can see that a frame is there, but cannot read or measure what it shows (another origin): notes, background
 * summaries and whether an article was saved reach it from the background, never from the page.
 */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { browser } from 'wxt/browser';
import type { CardFrameMessage, CardView, PageRequest, Reply } from '@/lib/messaging/protocol';
import { CardFrameView } from './card-frame-view';
import '@/components/styles.css';

function send<T>(request: PageRequest): Promise<Reply<T> | undefined> {
  return browser.runtime.sendMessage(request).catch(() => undefined) as Promise<Reply<T> | undefined>;
}

const root = createRoot(document.getElementById('root')!);
// The tab this frame is in, from the background (the frame shows only cards for its own tab).
const ownTab = send<number>({ type: 'card-ready' }).then((reply) => (reply?.ok ? reply.value : null));

const close = () => void send({ type: 'card-closed' });
const openActorPage = (view: CardView) => {
  if (view.kind === 'actor') void send({ type: 'open-actor', name: view.actor.name, actorType: view.actor.type });
};

function render(view: CardView | null): void {
  flushSync(() => root.render(view ? <CardFrameView view={view} onClose={close} onOpenActorPage={() => openActorPage(view)} /> : null));
}

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (shown: boolean) => void) => {
  const m = message as Partial<CardFrameMessage> | null;
  if (!m || m.target !== 'card-frame' || typeof m.tabId !== 'number' || !m.view) return undefined;
  void ownTab.then((tabId) => {
    if (tabId !== m.tabId) return; // another tab's card: its own frame answers
    render(m.view!);
    sendResponse(true);
  });
  return true;
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') close();
});

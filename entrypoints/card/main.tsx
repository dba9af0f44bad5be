/**
 * The in-page card: an extension page shown in a fixed-size frame that the content script places over the article.
 * The page can see that a frame is there, but cannot read or measure what it shows (another origin): notes, background
 * summaries and whether an article was saved reach it from the background, never from the page.
 */
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { browser } from 'wxt/browser';
import type { ActorChange, CardFrameMessage, CardView, PageRequest, Reply } from '@/lib/messaging/protocol';
import { CARD_PORT } from '@/lib/messaging/card-frames';
import { CardFrameView } from './card-frame-view';
import '@/components/styles.css';

function send<T>(request: PageRequest): Promise<Reply<T> | undefined> {
  return browser.runtime.sendMessage(request).catch(() => undefined) as Promise<Reply<T> | undefined>;
}

const root = createRoot(document.getElementById('root')!);

const close = () => void send({ type: 'card-closed' });
const openActorPage = (view: CardView) => {
  if (view.kind === 'actor') void send({ type: 'open-actor', name: view.actor.name, actorType: view.actor.type });
};

async function correct(key: string, change: ActorChange): Promise<number> {
  const reply = await send<{ id: number }>({ type: 'correct-actor', key, change });
  if (!reply) throw new Error('Dramatis did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.id;
}

async function correctSource(key: string, source: string | null): Promise<number> {
  const reply = await send<{ id: number }>({ type: 'correct-claim-source', key, source });
  if (!reply) throw new Error('Dramatis did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.id;
}

async function undo(id: number): Promise<void> {
  const reply = await send<boolean>({ type: 'undo-correction', id });
  if (!reply) throw new Error('Dramatis did not answer.');
  if (!reply.ok) throw new Error(reply.error);
}

function render(view: CardView | null, shown = 0): void {
  flushSync(() =>
    root.render(view ? <CardFrameView view={view} shown={shown} onClose={close} onOpenActorPage={() => openActorPage(view)} onCorrect={correct} onUndo={undo} onCorrectSource={correctSource} /> : null),
  );
  document.querySelector('article')?.setAttribute('tabindex', '-1');
}

// The keyboard path: the page part focuses this frame when a shortcut opened the card; the card itself then takes focus,
// so a screen reader reads it and Tab reaches its buttons. (Hovering never focuses the frame.)
// (Only once the focus has settled, and never away from an open menu: a click into the frame focuses the frame first
// and then what was clicked, and taking focus to the card meanwhile would close the "Wrong source?" menu it opened.)
window.addEventListener('focus', () => {
  setTimeout(() => {
    const active = document.activeElement;
    if ((active === document.body || !active) && !document.querySelector('[role="menu"]')) document.querySelector<HTMLElement>('article')?.focus();
  }, 0);
});

// What to show arrives over this port from the background, which knows the tab this frame is in; the frame answers
// once the card is rendered. If the background restarts, the port closes and the content script reloads the frame.
const port = browser.runtime.connect({ name: CARD_PORT });
port.onMessage.addListener((message: unknown) => {
  const m = message as Partial<CardFrameMessage> | null;
  if (!m || m.target !== 'card-frame' || typeof m.id !== 'number' || !m.view) return;
  render(m.view, m.id);
  if (m.focus) document.querySelector<HTMLElement>('article')?.focus();
  port.postMessage({ shown: m.id });
});

document.addEventListener('keydown', (e) => {
  // Esc in an open menu ("Wrong source?") closes the menu only.
  if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('[role="menu"]')) close();
});

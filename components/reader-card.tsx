import { useCallback, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode } from 'react';
import type { Actor, Analysis } from '@/lib/nlp/types';
import { ActorCard, type ActorCardProps } from './actor-card';
import { ClaimCard } from './claim-card';

/** How long the card stays after the pointer leaves the mark (time to move onto the card). */
const HIDE_DELAY_MS = 250;
const GAP = 8;
const CARD_WIDTH = 360;

/** The attribute on the reader's marks that have a card: "a<actor index>" or "c<claim index>" in the analysis. */
export const CARD_KEY = 'data-card';

type Open = { key: string; box: { left: number; top: number; bottom: number } };

/**
 * The reader's hover cards: hovering or focusing an actor or a claim in the text shows the same card as on the page
 * (ActorCard, ClaimCard), beside the mark without covering it; the card stays while the pointer is on it, Esc and its
 * close button close it (focus stays on the mark). `bind` goes on the text's container (events are delegated to the
 * marks, found by their `data-card` key); `card` is rendered after it.
 */
export function useReaderCards(analysis: Analysis | undefined, actorCardProps?: (actor: Actor) => Partial<ActorCardProps>) {
  const [open, setOpen] = useState<Open | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelHide = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const hide = useCallback(() => {
    cancelHide();
    setOpen(null);
  }, []);
  const scheduleHide = () => {
    cancelHide();
    timer.current = setTimeout(() => setOpen(null), HIDE_DELAY_MS);
  };
  useEffect(() => cancelHide, []);
  // A scroll moves the text away from the card.
  useEffect(() => {
    if (!open) return;
    const onScroll = () => setOpen(null);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [open]);

  const show = (target: EventTarget) => {
    const el = (target as Element | null)?.closest?.(`[${CARD_KEY}]`) as HTMLElement | null;
    if (!el) return false;
    cancelHide();
    const key = el.getAttribute(CARD_KEY)!;
    const r = el.getBoundingClientRect();
    setOpen((o) => (o?.key === key ? o : { key, box: { left: r.left, top: r.top, bottom: r.bottom } }));
    return true;
  };
  const bind = {
    onMouseOver: (e: MouseEvent) => {
      if (!show(e.target)) scheduleHide();
    },
    onMouseLeave: () => scheduleHide(),
    onFocus: (e: FocusEvent) => void show(e.target),
    onBlur: () => scheduleHide(),
  };

  let card: ReactNode = null;
  if (open && analysis) {
    const index = Number(open.key.slice(1));
    const props = { variant: 'floating' as const, onClose: hide };
    let body: ReactNode = null;
    if (open.key[0] === 'a' && analysis.actors[index]) {
      const actor = analysis.actors[index];
      body = <ActorCard actor={actor} {...props} {...(actorCardProps?.(actor) ?? {})} />;
    } else if (open.key[0] === 'c' && analysis.claims[index]) {
      const claim = analysis.claims[index];
      const source = claim.source?.actorId ? analysis.actors.find((a) => a.id === claim.source!.actorId) : undefined;
      body = <ClaimCard claim={claim} sourceName={source?.name} {...props} />;
    }
    if (body) {
      // Below the mark, or above it when the lower half of the window has no room; never over the mark itself.
      const below = open.box.bottom < window.innerHeight / 2 + 80;
      const left = Math.max(GAP, Math.min(open.box.left, window.innerWidth - CARD_WIDTH - GAP));
      const style = below ? { left, top: open.box.bottom + GAP } : { left, bottom: window.innerHeight - open.box.top + GAP };
      card = (
        <div className="dr dr-reader-card" style={style} onMouseEnter={cancelHide} onMouseLeave={scheduleHide}>
          {body}
        </div>
      );
    }
  }
  return { bind, card, openKey: open?.key ?? null };
}

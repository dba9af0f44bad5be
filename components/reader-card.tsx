import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { autoUpdate, flip, offset, shift, size, useFloating, type VirtualElement } from '@floating-ui/react-dom';
import type { ActorChange } from '@/lib/messaging/protocol';
import type { Actor, Analysis, Claim } from '@/lib/nlp/types';
import { ActorCard, type ActorCardProps } from './actor-card';
import { ClaimCard } from './claim-card';
import { ActorQuickFix } from './quick-fix';
import { SourcePicker } from './source-picker';

/** How long the card stays after the pointer leaves the mark (time to move onto the card). */
const HIDE_DELAY_MS = 250;
const GAP = 8;
/** Below this height a card would be cramped: it may then cover its line rather than shrink further. */
const MIN_CARD_HEIGHT = 140;

/** The attribute on the reader's marks that have a card: "a:<actor id>" or "c<claim index>" in the analysis. */
export const CARD_KEY = 'data-card';
export const actorCardKey = (actor: Actor) => `a:${actor.id}`;
export const claimCardKey = (index: number) => `c${index}`;

/**
 * The reader's one-click corrections, the same as the page's card offers (`ActorQuickFix`, `SourcePicker`): each
 * resolves once the fix is stored (and the reader's marks follow), with the id that `onUndo` takes back.
 */
export interface ReaderCorrections {
  onCorrectActor: (actor: Actor, change: ActorChange) => Promise<number>;
  /** A claim's source: an actor id of the analysis, or null for an unnamed source. */
  onCorrectSource: (claim: Claim, actorId: string | null) => Promise<number>;
  onUndo: (id: number) => Promise<void>;
}

type Open = { key: string; mark: HTMLElement; /** The actor as first shown: a "not a name" fix removes it from the analysis. */ actor?: Actor };

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
/** A menu the card opened ("Wrong source?") lives in a portal: the pointer on it is still "on the card". */
const menuOpen = () => !!document.querySelector('.dr-menu[data-state="open"]');
const focusables = (root: Element | null) => [...(root?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];

/**
 * The reader's hover cards: hovering or focusing an actor or a claim in the text shows the same card as on the page
 * (ActorCard, ClaimCard, with the page card's one-click corrections when `corrections` is given), placed by Floating UI
 * below the mark, or above it when there is no room below, never over the line it explains (the card scrolls rather
 * than covering it). The card stays while the pointer or focus is on it. From a focused mark, Tab enters the card;
 * Tab past its end goes on to the next mark; Esc and the close button close it, and focus goes back to the mark.
 * `bind` goes on the text's container (events are delegated to the marks, found by their `data-card` key); `card` is
 * rendered after it.
 */
export function useReaderCards(
  analysis: Analysis | undefined,
  actorCardProps?: (actor: Actor) => Partial<ActorCardProps>,
  corrections?: ReaderCorrections,
) {
  const [open, setOpen] = useState<Open | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cardRef = useRef<HTMLDivElement | null>(null);
  const bodyRef = useRef<HTMLElement | null>(null);
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
  // A scroll moves the text away from the card (unless the keyboard is in the card: focusing a button may scroll).
  useEffect(() => {
    if (!open) return;
    const onScroll = () => {
      if (!cardRef.current?.contains(document.activeElement)) setOpen(null);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [open]);

  // The mark as Floating UI's reference; once a fix removes the mark (an actor that is "not a name"), its last box.
  // A claim is drawn in pieces (its words between the names in it): its box is all of them, so the card leaves every
  // line of the claim visible, not only the piece under the pointer.
  const reference = useMemo<VirtualElement | null>(() => {
    if (!open) return null;
    const box = (): DOMRect => {
      if (!open.key.startsWith('c')) return open.mark.getBoundingClientRect();
      const pieces = [...(bodyRef.current?.querySelectorAll<HTMLElement>(`[${CARD_KEY}="${open.key}"]`) ?? [])];
      const rects = (pieces.length ? pieces : [open.mark]).map((p) => p.getBoundingClientRect());
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      return new DOMRect(left, top, Math.max(...rects.map((r) => r.right)) - left, Math.max(...rects.map((r) => r.bottom)) - top);
    };
    let last = box();
    return { contextElement: open.mark, getBoundingClientRect: () => (open.mark.isConnected ? (last = box()) : last) };
  }, [open]);
  const { refs, floatingStyles } = useFloating({
    strategy: 'fixed',
    placement: 'bottom-start',
    elements: { reference },
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(GAP),
      flip({ padding: GAP, fallbackStrategy: 'bestFit' }),
      shift({ padding: GAP }),
      // As tall as the room on its side (it scrolls inside), so it never reaches over the mark's line.
      size({
        padding: GAP,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  });
  const setCard = useCallback(
    (el: HTMLDivElement | null) => {
      cardRef.current = el;
      refs.setFloating(el);
    },
    [refs],
  );

  const show = (target: EventTarget | null) => {
    const el = (target as Element | null)?.closest?.(`[${CARD_KEY}]`) as HTMLElement | null;
    if (!el) return false;
    cancelHide();
    const key = el.getAttribute(CARD_KEY)!;
    const actor = key.startsWith('a:') ? analysis?.actors.find((a) => a.id === key.slice(2)) : undefined;
    setOpen((o) => (o?.key === key && o.mark === el ? o : { key, mark: el, actor }));
    return true;
  };
  /** Closes the card; focus inside it goes back to its mark (or, when a fix removed the mark, to the text). */
  const close = useCallback(() => {
    const inside = !!cardRef.current?.contains(document.activeElement);
    const mark = open?.mark;
    hide();
    if (inside && mark) (mark.isConnected ? mark : bodyRef.current)?.focus();
  }, [open, hide]);
  const into = (e: FocusEvent) => !!e.relatedTarget && !!cardRef.current?.contains(e.relatedTarget as Node);

  const bind = {
    ref: (el: HTMLElement | null) => {
      bodyRef.current = el;
    },
    onMouseOver: (e: MouseEvent) => {
      if (!show(e.target)) scheduleHide();
    },
    onMouseLeave: () => {
      if (!menuOpen()) scheduleHide();
    },
    onFocus: (e: FocusEvent) => void show(e.target),
    onBlur: (e: FocusEvent) => {
      if (!into(e)) scheduleHide();
    },
    // Tab from the mark whose card is open enters the card (it comes next, as if it followed the mark in the text).
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.shiftKey || !open || e.target !== open.mark) return;
      const first = focusables(cardRef.current)[0];
      if (!first) return;
      e.preventDefault();
      first.focus();
    },
  };

  // Tab past the card's end goes on from the mark; Shift+Tab before its start goes back to the mark.
  const onCardKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !open) return;
    const items = focusables(cardRef.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.shiftKey && at === 0 && open.mark.isConnected) {
      e.preventDefault();
      open.mark.focus();
    } else if (!e.shiftKey && at === items.length - 1) {
      const marks = focusables(bodyRef.current);
      const next = open.mark.isConnected ? marks[marks.indexOf(open.mark) + 1] : undefined;
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  };

  let card: ReactNode = null;
  if (open && analysis) {
    const props = { variant: 'floating' as const, onClose: close };
    let body: ReactNode = null;
    if (open.key.startsWith('a:')) {
      const actor = analysis.actors.find((a) => a.id === open.key.slice(2)) ?? open.actor;
      if (actor) {
        body = (
          <ActorCard actor={actor} {...props} {...(actorCardProps?.(actor) ?? {})}>
            {corrections ? (
              <ActorQuickFix
                type={actor.type}
                onChangeType={(type) => corrections.onCorrectActor(actor, { kind: 'type', type })}
                onNotActor={() => corrections.onCorrectActor(actor, { kind: 'not-actor' })}
                onUndo={(id) => corrections.onUndo(id as number)}
              />
            ) : null}
          </ActorCard>
        );
      }
    } else if (open.key[0] === 'c') {
      const claim = analysis.claims[Number(open.key.slice(1))];
      if (claim) {
        const source = claim.source?.actorId ? analysis.actors.find((a) => a.id === claim.source!.actorId) : undefined;
        const current = claim.source ? (claim.source.anonymous ? null : (claim.source.actorId ?? undefined)) : undefined;
        body = (
          <ClaimCard claim={claim} sourceName={source?.name} {...props}>
            {corrections ? (
              <SourcePicker
                current={current}
                choices={analysis.actors}
                onPick={(actorId) => corrections.onCorrectSource(claim, actorId)}
                onUndo={(id) => corrections.onUndo(id as number)}
              />
            ) : null}
          </ClaimCard>
        );
      }
    }
    if (body) {
      card = (
        <div
          ref={setCard}
          // A new card for each mark: its fix buttons start afresh.
          key={open.key}
          className="dr dr-reader-card"
          style={floatingStyles}
          onMouseEnter={cancelHide}
          onMouseLeave={() => {
            if (!cardRef.current?.contains(document.activeElement) && !menuOpen()) scheduleHide();
          }}
          onFocus={cancelHide}
          onBlur={(e) => {
            const to = e.relatedTarget as Node | null;
            // Leaving for the page (not a menu the card opened, which lives in a portal, nor back to the mark).
            if (to && !cardRef.current?.contains(to) && to !== open.mark && !(to as Element).closest?.('.dr-menu')) scheduleHide();
          }}
          onKeyDown={onCardKeyDown}
        >
          {body}
        </div>
      );
    }
  }
  return { bind, card, openKey: open?.key ?? null };
}

import { createRoot, type Root } from 'react-dom/client';
import { ActorCard } from '@/components/actor-card';
import { ClaimCard } from '@/components/claim-card';
import { adoptDramatisStyles } from '@/components/styles';
import type { CardInfo } from '@/lib/messaging/protocol';
import type { Actor, Claim } from '@/lib/nlp/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export type HoverTarget = { kind: 'actor'; actor: Actor; card?: CardInfo } | { kind: 'claim'; claim: Claim; sourceName?: string };

export interface HoverCard {
  show(target: HoverTarget, anchor: DOMRect): void;
  hide(): void;
  isOpen(): boolean;
  /** True when the pointer is over the card itself (so moving onto it does not close it). */
  contains(x: number, y: number): boolean;
}

const CARD_WIDTH = 340;
const GAP = 8;

/**
 * The in-page hover card, in a CLOSED shadow root: the host page can neither read nor style what it shows (the
 * user's notes and cards). Text is rendered by React as text, never as HTML.
 */
export async function createHoverCard(
  ctx: ContentScriptContext,
  onClose: () => void,
  onOpenActorPage: (actor: Actor) => void,
): Promise<HoverCard> {
  let root: Root | null = null;
  let box: HTMLDivElement | null = null;
  let open = false;
  const ui = await createShadowRootUi(ctx, {
    name: 'dramatis-card',
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      adoptDramatisStyles(shadow);
      box = document.createElement('div');
      box.style.cssText = `position:fixed;z-index:2147483647;width:${CARD_WIDTH}px;max-width:calc(100vw - 16px);display:none;`;
      container.append(box);
      root = createRoot(box);
      return root;
    },
    onRemove(r) {
      r?.unmount();
    },
  });
  ui.mount();

  const hide = () => {
    open = false;
    if (box) box.style.display = 'none';
    root?.render(null);
  };
  const close = () => {
    hide();
    onClose();
  };

  return {
    show(target, anchor) {
      if (!box || !root) return;
      open = true;
      root.render(
        target.kind === 'actor' ? (
          <ActorCard
            variant="floating"
            actor={target.actor}
            note={target.card?.note}
            background={target.card?.summary?.url ? { ...target.card.summary, url: target.card.summary.url, source: target.card.summary.source ?? 'Wikipedia', fetchedAt: target.card.summary.fetchedAt ?? 0 } : null}
            onClose={close}
            onOpenActorPage={target.card?.saved ? () => onOpenActorPage(target.actor) : undefined}
          />
        ) : (
          <ClaimCard variant="floating" claim={target.claim} sourceName={target.sourceName} onClose={close} />
        ),
      );
      box.style.display = 'block';
      const left = Math.min(Math.max(GAP, anchor.left), window.innerWidth - Math.min(CARD_WIDTH, window.innerWidth - 16) - GAP);
      const below = anchor.bottom + GAP;
      box.style.left = `${left}px`;
      box.style.top = `${below}px`;
      box.style.bottom = '';
      // Flip above the text when the card would run off the bottom of the viewport.
      requestAnimationFrame(() => {
        if (!box) return;
        const h = box.getBoundingClientRect().height;
        if (below + h > window.innerHeight && anchor.top - GAP - h > 0) box.style.top = `${anchor.top - GAP - h}px`;
      });
    },
    hide() {
      if (open) hide();
    },
    isOpen: () => open,
    contains(x, y) {
      if (!open || !box) return false;
      const r = box.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
  };
}

import { ActorCard } from '@/components/actor-card';
import { ClaimCard } from '@/components/claim-card';
import { ActorQuickFix } from '@/components/quick-fix';
import { CardMemoryLine } from '@/components/memory/card-memory-line';
import type { ActorChange, CardView } from '@/lib/messaging/protocol';

export interface CardFrameActions {
  onClose: () => void;
  onOpenActorPage: () => void;
  /** A one-click correction of the actor shown (by its span key); resolves with the id that undoes it. */
  onCorrect: (key: string, change: ActorChange) => Promise<number>;
  onUndo: (id: number) => Promise<void>;
}

/** What the card frame renders for a view from the background (text as text, never HTML). */
export function CardFrameView({
  view,
  shown,
  onClose,
  onOpenActorPage,
  onCorrect,
  onUndo,
}: { view: CardView; /** Which showing this is: each one starts with fresh buttons. */ shown: number } & CardFrameActions) {
  if (view.kind === 'claim')
    return (
      <ClaimCard variant="floating" claim={view.claim} sourceName={view.sourceName} onClose={onClose}>
        <CardMemoryLine memory={view.memory} />
      </ClaimCard>
    );
  const summary = view.card?.summary;
  const key = view.key;
  return (
    <ActorCard
      variant="floating"
      actor={view.actor}
      note={view.card?.note}
      background={summary?.url ? { ...summary, url: summary.url, source: summary.source ?? 'Wikipedia', fetchedAt: summary.fetchedAt ?? 0 } : null}
      onClose={onClose}
      onOpenActorPage={view.card?.saved || view.memory?.kind === 'actor' ? onOpenActorPage : undefined}
    >
      {key ? (
        <ActorQuickFix
          // Each showing of a card starts with fresh buttons (not "Undone" from the last time).
          key={shown}
          type={view.actor.type}
          onChangeType={(type) => onCorrect(key, { kind: 'type', type })}
          onNotActor={() => onCorrect(key, { kind: 'not-actor' })}
          onUndo={(id) => onUndo(id as number)}
        />
      ) : null}
      <CardMemoryLine memory={view.memory} />
    </ActorCard>
  );
}

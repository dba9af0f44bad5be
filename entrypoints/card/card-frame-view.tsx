import { ActorCard } from '@/components/actor-card';
import { ClaimCard } from '@/components/claim-card';
import type { CardView } from '@/lib/messaging/protocol';

/** What the card frame renders for a view from the background (text as text, never HTML). */
export function CardFrameView({ view, onClose, onOpenActorPage }: { view: CardView; onClose: () => void; onOpenActorPage: () => void }) {
  if (view.kind === 'claim') return <ClaimCard variant="floating" claim={view.claim} sourceName={view.sourceName} onClose={onClose} />;
  const summary = view.card?.summary;
  return (
    <ActorCard
      variant="floating"
      actor={view.actor}
      note={view.card?.note}
      background={summary?.url ? { ...summary, url: summary.url, source: summary.source ?? 'Wikipedia', fetchedAt: summary.fetchedAt ?? 0 } : null}
      onClose={onClose}
      onOpenActorPage={view.card?.saved ? onOpenActorPage : undefined}
    />
  );
}

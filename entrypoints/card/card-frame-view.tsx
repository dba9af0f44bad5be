import { useState } from 'react';
import { ActorCard } from '@/components/actor-card';
import { ClaimCard } from '@/components/claim-card';
import { ActorQuickFix } from '@/components/quick-fix';
import { CardMemoryLine } from '@/components/memory/card-memory-line';
import { SourcePicker } from '@/components/source-picker';
import type { ActorChange, CardView } from '@/lib/messaging/protocol';

export interface CardFrameActions {
  onClose: () => void;
  onOpenActorPage: () => void;
  /** A one-click correction of the actor shown (by its span key); resolves with the id that undoes it. */
  onCorrect: (key: string, change: ActorChange) => Promise<number>;
  onUndo: (id: number) => Promise<void>;
  /** "Wrong source" of the claim shown (by its span key): an actor id or null; resolves with the id that undoes it. */
  onCorrectSource: (key: string, source: string | null) => Promise<number>;
}

/** What the card frame renders for a view from the background (text as text, never HTML). */
export function CardFrameView({
  view,
  shown,
  onClose,
  onOpenActorPage,
  onCorrect,
  onUndo,
  onCorrectSource,
}: { view: CardView; /** Which showing this is: each one starts with fresh buttons. */ shown: number } & CardFrameActions) {
  if (view.kind === 'claim') {
    // Each showing starts with a fresh picker (not "Undo" from the last time).
    return <ClaimFrameView key={shown} view={view} onClose={onClose} onUndo={onUndo} onCorrectSource={onCorrectSource} />;
  }
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

/** A claim's card with "Wrong source?": the heading and badge follow the fix at once (the page's marks are redrawn). */
function ClaimFrameView({
  view,
  onClose,
  onUndo,
  onCorrectSource,
}: { view: Extract<CardView, { kind: 'claim' }> } & Pick<CardFrameActions, 'onClose' | 'onUndo' | 'onCorrectSource'>) {
  const [fixed, setFixed] = useState<{ actorId: string | null; name: string | null } | undefined>();
  const { key, actors } = view;
  let claim = view.claim;
  let sourceName = view.sourceName;
  if (fixed) {
    const base = claim.source ?? { start: claim.start, end: claim.start, text: fixed.name ?? 'unnamed source', anonymous: true };
    const { actorId: _old, ...rest } = base;
    claim = { ...claim, source: fixed.actorId ? { ...rest, actorId: fixed.actorId, anonymous: false } : { ...rest, anonymous: true } };
    sourceName = fixed.name ?? undefined;
  }
  const current = view.claim.source ? (view.claim.source.anonymous ? null : view.claim.source.actorId) : undefined;
  return (
    <ClaimCard variant="floating" claim={claim} sourceName={sourceName} onClose={onClose}>
      {key && actors ? (
        <SourcePicker
          current={current}
          choices={actors}
          onPick={(source) => onCorrectSource(key, source)}
          onUndo={(id) => onUndo(id as number)}
          onChanged={setFixed}
        />
      ) : null}
      <CardMemoryLine memory={view.memory} />
    </ClaimCard>
  );
}

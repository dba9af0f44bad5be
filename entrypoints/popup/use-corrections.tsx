import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ActorQuickFix } from '@/components/quick-fix';
import type { ActorChange, PageRequest } from '@/lib/messaging/protocol';
import type { Actor, Analysis, Claim } from '@/lib/nlp/types';
import { askBackground } from './tab-client';

async function ask<T>(request: PageRequest): Promise<T> {
  const reply = await askBackground<T>(request);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * Corrections from the popup, the same as the in-page card's (same messages, same store, same undo): an actor's type
 * or "not a name" from its card, a claim's source from the claim list. The background applies each to the open page at
 * once; `reload` then reads the page's new analysis (the list regroups, the summary changes).
 *
 * Keys are positions in the page's current analysis ("a3", "c7"), found here by the actor's name and type or the
 * claim's place in the text: the background checks them against the same analysis.
 */
export function usePopupCorrections(tabId: number | null, analysis: Analysis | undefined, reload: () => Promise<void>) {
  const [fixNotice, setFixNotice] = useState<{ text: string; onUndo?: () => void } | undefined>();
  const latest = useRef(analysis);
  latest.current = analysis;

  const undo = useCallback(
    async (id: number) => {
      if (tabId === null) throw new Error('No tab.');
      await ask<boolean>({ type: 'undo-correction', id, tabId });
      await reload();
    },
    [tabId, reload],
  );

  const correctActor = useCallback(
    async (actor: Actor, change: ActorChange): Promise<number> => {
      const index = latest.current?.actors.findIndex((a) => a.name === actor.name && a.type === actor.type) ?? -1;
      if (tabId === null || index < 0) throw new Error(`${actor.name} is no longer on the page.`);
      const { id } = await ask<{ id: number }>({ type: 'correct-actor', key: `a${index}`, change, tabId });
      await reload();
      return id;
    },
    [tabId, reload],
  );

  const onFixClaimSource = useCallback(
    async (claim: Claim, actorId: string | null): Promise<number> => {
      const claims = latest.current?.claims ?? [];
      const index = claims.findIndex((c) => c.start === claim.start && c.end === claim.end && c.text === claim.text);
      if (tabId === null || index < 0) throw new Error('This claim is no longer on the page.');
      const name = actorId ? latest.current?.actors.find((a) => a.id === actorId)?.name : undefined;
      const { id } = await ask<{ id: number }>({ type: 'correct-claim-source', key: `c${index}`, source: actorId, tabId });
      await reload();
      setFixNotice({
        text: name ? `Now said by ${name}, on this page.` : 'Now an unnamed source, on this page.',
        onUndo: () =>
          void undo(id).then(
            () => setFixNotice({ text: 'Undone: back as it was.' }),
            (error: unknown) => setFixNotice({ text: `Not undone: ${error instanceof Error ? error.message : String(error)}` }),
          ),
      });
      return id;
    },
    [tabId, reload, undo],
  );

  /** The one-click fixes at the end of an actor's card ("Not a place? Person / Organization / Not a name"). */
  const actorFix = (actor: Actor): ReactNode => (
    <ActorQuickFix
      type={actor.type}
      onChangeType={(type) => correctActor(actor, { kind: 'type', type })}
      onNotActor={() => correctActor(actor, { kind: 'not-actor' })}
      onUndo={(id) => undo(id as number)}
    />
  );

  return { actorFix, onFixClaimSource, fixNotice };
}

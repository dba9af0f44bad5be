/** The actor over time, read from the reading history of a database (the library's actor page). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import type { DramatisDB } from '@/lib/store/db';
import { ACTOR_LIST_SHOWN, ACTOR_MORE_STEP, actorMemory, type ActorMemory } from '@/lib/store/history-queries';
import { actorNetwork } from '@/lib/store/history-network';
import { parseActorKey } from '@/lib/store/names';
import { ActorMemoryView } from './actor-memory-view';

const actorPageHref = (key: string) => `#/actor/${encodeURIComponent(key)}`;

export function ActorMemorySection({ db, actorKey, name, onOpenActor }: { db: DramatisDB; actorKey: string; name?: string; onOpenActor?: (key: string) => void }) {
  // The page reads as many articles, claims and co-actors as it lists; "Show more" reads more.
  const [shown, setShown] = useState({ key: actorKey, lists: ACTOR_LIST_SHOWN });
  const lists = shown.key === actorKey ? shown.lists : ACTOR_LIST_SHOWN;
  // `null` while loading is told apart from "not in the history" (a result of null).
  const result = useLiveQuery(
    async () => ({ memory: await actorMemory(db, actorKey, { maxArticles: lists, maxClaims: lists, maxCoActors: lists }), key: actorKey, lists }),
    [db, actorKey, lists],
  );
  // While more is read, the lists already shown stay (not a blank page).
  const last = useRef<{ memory: ActorMemory | null; key: string; lists: number } | undefined>(undefined);
  if (result) last.current = result;
  const current = result ?? (last.current?.key === actorKey ? last.current : undefined);
  // The network is its own query: the page does not wait for it.
  const network = useLiveQuery(() => actorNetwork(db, actorKey), [db, actorKey]);
  if (!current?.memory) return null;
  const memory = current.memory;
  const label = name ?? (memory.identity.name || parseActorKey(actorKey)?.name) ?? actorKey;
  return (
    <ActorMemoryView
      name={label}
      memory={memory}
      limit={current.lists}
      onShowMore={() => setShown({ key: actorKey, lists: lists + ACTOR_MORE_STEP })}
      network={network ?? undefined}
      actorHref={actorPageHref}
      onOpenActor={onOpenActor}
    />
  );
}

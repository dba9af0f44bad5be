/** The actor over time, read from the reading history of a database (the library's actor page). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DramatisDB } from '@/lib/store/db';
import { actorMemory } from '@/lib/store/history-queries';
import { actorNetwork } from '@/lib/store/history-network';
import { parseActorKey } from '@/lib/store/names';
import { ActorMemoryView } from './actor-memory-view';

const actorPageHref = (key: string) => `#/actor/${encodeURIComponent(key)}`;

export function ActorMemorySection({ db, actorKey, name, onOpenActor }: { db: DramatisDB; actorKey: string; name?: string; onOpenActor?: (key: string) => void }) {
  // `null` while loading is told apart from "not in the history" (a result of null).
  const result = useLiveQuery(async () => ({ memory: await actorMemory(db, actorKey) }), [db, actorKey]);
  // The network is its own query: the page does not wait for it.
  const network = useLiveQuery(() => actorNetwork(db, actorKey), [db, actorKey]);
  if (!result) return null;
  if (!result.memory) return null;
  const shown = name ?? (result.memory.identity.name || parseActorKey(actorKey)?.name) ?? actorKey;
  return <ActorMemoryView name={shown} memory={result.memory} network={network ?? undefined} actorHref={actorPageHref} onOpenActor={onOpenActor} />;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { LibraryTabs } from '@/components/memory/library-tabs';
import { OutletListView } from '@/components/memory/outlet-list-view';
import { LoadingState } from '@/components/loading-state';
import { listOutlets } from '@/lib/store/history-outlets';
import { getSettings } from '@/lib/store/settings';
import { db } from './db';

const PAGE = 200;

/** `#/outlets`: the outlets read, compared (components/memory/outlet-list-view.tsx). */
export function OutletsPage() {
  const [retry, setRetry] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const data = useLiveQuery(async () => {
    try {
      const [overview, settings] = await Promise.all([listOutlets(db), getSettings(db)]);
      return { ok: true as const, overview, settings };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [retry]);
  return (
    <main className="dr dr-library">
      <LibraryTabs current="outlets" />
      {!data ? (
        <LoadingState label="Counting the outlets you read…" />
      ) : !data.ok ? (
        <ErrorState title="The outlets cannot be shown." message={data.error} onRetry={() => setRetry((n) => n + 1)} />
      ) : (
        <OutletListView outlets={data.overview.outlets} all={data.overview.all} historyOn={data.settings.history} limit={limit} onShowMore={() => setLimit((n) => n + PAGE)} />
      )}
    </main>
  );
}

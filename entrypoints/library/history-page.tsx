import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { HistoryView, type SaveState } from '@/components/memory/history-view';
import { LibraryTabs } from '@/components/memory/library-tabs';
import { UndoNotice, type UndoNoticeData } from '@/components/memory/undo-notice';
import { historyRows, type HistoryRow } from '@/lib/store/history-outlets';
import { forgetPageUndoable, restoreHistory } from '@/lib/store/history-undo';
import { getSettings } from '@/lib/store/settings';
import { db } from './db';
import { saveFromHistory } from './save-from-history';

const PAGE_SIZE = 100;

/** `#/read`: the reading history, a page at a time (components/memory/history-view.tsx). */
export function HistoryPage() {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [error, setError] = useState<string | undefined>();
  const [retry, setRetry] = useState(0);
  const [notice, setNotice] = useState<UndoNoticeData | null>(null);
  const [saves, setSaves] = useState<Record<number, SaveState>>({});
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  useEffect(() => setLimit(PAGE_SIZE), [query]);

  const page = useLiveQuery(async () => {
    try {
      const result = await historyRows(db, { query, limit });
      setError(undefined);
      return result;
    } catch (e) {
      fail(e);
      return { rows: [], more: false };
    }
  }, [query, limit, retry]);
  const meta = useLiveQuery(async () => ({ total: await db.history.count(), settings: await getSettings(db) }), []);

  const forget = async (row: HistoryRow) => {
    try {
      const gone = await forgetPageUndoable(db, row.url);
      setNotice({
        text: `Forgot “${row.title}”.`,
        onUndo: gone.records.length ? () => void restoreHistory(db, gone).then(() => setNotice({ text: `Put back “${row.title}”.` }), fail) : undefined,
      });
    } catch (e) {
      fail(e);
    }
  };

  const save = async (row: HistoryRow) => {
    setSaves((s) => ({ ...s, [row.id]: { busy: true } }));
    let state: SaveState;
    try {
      const result = await saveFromHistory(row.url);
      state = { busy: false, ok: result.ok, message: result.message };
    } catch (e) {
      state = { busy: false, ok: false, message: `Not saved: ${e instanceof Error ? e.message : String(e)}` };
    }
    setSaves((s) => ({ ...s, [row.id]: state }));
  };

  return (
    <main className="dr dr-library">
      <LibraryTabs current="read" />
      <HistoryView
        rows={page?.rows}
        total={meta?.total ?? 0}
        more={page?.more ?? false}
        onShowMore={() => setLimit((n) => n + PAGE_SIZE)}
        query={query}
        onSearch={setQuery}
        error={error}
        onRetry={() => {
          setError(undefined);
          setRetry((n) => n + 1);
        }}
        onForget={(row) => void forget(row)}
        onSave={(row) => void save(row)}
        saves={saves}
        historyOn={meta?.settings.history ?? true}
        historyDays={meta?.settings.historyDays ?? 90}
      />
      <UndoNotice notice={notice} onDismiss={() => setNotice(null)} />
    </main>
  );
}

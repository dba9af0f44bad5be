import { useLiveQuery } from 'dexie-react-hooks';
import { HistoryOptions } from '@/components/memory/history-options';
import type { DramatisDB } from '@/lib/store/db';
import { forgetAllHistory, forgetSite, historySize, pruneHistory } from '@/lib/store/history';
import { HISTORY_DAYS } from '@/lib/store/history-limits';
import { getSettings, setSetting } from '@/lib/store/settings';

/** Options › Reading history, wired to the database (the section itself is components/memory/history-options.tsx). */
export function HistorySection({ db }: { db: DramatisDB }) {
  const data = useLiveQuery(async () => ({ settings: await getSettings(db), size: await historySize(db) }), [db]);
  if (!data) return null;
  return (
    <HistoryOptions
      on={data.settings.history}
      onChange={(on) => void setSetting(db, 'history', on)}
      days={data.settings.historyDays}
      dayChoices={HISTORY_DAYS.choices}
      onDaysChange={(days) => void setSetting(db, 'historyDays', days).then(() => pruneHistory(db))}
      size={data.size}
      onForgetSite={(site) => forgetSite(db, site)}
      onForgetAll={() => forgetAllHistory(db)}
    />
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { OptionsView, type ExportFormat, type KindSwitches, type ImportState, type StorageInfo } from '@/components/options-view';
import { DramatisDB } from '@/lib/store/db';
import { exportAll, exportCsv, exportMarkdown } from '@/lib/store/export-import';
import { applyImport, describePlan, prepareImport, type ImportPlan } from '@/lib/store/import-file';
import { IMPORT_LIMITS } from '@/lib/store/import-limits';
import { ensurePersistentStorage, storageStatus } from '@/lib/store/persist';
import { getSettings, setSetting, setSiteEnabled, type SwitchableKind } from '@/lib/store/settings';
import { HistorySection } from './history-section';

const db = new DramatisDB();

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Options: per-site switch, highlighted kinds, the optional lookup, export and import. */
export function App() {
  const settings = useLiveQuery(() => getSettings(db), []);
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });
  const plan = useRef<ImportPlan | null>(null);
  const [storage, setStorage] = useState<StorageInfo | undefined>();
  useEffect(() => {
    void storageStatus().then(setStorage);
  }, [importState.status]);
  if (!settings) return null;

  const kinds: KindSwitches = {
    person: settings.highlightKinds.includes('person'),
    organization: settings.highlightKinds.includes('organization'),
    place: settings.highlightKinds.includes('place'),
    claims: settings.highlightKinds.includes('claim'),
  };

  return (
    <main className="dr dr-options">
      {/* The title is OptionsView's own h1 (it was shown twice); the way back to the reading list: */}
      <nav className="dr-library__nav" aria-label="Dramatis">
        <a className="dr-btn dr-btn--small dr-btn--ghost" href="library.html">
          ← Reading list
        </a>
      </nav>
      <OptionsView
        disabledSites={settings.disabledSites}
        onAddSite={(site) => void setSiteEnabled(db, site, false)}
        onRemoveSite={(site) => void setSiteEnabled(db, site, true)}
        highlightKinds={kinds}
        onHighlightKindsChange={(next) => {
          const list: SwitchableKind[] = [];
          if (next.person) list.push('person');
          if (next.organization) list.push('organization');
          if (next.place) list.push('place');
          if (next.claims) list.push('claim');
          void setSetting(db, 'highlightKinds', list);
        }}
        wikipediaLookup={settings.lookup}
        onWikipediaLookupChange={(on) => void setSetting(db, 'lookup', on)}
        allowPrivate={settings.allowPrivate}
        onAllowPrivateChange={(on) => void setSetting(db, 'allowPrivate', on)}
        onExport={async (format: ExportFormat) => {
          if (format === 'json') download(`dramatis-${today()}.json`, 'application/json', JSON.stringify(await exportAll(db), null, 2));
          else if (format === 'markdown') download(`dramatis-reading-list-${today()}.md`, 'text/markdown', await exportMarkdown(db));
          else download(`dramatis-reading-list-${today()}.csv`, 'text/csv', await exportCsv(db));
        }}
        onImport={async (file: File) => {
          plan.current = null;
          // The size first: a huge file is refused before it is read into memory.
          if (file.size > IMPORT_LIMITS.maxChars) {
            setImportState({ status: 'error', message: `This file is too large (${Math.ceil(file.size / 1048576)} MB). Nothing was imported.` });
            return;
          }
          setImportState({ status: 'reading' });
          try {
            const next = prepareImport(await file.text());
            plan.current = next;
            const articles = next.source === 'pocket' ? next.items.length : next.articles.length;
            setImportState({ status: 'preview', message: describePlan(next), skipped: next.skipped, notes: next.notes, articles });
          } catch (error) {
            setImportState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
          }
        }}
        onCancelImport={() => {
          plan.current = null;
          setImportState({ status: 'idle' });
        }}
        onConfirmImport={async () => {
          const next = plan.current;
          plan.current = null;
          if (!next) return;
          setImportState({ status: 'working', progress: 0 });
          try {
            const r = await applyImport(db, next, (done, total) => setImportState({ status: 'working', progress: total ? done / total : 0 }));
            void ensurePersistentStorage();
            const from = next.source === 'pocket' ? ' from Pocket' : '';
            const skipped = next.skipped.length ? ` ${next.skipped.length} skipped (below).` : '';
            setImportState({ status: 'done', message: `Imported ${r.articles.added} new and updated ${r.articles.updated} articles${from}.${skipped}`, skipped: next.skipped });
          } catch (error) {
            setImportState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
          }
        }}
        storage={storage}
        importState={importState}
      />
      <HistorySection db={db} />
    </main>
  );
}

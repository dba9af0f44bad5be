import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { OptionsView, type ExportFormat, type HighlightKinds, type ImportState } from '@/components/options-view';
import { DramatisDB } from '@/lib/store/db';
import { exportAll, exportCsv, exportMarkdown, importAll } from '@/lib/store/export-import';
import { importPocket } from '@/lib/store/pocket';
import { getSettings, setSetting, setSiteEnabled, type HighlightKind } from '@/lib/store/settings';

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
  if (!settings) return null;

  const kinds: HighlightKinds = {
    person: settings.highlightKinds.includes('person'),
    organization: settings.highlightKinds.includes('organization'),
    place: settings.highlightKinds.includes('place'),
    claims: settings.highlightKinds.includes('claim'),
  };

  return (
    <main className="dr dr-options">
      <h1 className="dr-options__title">Dramatis options</h1>
      <OptionsView
        disabledSites={settings.disabledSites}
        onAddSite={(site) => void setSiteEnabled(db, site, false)}
        onRemoveSite={(site) => void setSiteEnabled(db, site, true)}
        highlightKinds={kinds}
        onHighlightKindsChange={(next) => {
          const list: HighlightKind[] = [];
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
          setImportState({ status: 'working', progress: 0 });
          const progress = (done: number, total: number) => setImportState({ status: 'working', progress: total ? done / total : 0 });
          try {
            const text = await file.text();
            let json: unknown = undefined;
            try {
              json = JSON.parse(text);
            } catch {
              /* not JSON: try Pocket */
            }
            if (json !== undefined) {
              const r = await importAll(db, json, progress);
              setImportState({ status: 'done', message: `Imported ${r.articles.added} new and updated ${r.articles.updated} articles.` });
            } else {
              const r = await importPocket(db, text, progress);
              setImportState({ status: "done", message: `Imported ${r.added} new and updated ${r.updated} articles from Pocket.` });
            }
          } catch (error) {
            setImportState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
          }
        }}
        importState={importState}
      />
    </main>
  );
}

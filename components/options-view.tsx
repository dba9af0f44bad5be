import { useId, useRef, useState } from 'react';
import { countNoun } from './format';
import { Switch } from './switch';
import { Legend } from './legend';

/** Which kinds of marks are on, as the Options page shows them (one switch per kind). */
export interface KindSwitches {
  person: boolean;
  organization: boolean;
  place: boolean;
  claims: boolean;
}

export type ExportFormat = 'json' | 'markdown' | 'csv';

export interface ImportState {
  /** 'preview': the file was read, nothing is written until the user confirms (onConfirmImport). */
  status: 'idle' | 'reading' | 'preview' | 'working' | 'done' | 'error';
  /** e.g. "312 articles, 40 cards; 4 skipped", "Imported 42 articles." or "This file is not a Dramatis or Pocket export." */
  message?: string;
  /** 0..1 while working. */
  progress?: number;
  /** Preview (and done): the records left out, with the reason for each. */
  skipped?: { where: string; reason: string }[];
  /** Preview: what else the user should know (a setting the import leaves as it is). */
  notes?: string[];
  /** Preview: how many articles the confirm button will import. */
  articles?: number;
}

/** What the browser says about the extension's storage (navigator.storage). */
export interface StorageInfo {
  /** True: kept when disk space runs low; false: the browser may clear it; null: unknown (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const SKIPPED_SHOWN = 20;

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / (1024 * 1024))).toLocaleString('en-US')} MB`;
}

export interface OptionsViewProps {
  /** Host names where Dramatis is off. */
  disabledSites: string[];
  /** Called with a normalized host name ("news.example.com"). */
  onAddSite: (site: string) => void;
  onRemoveSite: (site: string) => void;
  highlightKinds: KindSwitches;
  onHighlightKindsChange: (next: KindSwitches) => void;
  wikipediaLookup: boolean;
  onWikipediaLookupChange: (on: boolean) => void;
  /** Save articles from private windows (off by default); the control shows only when the handler is given. */
  allowPrivate?: boolean;
  onAllowPrivateChange?: (on: boolean) => void;
  onExport: (format: ExportFormat) => void;
  /** The file the user picked (Dramatis JSON, Pocket CSV or Pocket HTML). */
  onImport: (file: File) => void;
  /** Preview step: write what the preview shows, or drop it. */
  onConfirmImport?: () => void;
  onCancelImport?: () => void;
  importState?: ImportState;
  /** Shown in "Storage"; the section is left out when absent. */
  storage?: StorageInfo;
}

/** A host name from what a user types ("https://www.bbc.co.uk/news" -> "www.bbc.co.uk"), or null when it is not one. */
export function normalizeSite(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname.replace(/\.$/, '');
    if (host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
    return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

const KINDS: { key: keyof KindSwitches; label: string }[] = [
  { key: 'person', label: 'People' },
  { key: 'organization', label: 'Organizations' },
  { key: 'place', label: 'Places' },
  { key: 'claims', label: 'Attributed claims' },
];

/** The options page body: sites, highlighted kinds, privacy (Wikipedia lookup), export and import. */
export function OptionsView(props: OptionsViewProps) {
  const { disabledSites, highlightKinds, importState } = props;
  const uid = useId();
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const working = importState?.status === 'working' || importState?.status === 'reading';
  const previewing = importState?.status === 'preview';

  const addSite = () => {
    const site = normalizeSite(siteInput);
    if (!site) {
      setSiteError('Enter a site such as example.com.');
      return;
    }
    if (disabledSites.includes(site)) {
      setSiteError(`Dramatis is already off for ${site}.`);
      return;
    }
    setSiteError('');
    setSiteInput('');
    props.onAddSite(site);
  };

  return (
    <div className="dr dr-options">
      <h1>Dramatis options</h1>

      <section aria-labelledby={`${uid}-sites`}>
        <h2 id={`${uid}-sites`}>Sites</h2>
        <p className="dr-muted">Dramatis reads English news articles on every site except these.</p>
        {disabledSites.length === 0 ? (
          <p className="dr-muted">Dramatis is on everywhere.</p>
        ) : (
          <ul className="dr-site-list" aria-label="Sites where Dramatis is off">
            {disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  className="dr-btn dr-btn--small"
                  aria-label={`Turn Dramatis back on for ${site}`}
                  onClick={() => props.onRemoveSite(site)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="dr-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <label htmlFor={`${uid}-site`} className="dr-visually-hidden">
            Turn Dramatis off for a site
          </label>
          <input
            id={`${uid}-site`}
            className="dr-input"
            placeholder="example.com"
            value={siteInput}
            aria-invalid={siteError ? true : undefined}
            aria-describedby={siteError ? `${uid}-site-err` : undefined}
            onChange={(e) => {
              setSiteInput(e.target.value);
              setSiteError('');
            }}
          />
          <button type="submit" className="dr-btn">
            Turn off for this site
          </button>
        </form>
        {siteError ? (
          <p id={`${uid}-site-err`} className="dr-error-text" role="alert">
            {siteError}
          </p>
        ) : null}
      </section>

      <section aria-labelledby={`${uid}-hl`}>
        <h2 id={`${uid}-hl`}>Highlights</h2>
        <fieldset>
          <legend>Highlight on the page</legend>
          {KINDS.map((k) => (
            <label key={k.key} className="dr-check">
              <input
                type="checkbox"
                checked={highlightKinds[k.key]}
                onChange={(e) => props.onHighlightKindsChange({ ...highlightKinds, [k.key]: e.target.checked })}
              />
              {k.label}
            </label>
          ))}
        </fieldset>
        <Legend variant="full" title="What the marks look like on a page" />
      </section>

      <section aria-labelledby={`${uid}-privacy`}>
        <h2 id={`${uid}-privacy`}>Privacy</h2>
        <p>Dramatis reads pages on your computer. Nothing you read, save or write leaves it unless you turn on the lookup below.</p>
        <Switch checked={props.wikipediaLookup} onChange={props.onWikipediaLookupChange}>
          Look up background on Wikipedia
        </Switch>
        <p className="dr-muted dr-small">
          When on, opening a card for a person, organization or place with no background sends that name, and nothing
          else, to Wikipedia (en.wikipedia.org) to fetch a short summary, which is then kept on this computer. The page
          you are reading, its address and your notes are never sent. Off by default.
        </p>
        {props.onAllowPrivateChange ? (
          <>
            <Switch checked={!!props.allowPrivate} onChange={props.onAllowPrivateChange}>
              Save articles from private windows
            </Switch>
            <p className="dr-muted dr-small">Off by default: in a private window, “Save to reading list” stores nothing.</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby={`${uid}-data`}>
        <h2 id={`${uid}-data`}>Your data</h2>
        <div className="dr-card__actions">
          <button type="button" className="dr-btn" onClick={() => props.onExport('json')}>
            Export everything (JSON)
          </button>
          <button type="button" className="dr-btn" onClick={() => props.onExport('markdown')}>
            Reading list as Markdown
          </button>
          <button type="button" className="dr-btn" onClick={() => props.onExport('csv')}>
            Reading list as CSV
          </button>
        </div>
        <div className="dr-card__actions">
          <button type="button" className="dr-btn" disabled={working || previewing} onClick={() => fileRef.current?.click()}>
            Import…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,.csv,.html,.htm,application/json,text/csv,text/html"
            hidden
            aria-label="Import file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) props.onImport(file);
            }}
          />
          <span className="dr-muted dr-small">A Dramatis JSON export, or a Pocket export (CSV or HTML).</span>
        </div>
        {importState && previewing ? (
          <section className="dr-import-preview" aria-labelledby={`${uid}-preview`}>
            <h3 id={`${uid}-preview`}>Import preview</h3>
            <p>{importState.message}</p>
            <p className="dr-muted dr-small">Nothing has been written yet. Articles already saved are merged by address.</p>
            {importState.notes?.map((n) => (
              <p key={n} className="dr-small">
                {n}
              </p>
            ))}
            {importState.skipped?.length ? <SkippedList skipped={importState.skipped} /> : null}
            <div className="dr-card__actions">
              <button type="button" className="dr-btn dr-btn--primary" autoFocus onClick={props.onConfirmImport}>
                {importState.articles !== undefined ? `Import ${countNoun(importState.articles, 'article')}` : 'Import'}
              </button>
              <button type="button" className="dr-btn" onClick={props.onCancelImport}>
                Cancel
              </button>
            </div>
          </section>
        ) : importState && importState.status !== 'idle' ? (
          <div role={importState.status === 'error' ? 'alert' : 'status'} aria-live="polite">
            {working && importState.progress !== undefined ? (
              <progress className="dr-progress" max={1} value={importState.progress} aria-label="Import progress" />
            ) : null}
            {importState.message ? (
              <p className={importState.status === 'error' ? 'dr-error-text' : 'dr-muted'}>{importState.message}</p>
            ) : working ? (
              <p className="dr-muted">{importState.status === 'reading' ? 'Reading the file…' : 'Importing…'}</p>
            ) : null}
            {importState.status === 'done' && importState.skipped?.length ? <SkippedList skipped={importState.skipped} /> : null}
          </div>
        ) : null}
      </section>

      {props.storage ? (
        <section aria-labelledby={`${uid}-storage`}>
          <h2 id={`${uid}-storage`}>Storage</h2>
          <p>
            {props.storage.persisted === true
              ? 'Your reading list is kept when disk space runs low.'
              : props.storage.persisted === false
                ? 'The browser may clear your reading list when disk space runs low: export it now and then.'
                : 'This browser does not say whether it keeps your reading list when disk space runs low.'}
            {props.storage.usage !== null
              ? ` ${megabytes(props.storage.usage)} used${props.storage.quota !== null ? ` of ${megabytes(props.storage.quota)} available` : ''}.`
              : ''}
          </p>
          <p className="dr-muted dr-small">
            Dramatis asks the browser to keep its storage (persistent storage) when you first save an article: your reading
            list, notes and corrections exist only on this computer, so losing them to a cleanup would lose them for good.
          </p>
        </section>
      ) : null}
    </div>
  );
}

/** The records an import leaves out, with their reasons (the first SKIPPED_SHOWN). */
function SkippedList({ skipped }: { skipped: { where: string; reason: string }[] }) {
  return (
    <>
      <p className="dr-small">Skipped, with the reason:</p>
      <ul className="dr-import-skipped dr-small">
        {skipped.slice(0, SKIPPED_SHOWN).map((s, i) => (
          <li key={i}>
            {s.where}: {s.reason}
          </li>
        ))}
      </ul>
      {skipped.length > SKIPPED_SHOWN ? <p className="dr-small">and {skipped.length - SKIPPED_SHOWN} more</p> : null}
    </>
  );
}

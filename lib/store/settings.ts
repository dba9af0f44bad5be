import type { DramatisDB } from './db';
import { hostOf } from './normalize-url';

/** Highlightable kinds: the three actor types and claims. */
/** The kinds of marks the user can switch on or off in Options (all claims are one switch). */
export type SwitchableKind = 'person' | 'organization' | 'place' | 'claim';

export interface Settings {
  /** Hosts (lower-case, no "www.") where Dramatis does not run automatically. */
  disabledSites: string[];
  /** Kinds painted on pages. */
  highlightKinds: SwitchableKind[];
  /** Background Wikipedia lookup for cards without a summary (off by default). */
  lookup: boolean;
  /** Save from private windows (off by default). */
  allowPrivate: boolean;
  /** Keep a compact record of every analysed article (the reading history; on by default; never in private windows). */
  history: boolean;
  /** Days the reading history keeps a record (older ones are pruned). */
  historyDays: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  disabledSites: [],
  highlightKinds: ['person', 'organization', 'place', 'claim'],
  lookup: false,
  allowPrivate: false,
  history: true,
  historyDays: 90,
});

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** All settings, defaults filled in for anything never set. */
export async function getSettings(db: DramatisDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const out: Settings = structuredClone({ ...DEFAULT_SETTINGS }) as Settings;
  for (const row of rows) if ((SETTING_KEYS as string[]).includes(row.key)) (out as any)[row.key] = row.value;
  return out;
}

export async function setSetting<K extends keyof Settings>(db: DramatisDB, key: K, value: Settings[K]): Promise<void> {
  if (!SETTING_KEYS.includes(key)) throw new TypeError(`Unknown setting: ${String(key)}`);
  await db.settings.put({ key, value });
}

/** Normalizes a host or URL the way disabledSites stores it ("https://www.BBC.co.uk/x" -> "bbc.co.uk"). */
export function siteKey(hostOrUrl: string): string {
  const s = hostOrUrl.trim().toLowerCase();
  return /^[a-z][a-z0-9+.-]*:\/\//.test(s) ? hostOf(s) : s.replace(/^www\./, '').replace(/[/:].*$/, '');
}

/** False when the user turned Dramatis off for this host (or a parent domain of it). */
export async function isSiteEnabled(db: DramatisDB, hostOrUrl: string): Promise<boolean> {
  const host = siteKey(hostOrUrl);
  const { disabledSites } = await getSettings(db);
  return !disabledSites.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Turns Dramatis on or off for a site. */
export async function setSiteEnabled(db: DramatisDB, hostOrUrl: string, enabled: boolean): Promise<void> {
  const host = siteKey(hostOrUrl);
  await db.transaction('rw', db.settings, async () => {
    const { disabledSites } = await getSettings(db);
    const next = disabledSites.filter((d) => d !== host);
    if (!enabled) next.push(host);
    await setSetting(db, 'disabledSites', next.sort());
  });
}

import Papa from 'papaparse';
import type { DramatisDB } from './db';
import { applyImport, prepareDramatisImport, prepareImport, type ImportProgress, type ImportResult } from './import-file';
import { EXPORT_FORMAT, EXPORT_VERSION, type DramatisExport } from './import-schema';
import type { ArticleRecord, HistoryClaimRecord } from './schema';

export { EXPORT_FORMAT, EXPORT_VERSION, type DramatisExport, type ImportProgress, type ImportResult };

/** The whole database as one versioned JSON-serialisable object (read in one transaction, so it is consistent). */
export async function exportAll(db: DramatisDB, now = new Date()): Promise<DramatisExport> {
  return db.transaction('r', [db.articles, db.cards, db.corrections, db.settings, db.history, db.historyClaims], async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: (await db.articles.toArray()) as DramatisExport['articles'],
    cards: (await db.cards.toArray()) as DramatisExport['cards'],
    corrections: (await db.corrections.toArray()) as DramatisExport['corrections'],
    settings: await db.settings.toArray(),
    history: await exportHistory(db),
  }));
}

/** The reading history, each record with its claims nested (ids and derived fields are the database's, not the file's). */
async function exportHistory(db: DramatisDB): Promise<NonNullable<DramatisExport['history']>> {
  const claims = new Map<number, HistoryClaimRecord[]>();
  await db.historyClaims.each((c) => {
    const list = claims.get(c.historyId) ?? [];
    list.push(c);
    claims.set(c.historyId, list);
  });
  return (await db.history.toArray()).map((r) => ({
    url: r.url,
    title: r.title,
    site: r.site,
    readAt: r.readAt,
    publishedAt: r.publishedAt,
    actors: r.actors,
    claims: (claims.get(r.id!) ?? []).map(({ text, kind, source, sourceKey, anonymous, aboutKeys }) => ({ text, kind, source, sourceKey, anonymous, aboutKeys })),
  }));
}

/**
 * Imports a Dramatis export (object or JSON text) at once, without a preview: `prepareImport` + `applyImport`
 * (import-file.ts), so bad records are skipped, ids reassigned, and a file that cannot be imported throws ImportError
 * before anything is written.
 */
export async function importAll(db: DramatisDB, json: unknown, onProgress?: ImportProgress): Promise<ImportResult> {
  const plan = typeof json === 'string' ? prepareImport(json) : prepareDramatisImport(json);
  return applyImport(db, plan, onProgress);
}

/** YYYY-MM-DD, or "unknown date" for a value that is not a date (never throws). */
function isoDate(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? 'unknown date' : d.toISOString().slice(0, 10);
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/** The reading list (newest first; archived articles in their own section) as Markdown. */
export async function exportMarkdown(db: DramatisDB, now = new Date()): Promise<string> {
  const all = (await db.articles.orderBy('savedAt').reverse().toArray()) as ArticleRecord[];
  const line = (a: ArticleRecord) => {
    const meta = [a.site, a.byline ? `by ${a.byline}` : '', `saved ${isoDate(a.savedAt)}`, a.read ? 'read' : 'unread']
      .filter(Boolean)
      .map(mdEscape);
    if (a.tags.length) meta.push(`tags: ${a.tags.map(mdEscape).join(', ')}`);
    if (a.counts.claims) meta.push(`${a.counts.claims} claims, ${a.counts.anonymous} from anonymous sources`);
    return `- [${mdEscape(a.title)}](<${a.url.replace(/>/g, '%3E')}>) — ${meta.join(' · ')}`;
  };
  const out = ['# Dramatis reading list', '', `Exported ${now.toISOString()}`, ''];
  const sections: [string, ArticleRecord[]][] = [
    ['Reading list', all.filter((a) => !a.archived)],
    ['Archive', all.filter((a) => a.archived)],
  ];
  for (const [title, list] of sections) {
    if (!list.length) continue;
    out.push(`## ${title} (${list.length})`, '', ...list.map(line), '');
  }
  return out.join('\n');
}

/** CSV columns; the first five are Pocket's, so a Dramatis CSV can be imported again with importPocket. */
export const CSV_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status', 'site', 'byline', 'published', 'actors', 'claims', 'anonymous_claims'] as const;

/**
 * A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection"): papaparse prefixes
 * such a cell with an apostrophe (shown as text, not evaluated) and quotes it. Papaparse's own default pattern ends in
 * `.*$` without the `s` flag, so it misses a formula followed by a line break: hence this one. Data with a reason.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The reading list as CSV (RFC 4180 quoting and CRLF line ends by papaparse, formulae neutralised), newest first. */
export async function exportCsv(db: DramatisDB): Promise<string> {
  const all = (await db.articles.orderBy('savedAt').reverse().toArray()) as ArticleRecord[];
  const rows = all.map((a) => [
    a.title,
    a.url,
    Number.isFinite(a.savedAt) ? String(Math.floor(a.savedAt / 1000)) : '',
    a.tags.join('|'),
    a.archived ? 'archive' : a.read ? 'read' : 'unread',
    a.site,
    a.byline ?? '',
    a.published ?? '',
    String(a.counts.actors),
    String(a.counts.claims),
    String(a.counts.anonymous),
  ]);
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

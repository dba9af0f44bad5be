import type { DramatisDB } from './db';
import { ImportError, withQuota } from './errors';
import { articleWords, anonymityOf, countsOf, normalizeTags } from './articles';
import { toCsv } from './csv';
import {
  describeIssues,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportSchema,
  type DramatisExport,
} from './import-schema';
import { hostOf, normalizeUrl } from './normalize-url';
import { publishedAtOf, sortTitleOf, type ArticleRecord, type CardRecord, type CorrectionRecord } from './schema';
import { actorKey } from './names';

export { EXPORT_FORMAT, EXPORT_VERSION, type DramatisExport };

/** Called during long imports: `done` of `total` records written. */
export type ImportProgress = (done: number, total: number) => void;

export interface ImportResult {
  articles: { added: number; updated: number };
  cards: { added: number; updated: number };
  corrections: number;
  settings: number;
}

/** The whole database as one versioned JSON-serialisable object (read in one transaction, so it is consistent). */
export async function exportAll(db: DramatisDB, now = new Date()): Promise<DramatisExport> {
  return db.transaction('r', db.articles, db.cards, db.corrections, db.settings, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: (await db.articles.toArray()) as DramatisExport['articles'],
    cards: (await db.cards.toArray()) as DramatisExport['cards'],
    corrections: (await db.corrections.toArray()) as DramatisExport['corrections'],
    settings: await db.settings.toArray(),
  }));
}

/** Validates a Dramatis export (object or JSON text) without writing anything; throws ImportError with the reason. */
export function parseExport(json: unknown): DramatisExport {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new ImportError(`This file is not valid JSON (${(e as Error).message}). Nothing was imported.`, { cause: e });
    }
  }
  if (!data || typeof data !== 'object' || (data as any).format !== EXPORT_FORMAT) {
    throw new ImportError('This file is not a Dramatis export (no "format": "dramatis"). Nothing was imported.');
  }
  if ((data as any).version !== EXPORT_VERSION) {
    throw new ImportError(
      `This Dramatis export has version ${JSON.stringify((data as any).version)}; this version of Dramatis reads version ${EXPORT_VERSION}. Nothing was imported.`,
    );
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(`This Dramatis export is damaged: ${describeIssues(parsed.error)}. Nothing was imported.`);
  return parsed.data;
}

function mergeArticle(existing: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  return {
    ...newer,
    id: existing.id,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    read: existing.read || incoming.read ? 1 : 0,
    readAt: Math.max(existing.readAt ?? 0, incoming.readAt ?? 0) || null,
    tags: normalizeTags([...existing.tags, ...incoming.tags]),
    actorKeys: [...new Set([...existing.actorKeys, ...incoming.actorKeys])],
    actorCards: newer.actorCards,
  };
}

function mergeCard(existing: CardRecord, incoming: CardRecord): CardRecord {
  const roles = [...existing.roles];
  for (const r of incoming.roles) {
    if (!roles.some((x) => x.articleId === r.articleId && x.role.toLowerCase() === r.role.toLowerCase())) roles.push(r);
  }
  const aliases = [...existing.aliases];
  for (const a of [incoming.name, ...incoming.aliases]) if (a !== existing.name && !aliases.includes(a)) aliases.push(a);
  const notes = [existing.note, incoming.note].filter((n) => n.trim());
  const summaries = [existing.summary, incoming.summary].filter((s) => s) as NonNullable<CardRecord['summary']>[];
  return {
    ...existing,
    aliases,
    aliasKeys: [...new Set([existing.key, ...[existing.name, ...aliases].map((n) => actorKey(existing.type, n))])],
    roles,
    note: notes.length === 2 && notes[0] === notes[1] ? notes[0] : notes.join('\n\n'),
    summary: summaries.sort((a, b) => b.fetchedAt - a.fetchedAt)[0] ?? null,
    kb: existing.kb ?? incoming.kb,
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
}

const BATCH = 200;

/**
 * Imports a Dramatis export (object or JSON text). The whole file is validated before anything is written, then
 * everything is written in one transaction: a malformed or foreign file (ImportError) or a full disk (QuotaError)
 * changes nothing. Articles already saved (same normalized URL) are merged; cards merge by key; ids are kept when free.
 */
export async function importAll(db: DramatisDB, json: unknown, onProgress?: ImportProgress): Promise<ImportResult> {
  const data = parseExport(json);
  const total = data.articles.length + data.cards.length + data.corrections.length + data.settings.length;
  let done = 0;
  const tick = (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
  const result: ImportResult = { articles: { added: 0, updated: 0 }, cards: { added: 0, updated: 0 }, corrections: 0, settings: 0 };
  return withQuota(() =>
    db.transaction('rw', db.articles, db.cards, db.corrections, db.settings, async () => {
      const idMap = new Map<number, number>();
      for (let i = 0; i < data.articles.length; i += BATCH) {
        for (const raw of data.articles.slice(i, i + BATCH)) {
          const a = raw as ArticleRecord;
          const url = normalizeUrl(a.url);
          const counts = a.analysis ? countsOf(a.analysis) : a.counts;
          const incoming: ArticleRecord = {
            ...a,
            url,
            host: hostOf(url),
            counts,
            ...anonymityOf(counts),
            tags: normalizeTags(a.tags),
            sortTitle: sortTitleOf(a.title),
            publishedAt: publishedAtOf(a.published),
          };
          incoming.words = articleWords(incoming);
          const existing = await db.articles.where('url').equals(url).first();
          let id: number;
          if (existing) {
            id = await db.articles.put(mergeArticle(existing, incoming));
            result.articles.updated++;
          } else {
            const free = a.id !== undefined && !(await db.articles.get(a.id));
            const { id: _drop, ...rest } = incoming;
            id = await db.articles.put(free ? incoming : rest);
            result.articles.added++;
          }
          if (a.id !== undefined) idMap.set(a.id, id);
        }
        tick(Math.min(BATCH, data.articles.length - i));
      }
      for (const raw of data.cards) {
        const c = raw as CardRecord;
        // A role of an article that is not in the export (deleted before deletes cleaned cards up) keeps its id only
        // while no article here has that id: it would otherwise show as a role seen in an unrelated article.
        const roles: CardRecord['roles'] = [];
        for (const r of c.roles) {
          const mapped = idMap.get(r.articleId);
          if (mapped !== undefined) roles.push({ ...r, articleId: mapped });
          else if (!(await db.articles.get(r.articleId))) roles.push(r);
        }
        const incoming: CardRecord = { ...c, roles };
        const existing = await db.cards.where('key').equals(c.key).first();
        if (existing) {
          await db.cards.put(mergeCard(existing, incoming));
          result.cards.updated++;
        } else {
          const free = c.id !== undefined && !(await db.cards.get(c.id));
          const { id: _drop, ...rest } = incoming;
          await db.cards.put(free ? incoming : rest);
          result.cards.added++;
        }
        tick(1);
      }
      const have = new Set((await db.corrections.toArray()).map(({ id: _i, at: _a, ...r }) => JSON.stringify(r)));
      for (const raw of data.corrections) {
        const c = raw as CorrectionRecord;
        const { id: _i, at: _a, ...sig } = c;
        if (!have.has(JSON.stringify(sig))) {
          const free = c.id !== undefined && !(await db.corrections.get(c.id));
          const { id: _drop, ...rest } = c;
          await db.corrections.put(free ? c : (rest as CorrectionRecord));
          have.add(JSON.stringify(sig));
          result.corrections++;
        }
        tick(1);
      }
      for (const row of data.settings) {
        await db.settings.put({ key: row.key, value: row.value });
        result.settings++;
        tick(1);
      }
      return result;
    }),
  );
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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

/** The reading list as CSV (RFC 4180 quoting, CRLF line ends), newest first. */
export async function exportCsv(db: DramatisDB): Promise<string> {
  const all = (await db.articles.orderBy('savedAt').reverse().toArray()) as ArticleRecord[];
  return toCsv([
    CSV_COLUMNS,
    ...all.map((a) => [
      a.title,
      a.url,
      Math.floor(a.savedAt / 1000),
      a.tags.join('|'),
      a.archived ? 'archive' : a.read ? 'read' : 'unread',
      a.site,
      a.byline ?? '',
      a.published ?? '',
      a.counts.actors,
      a.counts.claims,
      a.counts.anonymous,
    ]),
  ]);
}

/**
 * Pocket exports: the CSV (columns title, url, time_added, tags, status; any order, extra columns ignored, tags
 * separated by "|") and the older HTML (`<h1>Unread</h1><ul><li><a href time_added tags>title</a>`, tags separated
 * by ","). Parsed and validated fully before any write; merged by normalized URL in one transaction.
 */
import { z } from 'zod';
import { normalizeTags, articleWords } from './articles';
import { parseCsv } from './csv';
import type { DramatisDB } from './db';
import { ImportError, withQuota } from './errors';
import type { ImportProgress } from './export-import';
import { describeIssues } from './import-schema';
import { hostOf, normalizeUrl } from './normalize-url';
import { sortTitleOf, type ArticleRecord } from './schema';

export interface PocketItem {
  url: string;
  title: string;
  /** epoch seconds, or null when missing */
  timeAdded: number | null;
  tags: string[];
  status: 'unread' | 'read' | 'archive';
}

const itemSchema = z.object({
  url: z.string().refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'not an http(s) URL'),
  title: z.string(),
  timeAdded: z.number().int().nonnegative().nullable(),
  tags: z.array(z.string()),
  status: z.enum(['unread', 'read', 'archive']),
});

function status(raw: string | undefined): PocketItem['status'] {
  const s = (raw ?? '').trim().toLowerCase();
  return s === 'archive' || s === 'archived' ? 'archive' : s === 'read' ? 'read' : 'unread';
}

function seconds(raw: string | undefined): number | null {
  const s = (raw ?? '').trim();
  if (!/^\d+$/.test(s)) return s ? NaN : null;
  const n = Number(s);
  return n > 1e12 ? Math.floor(n / 1000) : n; // milliseconds tolerated
}

export function parsePocketCsv(text: string): PocketItem[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (e) {
    throw new ImportError(`This CSV file is damaged (${(e as Error).message}). Nothing was imported.`);
  }
  if (rows.length === 0) throw new ImportError('This file is empty. Nothing was imported.');
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('url') < 0) throw new ImportError('This CSV file has no "url" column, so it is not a Pocket export. Nothing was imported.');
  return rows.slice(1).map((r) => ({
    url: (r[col('url')] ?? '').trim(),
    title: (col('title') >= 0 ? r[col('title')] : '')?.trim() ?? '',
    timeAdded: col('time_added') >= 0 ? seconds(r[col('time_added')]) : null,
    tags: col('tags') >= 0 ? (r[col('tags')] ?? '').split('|').map((t) => t.trim()).filter(Boolean) : [],
    status: status(col('status') >= 0 ? r[col('status')] : undefined),
  }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** The older Pocket HTML export; items under "Read Archive" are archived. */
export function parsePocketHtml(html: string): PocketItem[] {
  const items: PocketItem[] = [];
  let section: PocketItem['status'] = 'unread';
  for (const m of html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>|<a\s([^>]*)>([\s\S]*?)<\/a>/gi)) {
    if (m[1] !== undefined) {
      section = /archive|read archive/i.test(m[1]) ? 'archive' : 'unread';
      continue;
    }
    const attrs = attributes(m[2]);
    if (!('href' in attrs)) continue;
    items.push({
      url: attrs.href.trim(),
      title: decodeEntities(m[3].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim(),
      timeAdded: 'time_added' in attrs ? seconds(attrs.time_added) : null,
      tags: (attrs.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean),
      status: section,
    });
  }
  if (items.length === 0) throw new ImportError('No saved links were found in this HTML file, so it is not a Pocket export. Nothing was imported.');
  return items;
}

/** Parses either Pocket format (detected from the content) and validates every item. */
export function parsePocket(fileText: string): PocketItem[] {
  const text = fileText.replace(/^\ufeff/, '');
  const isHtml = /^\s*</.test(text);
  const items = isHtml ? parsePocketHtml(text) : parsePocketCsv(text);
  const parsed = z.array(itemSchema).safeParse(items);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const row = typeof first?.path[0] === 'number' ? first.path[0] : -1;
    const where = row >= 0 ? (isHtml ? `link ${row + 1}` : `row ${row + 2}`) : '';
    throw new ImportError(
      `This Pocket export has a bad entry${where ? ` (${where}${items[row]?.url ? `: ${JSON.stringify(items[row].url.slice(0, 80))}` : ''})` : ''}: ${describeIssues(parsed.error, 1).replace(/^\[\d+\]\.?/, '')}. Nothing was imported.`,
    );
  }
  return parsed.data;
}

/**
 * Imports a Pocket export into the reading list: new URLs become articles without text (title, URL, tags, date,
 * read state); URLs already saved get the tags added (and are archived if Pocket archived them). One transaction.
 */
export async function importPocket(
  db: DramatisDB,
  fileText: string,
  onProgress?: ImportProgress,
): Promise<{ added: number; updated: number }> {
  const items = parsePocket(fileText);
  const now = Date.now();
  return withQuota(() =>
    db.transaction('rw', db.articles, async () => {
      let added = 0;
      let updated = 0;
      for (const [i, item] of items.entries()) {
        const url = normalizeUrl(item.url);
        const existing = await db.articles.where('url').equals(url).first();
        if (existing) {
          await db.articles.update(existing.id!, {
            tags: normalizeTags([...existing.tags, ...item.tags]),
            archived: existing.archived || item.status === 'archive' ? 1 : 0,
          });
          updated++;
        } else {
          const savedAt = item.timeAdded !== null ? item.timeAdded * 1000 : now;
          const host = hostOf(url);
          const record: ArticleRecord = {
            url,
            host,
            title: item.title || url,
            byline: null,
            site: host,
            published: null,
            excerpt: '',
            text: '',
            contentHtml: '',
            analysis: null,
            counts: { actors: 0, claims: 0, anonymous: 0 },
            anonymousShare: 0,
            reliesOnAnonymous: 0,
            savedAt,
            updatedAt: now,
            read: item.status === 'unread' ? 0 : 1,
            readAt: null,
            archived: item.status === 'archive' ? 1 : 0,
            tags: normalizeTags(item.tags),
            sortTitle: sortTitleOf(item.title || url),
            publishedAt: 0,
            words: [],
            actorKeys: [],
            actorCards: {},
          };
          record.words = articleWords(record);
          await db.articles.add(record);
          added++;
        }
        if ((i + 1) % 100 === 0 || i + 1 === items.length) onProgress?.(i + 1, items.length);
      }
      return { added, updated };
    }),
  );
}

/**
 * Pocket exports: the CSV (columns title, url, time_added, tags, status; any order, extra columns ignored, tags
 * separated by "|") and the older HTML (`<h1>Unread</h1><ul><li><a href time_added tags>title</a>`, tags separated
 * by ","). Parsed (papaparse for the CSV) and validated row by row: a bad row is skipped with its reason; the import
 * itself (merge by normalized URL, one transaction) is in import-file.ts.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { articleWords, normalizeTags } from './articles';
import { ImportError } from './errors';
import { dateProblem, IMPORT_LIMITS, type ImportLimits } from './import-limits';
import { describeIssues } from './import-schema';
import { hostOf } from './normalize-url';
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
  title: z.string().max(IMPORT_LIMITS.maxShortChars),
  timeAdded: z.number().int().nonnegative().nullable(),
  tags: z.array(z.string().max(IMPORT_LIMITS.maxShortChars)).max(1000),
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

function parsePocketCsv(text: string): PocketItem[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw new ImportError(`This CSV file is damaged (row ${broken.row !== undefined ? broken.row + 1 : '?'}: ${broken.message}). Nothing was imported.`);
  const rows = parsed.data;
  if (rows.length === 0) throw new ImportError('This file is empty. Nothing was imported.');
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('url') < 0) throw new ImportError('This CSV file has no "url" column, so it is not a Pocket export. Nothing was imported.');
  return rows.slice(1).map((r) => ({
    url: (r[col('url')] ?? '').trim(),
    // A Dramatis CSV neutralises formulae with a leading apostrophe (export-import.ts): read back without it.
    title: ((col('title') >= 0 ? r[col('title')] : '')?.trim() ?? '').replace(/^'(?=[=+\-@\t\r])/, ''),
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
    return Object.hasOwn(ENTITIES, e.toLowerCase()) ? ENTITIES[e.toLowerCase()] : m;
  });
}

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const m of s.matchAll(/(?<![\w:-])([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** A tag longer than this is not a Pocket link (and its attributes are not read: a bounded regex input). */
const MAX_TAG_CHARS = 100_000;

/**
 * The older Pocket HTML export; items under "Read Archive" are archived. Scanned with indexOf and anchored regexes, in
 * time linear in the file (a lazy `<a ...>([\s\S]*?)</a>` over a file of unclosed links is quadratic).
 */
function parsePocketHtml(html: string): PocketItem[] {
  const items: PocketItem[] = [];
  let section: PocketItem['status'] = 'unread';
  // Once a closing tag is not found after some point, it is not searched for again (each search then scans the rest).
  const noMore = new Set<string>();
  const closing = (tag: string, from: number): { start: number; end: number } | null => {
    if (noMore.has(tag)) return null;
    const re = new RegExp(`</${tag}\\s*>`, 'gi');
    re.lastIndex = from;
    const m = re.exec(html);
    if (!m) noMore.add(tag);
    return m ? { start: m.index, end: m.index + m[0].length } : null;
  };
  for (let i = 0, gt = -1; ; ) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (gt < lt) gt = html.indexOf('>', lt); // reused while it lies ahead: each character is scanned once
    if (gt < 0) break;
    i = lt + 1;
    const name = /^<(h1|a)(?=[\s>])/i.exec(html.slice(lt, lt + 4))?.[1]?.toLowerCase();
    if (!name || gt - lt > MAX_TAG_CHARS) continue;
    const close = closing(name, gt + 1);
    if (!close) continue;
    const inner = html.slice(gt + 1, close.start);
    i = close.end;
    if (name === 'h1') {
      section = /archive/i.test(inner) ? 'archive' : 'unread';
      continue;
    }
    const attrs = attributes(html.slice(lt + 2, gt));
    if (attrs.href === undefined) continue;
    items.push({
      url: attrs.href.trim(),
      title: decodeEntities(inner.replace(/<[^<>]*>/g, '')).replace(/\s+/g, ' ').trim(),
      timeAdded: attrs.time_added !== undefined ? seconds(attrs.time_added) : null,
      tags: (attrs.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean),
      status: section,
    });
  }
  if (items.length === 0) throw new ImportError('No saved links were found in this HTML file, so it is not a Pocket export. Nothing was imported.');
  return items;
}

/**
 * Reads either Pocket format (told apart by content) and validates every row: `items` are the good ones, `skipped`
 * the others with their reasons ("row 3": CSV rows count the header as row 1; "link 2" in HTML). Throws ImportError
 * when the file is not a Pocket export at all.
 */
export function readPocket(fileText: string, limits: Partial<ImportLimits> = {}, now = Date.now()): { items: PocketItem[]; skipped: { where: string; reason: string }[] } {
  const l = { ...IMPORT_LIMITS, ...limits };
  const text = fileText.replace(/^\ufeff/, '');
  const isHtml = /^\s*</.test(text);
  const rows = isHtml ? parsePocketHtml(text) : parsePocketCsv(text);
  if (rows.length > l.maxRecords) {
    throw new ImportError(`This file has ${rows.length.toLocaleString('en-US')} entries; Dramatis imports up to ${l.maxRecords.toLocaleString('en-US')} at once. Nothing was imported.`);
  }
  const items: PocketItem[] = [];
  const skipped: { where: string; reason: string }[] = [];
  rows.forEach((row, i) => {
    const where = isHtml ? `link ${i + 1}` : `row ${i + 2}`;
    const parsed = itemSchema.safeParse(row);
    if (!parsed.success) return void skipped.push({ where, reason: `${describeIssues(parsed.error, 1)}${row.url ? ` (${JSON.stringify(row.url.slice(0, 80))})` : ''}` });
    if (parsed.data.timeAdded !== null) {
      const p = dateProblem(parsed.data.timeAdded * 1000, now, l);
      if (p) return void skipped.push({ where, reason: `date added ${p}` });
    }
    items.push(parsed.data);
  });
  return { items, skipped };
}

/** The valid items of a Pocket export (see readPocket; skipped rows are left out). */
export function parsePocket(fileText: string): PocketItem[] {
  return readPocket(fileText).items;
}

/** The article record of a Pocket item not saved yet: no text, the title, tags, date and read state. */
export function pocketRecord(item: PocketItem, url: string, now: number): ArticleRecord {
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
    analysis: null,
    counts: { actors: 0, claims: 0, anonymous: 0 },
    anonymousShare: 0,
    reliesOnAnonymous: 0,
    savedAt: item.timeAdded !== null ? item.timeAdded * 1000 : now,
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
    keptLonger: null,
  };
  record.words = articleWords(record);
  return record;
}

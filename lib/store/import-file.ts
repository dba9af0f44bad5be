/**
 * Imports in two steps, so the user sees what will happen before anything is written:
 *
 * 1. `prepareImport(fileText)` reads and validates the file WITHOUT touching the database and returns a plan: what
 *    would be written, what is skipped and why ("articles[3]: savedAt 318857-01-01 is out of range"), and notes (an
 *    import never turns the network lookup on). A file that cannot be read at all (not JSON nor Pocket, too large,
 *    a foreign or future format, nothing importable) throws ImportError with words a user can act on.
 * 2. `applyImport(db, plan)` writes the plan in ONE transaction: a failure (a full disk: QuotaError) leaves the
 *    database as it was. Articles merge by normalized URL, cards by key, corrections by content; ids in the file are
 *    never kept (the database assigns them) and card roles are re-pointed at the new article ids; settings merge key
 *    by key.
 */
import { z } from 'zod';
import { anonymityOf, articleWords, countsOf, isMuchShorter, normalizeTags } from './articles';
import type { DramatisDB } from './db';
import { ImportError, withQuota } from './errors';
import { dateProblem, IMPORT_LIMITS, inspectValue, type ImportLimits } from './import-limits';
import {
  articleSchema,
  cardSchema,
  correctionSchema,
  describeIssues,
  envelopeSchema,
  EXPORT_FORMAT,
  historySchema,
  EXPORT_VERSION,
  settingRowSchema,
} from './import-schema';
import { actorKey } from './names';
import { historyTables } from './history';
import { addToAggregates, removeFromAggregates } from './history-aggregates';
import { noteNames } from './history-names';
import { noteClaimsGone } from './history-seen-index';
import { hostOf, normalizeUrl } from './normalize-url';
import { pocketRecord, readPocket, type PocketItem } from './pocket';
import {
  publishedAtOf,
  sortTitleOf,
  type ArticleRecord,
  type CardRecord,
  type CorrectionRecord,
  type HistoryClaimRecord,
  type HistoryRecord,
  type SettingRecord,
} from './schema';
import { DEFAULT_SETTINGS, getSettings, type Settings } from './settings';

/** Called during long imports: `done` of `total` records written. */
export type ImportProgress = (done: number, total: number) => void;

export interface Skipped {
  /** "articles[3]", "row 5", "link 2", "settings[0]". */
  where: string;
  reason: string;
}

interface PlanBase {
  skipped: Skipped[];
  /** Things the user should know that are not skips (a setting left as it is here, roles dropped). */
  notes: string[];
}

export interface DramatisPlan extends PlanBase {
  source: 'dramatis';
  /** `fileId`: the article's id in the file, only to re-point card roles. */
  articles: { record: ArticleRecord; fileId: number | undefined }[];
  cards: CardRecord[];
  corrections: CorrectionRecord[];
  settings: SettingRecord[];
  /** The reading history: each record with its claims (historyId is set when written). */
  history: { record: HistoryRecord; claims: Omit<HistoryClaimRecord, 'historyId'>[] }[];
}

export interface PocketPlan extends PlanBase {
  source: 'pocket';
  items: PocketItem[];
}

export type ImportPlan = DramatisPlan | PocketPlan;

export interface ImportResult {
  articles: { added: number; updated: number };
  cards: { added: number; updated: number };
  corrections: number;
  settings: number;
  history: { added: number; updated: number };
}

/**
 * Settings an import never turns ON, whatever the file says (it may turn them off). Data with a reason.
 */
export const IMPORT_SETTING_RULES: readonly { key: keyof Settings; label: string; reason: string }[] = [
  {
    key: 'lookup',
    label: 'The Wikipedia lookup',
    reason: 'It sends names to a server: only the user, in Options, may turn it on, never a file from elsewhere.',
  },
  {
    key: 'allowPrivate',
    label: 'Saving from private windows',
    reason: 'It keeps a record of what was read privately: only the user may turn it on.',
  },
  {
    key: 'history',
    label: 'The reading history',
    reason: 'It keeps a record of every article read: a user who turned it off here must not find it on again after importing an older file.',
  },
];

function countNoun(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "312 articles, 40 cards, 3 corrections, 2 settings; 4 skipped" (the preview's first line). */
export function describePlan(plan: ImportPlan): string {
  const parts =
    plan.source === 'pocket'
      ? [countNoun(plan.items.length, 'article')]
      : [
          countNoun(plan.articles.length, 'article'),
          countNoun(plan.cards.length, 'card'),
          countNoun(plan.corrections.length, 'correction'),
          countNoun(plan.settings.length, 'setting'),
          ...(plan.history.length ? [countNoun(plan.history.length, 'remembered article')] : []),
        ];
  return `${parts.join(', ')}${plan.skipped.length ? `; ${plan.skipped.length.toLocaleString('en-US')} skipped` : ''}`;
}

const sizeMb = (chars: number) => `${Math.ceil(chars / (1024 * 1024))} MB`;

/**
 * Reads an import file (Dramatis JSON, Pocket CSV or Pocket HTML, told apart by content) into a plan. Writes nothing.
 * Throws ImportError when the file cannot be imported at all.
 */
export function prepareImport(fileText: string, limits: Partial<ImportLimits> = {}, now = Date.now()): ImportPlan {
  const l: ImportLimits = { ...IMPORT_LIMITS, ...limits };
  if (typeof fileText !== 'string') throw new ImportError('This file could not be read as text. Nothing was imported.');
  if (fileText.length > l.maxChars) {
    throw new ImportError(`This file is too large (${sizeMb(fileText.length)}; Dramatis imports files up to ${sizeMb(l.maxChars)}). Nothing was imported.`);
  }
  const text = fileText.replace(/^\ufeff/, '');
  if (/^\s*[[{]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ImportError(`This file is not valid JSON (${(e as Error).message}). Nothing was imported.`, { cause: e });
    }
    return prepareDramatisImport(json, l, now);
  }
  const { items, skipped } = readPocket(text, l, now);
  return finish({ source: 'pocket', items, skipped, notes: [] });
}

/** A plan with nothing to write is refused, naming the first reasons. */
function finish<P extends ImportPlan>(plan: P): P {
  const empty =
    plan.source === 'pocket'
      ? plan.items.length === 0
      : plan.articles.length + plan.cards.length + plan.corrections.length + plan.settings.length + plan.history.length === 0;
  if (empty && plan.skipped.length > 0) {
    const first = plan.skipped.slice(0, 3).map((s) => `${s.where}: ${s.reason}`).join('; ');
    throw new ImportError(`Nothing in this file can be imported (${first}${plan.skipped.length > 3 ? `, and ${plan.skipped.length - 3} more` : ''}). Nothing was imported.`);
  }
  return plan;
}

interface Span {
  start: number;
  end: number;
}

/** Every offset of an analysis lies within the text (the reader view paints them). */
function spansOf(analysis: NonNullable<ArticleRecord['analysis']>): Span[] {
  const out: Span[] = [];
  for (const a of analysis.actors) out.push(...a.mentions, ...(a.references ?? []), ...(a.modifiers ?? []));
  for (const c of analysis.claims) {
    out.push(c);
    if (c.cue) out.push(c.cue);
    if (c.source) out.push(c.source);
  }
  return out;
}

function articleProblem(a: z.infer<typeof articleSchema>, now: number, l: ImportLimits): string | null {
  for (const [field, ms] of [['savedAt', a.savedAt], ['updatedAt', a.updatedAt], ['readAt', a.readAt], ['keptLonger.at', a.keptLonger?.at]] as const) {
    if (ms === null || ms === undefined) continue;
    const p = dateProblem(ms, now, l);
    if (p) return `${field}: ${p}`;
  }
  if (a.analysis && spansOf(a.analysis as NonNullable<ArticleRecord['analysis']>).some((s) => s.start > s.end || s.end > a.text.length)) {
    return 'its analysis has offsets outside the text';
  }
  return null;
}

function cardProblem(c: z.infer<typeof cardSchema>, now: number, l: ImportLimits): string | null {
  const dates: [string, number][] = [
    ['createdAt', c.createdAt],
    ['updatedAt', c.updatedAt],
    ...c.roles.map((r, i) => [`roles[${i}].date`, r.date] as [string, number]),
  ];
  if (c.summary) dates.push(['summary.fetchedAt', c.summary.fetchedAt]);
  for (const [field, ms] of dates) {
    const p = dateProblem(ms, now, l);
    if (p) return `${field}: ${p}`;
  }
  return null;
}

function historyProblem(h: z.infer<typeof historySchema>, now: number, l: ImportLimits): string | null {
  const p = dateProblem(h.readAt, now, l);
  if (p) return `readAt: ${p}`;
  if (h.publishedAt !== 0 && dateProblem(h.publishedAt, now, l)) return `publishedAt: ${dateProblem(h.publishedAt, now, l)}`;
  return null;
}

const safeId = (id: unknown) => (typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined);

/** Validates a parsed Dramatis export into a plan (records one by one). Writes nothing. */
export function prepareDramatisImport(data: unknown, limits: Partial<ImportLimits> = {}, now = Date.now()): DramatisPlan {
  const l: ImportLimits = { ...IMPORT_LIMITS, ...limits };
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError('This file is not a Dramatis export (no "format": "dramatis"). Nothing was imported.');
  }
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) {
    throw new ImportError(`This Dramatis export has version ${String(JSON.stringify(version)).slice(0, 40)}; this version of Dramatis reads version ${EXPORT_VERSION}. Nothing was imported.`);
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) throw new ImportError(`This Dramatis export is damaged: ${describeIssues(envelope.error)}. Nothing was imported.`);
  const file = envelope.data;
  const plan: DramatisPlan = { source: 'dramatis', articles: [], cards: [], corrections: [], settings: [], history: [], skipped: [], notes: [] };

  /** Validates one record: its shape (inspectValue, then zod), then `problem`; a failure is a skip. */
  function each<S extends z.ZodType>(table: string, rows: unknown[], schema: S, problem: (r: z.infer<S>) => string | null, keep: (r: z.infer<S>) => void) {
    rows.forEach((raw, i) => {
      const where = `${table}[${i}]`;
      const shape = inspectValue(raw, l);
      if (shape) return void plan.skipped.push({ where, reason: shape });
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return void plan.skipped.push({ where, reason: describeIssues(parsed.error, 1) });
      const p = problem(parsed.data);
      if (p) return void plan.skipped.push({ where, reason: p });
      keep(parsed.data);
    });
  }

  each('articles', file.articles, articleSchema, (a) => articleProblem(a, now, l), (a) => {
    const url = normalizeUrl(a.url);
    const analysis = (a.analysis ?? null) as ArticleRecord['analysis'];
    const counts = analysis ? countsOf(analysis) : a.counts;
    const record: ArticleRecord = {
      url,
      host: hostOf(url),
      title: a.title,
      byline: a.byline,
      site: a.site,
      published: a.published,
      excerpt: a.excerpt,
      text: a.text,
      analysis,
      counts,
      ...anonymityOf(counts),
      savedAt: a.savedAt,
      updatedAt: a.updatedAt,
      read: a.read,
      readAt: a.readAt,
      archived: a.archived,
      tags: normalizeTags(a.tags),
      words: [],
      sortTitle: sortTitleOf(a.title),
      publishedAt: publishedAtOf(a.published),
      actorKeys: [...new Set(a.actorKeys)],
      actorCards: Object.fromEntries(Object.entries(a.actorCards)),
      keptLonger: a.keptLonger ?? null,
    };
    record.words = articleWords(record);
    plan.articles.push({ record, fileId: safeId(a.id) });
  });

  each('cards', file.cards, cardSchema, (c) => cardProblem(c, now, l), (c) => {
    const { id: _drop, ...card } = c;
    plan.cards.push(card as CardRecord);
  });

  each('corrections', file.corrections, correctionSchema, (c) => dateProblem(c.at, now, l) && `at: ${dateProblem(c.at, now, l)}`, (c) => {
    const { id: _drop, ...correction } = c;
    plan.corrections.push(correction as CorrectionRecord);
  });

  each('history', file.history ?? [], historySchema, (h) => historyProblem(h, now, l), (h) => {
    const url = normalizeUrl(h.url);
    // Derived fields are computed here, never taken from the file.
    const record: HistoryRecord = {
      url,
      host: hostOf(url),
      title: h.title,
      site: h.site,
      readAt: h.readAt,
      publishedAt: h.publishedAt,
      actors: h.actors.map((a) => ({ ...a, roles: [...a.roles], aliases: [...a.aliases] })),
      actorKeys: [...new Set(h.actors.map((a) => a.key))],
      claims: h.claims.length,
      anonymous: h.claims.filter((c) => c.anonymous === 1).length,
    };
    plan.history.push({ record, claims: h.claims.map((c) => ({ ...c, aboutKeys: [...c.aboutKeys] })) });
  });

  each('settings', file.settings, settingRowSchema, () => null, (row) => {
    const rule = IMPORT_SETTING_RULES.find((r) => r.key === row.key);
    if (rule && row.value === true) {
      plan.notes.push(`${rule.label} is on in this file; here it stays off (an import never turns it on). Turn it on above if you want it.`);
      return;
    }
    plan.settings.push({ key: row.key, value: row.value });
  });
  return finish(plan);
}

function mergeArticle(existing: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  let newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  if (newer === incoming && isMuchShorter(existing.text, incoming.text)) {
    // As when saving (SHORTER_TEXT_RULE): a newer but much shorter copy does not replace the text kept here.
    newer = { ...existing, keptLonger: { at: Date.now(), shorterLength: incoming.text.length, keptLength: existing.text.length } };
  }
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

/** Writes a plan in one transaction (see the file comment). */
export async function applyImport(db: DramatisDB, plan: ImportPlan, onProgress?: ImportProgress): Promise<ImportResult> {
  if (plan.source === 'pocket') {
    const r = await applyPocket(db, plan.items, onProgress);
    return { articles: r, cards: { added: 0, updated: 0 }, corrections: 0, settings: 0, history: { added: 0, updated: 0 } };
  }
  const total = plan.articles.length + plan.cards.length + plan.corrections.length + plan.settings.length + plan.history.length;
  let done = 0;
  const tick = (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
  const result: ImportResult = { articles: { added: 0, updated: 0 }, cards: { added: 0, updated: 0 }, corrections: 0, settings: 0, history: { added: 0, updated: 0 } };
  return withQuota(() =>
    db.transaction('rw', [db.articles, db.cards, db.corrections, db.settings, ...historyTables(db)], async () => {
      const idMap = new Map<number, number>();
      for (let i = 0; i < plan.articles.length; i += BATCH) {
        for (const { record, fileId } of plan.articles.slice(i, i + BATCH)) {
          const existing = await db.articles.where('url').equals(record.url).first();
          let id: number;
          if (existing) {
            id = await db.articles.put(mergeArticle(existing, record));
            result.articles.updated++;
          } else {
            const { id: _never, ...fresh } = record;
            id = await db.articles.add(fresh as ArticleRecord);
            result.articles.added++;
          }
          if (fileId !== undefined) idMap.set(fileId, id);
        }
        tick(Math.min(BATCH, plan.articles.length - i));
      }
      for (const c of plan.cards) {
        // Roles point at the articles' ids in THIS database; a role of an article not in the file is dropped (its id
        // in the file means nothing here).
        const roles = c.roles.flatMap((r) => (idMap.has(r.articleId) ? [{ ...r, articleId: idMap.get(r.articleId)! }] : []));
        const incoming: CardRecord = { ...c, roles };
        const existing = await db.cards.where('key').equals(c.key).first();
        if (existing) {
          await db.cards.put(mergeCard(existing, incoming));
          result.cards.updated++;
        } else {
          const { id: _never, ...fresh } = incoming;
          await db.cards.add(fresh as CardRecord);
          result.cards.added++;
        }
        tick(1);
      }
      const have = new Set((await db.corrections.toArray()).map(({ id: _i, at: _a, ...r }) => JSON.stringify(r)));
      for (const c of plan.corrections) {
        const { id: _i, at: _a, ...sig } = c;
        if (!have.has(JSON.stringify(sig))) {
          await db.corrections.add(c);
          have.add(JSON.stringify(sig));
          result.corrections++;
        }
        tick(1);
      }
      // The reading history merges by URL: the more recent reading of a page wins (its record and its claims).
      // Oldest reading first, so claim ids grow with reading time as when the pages were read (the actor page lists
      // claims newest first by id).
      for (const { record, claims } of [...plan.history].sort((a, b) => a.record.readAt - b.record.readAt)) {
        const existing = await db.history.where('url').equals(record.url).first();
        if (existing && existing.readAt >= record.readAt) {
          tick(1);
          continue;
        }
        let historyId: number;
        if (existing) {
          historyId = existing.id!;
          const gone = await db.historyClaims.where('historyId').equals(historyId).primaryKeys();
          await db.historyClaims.bulkDelete(gone);
          await noteClaimsGone(db, gone);
          await removeFromAggregates(db, [existing]);
          await db.history.put({ ...record, id: historyId });
          result.history.updated++;
        } else {
          historyId = await db.history.add({ ...record });
          result.history.added++;
        }
        const rows = claims.map((c) => ({ ...c, historyId }));
        const claimIds = (await db.historyClaims.bulkAdd(rows, { allKeys: true })) as number[];
        await addToAggregates(db, { ...record, id: historyId }, rows.map((c, i) => ({ ...c, id: claimIds[i] })));
        await noteNames(db, record.actors);
        tick(1);
      }
      if (plan.settings.length) {
        // Key by key: each setting in the file replaces that setting here; sites turned off here stay off.
        const current = await getSettings(db);
        for (const row of plan.settings) {
          if (!Object.hasOwn(DEFAULT_SETTINGS, row.key)) continue;
          const value = row.key === 'disabledSites' ? [...new Set([...current.disabledSites, ...(row.value as string[])])].sort() : row.value;
          await db.settings.put({ key: row.key, value });
          result.settings++;
          tick(1);
        }
      }
      return result;
    }),
  );
}

/**
 * Pocket items: new URLs become articles without text (title, URL, tags, date, read state); URLs already saved get the
 * tags added (and are archived if Pocket archived them). One transaction.
 */
async function applyPocket(db: DramatisDB, items: readonly PocketItem[], onProgress?: ImportProgress): Promise<{ added: number; updated: number }> {
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
          await db.articles.add(pocketRecord(item, url, now));
          added++;
        }
        if ((i + 1) % 100 === 0 || i + 1 === items.length) onProgress?.(i + 1, items.length);
      }
      return { added, updated };
    }),
  );
}

/** Imports a Pocket export (CSV or HTML) at once, without a preview: readPocket + applyImport. */
export async function importPocket(db: DramatisDB, fileText: string, onProgress?: ImportProgress): Promise<{ added: number; updated: number }> {
  const plan = prepareImport(fileText);
  if (plan.source !== 'pocket') throw new ImportError('This file is not a Pocket export (CSV or HTML). Nothing was imported.');
  return (await applyImport(db, plan, onProgress)).articles;
}

/**
 * zod schemas for the Dramatis export (format "dramatis", version 1): imports are validated fully before any write.
 * The file's envelope is checked whole (exportSchema); each record on its own (articleSchema, cardSchema, ...), so one
 * bad record is skipped and reported rather than refusing the file. Lengths are bounded by IMPORT_LIMITS; dates and
 * ids are checked by the importer (import-file.ts): dates against the import's own time, ids never kept.
 */
import { z } from 'zod';
import { IMPORT_LIMITS } from './import-limits';
import { HISTORY_DAYS } from './history-limits';
import { MAX_ACTORS, MAX_CLAIM_CHARS, MAX_CLAIMS } from '../memory/limits';

const int = z.number().int();
const short = z.string().max(IMPORT_LIMITS.maxShortChars);
/** An id from the file: read only to remap references, never stored. */
const fileId = z.unknown().optional();
const flag = z.union([z.literal(0), z.literal(1)]);
const actorType = z.enum(['person', 'organization', 'place']);

const span = z.looseObject({ start: int.nonnegative(), end: int.nonnegative(), text: z.string() });

const actor = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: actorType,
  mentions: z.array(span),
  roles: z.array(z.string()).optional(),
  aliases: z.array(z.string()).optional(),
  references: z.array(span).optional(),
  modifiers: z.array(span).optional(),
  kb: z.string().optional(),
});

const claim = z.looseObject({
  start: int.nonnegative(),
  end: int.nonnegative(),
  text: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed', 'according-to', 'no-comment']),
  cue: span.optional(),
  source: span.extend({ actorId: z.string().optional(), anonymous: z.boolean() }).loose().optional(),
});

export const analysisSchema = z.looseObject({
  schema: z.literal(1),
  actors: z.array(actor),
  claims: z.array(claim),
  profile: z.looseObject({
    claims: int.nonnegative(),
    anonymous: int.nonnegative(),
    sources: z.array(z.looseObject({ text: z.string(), actorId: z.string().optional(), anonymous: z.boolean(), claims: int.nonnegative() })),
  }),
});

const httpUrl = z.string().refine((s) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}, 'not an http(s) URL');

export const articleSchema = z.object({
  id: fileId,
  url: httpUrl.pipe(short),
  host: z.string(),
  title: short,
  byline: short.nullable(),
  site: short,
  published: short.nullable(),
  excerpt: z.string().max(IMPORT_LIMITS.maxShortChars * 4),
  text: z.string().max(IMPORT_LIMITS.maxTextChars),
  /** Stored by versions before 4, never shown: read and dropped. */
  contentHtml: z.string().optional(),
  analysis: analysisSchema.nullable(),
  counts: z.object({ actors: int.nonnegative(), claims: int.nonnegative(), anonymous: int.nonnegative() }),
  anonymousShare: z.number().min(0).max(1),
  reliesOnAnonymous: flag,
  savedAt: z.number(),
  updatedAt: z.number(),
  read: flag,
  readAt: z.number().nullable(),
  archived: flag,
  tags: z.array(short).max(1000),
  sortTitle: z.string(),
  publishedAt: z.number(),
  words: z.array(z.string()),
  actorKeys: z.array(z.string()),
  actorCards: z.record(z.string(), z.string()),
  keptLonger: z.object({ at: z.number(), shorterLength: int.nonnegative(), keptLength: int.nonnegative() }).nullable().optional(),
});

export const cardSchema = z.object({
  id: fileId,
  key: short.regex(/^(person|organization|place):.+$/, 'a card key is "type:name"'),
  name: short.min(1),
  type: actorType,
  aliases: z.array(short),
  aliasKeys: z.array(short),
  roles: z.array(z.object({ role: z.string(), articleId: int, date: z.number() })),
  note: z.string(),
  summary: z
    .object({
      text: z.string(),
      description: z.string().optional(),
      url: z.string(),
      fetchedAt: z.number(),
      source: z.string(),
      wikidata: z.string().regex(/^Q[1-9]\d{0,11}$/, 'a Wikidata item is "Q" and a number').optional(),
    })
    .nullable(),
  kb: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

const at = z.number();
const optId = fileId;
export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ id: optId, kind: z.literal('notActor'), name: z.string().min(1), at }),
  z.object({ id: optId, kind: z.literal('type'), name: z.string().min(1), type: actorType, at }),
  z.object({ id: optId, kind: z.literal('merge'), name: z.string().min(1), names: z.array(z.string().min(1)).min(2), at }),
  z.object({ id: optId, kind: z.literal('rename'), name: z.string().min(1), to: z.string().min(1), at }),
  z.object({ id: optId, kind: z.literal('claimSource'), name: z.string().min(1), url: z.string(), source: z.string().min(1).nullable(), at }),
]);

/** A remembered article (the reading history, v5) with its claims nested (their ids are the database's). */
export const historySchema = z.object({
  id: fileId,
  url: httpUrl.pipe(short),
  host: z.string().optional(),
  title: short,
  site: short,
  readAt: z.number(),
  publishedAt: z.number().min(0),
  actors: z
    .array(
      z.object({
        key: short.regex(/^(person|organization|place):.+$/, 'an actor key is "type:name"'),
        name: short.min(1),
        type: actorType,
        mentions: int.nonnegative(),
        roles: z.array(short).max(100),
        aliases: z.array(short).max(100),
        kb: short.optional(),
      }),
    )
    .max(MAX_ACTORS),
  claims: z
    .array(
      z.object({
        text: z.string().min(1).max(MAX_CLAIM_CHARS),
        kind: z.enum(['direct', 'indirect', 'mixed', 'according-to', 'no-comment']),
        source: short.nullable(),
        sourceKey: short.nullable(),
        anonymous: flag,
        aboutKeys: z.array(short).max(MAX_ACTORS),
      }),
    )
    .max(MAX_CLAIMS),
});

export const settingsSchema = z.object({
  disabledSites: z.array(z.string()),
  highlightKinds: z.array(z.enum(['person', 'organization', 'place', 'claim'])),
  lookup: z.boolean(),
  allowPrivate: z.boolean(),
  history: z.boolean(),
  historyDays: z.number().int().min(HISTORY_DAYS.min).max(HISTORY_DAYS.max),
});

export const settingRowSchema = z.object({ key: short, value: z.unknown() }).superRefine((row, ctx) => {
  // Object.hasOwn: "constructor", "__proto__" or "toString" name no setting (a plain lookup would find Object's own).
  const field = Object.hasOwn(settingsSchema.shape, row.key) ? (settingsSchema.shape as Record<string, z.ZodType>)[row.key] : undefined;
  if (!field) return ctx.addIssue({ code: 'custom', message: `unknown setting "${row.key}"` });
  const r = field.safeParse(row.value);
  if (!r.success) ctx.addIssue({ code: 'custom', message: `setting "${row.key}": ${r.error.issues[0]?.message}` });
});

export const EXPORT_FORMAT = 'dramatis';
export const EXPORT_VERSION = 1;

/** The envelope: its tables must be arrays (of at most maxRecords); their records are validated one by one. */
export const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  articles: z.array(z.unknown()).max(IMPORT_LIMITS.maxRecords),
  cards: z.array(z.unknown()).max(IMPORT_LIMITS.maxRecords),
  corrections: z.array(z.unknown()).max(IMPORT_LIMITS.maxRecords),
  settings: z.array(z.unknown()).max(IMPORT_LIMITS.maxRecords),
  /** The reading history (absent from files written before it existed). */
  history: z.array(z.unknown()).max(IMPORT_LIMITS.maxRecords).optional(),
});

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  articles: z.array(articleSchema),
  cards: z.array(cardSchema),
  corrections: z.array(correctionSchema),
  settings: z.array(z.object({ key: z.string(), value: z.unknown() })),
  history: z.array(historySchema).optional(),
});

export type DramatisExport = z.infer<typeof exportSchema>;

/** The first few zod issues as "articles[3].url: not an http(s) URL". */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('');
    return path ? `${path}: ${i.message}` : i.message;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more problems)` : '';
  return parts.join('; ') + more;
}

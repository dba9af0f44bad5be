import type { Actor, ActorType, ClaimKind } from '../nlp/types';
import type { DramatisDB } from './db';
import { displayName, indexCorrections, getCorrections, type CorrectionIndex } from './corrections';
import { withQuota } from './errors';
import { actorKey, normalizeName } from './names';
import type { ArticleRecord, CardRecord } from './schema';
import { indexWords } from './words';

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** More than one word: "Mike Pompeo", "State Department" (not "Pompeo", "US"). */
function isFullName(name: string): boolean {
  return normalizeName(name).includes(' ');
}

function addAliases(card: CardRecord, names: string[]): void {
  const norm = normalizeName(card.name);
  for (const n of names) {
    const nn = normalizeName(n);
    if (!nn || nn === norm) continue;
    if (!card.aliases.some((a) => normalizeName(a) === nn)) card.aliases.push(n);
  }
  card.aliasKeys = [...new Set([card.key, ...[card.name, ...card.aliases].map((n) => actorKey(card.type, n))])];
}

/**
 * Finds or creates the card of every actor of an analysed article, records the roles seen with the article id and
 * date, and returns the article's actor keys. Corrections apply: "not an actor" names are skipped, renames and merges
 * give the display name, forced types override. Must run inside a rw transaction on cards (and corrections).
 */
export async function upsertCards(
  db: DramatisDB,
  actors: readonly Actor[],
  article: { id: number; savedAt: number },
  corrections: CorrectionIndex,
  now = Date.now(),
): Promise<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const actor of actors) {
    const names = [actor.name, ...(actor.aliases ?? [])];
    if (names.some((n) => corrections.notActor.has(normalizeName(n)))) continue;
    const display = displayName(corrections, actor.name);
    const type: ActorType = corrections.types.get(normalizeName(display)) ?? corrections.types.get(normalizeName(actor.name)) ?? actor.type;
    // 1. a card that already knows this name; 2. the same reference key; 3. a card that knows one of the actor's
    // aliases, unless both are different full names ("Susan Pompeo" does not join "Mike Pompeo" through "Pompeo").
    let card = await db.cards.where('aliasKeys').anyOf([display, actor.name].map((n) => actorKey(type, n))).first();
    if (!card && actor.kb) card = await db.cards.where('kb').equals(actor.kb).and((c) => c.type === type).first();
    if (!card && actor.aliases?.length) {
      const found = await db.cards.where('aliasKeys').anyOf(actor.aliases.map((n) => actorKey(type, n))).toArray();
      card = found.find((c) => !(isFullName(c.name) && isFullName(display) && normalizeName(c.name) !== normalizeName(display)));
    }
    if (!card) {
      card = {
        key: actorKey(type, display),
        name: display,
        type,
        aliases: [],
        aliasKeys: [],
        roles: [],
        note: '',
        summary: null,
        kb: actor.kb ?? null,
        createdAt: now,
        updatedAt: now,
      };
    }
    addAliases(card, [display, ...names]);
    for (const role of actor.roles ?? []) {
      const r = role.trim();
      if (r && !card.roles.some((x) => x.articleId === article.id && x.role.toLowerCase() === r.toLowerCase())) {
        card.roles.push({ role: r, articleId: article.id, date: article.savedAt });
      }
    }
    if (!card.kb && actor.kb) card.kb = actor.kb;
    card.updatedAt = now;
    await db.cards.put(card);
    map[actor.id] = card.key;
  }
  return map;
}

/** A card by key ("person:mike pompeo"), or by name and type (also matching aliases). */
export async function getCard(db: DramatisDB, keyOrName: string, type?: ActorType): Promise<CardRecord | undefined> {
  if (!type) return db.cards.where('key').equals(keyOrName).first();
  return db.cards.where('aliasKeys').equals(actorKey(type, keyOrName)).first();
}

/** Every card, by name (for the library's actor list). */
export async function listCards(db: DramatisDB): Promise<CardRecord[]> {
  const cards = await db.cards.toArray();
  return cards.sort((a, b) => a.name.localeCompare(b.name));
}

/** Saved articles where the actor appears (newest first). */
export async function articlesWithActor(db: DramatisDB, key: string): Promise<ArticleRecord[]> {
  const list = await db.articles.where('actorKeys').equals(key).toArray();
  return list.sort((a, b) => b.savedAt - a.savedAt);
}

async function mustGetCard(db: DramatisDB, key: string): Promise<CardRecord> {
  const card = await db.cards.where('key').equals(key).first();
  if (!card) throw new Error(`No card with key "${key}"`);
  return card;
}

export async function setNote(db: DramatisDB, key: string, note: string): Promise<void> {
  await withQuota(() =>
    db.transaction('rw', db.cards, async () => {
      const card = await mustGetCard(db, key);
      await db.cards.update(card.id!, { note, updatedAt: Date.now() });
    }),
  );
}

/** Saves a fetched background summary on a card. */
export async function setSummary(db: DramatisDB, key: string, summary: CardRecord['summary']): Promise<void> {
  await withQuota(() =>
    db.transaction('rw', db.cards, async () => {
      const card = await mustGetCard(db, key);
      await db.cards.update(card.id!, { summary, updatedAt: Date.now() });
    }),
  );
}

/** Moves articles' actor keys (and their word index) from old keys to a new key after a rename/retype/merge. */
async function rekeyArticles(db: DramatisDB, oldKeys: string[], newKey: string, newNames: string[]): Promise<void> {
  const stale = oldKeys.filter((k) => k !== newKey);
  if (stale.length === 0 && newNames.length === 0) return;
  await db.articles
    .where('actorKeys')
    .anyOf([...new Set([...stale, newKey])])
    .modify((a) => {
      a.actorKeys = [...new Set(a.actorKeys.map((k) => (stale.includes(k) ? newKey : k)))];
      for (const [id, k] of Object.entries(a.actorCards ?? {})) if (stale.includes(k)) a.actorCards[id] = newKey;
      a.words = [...new Set([...a.words, ...indexWords(...newNames)])];
    });
}

/** Replaces a card with one under a new key (deleting the old row), keeping everything else. */
async function replaceCard(db: DramatisDB, card: CardRecord, changes: Partial<CardRecord>): Promise<CardRecord> {
  const next: CardRecord = { ...card, ...changes, updatedAt: Date.now() };
  next.key = actorKey(next.type, next.name);
  const clash = await db.cards.where('key').equals(next.key).first();
  if (clash && clash.id !== card.id) return mergeInto(db, clash, [card]);
  addAliases(next, next.aliases);
  await db.cards.put(next);
  await rekeyArticles(db, [card.key], next.key, [next.name]);
  return next;
}

async function mergeInto(db: DramatisDB, keep: CardRecord, others: CardRecord[]): Promise<CardRecord> {
  const merged: CardRecord = { ...keep, aliases: [...keep.aliases], roles: [...keep.roles], updatedAt: Date.now() };
  for (const o of others) {
    if (o.id === keep.id) continue;
    addAliases(merged, [o.name, ...o.aliases]);
    merged.roles = uniqueBy([...merged.roles, ...o.roles], (r) => `${r.articleId}\u0000${r.role.toLowerCase()}`);
    if (o.note.trim()) merged.note = merged.note.trim() ? `${merged.note}\n\n${o.note}` : o.note;
    merged.summary ??= o.summary;
    merged.kb ??= o.kb;
    await db.cards.delete(o.id!);
  }
  addAliases(merged, []);
  await db.cards.put(merged);
  await rekeyArticles(db, others.map((o) => o.key), merged.key, []);
  return merged;
}

/** Renames an actor: the card takes the new name (old one kept as an alias), and the rename applies to later pages. */
export async function renameActor(db: DramatisDB, key: string, newName: string): Promise<CardRecord> {
  const name = newName.replace(/\s+/g, ' ').trim();
  if (!name) throw new TypeError('A name cannot be empty');
  return withQuota(() =>
    db.transaction('rw', db.cards, db.articles, db.corrections, async () => {
      const card = await mustGetCard(db, key);
      await db.corrections.add({ kind: 'rename', name: card.name, to: name, at: Date.now() });
      return replaceCard(db, card, { name, aliases: [...card.aliases, card.name] });
    }),
  );
}

/** Changes an actor's type (its key changes with it) and forces that type on later pages. */
export async function setActorType(db: DramatisDB, key: string, type: ActorType): Promise<CardRecord> {
  return withQuota(() =>
    db.transaction('rw', db.cards, db.articles, db.corrections, async () => {
      const card = await mustGetCard(db, key);
      await db.corrections.add({ kind: 'type', name: card.name, type, at: Date.now() });
      if (card.type === type) return card;
      return replaceCard(db, card, { type });
    }),
  );
}

/** Merges cards into the first one (aliases, roles, notes joined; articles re-pointed); later pages merge them too. */
export async function mergeActors(db: DramatisDB, keepKey: string, otherKeys: string[]): Promise<CardRecord> {
  return withQuota(() =>
    db.transaction('rw', db.cards, db.articles, db.corrections, async () => {
      const keep = await mustGetCard(db, keepKey);
      const others = await Promise.all(otherKeys.filter((k) => k !== keepKey).map((k) => mustGetCard(db, k)));
      await db.corrections.add({ kind: 'merge', name: keep.name, names: [keep.name, ...others.map((o) => o.name)], at: Date.now() });
      return mergeInto(db, keep, others);
    }),
  );
}

/**
 * Marks a name "not an actor": later pages skip it, its card is removed and articles stop listing it.
 * Returns the removed cards (so the UI can say what went).
 */
export async function markNotActor(db: DramatisDB, name: string): Promise<CardRecord[]> {
  const norm = normalizeName(name);
  return withQuota(() =>
    db.transaction('rw', db.cards, db.articles, db.corrections, async () => {
      await db.corrections.add({ kind: 'notActor', name, at: Date.now() });
      const keys = (['person', 'organization', 'place'] as const).map((t) => `${t}:${norm}`);
      const cards = await db.cards.where('key').anyOf(keys).toArray();
      for (const c of cards) await db.cards.delete(c.id!);
      const removed = new Set(cards.map((c) => c.key));
      if (removed.size) {
        await db.articles
          .where('actorKeys')
          .anyOf([...removed])
          .modify((a) => {
            a.actorKeys = a.actorKeys.filter((k) => !removed.has(k));
            for (const [id, k] of Object.entries(a.actorCards ?? {})) if (removed.has(k)) delete a.actorCards[id];
          });
      }
      return cards;
    }),
  );
}

export async function loadCorrectionIndex(db: DramatisDB): Promise<CorrectionIndex> {
  return indexCorrections(await getCorrections(db));
}

export interface ActorReading {
  card: CardRecord;
  /** Saved articles where the actor appears, newest first. */
  articles: { id: number; title: string; url: string; site: string; savedAt: number }[];
  /** Claims whose source resolves to this actor, newest article first. */
  claims: { articleId: number; articleTitle: string; text: string; kind: ClaimKind; start: number; end: number; cue: string | null }[];
  /** Actors that appear in the same articles, most shared articles first. */
  coActors: { key: string; name: string; type: ActorType; articles: number }[];
}

/** "In your reading": the card, the articles it appears in, the claims it made and the actors it appears with most. */
export async function getActorReading(db: DramatisDB, key: string, maxCoActors = 10): Promise<ActorReading | null> {
  return db.transaction('r', db.cards, db.articles, async () => {
    const card = await db.cards.where('key').equals(key).first();
    if (!card) return null;
    const articles = await articlesWithActor(db, key);
    const claims: ActorReading['claims'] = [];
    const together = new Map<string, number>();
    for (const a of articles) {
      const ids = new Set(Object.entries(a.actorCards ?? {}).filter(([, k]) => k === key).map(([id]) => id));
      for (const c of a.analysis?.claims ?? []) {
        if (c.source?.actorId && ids.has(c.source.actorId)) {
          claims.push({ articleId: a.id!, articleTitle: a.title, text: c.text, kind: c.kind, start: c.start, end: c.end, cue: c.cue?.text ?? null });
        }
      }
      for (const k of a.actorKeys) if (k !== key) together.set(k, (together.get(k) ?? 0) + 1);
    }
    const top = [...together].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, maxCoActors);
    const cards = await db.cards.where('key').anyOf(top.map(([k]) => k)).toArray();
    const byKey = new Map(cards.map((c) => [c.key, c]));
    return {
      card,
      articles: articles.map((a) => ({ id: a.id!, title: a.title, url: a.url, site: a.site, savedAt: a.savedAt })),
      claims,
      coActors: top.filter(([k]) => byKey.has(k)).map(([k, n]) => ({ key: k, name: byKey.get(k)!.name, type: byKey.get(k)!.type, articles: n })),
    };
  });
}

/**
 * What keeps a card once the last saved article it appears in is deleted: something the USER gave it. The rest of a
 * card (name, type, aliases, roles, reference key) was read from the articles and comes back if the actor is read
 * again, so a card with none of these is removed with its last article. A card is kept when ANY rule holds.
 */
export const CARD_KEEP_RULES: readonly { field: string; keeps: (card: CardRecord, correctedNames: ReadonlySet<string>) => boolean; reason: string }[] = [
  {
    field: 'note',
    keeps: (card) => card.note.trim() !== '',
    reason: 'The user wrote it; it also shows on every later page where the actor appears.',
  },
  {
    field: 'summary',
    keeps: (card) => card.summary !== null,
    reason:
      'A background the user asked for (the lookup is off by default, and an ambiguous name needs the user to pick the page); a rejected one is set back to null, so one still there was accepted. It cannot be fetched again offline.',
  },
  {
    field: 'name / aliases (corrections)',
    keeps: (card, correctedNames) => [card.name, ...card.aliases].some((n) => correctedNames.has(normalizeName(n))),
    reason:
      'The user renamed, retyped or merged this actor (a stored correction names it): the card is where they see that correction, though the correction itself stays and applies on later pages either way.',
  },
];

/** Normalized names the user's rename, type and merge corrections are about (for CARD_KEEP_RULES). */
async function correctedNames(db: DramatisDB): Promise<Set<string>> {
  const names = new Set<string>();
  for (const c of await db.corrections.toArray()) {
    if (c.kind === 'rename') [c.name, c.to].forEach((n) => names.add(normalizeName(n)));
    else if (c.kind === 'type') names.add(normalizeName(c.name));
    else if (c.kind === 'merge') c.names.forEach((n) => names.add(normalizeName(n)));
  }
  return names;
}

export function keptByUser(card: CardRecord, corrected: ReadonlySet<string> = new Set()): boolean {
  return CARD_KEEP_RULES.some((r) => r.keeps(card, corrected));
}

/**
 * After an article record is deleted: removes its roles from the cards it appears on, and deletes each card that
 * no remaining article lists unless the user gave it something (CARD_KEEP_RULES). Returns the cards as they were
 * before (to undo with `restoreArticleCards`). Must run inside a rw transaction on articles, cards and corrections,
 * AFTER the article record is deleted.
 */
export async function releaseArticleCards(db: DramatisDB, article: ArticleRecord): Promise<CardRecord[]> {
  const id = article.id!;
  const keys = [...new Set([...article.actorKeys, ...Object.values(article.actorCards ?? {})])];
  if (keys.length === 0) return [];
  const cards = await db.cards.where('key').anyOf(keys).toArray();
  const corrected = await correctedNames(db);
  const before: CardRecord[] = [];
  for (const card of cards) {
    const roles = card.roles.filter((r) => r.articleId !== id);
    const others = await db.articles.where('actorKeys').equals(card.key).count();
    if (others === 0 && !keptByUser(card, corrected)) {
      before.push(card);
      await db.cards.delete(card.id!);
    } else if (roles.length !== card.roles.length) {
      before.push(card);
      await db.cards.update(card.id!, { roles });
    }
  }
  return before;
}

function sameRecord(a: CardRecord, b: CardRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Where a card of a deleted article went while the article was away: its key now, and words the article gains. */
export type CardMoves = Map<string, { key: string; words: string[] }>;

/**
 * The card that `old` became since the delete: the same key; else the same id under another key (renamed or retyped:
 * replaceCard keeps the id); else a card that lists its key or name among its aliases (merged into it, same type
 * first). undefined when it is gone (removed with its last article).
 */
async function successorOf(db: DramatisDB, old: CardRecord): Promise<{ card: CardRecord; sameId: boolean } | undefined> {
  const byKey = await db.cards.where('key').equals(old.key).first();
  if (byKey) return { card: byKey, sameId: byKey.id === old.id };
  const byId = old.id !== undefined ? await db.cards.get(old.id) : undefined;
  if (byId) return { card: byId, sameId: true };
  const names = (['person', 'organization', 'place'] as const).map((t) => actorKey(t, old.name));
  const merged = await db.cards.where('aliasKeys').anyOf([old.key, ...names]).toArray();
  const card = merged.find((c) => c.type === old.type) ?? merged[0];
  return card ? { card, sameId: false } : undefined;
}

/**
 * Undo of `releaseArticleCards`: puts back the article's roles on its cards, and the cards that were removed, so that
 * the state is the one the changes made since would have given had the article never been deleted. A card unchanged
 * since is put back exactly; a card changed meanwhile keeps its changes and gets this article's roles (and missing
 * aliases) back; a card renamed, retyped or merged meanwhile is followed to where it went (never recreated beside it:
 * that gave two cards for one person), and the returned moves tell `restoreArticle` how to re-point the article.
 * Must run inside a rw transaction on cards.
 */
export async function restoreArticleCards(db: DramatisDB, articleId: number, before: readonly CardRecord[]): Promise<CardMoves> {
  const moves: CardMoves = new Map();
  for (const old of before) {
    const found = await successorOf(db, old);
    const current = found?.card;
    // Unchanged since the delete took this article's roles off: put the card back exactly as it was.
    if (current && current.id === old.id && sameRecord(current, { ...old, roles: old.roles.filter((r) => r.articleId !== articleId) })) {
      await db.cards.put(old);
      continue;
    }
    if (!current) {
      const taken = old.id !== undefined && (await db.cards.get(old.id));
      const { id: _drop, ...rest } = old;
      await db.cards.put(taken ? rest : old);
      continue;
    }
    const next: CardRecord = { ...current, aliases: [...current.aliases], roles: [...current.roles] };
    for (const r of old.roles) {
      if (r.articleId === articleId && !next.roles.some((x) => x.articleId === r.articleId && x.role.toLowerCase() === r.role.toLowerCase())) {
        next.roles.push(r);
      }
    }
    if (next.key === old.key) addAliases(next, [old.name, ...old.aliases]);
    if (!sameRecord(next, current)) await db.cards.put(next);
    // As rekeyArticles does for the articles present at the change: a rename or retype adds the new name to the word
    // index, a merge adds none.
    if (next.key !== old.key) moves.set(old.key, { key: next.key, words: found.sameId ? indexWords(next.name) : [] });
  }
  return moves;
}

/**
 * Deletes a card for good (the library's way out when a card's stored data cannot be shown): articles stop listing it;
 * no correction is recorded, so the actor gets a new card when it is read again.
 */
export async function deleteCard(db: DramatisDB, key: string): Promise<void> {
  await withQuota(() =>
    db.transaction('rw', db.cards, db.articles, async () => {
      await db.cards.where('key').equals(key).delete();
      await db.articles
        .where('actorKeys')
        .equals(key)
        .modify((a) => {
          a.actorKeys = a.actorKeys.filter((k) => k !== key);
          for (const [id, k] of Object.entries(a.actorCards ?? {})) if (k === key) delete a.actorCards[id];
        });
    }),
  );
}

// The generated reading history of the memory bench (issue 15), shared by the Node run (memory.ts, fake-indexeddb) and
// the Chromium run (memory-chromium.ts, the extension's bench page in real IndexedDB): the same articles in both.
// Pure (no Node imports): it is bundled into the test build's bench page (entrypoints/bench-memory).
//
// Each generated article is the memory draft of a real text (fixtures analysed by the engine) plus 3 actors drawn from
// the others, about 50 mentions spread over its actors as in its text, and 20 claims (its own first, then drawn from the
// others), read at a date spread over 85 days, on one of 40 hosts.
import type { MemoryDraft } from '../../lib/memory/record';

/** No file here: `npm run bench` skips modules without `run`. */
export const DAY = 24 * 3600 * 1000;
export const T0 = Date.UTC(2026, 8, 1);
export const HOSTS = Array.from({ length: 40 }, (_, i) => `outlet${i}.example`);
export const CLAIMS_PER_ARTICLE = 20;

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  draft: MemoryDraft;
  /** When it was read (the `now` of rememberArticle). */
  readAt: number;
}

/** `n` articles, oldest first, from the drafts of real texts (deterministic for the same drafts and n). */
export function generateHistory(n: number, drafts: readonly MemoryDraft[]): GeneratedArticle[] {
  const rand = rng(15);
  const pool = drafts.flatMap((d) => d.claims);
  const actorPool = drafts.flatMap((d) => d.actors);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const base = drafts[i % drafts.length];
    const actors = base.actors.map((a) => ({ ...a }));
    for (let k = 0; k < 3; k++) {
      const extra = actorPool[Math.floor(rand() * actorPool.length)];
      if (!actors.some((a) => a.key === extra.key)) actors.push({ ...extra });
    }
    // About 50 mentions an article, spread over its actors as in its text.
    const sum = actors.reduce((s, a) => s + a.mentions, 0) || 1;
    for (const a of actors) a.mentions = Math.max(1, Math.round((a.mentions * 50) / sum));
    const claims = base.claims.slice(0, CLAIMS_PER_ARTICLE);
    while (claims.length < CLAIMS_PER_ARTICLE) claims.push(pool[Math.floor(rand() * pool.length)]);
    const host = HOSTS[Math.floor(rand() * HOSTS.length)];
    out.push({
      draft: { url: `https://${host}/story/${i}`, title: base.title, site: host, publishedAt: 0, actors, claims: claims.map((c) => ({ ...c, aboutKeys: [...c.aboutKeys] })) },
      readAt: T0 + Math.floor((i / n) * 85 * DAY),
    });
  }
  return out;
}

/** The actors of the bench's actor page: the most frequent one and one of median frequency (by articles). */
export function benchActors(history: readonly GeneratedArticle[]): { top: string; topArticles: number; mid: string; midArticles: number } {
  const freq = new Map<string, number>();
  for (const { draft } of history) for (const k of new Set(draft.actors.map((a) => a.key))) freq.set(k, (freq.get(k) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const mid = ranked[Math.floor(ranked.length / 2)];
  return { top: ranked[0][0], topArticles: ranked[0][1], mid: mid[0], midArticles: mid[1] };
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

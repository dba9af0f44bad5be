// "Who said it" (issue 13): on the claims Dramatis found, is the source right, is the named/anonymous call right, how
// many of the anonymous sources are caught, and how far is each article's anonymous share from the true one.
// Used by `npm run bench -- claims` on the blind wire-style articles (tests/fixtures/claims-blind, written and annotated
// by someone who had not seen Dramatis's output) and, when present, on their held-out siblings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim } from '../../lib/nlp/types';
import { polnearDir, sourceRight, type PolnearDoc } from './polnear';

interface R { start: number; end: number; text?: string }
export interface BlindClaim {
  kind: string;
  cue: R | null;
  content: R | null;
  source: R & { anonymous: boolean; resolved?: string | null };
}
export interface BlindDoc { id: string; text: string; claims: BlindClaim[] }

/** The gold files of one directory (NN-slug.gold.json), in name order; [] when the directory is absent. */
export function loadBlind(dir: string): BlindDoc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as BlindDoc);
}

export const blindDevDir = () => join(process.cwd(), 'tests/fixtures/claims-blind');
export const blindHeldoutDir = () => resolve(process.env.DRAMATIS_CLAIMS_HELDOUT ?? join(process.cwd(), '../data/claims-heldout'));

const overlaps = (a: R | null | undefined, b: R | null | undefined) => !!a && !!b && a.start < b.end && b.start < a.end;

export interface WhoSaidScore {
  articles: number; gold: number; found: number; matched: number;
  sourceRight: number; anonymityRight: number; anonymousGold: number; anonymousCaught: number;
  /** Sum over articles of |found anonymous share - true anonymous share|. */
  shareError: number;
  /** Anonymous gold claims, found or not. */
  anonymousGoldAll?: number;
}

/**
 * Matches found claims to gold one to one (cue overlap; a cue-less gold claim by content overlap) and scores the
 * sources. A found source is right when its phrase shares half the words of the longer phrase with the gold phrase, or
 * with the name the gold phrase resolves to ("he" -> "Daniel Okafor"), or when its actor's name does.
 */
export function scoreWhoSaid(docs: BlindDoc[], analyse: (text: string) => { claims: Claim[]; actorName: (id: string) => string | undefined }): WhoSaidScore {
  const s: WhoSaidScore = { articles: docs.length, gold: 0, found: 0, matched: 0, sourceRight: 0, anonymityRight: 0, anonymousGold: 0, anonymousCaught: 0, shareError: 0 };
  for (const d of docs) {
    const { claims, actorName } = analyse(d.text);
    s.gold += d.claims.length;
    s.anonymousGoldAll = (s.anonymousGoldAll ?? 0) + d.claims.filter((g) => g.source.anonymous).length;
    s.found += claims.length;
    const used = new Set<Claim>();
    const hit = (g: BlindClaim, c: Claim) => (g.cue ? overlaps(c.cue, g.cue) : overlaps(c, g.content));
    for (const g of d.claims) {
      const c = claims.find((x) => !used.has(x) && hit(g, x));
      if (!c) continue;
      used.add(c);
      s.matched++;
      const found = c.source ? d.text.slice(c.source.start, c.source.end) : '';
      const name = c.source?.actorId ? actorName(c.source.actorId) ?? '' : '';
      const gold = [g.source.text ?? d.text.slice(g.source.start, g.source.end), g.source.resolved ?? ''].filter(Boolean);
      if (c.source && gold.some((t) => sourceRight(found, t) || (name && sourceRight(name, t)))) s.sourceRight++;
      const foundAnonymous = !!c.source?.anonymous;
      if (foundAnonymous === g.source.anonymous) s.anonymityRight++;
      if (g.source.anonymous) { s.anonymousGold++; if (foundAnonymous) s.anonymousCaught++; }
    }
    const share = (n: number, of: number) => (of ? n / of : 0);
    s.shareError += Math.abs(share(claims.filter((c) => c.source?.anonymous).length, claims.length) - share(d.claims.filter((c) => c.source.anonymous).length, d.claims.length));
  }
  return s;
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-');

export const WHO_SAID_HEADER = [
  '| set | articles | gold claims | found | precision | recall | source right | named/anonymous right | anonymous caught | anonymous share off by (points, mean per article) |',
  '|---|---|---|---|---|---|---|---|---|---|',
];

export function whoSaidRow(name: string, s: WhoSaidScore): string {
  return `| ${name} | ${s.articles} | ${s.gold} | ${s.found} | ${f3(s.matched / s.found)} | ${f3(s.matched / s.gold)} | ${f3(s.sourceRight / s.matched)} | ${f3(s.anonymityRight / s.matched)} | ${f3(s.anonymousCaught / s.anonymousGold)} (${s.anonymousCaught} of ${s.anonymousGold}) | ${(100 * s.shareError / s.articles).toFixed(1)} |`;
}

/**
 * Real-news anonymity labels (issue 13): speech attributions of PolNeAR train half A (a fixed random sample), each gold
 * source read in its sentence and labelled by hand, named or anonymous, with the name a pronoun or description resolves
 * to, following the blind set's GUIDELINES.md and without looking at Dramatis's output. Kept beside the local PolNeAR
 * copy (research texts: never committed): `<polnearDir>/anonymity-labels.json` = { labels: AnonymityLabel[] }.
 */
export interface AnonymityLabel { article: string; source: R; cue: R | null; content: R | null; label: 'named' | 'anonymous' | 'unclear'; resolved: string | null }

export const anonymityLabelsPath = () => join(polnearDir(), 'anonymity-labels.json');

/** The labels, or [] when the file is absent. */
export function loadAnonymityLabels(path = anonymityLabelsPath()): AnonymityLabel[] {
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { labels: AnonymityLabel[] }).labels;
}

/**
 * The labelled attributions as gold claims of their articles ("unclear" labels left out), to be scored by scoreWhoSaid:
 * only the labelled attributions are gold, so its precision and anonymous share mean nothing here; its matched / gold
 * is the share of labelled attributions found, and source right, named/anonymous right and anonymous caught hold.
 */
export function labelledDocs(docs: PolnearDoc[], labels: AnonymityLabel[]): BlindDoc[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out = new Map<string, BlindDoc>();
  for (const l of labels) {
    const d = byId.get(l.article);
    if (!d || l.label === 'unclear') continue;
    const doc = out.get(l.article) ?? { id: d.id, text: d.text, claims: [] };
    doc.claims.push({ kind: 'labelled', cue: l.cue, content: l.content, source: { ...l.source, anonymous: l.label === 'anonymous', resolved: l.resolved } });
    out.set(l.article, doc);
  }
  return [...out.values()];
}

export const LABELLED_HEADER = [
  '| set | articles | labelled sources (anonymous) | found (cue overlap) | source right | named/anonymous right | anonymous caught |',
  '|---|---|---|---|---|---|---|',
];

export function labelledRow(name: string, s: WhoSaidScore): string {
  return `| ${name} | ${s.articles} | ${s.gold} (${s.anonymousGoldAll ?? '-'}) | ${f3(s.matched / s.gold)} | ${f3(s.sourceRight / s.matched)} | ${f3(s.anonymityRight / s.matched)} | ${f3(s.anonymousCaught / s.anonymousGold)} (${s.anonymousCaught} of ${s.anonymousGold}) |`;
}

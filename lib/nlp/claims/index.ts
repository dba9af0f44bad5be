import type { Actor, Claim, ClaimSource, Doc } from '../types';
import { paragraphs, sentences, indexAt } from './text-units';
import { findQuotes, quoteAt, typewriterQuotes } from './quotes';
import type { Draft } from './draft';
import { findDrafts } from './find-drafts';
import { CLAIM_PATTERNS, CLAIM_STAGES } from './patterns';
import type { Budget } from '../budget';
import type { PipelineControl } from '../pipeline';
import { describeSource, singular } from './anonymity';
import { POSSESSIVE_PRONOUNS } from './vocabulary';
import type { PlacedSource, ResolveContext } from './resolve';
import { actorMentions, directActor, placeSource, resolveDescription, resolveIt, resolveOrganization, resolvePersonPronoun, resolveRole, resolveThey } from './resolve';
import { sourceCore } from './source-phrase';

export { buildProfile } from './profile';
export { CLAIMS_PIPELINE } from './find-drafts';

/** Ids of every claim pattern and stage (lib/nlp/claims/patterns.ts), for checking `--without` ids. */
export const CLAIM_STAGE_IDS: string[] = [...CLAIM_PATTERNS.map((p) => p.id), ...CLAIM_STAGES.map((s) => s.id)];

const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

/**
 * Attributed claims in a document: direct quotes, indirect and mixed speech, "according to", refusals to comment,
 * each with its cue and source (resolved to an actor directly, through a pronoun or a back-reference; anonymous
 * sources with a descriptor). Pure: works on the text and the actors' mention offsets. `control.without` switches
 * patterns and stages of patterns.ts off; `control.trace` receives what each produced (pipeline "claims").
 */
export function findClaims(doc: Doc, actors: Actor[], budget?: Budget, control: PipelineControl = {}): Claim[] {
  // Claims are found on the text with typewriter quotes ('') read as double quotes (same offsets); spans show doc.text.
  const text = typewriterQuotes(doc.text);
  const shown = doc.text;
  // out of time already (the tagger stopped): no claim is looked for
  if (budget?.spent()) return [];
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  const quotes = findQuotes(text, paras);
  const real = quotes.filter((q) => !q.scare);
  const drafts = findDrafts({ text, paras, sents, quotes, real }, budget, control);

  const mentions = actorMentions(actors);
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  const placed: PlacedSource[] = [];
  const ctx: ResolveContext = {
    text, sentences: sents, mentions, placed, anonymousByHead: new Map(),
    inQuote: (pos) => { const q = quoteAt(real, pos); return !!q && pos >= q.innerStart && pos < q.innerEnd; },
  };
  const resolved = new Map<Draft, ClaimSource>();
  const claims: Claim[] = [];
  // Sources are resolved in text order so that pronouns and "the sources" can point back to earlier sources.
  const order = [...drafts].sort((a, b) => (a.source?.start ?? 0) - (b.source?.start ?? 0));
  for (const d of order) {
    if (!d.source) continue;
    if (d.continues && resolved.has(d.continues)) { resolved.set(d, resolved.get(d.continues)!); continue; }
    const s = d.source;
    const phrase = text.slice(s.start, s.end);
    const sent = sents[indexAt(sents, s.start)] ?? s;
    const info = describeSource(phrase, text.slice(sent.start, sent.end));
    const source: ClaimSource = { ...span(shown, s.start, s.end), anonymous: info.anonymous };
    if (info.document) source.document = true;
    if (info.descriptor) source.descriptor = info.descriptor;
    // Possessive determiners as sources ("his claim that ...") resolve like the subject pronoun.
    const lower = POSSESSIVE_PRONOUNS.get(phrase.toLowerCase()) ?? phrase.toLowerCase();
    let actorId: string | undefined;
    if (/^(?:he|she)$/.test(lower)) {
      const r = resolvePersonPronoun(ctx, s.start);
      actorId = r.actorId;
      if (r.anonymous) { source.anonymous = true; if (r.descriptor) source.descriptor = r.descriptor; }
    } else if (lower === 'it') {
      actorId = resolveIt(ctx, s.start).actorId;
    } else if (lower === 'they') {
      const r = resolveThey(ctx, s.start);
      actorId = r.actorId;
      if (r.anonymous) { source.anonymous = true; if (r.descriptor) source.descriptor = r.descriptor; }
    } else if (/^(?:i|we)$/.test(lower)) {
      // "I" / "we" outside a quotation: the writer; no link.
    } else if (info.anonymous) {
      if (info.definite) {
        const r = resolveDescription(ctx, s.start, info.head, info.descriptor?.role);
        const own = source.descriptor ?? {};
        const ante = r.descriptor;
        if (ante) {
          const merged = { ...own };
          if (singular(info.head) !== info.head && ante.count) merged.count = ante.count;
          else delete merged.count;
          if (!merged.affiliation && ante.affiliation) merged.affiliation = ante.affiliation;
          if (!merged.qualifiers && ante.qualifiers) merged.qualifiers = ante.qualifiers;
          if (ante.role && (!merged.role || !merged.role.includes(' '))) merged.role = ante.role;
          source.descriptor = merged;
        } else if (source.descriptor) delete source.descriptor.count;
      }
    } else if (info.role) {
      // "the senator", "the man": linked back to a titled person or an unnamed source with the same head, else unlinked.
      const r = resolveRole(ctx, s.start, info.head);
      actorId = r.actorId;
      if (r.anonymous) { source.anonymous = true; if (r.descriptor) source.descriptor = r.descriptor; }
    } else if (info.organization) {
      actorId = resolveOrganization(ctx, s.start).actorId;
    } else {
      // The actor named in the phrase's core, not in its relative clause ("Podesta, who chairs Clinton's campaign").
      actorId = directActor(mentions, sourceCore(text, s))?.actorId;
    }
    if (actorId && !source.anonymous) source.actorId = actorId;
    resolved.set(d, source);
    // `order` is sorted by source start, so `placed` stays in text order.
    placeSource(ctx, {
      start: s.start, end: s.end, actorId: source.actorId, type: source.actorId ? typeOf.get(source.actorId) : undefined,
      anonymous: source.anonymous, document: info.document, head: info.head,
      plural: singular(info.head) !== info.head || /\band\b/.test(lower) || lower === 'they', descriptor: source.descriptor,
    });
  }
  for (const d of drafts) {
    const source = resolved.get(d);
    let claim: Claim;
    if (d.kind === 'no-comment' || !d.content) {
      if (!d.cue) continue;
      claim = { ...span(shown, d.cue.start, d.cue.end), kind: 'no-comment', cue: span(shown, d.cue.start, d.cue.end) };
    } else {
      claim = { ...span(shown, d.content.start, d.content.end), kind: d.kind };
      if (d.cue) claim.cue = span(shown, d.cue.start, d.cue.end);
    }
    if (source) claim.source = { ...source, descriptor: source.descriptor ? { ...source.descriptor } : undefined };
    if (claim.source && !claim.source.descriptor) delete claim.source.descriptor;
    claims.push(claim);
  }
  return dropRepeatedPullQuotes(text, claims.sort((a, b) => a.start - b.start));
}

/** A quotation's words, for recognising the same quotation printed twice. */
const quoteKey = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * A quotation repeated without attribution in its own paragraph is a pull quote, a display element: it is not a second
 * claim, and crediting it to the speaker before it would name the wrong source ("“There is a deal to be had,” one
 * senator said. ... Ellery said ... “There is a deal to be had.”" is not Ellery's). A cue-less direct claim whose words
 * are those of an earlier claim with a cue (at least five words) and that stands alone in its paragraph is dropped; the earlier claim keeps the original attribution.
 */
function dropRepeatedPullQuotes(text: string, claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  // The quotation is its paragraph: nothing but quotation marks and punctuation around it up to the line breaks.
  const alone = (c: Claim) => {
    const from = text.lastIndexOf('\n', c.start) + 1;
    let to = text.indexOf('\n', c.end);
    if (to < 0) to = text.length;
    return !/[\p{L}\p{N}]/u.test(text.slice(from, c.start)) && !/[\p{L}\p{N}]/u.test(text.slice(c.end, to));
  };
  return claims.filter((c) => {
    const key = quoteKey(c.text);
    const repeated = c.kind === 'direct' && !c.cue && key.split(' ').length >= 5 && seen.has(key) && alone(c);
    // Only a quotation first printed with its own cue is the original of a pull quote: a cue-less continuation
    // paragraph printed twice (an article pasted twice) stays a continuation of the speaker before it.
    if (c.kind !== 'no-comment' && c.cue) seen.add(key);
    return !repeated;
  });
}

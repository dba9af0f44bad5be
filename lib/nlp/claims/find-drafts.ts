/**
 * Runs the claim patterns and stages of patterns.ts over one document: visits the triggers of each kind in text order,
 * tries the patterns of that kind by priority at each, then runs the stages over the drafts. Honours the budget (a
 * partial analysis keeps to the text before where it stopped), switches patterns and stages off (`control.without`)
 * and records what each produced (`control.trace`).
 */
import type { Budget } from '../budget';
import type { ItemDescriber, PipelineControl } from '../pipeline';
import { isSwitchedOff, runStages } from '../pipeline';
import type { Draft, Text } from './draft';
import { draftStart as importedDraftStart } from './draft';
import { findCueHits, type Triggers } from './cue-hits';
import type { ClaimPattern, Outcome, Trigger } from './patterns';
import { BLOCK, CLAIM_PATTERNS, CLAIM_STAGES, TRIGGERS } from './patterns';
import type { Scan } from './scan';
import { CueAt, newScan, pushDraft } from './scan';

/** The pipeline's name in traces and in `--without claims:<id>`. */
export const CLAIMS_PIPELINE = 'claims';

/** Bound once: read in every comparison of the sorts below. */
const draftStart = importedDraftStart;

type PatternOf<T extends Trigger> = Extract<ClaimPattern, { trigger: T }>;

/** The patterns of one trigger that are switched on, by priority (a stable sort: equal priorities keep list order). */
function patternsOf<T extends Trigger>(trigger: T, without: ReadonlySet<string> | undefined): PatternOf<T>[] {
  return CLAIM_PATTERNS
    .filter((p): p is PatternOf<T> => p.trigger === trigger && !isSwitchedOff(CLAIMS_PIPELINE, p.id, without))
    .sort((a, b) => a.priority - b.priority);
}
/** The patterns of each trigger with none switched off, sorted once. */
const ALL_ON = new Map<Trigger, ClaimPattern[]>(TRIGGERS.map((t) => [t, patternsOf(t, undefined)]));
const patternsFor = <T extends Trigger>(trigger: T, without: ReadonlySet<string> | undefined) =>
  (without?.size ? patternsOf(trigger, without) : ALL_ON.get(trigger)!) as PatternOf<T>[];

/** How a draft reads in a trace: its kind, the start of its text, and its source phrase. */
export function describeDraft(text: string): ItemDescriber<Draft> {
  return {
    key: (d) => `${d.kind}@${d.cue?.start ?? ''}:${d.content?.start ?? ''}-${d.content?.end ?? ''}`,
    label: (d) => draftLabel(text, d),
  };
}

export function draftLabel(text: string, d: Draft): string {
  const r = d.content ?? d.cue!;
  const body = text.slice(r.start, r.end).replace(/\s+/g, ' ');
  const source = d.source ? ` [${text.slice(d.source.start, d.source.end)}]` : '';
  return `${d.kind}: ${body.length > 40 ? `${body.slice(0, 40)}…` : body}${source}`;
}

/** The describer handed to runStages when nothing is traced (it is then never called). */
const UNTRACED: ItemDescriber<Draft> = { key: () => '', label: () => '' };

/**
 * For the passes after the cue verbs ("according to", refusals, noun cues), whose triggers come in text order: stop
 * at the offset where the cue pass ran out of time, else check the budget (recording the offset if it is spent now).
 */
function outOfTime(budget: Budget, pos: number): boolean {
  if (budget.exhausted) return pos >= budget.stoppedAt;
  if (!budget.spent()) return false;
  budget.stopAt(pos);
  return true;
}

/** The first pattern's answer at a trigger, and which pattern gave a draft (for the trace). */
function firstAnswer<A>(patterns: { id: string; match(s: Scan, at: A): Outcome }[], s: Scan, at: A, produced?: Map<string, Draft[]>): Draft | undefined {
  for (const p of patterns) {
    const out = p.match(s, at);
    if (out === undefined) continue;
    if (out === BLOCK) return undefined;
    if (produced) {
      const list = produced.get(p.id);
      if (list) list.push(out);
      else produced.set(p.id, [out]);
    }
    return out;
  }
  return undefined;
}

/** Claim drafts of a document (sources still phrases), sorted by start. */
export function findDrafts(t: Text, budget?: Budget, control: PipelineControl = {}): Draft[] {
  const s = newScan(t, budget);
  const { text } = s;
  const produced = control.trace ? new Map<string, Draft[]>() : undefined;
  const triggers: Triggers = { according: [], noComment: [], nouns: [] };

  const cuePatterns = patternsFor('cue-verb', control.without);
  const cue = new CueAt(s);
  for (const hit of findCueHits(t, triggers)) {
    // Out of time: no further cue is examined (cues come in text order), and the passes below keep to the text before.
    if (budget?.spent()) {
      budget.stopAt(hit.start);
      break;
    }
    cue.at(hit);
    const d = firstAnswer(cuePatterns, s, cue, produced);
    if (d) pushDraft(s, d);
  }

  const phrases: [Trigger, number[]][] = [['according-to', triggers.according], ['refusal', triggers.noComment], ['noun-cue', triggers.nouns]];
  for (const [trigger, starts] of phrases) {
    const patterns = patternsFor(trigger, control.without) as PatternOf<'according-to'>[];
    for (const start of starts) {
      if (budget && outOfTime(budget, start)) break;
      const d = firstAnswer(patterns, s, start, produced);
      if (d) pushDraft(s, d);
    }
  }

  // Cue-less quotes: each real quotation no pattern has taken, in text order.
  s.drafts.sort((a, b) => draftStart(a) - draftStart(b));
  s.withSource.found = s.drafts.filter((d) => d.source);
  const quotePatterns = patternsFor('quote', control.without);
  for (const q of s.real) {
    if (q.start >= (budget?.stoppedAt ?? Infinity)) break;
    if (s.usedQuote.has(q)) continue;
    const d = firstAnswer(quotePatterns, s, q, produced);
    if (!d) continue;
    s.drafts.push(d);
    if (d.source) s.withSource.added.push(d);
    s.usedQuote.set(q, d);
  }

  if (control.trace) {
    for (const p of CLAIM_PATTERNS) {
      if (isSwitchedOff(CLAIMS_PIPELINE, p.id, control.without)) {
        control.trace.push({ pipeline: CLAIMS_PIPELINE, id: p.id, added: [], removed: [], changed: [], skipped: true });
      } else {
        control.trace.push({ pipeline: CLAIMS_PIPELINE, id: p.id, added: (produced!.get(p.id) ?? []).map((d) => draftLabel(text, d)), removed: [], changed: [] });
      }
    }
  }
  const drafts = runStages(CLAIMS_PIPELINE, CLAIM_STAGES, t, s.drafts, control, control.trace ? describeDraft(text) : UNTRACED);
  // Out of time in a later pass: claims keep to the text before where it stopped, as the cue pass's do.
  const stop = budget?.stoppedAt ?? Infinity;
  return drafts.filter((d) => draftStart(d) < stop).sort((a, b) => draftStart(a) - draftStart(b));
}

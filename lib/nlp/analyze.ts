import type { Analysis, AnalyzeOptions } from './types';
import { tokenize } from './tokenize';
import { ACTOR_STAGES, CLEAN_RULES, REQUIRED_ACTOR_STAGES, recognizeActors } from './actors';
import { CLAIM_STAGE_IDS, findClaims, buildProfile } from './claims';
import { Budget } from './budget';
import { checkStageIds, type PipelineControl, type StageTrace } from './pipeline';

/**
 * The whole pipeline: tokenize -> sentences -> actors (lib/nlp/actors/stages.ts) -> claims (lib/nlp/claims/patterns.ts)
 * -> profile. Pure: no DOM, no browser APIs. Linear in the text's length (see lib/nlp/limits.ts); with
 * `options.budgetMs` it stops early and marks the result partial; `options.without` switches stages off and
 * `options.trace` reports what each one changed.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const control = pipelineControl(options);
  const budget = new Budget(options.budgetMs, options.clock);
  const doc = tokenize(text);
  const actors = recognizeActors(doc, options, budget, control);
  const claims = findClaims(doc, actors, budget, control);
  const analysis: Analysis = { schema: 1, actors, claims, profile: buildProfile(claims, actors) };
  if (budget.exhausted) analysis.partial = true;
  if (control.trace) analysis.trace = control.trace;
  return analysis;
}

/** The stage ids each pipeline knows, for `--without` (see lib/nlp/pipeline.ts). */
export function stageIds(): Record<string, string[]> {
  return { actors: ACTOR_STAGES.map((s) => s.id), clean: CLEAN_RULES.map((r) => r.id), claims: CLAIM_STAGE_IDS };
}

function pipelineControl(options: AnalyzeOptions): PipelineControl {
  const control: PipelineControl = {};
  if (options.without?.length) {
    const without = new Set(options.without);
    checkStageIds(without, stageIds());
    for (const id of without) if (REQUIRED_ACTOR_STAGES.has(id.replace(/^actors:/, ''))) throw new Error(`the actor stage "${id}" cannot be switched off: the later stages need what it makes`);
    control.without = without;
  }
  if (options.trace) control.trace = [] as StageTrace[];
  return control;
}

import type { Actor, AnalyzeOptions, Doc } from '../types';
import { Budget } from '../budget';
import { runStages, type PipelineControl } from '../pipeline';
import { actorContext, mentionText } from './context';
import { loadTagger } from './model';
import type { Mention } from './mentions';
import { ACTOR_STAGES } from './stages';

export { ACTOR_STAGES, REQUIRED_ACTOR_STAGES } from './stages';
export { CLEAN_RULES } from './clean-rules';

/**
 * Finds the people, organizations and places of a document and links their mentions into actors, by running the
 * stages of lib/nlp/actors/stages.ts in order (`control` switches stages off and traces them).
 */
export function recognizeActors(doc: Doc, options: AnalyzeOptions = {}, budget = new Budget(), control: PipelineControl = {}): Actor[] {
  if (doc.tokens.length === 0) return [];
  const ctx = actorContext(doc, loadTagger(), options.corrections ?? {}, budget, control);
  const describe = {
    key: (m: Mention) => (m.chars ? `c${m.chars[0]}-${m.chars[1]}` : `t${m.s}-${m.e}`),
    label: (m: Mention) => `${mentionText(ctx, m)} (${m.type})`,
  };
  runStages('actors', ACTOR_STAGES, ctx, [], control, describe);
  // the clean rules ran inside "tag": their traces follow the stages'
  if (control.trace && ctx.cleanTrace) control.trace.push(...ctx.cleanTrace.values());
  const actors = ctx.actors ?? [];
  actors.forEach((a, k) => (a.id = `a${k + 1}`));
  return actors;
}

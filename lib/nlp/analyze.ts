import type { Analysis, AnalyzeOptions } from './types';
import { tokenize } from './tokenize';
import { recognizeActors } from './actors';
import { findClaims, buildProfile } from './claims';
import { Budget } from './budget';

/**
 * The whole pipeline: tokenize -> sentences -> actors -> claims -> profile. Pure: no DOM, no browser APIs. Linear in
 * the text's length (see lib/nlp/limits.ts); with `options.budgetMs` it stops early and marks the result partial.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const budget = new Budget(options.budgetMs, options.clock);
  const doc = tokenize(text);
  const actors = recognizeActors(doc, options, budget);
  const claims = findClaims(doc, actors, budget);
  const analysis: Analysis = { schema: 1, actors, claims, profile: buildProfile(claims, actors) };
  if (budget.exhausted) analysis.partial = true;
  return analysis;
}

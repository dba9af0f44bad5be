import type { Analysis, AnalyzeOptions } from './types';
import { tokenize } from './tokenize';
import { recognizeActors } from './actors';
import { findClaims, buildProfile } from './claims';

/** The whole pipeline: tokenize -> sentences -> actors -> claims -> profile. Pure: no DOM, no browser APIs. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = tokenize(text);
  const actors = recognizeActors(doc, options);
  const claims = findClaims(doc, actors);
  return { schema: 1, actors, claims, profile: buildProfile(claims, actors) };
}

import type { Actor, AnalyzeOptions, Doc } from '../types';

/** Placeholder until the actor recognizer lands (issue "Actor recognition"). */
export function recognizeActors(_doc: Doc, _options: AnalyzeOptions): Actor[] {
  return [];
}

import type { Actor, Corrections, Doc } from '../types';
import type { Budget } from '../budget';
import type { Bloom } from './features';
import { gazetteerTags } from './features';
import type { Tagger } from './tagger';
import type { PipelineControl } from '../pipeline';
import type { CleanTrace } from './clean-rules';
import { lowerInDocument, type Mention } from './mentions';
import { UnionFind } from './union-find';

/**
 * What every actor stage (lib/nlp/actors/stages.ts) may read, and the state the later stages build: the links between
 * mentions, then the actors. Built once per document by {@link actorContext}; stages receive it with the mentions.
 */
export interface ActorContext {
  doc: Doc;
  /** The tokens' texts (`doc.tokens[i].text`). */
  words: string[];
  tagger: Tagger;
  /** The model's Bloom filter: words seen in lower case in training, first names, gazetteer keys. */
  bloom: Bloom;
  /** Words written in lower case somewhere in this document. */
  lowerInDoc: Set<string>;
  /** Gazetteer tag per token (see features.ts), computed on first use. */
  gazetteer(): Int8Array;
  corrections: Corrections;
  budget: Budget;
  /** Links between mentions (by index in the mentions array), made by the linking stages. */
  links?: UnionFind;
  /** The actors, once the "build-actors" stage has grouped the linked mentions (parallel to `actorOfMention`). */
  actors?: Actor[];
  /** The actor each mention (by index) belongs to, set with `actors`. */
  actorOfMention?: Map<number, Actor>;
  /** The caller's switches: the clean rules (clean-rules.ts) read `without` too. */
  control: PipelineControl;
  /** What each clean rule changed, when tracing. */
  cleanTrace?: CleanTrace;
  /** Tokens from this index on were not tagged (the time budget ran out), set by "keep-to-tagged-text". */
  reach: number;
}

export function actorContext(doc: Doc, tagger: Tagger, corrections: Corrections, budget: Budget, control: PipelineControl = {}): ActorContext {
  const words = doc.tokens.map((t) => t.text);
  let gaz: Int8Array | undefined;
  return {
    doc,
    words,
    tagger,
    bloom: tagger.model.bloom,
    lowerInDoc: lowerInDocument(doc),
    gazetteer: () => (gaz ??= gazetteerTags(words)),
    corrections,
    budget,
    control,
    cleanTrace: control.trace ? new Map() : undefined,
    reach: words.length,
  };
}

/** The mention's text as written (its character range when it is part of a token). */
export function mentionText(ctx: ActorContext, m: Mention): string {
  const { doc } = ctx;
  return m.chars ? doc.text.slice(m.chars[0], m.chars[1]) : doc.text.slice(doc.tokens[m.s].start, doc.tokens[m.e - 1].end);
}

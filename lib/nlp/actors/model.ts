/**
 * The actor tagger's model: a binary file (`public/model/actors.bin`, written by `npm run train`) that the host loads
 * once and hands over as bytes. The engine stays pure: it never reads files or fetches; the extension's engine document
 * fetches the file from the extension package, Node code reads it from disk (`scripts/lib/node-model.ts`).
 */
import { Tagger, unpackModel } from './tagger';

let tagger: Tagger | undefined;

/** Installs the model (the bytes of `actors.bin`); later calls replace it. Throws on a file that is not a model. */
export function setActorModel(bytes: Uint8Array): void {
  tagger = new Tagger(unpackModel(bytes));
}

export function hasActorModel(): boolean {
  return tagger !== undefined;
}

/** The loaded tagger; throws a clear error when the host forgot to load the model. */
export function loadTagger(): Tagger {
  if (!tagger) throw new Error('Dramatis: the actor model is not loaded (call setActorModel with the bytes of actors.bin first)');
  return tagger;
}

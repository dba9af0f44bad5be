/**
 * Loads the actor model from disk for Node (CLI, benchmarks, unit tests). The path is resolved from this file, which
 * sits two folders below the repository root, as the bundled CLI in `.output/cli/` does.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasActorModel, setActorModel } from '../../lib/nlp';

// (A plain path join: in happy-dom test files `URL` is the DOM's, which node:url does not take.)
export const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../public/model/actors.bin');

/** Reads `public/model/actors.bin` once; later calls do nothing. */
export function loadNodeModel(path = MODEL_PATH): void {
  if (!hasActorModel()) setActorModel(readFileSync(path));
}

/**
 * Loads the actor model from disk for Node (CLI, benchmarks, unit tests). The path is resolved from this file, which
 * sits two folders below the repository root, as the bundled CLI in `.output/cli/` does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasActorModel, setActorModel } from '../../lib/nlp';

export const MODEL_PATH = fileURLToPath(new URL('../../public/model/actors.bin', import.meta.url));

/** Reads `public/model/actors.bin` once; later calls do nothing. */
export function loadNodeModel(path = MODEL_PATH): void {
  if (!hasActorModel()) setActorModel(readFileSync(path));
}

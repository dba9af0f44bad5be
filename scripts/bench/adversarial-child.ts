// A fresh process for the adversarial bench's in-process column (scripts/bench/adversarial.ts): loads an engine
// (ENGINE = path of a checkout's lib/nlp/index.ts) and its model, warms it on a sentence, then times analyze() on FILE
// and prints {seconds, actors, claims, partial} as JSON. A fresh process per measurement, so that one shape's garbage
// and deoptimised code do not slow the next. `tsx scripts/bench/adversarial-child.ts ENGINE FILE`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../../lib/nlp/types';

interface Engine {
  analyze(text: string): Analysis;
  hasActorModel(): boolean;
  setActorModel(bytes: Uint8Array): void;
}

export async function timeInProcess(enginePath: string, file: string): Promise<{ seconds: number; actors: number; claims: number; partial: boolean }> {
  const engine = (await import(pathToFileURL(resolve(enginePath)).href)) as Engine;
  // the engine's own checkout's model: public/model/actors.bin, two folders above lib/nlp/index.ts
  if (!engine.hasActorModel()) engine.setActorModel(readFileSync(join(dirname(resolve(enginePath)), '../../public/model/actors.bin')));
  engine.analyze('Warm-up: Mike Pompeo said "it works" in Baghdad.');
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const a = engine.analyze(text);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, actors: a.actors.length, claims: a.claims.length, partial: !!a.partial };
}

// Run as a script (not when the bench runner imports every file of scripts/bench).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [enginePath, file] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(await timeInProcess(enginePath, file)) + '\n');
}

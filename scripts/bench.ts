// `npm run bench`: runs every benchmark section in scripts/bench/*.ts (each exports `run(): Promise<void>` and prints
// a table of Dramatis beside its baseline, measured in this one run). `npm run bench -- ner` runs the sections whose
// file name contains "ner". Sections that export `onlyWhenNamed = true` (adversarial) run only when named. Arguments
// from the first `--option` on are the sections' own options (e.g. `npm run bench -- pages --limit 100`), not names.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('--'));
const filters = firstOption < 0 ? args : args.slice(0, firstOption);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void>; onlyWhenNamed?: boolean };
  if (typeof mod.run !== 'function') continue;
  // a long section (the adversarial scaling table takes minutes) runs only when asked for by name
  if (mod.onlyWhenNamed && filters.length === 0) continue;
  console.log(`\n## ${file.replace(/\.ts$/, '')}\n`);
  await mod.run();
}

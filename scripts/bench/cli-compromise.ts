// The compromise side of `npm run bench -- cli`: a command-line tool doing with compromise 14.17.0 the work
// `npm run analyze` does with Dramatis. `--jsonl` reads {"id","text"} lines on stdin and writes one line
// {"id", people, places, organizations, quotations} each; FILE arguments print one such object per file.
// The bench bundles it with esbuild and runs it with plain node, as it runs Dramatis's bundled CLI.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

/** The same calls as the compromise baseline in scripts/bench/claims.ts, keeping the text of each match. */
export function compromiseEntities(text: string) {
  const doc = nlp(text);
  const texts = (view: { json: () => unknown[] }) => (view.json() as { text: string }[]).map((m) => m.text);
  return { people: texts(doc.people()), places: texts(doc.places()), organizations: texts(doc.organizations()), quotations: texts(doc.quotations()) };
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--jsonl')) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: unknown; text: string };
      process.stdout.write(JSON.stringify({ id, ...compromiseEntities(text) }) + '\n');
    }
    return;
  }
  for (const file of args) process.stdout.write(JSON.stringify({ file, ...compromiseEntities(readFileSync(file, 'utf8')) }) + '\n');
}

// Run only as a program (the bench runner imports every file in scripts/bench/).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main(process.argv.slice(2));

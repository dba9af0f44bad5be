// `npm run analyze -- FILE...`: prints {file, text, ...analysis} as JSON for each text or HTML file (HTML goes through
// the same article extraction as the content script).
// `npm run analyze -- --jsonl`: reads {"id","text"} lines on stdin, writes one {"id", ...analysis} line each.
// `--trace` adds what each stage added, removed or retyped (analysis.trace); `--without <id>[,<id>]` switches stages
// off (ids: lib/nlp/actors/stages.ts, clean-rules.ts, lib/nlp/claims/patterns.ts). Both work with either mode.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { analyze, type AnalyzeOptions } from '../lib/nlp';
import { loadNodeModel } from './lib/node-model';

const USAGE = 'usage: npm run analyze -- [--trace] [--without ID,...] FILE...   |   npm run analyze -- [--trace] [--without ID,...] --jsonl < lines.jsonl';

async function analyzeFiles(files: string[], options: AnalyzeOptions): Promise<number> {
  // The HTML extraction needs jsdom, which takes a few hundred milliseconds to load: only when a page is given.
  let articleTextFromHtml: ((html: string, url?: string) => string) | undefined;
  const results = [];
  let failures = 0;
  for (const file of files) {
    try {
      const raw = await readFile(file, 'utf8');
      const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw);
      if (isHtml) articleTextFromHtml ??= (await import('./lib/article-text')).articleTextFromHtml;
      const text = isHtml ? articleTextFromHtml!(raw, file) : raw;
      results.push({ file, text, ...analyze(text, options) });
    } catch (error) {
      failures++;
      console.error(`${file}: ${error instanceof Error ? error.message : error}`);
    }
  }
  process.stdout.write(JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2) + '\n');
  return failures ? 1 : 0;
}

async function analyzeJsonl(options: AnalyzeOptions): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = record.id ?? null;
      if (typeof record.text !== 'string') throw new Error('"text" must be a string');
      process.stdout.write(JSON.stringify({ id, ...analyze(record.text, options) }) + '\n');
    } catch (error) {
      failures++;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`line ${lineNo}: ${message}`);
      process.stdout.write(JSON.stringify({ id, error: message }) + '\n');
    }
  }
  return failures ? 1 : 0;
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h') || args.length === 0) {
  console.error(USAGE);
  process.exit(args.length === 0 ? 2 : 0);
}
const options: AnalyzeOptions = {};
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--trace') options.trace = true;
  else if (args[i] === '--without') options.without = [...(options.without ?? []), ...(args[++i] ?? '').split(',').filter(Boolean)];
  else if (args[i] !== '--jsonl') rest.push(args[i]);
}
loadNodeModel();
try {
  // an unknown stage id is reported once, before any text is read
  if (options.without) analyze('', options);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
process.exitCode = args.includes('--jsonl') ? await analyzeJsonl(options) : await analyzeFiles(rest, options);

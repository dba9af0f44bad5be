// `npm run analyze -- FILE...`: prints {file, text, ...analysis} as JSON for each text or HTML file (HTML goes through
// the same article extraction as the content script).
// `npm run analyze -- --jsonl`: reads {"id","text"} lines on stdin, writes one {"id", ...analysis} line each.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { analyze } from '../lib/nlp';
import { loadNodeModel } from './lib/node-model';

const USAGE = 'usage: npm run analyze -- FILE...   |   npm run analyze -- --jsonl < lines.jsonl';

async function analyzeFiles(files: string[]): Promise<number> {
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
      results.push({ file, text, ...analyze(text) });
    } catch (error) {
      failures++;
      console.error(`${file}: ${error instanceof Error ? error.message : error}`);
    }
  }
  process.stdout.write(JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2) + '\n');
  return failures ? 1 : 0;
}

async function analyzeJsonl(): Promise<number> {
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
      process.stdout.write(JSON.stringify({ id, ...analyze(record.text) }) + '\n');
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
loadNodeModel();
process.exitCode = args.includes('--jsonl') ? await analyzeJsonl() : await analyzeFiles(args.filter((a) => a !== '--jsonl'));

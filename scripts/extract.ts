// `npm run extract -- FILE.html [FILE2.html ...] [--url URL]`: prints {title, byline, site, published, text} as JSON
// (an array for several files). `npm run extract -- --jsonl`: reads lines {"id","html","url"} on stdin and writes one
// line {"id","title","text"} each (plus "error" when a page has no article or the line is not valid JSON).
// Extraction: lib/extract (Readability + noise rules + DOMPurify) on a jsdom document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { extractFromHtml } from '../lib/extract/from-html';

export interface ExtractCliResult {
  title: string;
  byline: string | null;
  site: string;
  published: string | null;
  text: string;
}

export function extractFile(path: string, url?: string): ExtractCliResult {
  const html = readFileSync(path, 'utf8');
  const out = extractFromHtml(html, url ?? pathToFileURL(resolve(path)).href);
  if (!out) return { title: '', byline: null, site: '', published: null, text: '' };
  return { title: out.title, byline: out.byline, site: out.site, published: out.published, text: out.text };
}

/** One --jsonl line in, one line out (never throws). */
export function extractJsonLine(line: string): string {
  let input: { id?: unknown; html?: unknown; url?: unknown };
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, title: '', text: '', error: `invalid JSON line: ${(e as Error).message}` });
  }
  const id = input?.id ?? null;
  if (typeof input?.html !== 'string') return JSON.stringify({ id, title: '', text: '', error: 'missing "html"' });
  try {
    const out = extractFromHtml(input.html, typeof input.url === 'string' && input.url ? input.url : undefined);
    if (!out) return JSON.stringify({ id, title: '', text: '', error: 'no article found' });
    return JSON.stringify({ id, title: out.title, text: out.text });
  } catch (e) {
    return JSON.stringify({ id, title: '', text: '', error: (e as Error).message });
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--jsonl')) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) if (line.trim()) process.stdout.write(extractJsonLine(line) + '\n');
    return 0;
  }
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? argv[urlAt + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (files.length === 0) {
    process.stderr.write('usage: npm run extract -- FILE.html [...] [--url URL]   |   npm run extract -- --jsonl < pages.jsonl\n');
    return 2;
  }
  const results = files.map((f) => extractFile(f, url));
  process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`extract: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}

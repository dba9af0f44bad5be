import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, extractJsonLine } from './extract';

// `npm run extract` runs the esbuild bundle of scripts/extract.ts (rebuilt first if a source changed): the last test
// runs it; the others call the same functions directly.
const BUNDLE = new URL('../.output/cli/extract.mjs', import.meta.url).pathname;
beforeAll(() => {
  execFileSync(process.execPath, [new URL('./build-cli.mjs', import.meta.url).pathname, '--if-stale'], { stdio: 'pipe' });
});

const fixture = (name: string) => new URL(`../tests/fixtures/extract/${name}`, import.meta.url).pathname;

describe('extract CLI', () => {
  it('extractFile returns title, byline, site, published and the body text', () => {
    expect(extractFile(fixture('council-budget.html'), 'https://riverside.example/budget')).toEqual({
      title: 'Council approves budget with cuts to bus routes, library hours',
      byline: 'Sam Okafor',
      site: 'Riverside Weekly',
      published: '2025-06-05T18:12:00+00:00',
      text: readFileSync(fixture('council-budget.txt'), 'utf8').trim(),
    });
  });

  it.each([
    ['not json', { id: null, title: '', text: '', error: expect.stringMatching(/^invalid JSON line/) }],
    ['{"id":"a"}', { id: 'a', title: '', text: '', error: 'missing "html"' }],
    ['{"id":7,"html":"<html><body></body></html>"}', { id: 7, title: '', text: '', error: 'no article found' }],
  ])('--jsonl line %s', (line, expected) => {
    expect(JSON.parse(extractJsonLine(line))).toEqual(expected);
  });

  it('--jsonl through the real CLI: one output line per input line, ids kept', () => {
    const html = readFileSync(fixture('comet-science.html'), 'utf8');
    const input = [JSON.stringify({ id: 'c1', html, url: 'https://skyward.example/comet' }), JSON.stringify({ id: 'c2', url: 'https://x.example/' })].join('\n') + '\n';
    const out = execFileSync(process.execPath, [BUNDLE, '--jsonl'], { input, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['c1', 'c2']);
    expect(lines[0].title).toBe("Amateur astronomers spot a comet's second tail");
    expect(lines[0].text).toBe(readFileSync(fixture('comet-science.txt'), 'utf8').trim());
    expect(lines[1].error).toBe('missing "html"');
  });
});

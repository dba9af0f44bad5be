import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

// `npm run analyze` runs the esbuild bundle of scripts/analyze.ts: these tests run that bundle, rebuilt first if a
// source changed since the last build.
const BUNDLE = '.output/cli/analyze.mjs';
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { stdio: 'pipe' });
});

const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

describe('npm run analyze', () => {
  it('the bundle loads jsdom only when a page is given (no top-level import), so --jsonl starts fast', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code).not.toMatch(/^import\b[^;]*["']jsdom["']/m);
    expect(code).toMatch(/require\("jsdom"\)/);
  });

  it('analyses an HTML page through the article extraction: article text only, no nav, related links or comments', () => {
    const out = JSON.parse(run(['tests/fixtures/pages/article.html']));
    expect(out.file).toBe('tests/fixtures/pages/article.html');
    expect(out.schema).toBe(1);
    expect(out.text).toContain('Secretary of State Mike Pompeo’s surprise visit to Baghdad');
    // Names that appear only in the related headlines and the comments of the fixture page.
    for (const outside of ['Angela Merkel', 'Boris Johnson', 'Vladimir Putin']) expect(out.text).not.toContain(outside);
    for (const m of out.actors.flatMap((a: { mentions: { start: number; end: number; text: string }[] }) => a.mentions)) {
      expect(out.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('analyses a text file as is', () => {
    const out = JSON.parse(run(['tests/fixtures/sample-pompeo-baghdad.txt']));
    expect(out.text).toBe(readFileSync('tests/fixtures/sample-pompeo-baghdad.txt', 'utf8'));
  });

  it('reads JSON lines and writes one line per input, reporting a bad line without stopping', () => {
    let out = '';
    try {
      out = run(['--jsonl'], '{"id":"a","text":"Mike Pompeo visited Baghdad."}\nnot json\n{"id":7,"text":""}\n');
    } catch (error) {
      out = (error as { stdout: string }).stdout; // exit code 1 because of the bad line
    }
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[0].actors.map((a: { name: string }) => a.name)).toContain('Mike Pompeo');
    expect(lines[1]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: 7, actors: [], claims: [] });
  });
});

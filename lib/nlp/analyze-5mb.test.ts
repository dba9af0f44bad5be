// The whole pipeline on a long text: analyze() must return on ~5 MB (the claims stage used to grow faster than
// linearly) and every span it reports must point into the text. The text repeats the sample article and the GUM
// Wikinews texts (tests/fixtures, CC BY 2.5 Wikinews), which hold direct quotes, "X said", "according to" and
// "declined to comment", and the newswire probe's articles. No timing assertion: the timeout only stops a run that has
// gone quadratic again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import type { Analysis, Span } from './types';

const dir = join(__dirname, '../../tests/fixtures');
const sample = readFileSync(join(dir, 'sample-pompeo-baghdad.txt'), 'utf8');
const wikinews: string[] = JSON.parse(readFileSync(join(dir, 'gum-wikinews.json'), 'utf8')).documents.map((d: { text: string }) => d.text);
// and the newswire probe (tests/fixtures/newswire-probe, MIT): datelines, headlines, sports results and club rules
const newswire: string[] = readFileSync(join(dir, 'newswire-probe/probe.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const block = [sample, ...wikinews, ...newswire].join('\n\n') + '\n\n';
const copies = Math.ceil(5_000_000 / block.length);
const text = block.repeat(copies);

/** Every span with a label saying where it came from. */
function spans(a: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  for (const actor of a.actors) {
    for (const m of actor.mentions) out.push([`mention of ${actor.name}`, m]);
    for (const r of actor.references ?? []) out.push([`reference to ${actor.name}`, r]);
    for (const m of actor.modifiers ?? []) out.push([`modifier of ${actor.name}`, m]);
  }
  for (const c of a.claims) {
    out.push(['claim', c]);
    if (c.cue) out.push(['cue', c.cue]);
    if (c.source) out.push(['source', c.source]);
  }
  return out;
}

describe('analyze() on ~5 MB of news text', () => {
  it('returns, and every mention, claim, cue and source lies inside the text with matching .text', () => {
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const a = analyze(text);
    expect(a.schema).toBe(1);
    expect(a.actors.length).toBeGreaterThan(0);
    // Each copy holds the sample article, whose 11 hand-annotated claims are all found on their own
    // (lib/nlp/claims/sample-article.test.ts); the Wikinews texts hold more.
    expect(a.claims.length).toBeGreaterThanOrEqual(11 * copies);
    // Each copy has a direct quote, an "according to" and a refusal to comment (the sample article's gold).
    for (const kind of ['direct', 'according-to', 'no-comment'] as const) {
      expect(a.claims.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(copies);
    }
    const bad: string[] = [];
    for (const [what, s] of spans(a)) {
      const inside = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
      if (!inside) bad.push(`${what}: [${s.start}, ${s.end}) outside [0, ${text.length}]`);
      else if (s.text !== text.slice(s.start, s.end)) bad.push(`${what}: ${JSON.stringify(s.text)} != ${JSON.stringify(text.slice(s.start, s.end))} at ${s.start}`);
      if (bad.length >= 10) break;
    }
    expect(bad).toEqual([]);
  }, 120_000);
});

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EngineService, isEngineRequest, pageSpans } from './service';
import { analyze } from '../nlp';
import type { PageAnalysis, PageResult, PageSpan } from '../messaging/protocol';
import { locateArticle } from '../page/article-root';
import { textHash } from '../page/text-hash';
import type { EngineCard } from './service';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages') + '/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_A = 'http://127.0.0.1/article.html';

function service() {
  // The model is already loaded by the unit tests' setup; loadModel must then not be needed.
  const loadModel = vi.fn(async () => new Uint8Array());
  return { engine: new EngineService({ loadModel, parseHtml: parse }), loadModel };
}

const TEXT = 'Mike Pompeo met Iraqi leaders in Baghdad. "We will act," Pompeo said. A senior official, who spoke on condition of anonymity, said talks failed.';

describe('EngineService', () => {
  it('finds, reads and analyses the article of a serialized page in one request', async () => {
    const { engine } = service();
    const html = readFileSync(PAGES + 'article.html', 'utf8');
    const result = (await engine.handle({ target: 'engine', type: 'page', tabId: 1, url: URL_A, html, force: false, kinds: ['person'], corrections: {} })) as PageResult;
    expect(result.locator).toMatchObject({ method: 'readability', readerable: true, title: expect.stringMatching(/Baghdad/) });
    expect(result.analysis?.status).toBe('ready');
    // The spans are offsets into the text the engine read; its length and fingerprint let the page check it has the same.
    const copy = parse(html);
    const { text } = locateArticle(copy)!;
    expect(result.text).toEqual({ length: text.length, hash: textHash(text) });
    const spans = (result.analysis as { spans: PageSpan[] }).spans;
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('Mike Pompeo');
    expect(spans.every((s) => s.kind === 'person')).toBe(true);
  });

  it('does not analyse a page that does not look like an article unless asked', async () => {
    const { engine } = service();
    const html = readFileSync(PAGES + 'not-article.html', 'utf8');
    const page = { target: 'engine', type: 'page', tabId: 1, url: URL_A, html, kinds: ['person' as const], corrections: {} } as const;
    const auto = (await engine.handle({ ...page, kinds: ['person'], force: false })) as PageResult;
    expect(auto.locator?.readerable).toBe(false);
    expect(auto.analysis).toBeUndefined();
    const asked = (await engine.handle({ ...page, kinds: ['person'], force: true })) as PageResult;
    expect(asked.analysis?.status).toBe('ready');
  });

  it('answers a page with spans only: offsets, kind and an opaque key, never names or corrections', async () => {
    const { engine, loadModel } = service();
    const result = (await engine.handle({
      target: 'engine', type: 'analyze', tabId: 1, url: URL_A, text: TEXT,
      kinds: ['person', 'organization', 'place', 'claim'], corrections: {},
    })) as PageAnalysis;
    expect(loadModel).not.toHaveBeenCalled();
    expect(result.status).toBe('ready');
    const spans = (result as { spans: PageSpan[] }).spans;
    for (const s of spans) expect(Object.keys(s).sort()).toEqual(['end', 'key', 'kind', 'start']);
    const pompeo = spans.filter((s) => TEXT.slice(s.start, s.end) === 'Mike Pompeo' || TEXT.slice(s.start, s.end) === 'Pompeo');
    expect(pompeo.map((s) => s.kind)).toEqual(['person', 'person']);
    expect(new Set(pompeo.map((s) => s.key)).size).toBe(1); // both mentions are the same actor
    expect(spans.some((s) => s.kind === 'claim-anonymous')).toBe(true);
  });

  it('applies corrections in the engine: a name marked "not an actor" is not sent to the page', async () => {
    const { engine } = service();
    const result = (await engine.handle({
      target: 'engine', type: 'analyze', tabId: 1, url: URL_A, text: TEXT,
      kinds: ['person', 'place'], corrections: { notActor: ['Baghdad'] },
    })) as { spans: PageSpan[] };
    expect(result.spans.some((s) => TEXT.slice(s.start, s.end) === 'Baghdad')).toBe(false);
    expect(result.spans.some((s) => s.kind.startsWith('claim'))).toBe(false); // claims switched off by the user
  });

  it('gives a card only for a key of the same tab and URL, from its current analysis', async () => {
    const { engine } = service();
    const { spans } = (await engine.handle({
      target: 'engine', type: 'analyze', tabId: 1, url: URL_A, text: TEXT, kinds: ['person', 'claim'], corrections: {},
    })) as { spans: PageSpan[] };
    const key = spans.find((s) => TEXT.slice(s.start, s.end) === 'Mike Pompeo')!.key;
    const card = (await engine.handle({ target: 'engine', type: 'card', tabId: 1, url: URL_A, key })) as EngineCard;
    expect(card).toMatchObject({ kind: 'actor', actor: { name: 'Mike Pompeo', type: 'person' } });
    expect(await engine.handle({ target: 'engine', type: 'card', tabId: 2, url: URL_A, key })).toBeNull();
    expect(await engine.handle({ target: 'engine', type: 'card', tabId: 1, url: 'http://127.0.0.1/other.html', key })).toBeNull();
    expect(await engine.handle({ target: 'engine', type: 'card', tabId: 1, url: URL_A, key: 'a999' })).toBeNull();
    await engine.handle({ target: 'engine', type: 'forget', tabId: 1 });
    expect(await engine.handle({ target: 'engine', type: 'card', tabId: 1, url: URL_A, key })).toBeNull();
  });

  it('applies the page\'s "wrong source" fixes: the claim\'s underline and card change, and it offers the page\'s actors', async () => {
    const { engine } = service();
    const request = { target: 'engine', type: 'analyze', tabId: 1, url: URL_A, text: TEXT, kinds: ['claim'], corrections: {} } as const;
    const before = (await engine.handle({ ...request, kinds: ['claim'] })) as { spans: PageSpan[] };
    const anonymous = before.spans.find((s) => s.kind === 'claim-anonymous')!;
    expect(TEXT.slice(anonymous.start, anonymous.end)).toContain('talks failed');
    const card = (await engine.handle({ target: 'engine', type: 'card', tabId: 1, url: URL_A, key: anonymous.key })) as Extract<EngineCard, { kind: 'claim' }>;
    expect(card.actors.map((a) => a.name)).toContain('Mike Pompeo');
    const fix = { kind: 'claimSource' as const, name: card.claim.text, url: URL_A, source: 'Mike Pompeo', at: 1 };
    const after = (await engine.handle({ ...request, kinds: ['claim'], claimFixes: [fix] })) as { spans: PageSpan[] };
    const same = after.spans.find((s) => s.start === anonymous.start && s.end === anonymous.end)!;
    expect(same.kind).toBe('claim-named');
    const fixed = (await engine.handle({ target: 'engine', type: 'card', tabId: 1, url: URL_A, key: same.key })) as Extract<EngineCard, { kind: 'claim' }>;
    expect(fixed.sourceName).toBe('Mike Pompeo');
  });

  it('says "not English" for a French text and keeps no analysis for the popup', async () => {
    const { engine } = service();
    const text = "Le président de la République a annoncé mardi que le gouvernement allait présenter un projet de loi sur les retraites, selon un communiqué publié par l'Élysée. Les syndicats ont dénoncé une réforme injuste et ont appelé à la grève.";
    const result = await engine.handle({ target: 'engine', type: 'analyze', tabId: 3, url: URL_A, text, kinds: ['person'], corrections: {} });
    expect(result).toEqual({ status: 'not-english', lang: 'fr' });
    expect(await engine.handle({ target: 'engine', type: 'tab-analysis', tabId: 3 })).toBeNull();
  });

  it('hands the background the article to save, with the text and analysis the page was painted from', async () => {
    const { engine } = service();
    const html = readFileSync(PAGES + 'article.html', 'utf8');
    await engine.handle({ target: 'engine', type: 'page', tabId: 4, url: URL_A, html, force: false, kinds: [], corrections: {} });
    // Only the page's own text (sent when it differs from the copy's) stands from here on.
    await engine.handle({ target: 'engine', type: 'analyze', tabId: 4, url: URL_A, text: TEXT, kinds: ['person'], corrections: {} });
    const article = (await engine.handle({ target: 'engine', type: 'article', tabId: 4 })) as { url: string; text: string; html?: string; analysis: unknown; title: string };
    expect(article.url).toBe(URL_A);
    expect(article.text).toBe(TEXT);
    expect(article.analysis).toEqual(analyze(TEXT, { corrections: {} }));
    expect(article.html).toContain('Pompeo');
    expect(article.title).toMatch(/Baghdad/);
  });
});

describe('pageSpans', () => {
  it('keys actors by index and claims by index, filtered by kind', () => {
    const analysis = analyze(TEXT);
    const spans = pageSpans(analysis, ['claim']);
    expect(spans.length).toBe(analysis.claims.length);
    expect(spans.every((s, i) => s.key === `c${i}`)).toBe(true);
    expect(pageSpans(analysis, [])).toEqual([]);
  });
});

describe('isEngineRequest', () => {
  it('recognizes only messages addressed to the engine', () => {
    expect(isEngineRequest({ target: 'engine', type: 'forget', tabId: 1 })).toBe(true);
    expect(isEngineRequest({ type: 'save-tab', tabId: 1 })).toBe(false);
    expect(isEngineRequest(null)).toBe(false);
  });
});

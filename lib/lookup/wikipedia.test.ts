import { describe, expect, it } from 'vitest';
import { LookupError, lookupWikipedia } from './wikipedia';

const POMPEO = {
  type: 'standard',
  title: 'Mike Pompeo',
  description: 'American politician and diplomat (born 1963)',
  extract: 'Michael Richard Pompeo is an American retired politician who served as the 70th United States secretary of state.',
  content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Mike_Pompeo' } },
};

function fakeFetch(routes: Record<string, () => Response | Promise<Response>>) {
  const calls: string[] = [];
  const f = async (url: string) => {
    calls.push(url);
    const path = new URL(url).pathname + new URL(url).search;
    for (const [prefix, answer] of Object.entries(routes)) if (path.startsWith(prefix)) return answer();
    return new Response('not found', { status: 404 });
  };
  return { f, calls };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('lookupWikipedia', () => {
  it('returns the summary with its source, link and fetch time', async () => {
    const { f, calls } = fakeFetch({ '/api/rest_v1/page/summary/Mike_Pompeo': () => json(POMPEO) });
    const result = await lookupWikipedia('Mike Pompeo', { fetch: f, now: () => 1234 });
    expect(result).toEqual({
      kind: 'summary',
      summary: {
        title: 'Mike Pompeo',
        description: 'American politician and diplomat (born 1963)',
        text: POMPEO.extract,
        url: 'https://en.wikipedia.org/wiki/Mike_Pompeo',
        source: 'Wikipedia',
        fetchedAt: 1234,
      },
    });
    expect(calls).toEqual(['https://en.wikipedia.org/api/rest_v1/page/summary/Mike_Pompeo?redirect=true']);
  });

  it('keeps the Wikidata item of the page (`wikibase_item`), and only a well-formed one', async () => {
    // Shaped as the REST summary answer is (fields the lookup does not read included); written by hand, no network.
    const answer = {
      ...POMPEO,
      displaytitle: '<span class="mw-page-title-main">Mike Pompeo</span>',
      namespace: { id: 0, text: '' },
      wikibase_item: 'Q473239',
      pageid: 30866140,
      lang: 'en',
      dir: 'ltr',
      description_source: 'local',
      extract_html: '<p><b>Michael Richard Pompeo</b> is an American retired politician…</p>',
    };
    const lookup = async (body: unknown) => {
      const { f } = fakeFetch({ '/api/rest_v1/page/summary/': () => json(body) });
      const r = await lookupWikipedia('Mike Pompeo', { fetch: f, now: () => 1 });
      return r.kind === 'summary' ? r.summary : null;
    };
    expect(await lookup(answer)).toMatchObject({ title: 'Mike Pompeo', wikidata: 'Q473239' });
    // No item (a page too new to have one), or something that is not a Q-id: the summary, without an item.
    for (const item of [undefined, '', 'P31', 'Q0123', 'Q42; drop', 42, null]) {
      const summary = await lookup({ ...answer, wikibase_item: item });
      expect(summary?.text).toBe(POMPEO.extract);
      expect(summary).not.toHaveProperty('wikidata');
    }
  });

  it('offers the candidate pages of a disambiguation page, as plain text', async () => {
    const { f } = fakeFetch({
      '/api/rest_v1/page/summary/Georgia': () => json({ ...POMPEO, type: 'disambiguation', title: 'Georgia', extract: 'Georgia may refer to:' }),
      '/w/api.php': () =>
        json({
          query: {
            search: [
              { title: 'Georgia', snippet: 'may refer to' },
              { title: 'Georgia (country)', snippet: 'country in the <span class="searchmatch">Caucasus</span>' },
              { title: 'Georgia (U.S. state)', snippet: 'state in the Southeastern &amp; Southern US' },
            ],
          },
        }),
    });
    expect(await lookupWikipedia('Georgia', { fetch: f })).toEqual({
      kind: 'ambiguous',
      choices: [
        { title: 'Georgia (country)', description: 'country in the Caucasus' },
        { title: 'Georgia (U.S. state)', description: 'state in the Southeastern & Southern US' },
      ],
    });
  });

  it.each([
    ['404', () => new Response('', { status: 404 }), 'not-found'],
    ['a server error', () => new Response('', { status: 503 }), 'http'],
    ['malformed JSON', () => new Response('{"type": "stand', { status: 200 }), 'malformed'],
    ['JSON of the wrong shape', () => json({ hello: 'world' }), 'malformed'],
    ['an empty extract', () => json({ ...POMPEO, extract: '  ' }), 'not-found'],
  ] as const)('turns %s into a LookupError', async (_name, answer, reason) => {
    const { f } = fakeFetch({ '/api/rest_v1/page/summary/': answer });
    const error = await lookupWikipedia('Mike Pompeo', { fetch: f }).catch((e) => e);
    expect(error).toBeInstanceOf(LookupError);
    expect(error.reason).toBe(reason);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('reports being offline', async () => {
    const error = await lookupWikipedia('Mike Pompeo', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'offline' });
  });

  it('gives up on a slow answer', async () => {
    const slow = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const error = await lookupWikipedia('Mike Pompeo', { fetch: slow, timeoutMs: 20 }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'timeout' });
  });
});

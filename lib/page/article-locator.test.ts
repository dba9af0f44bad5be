// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArticle, toRuns } from './article-locator';
import { findArticle, locateArticle } from './article-root';
import { buildTextMap } from './text-map';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages') + '/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The engine's side: a copy parsed from the page's serialization, as the engine document gets it. */
function engineCopy(live: Document): Document {
  return parse(live.documentElement.outerHTML);
}

describe('locateArticle + resolveArticle (engine finds, page resolves)', () => {
  for (const page of ['article.html', 'article-dark.html']) {
    it(`${page}: the live page gets exactly the text that Readability on the live page gives`, () => {
      const live = parse(readFileSync(PAGES + page, 'utf8'));
      const onPage = findArticle(live)!;
      const expected = buildTextMap(onPage.root, { accept: onPage.accept }).text;

      const { locator, text } = locateArticle(engineCopy(live))!;
      expect(locator.method).toBe('readability');
      const resolved = resolveArticle(live, locator);
      expect(resolved.matched).toBe(true);
      expect(resolved.root).toBe(onPage.root);
      expect(buildTextMap(resolved.root, { accept: resolved.accept }).text).toBe(expected);
      // The engine read the same text in its copy, so the page can paint its spans without sending its text back.
      expect(text).toBe(expected);
      expect(expected).toContain('Pompeo');
      expect(expected).not.toContain('Related Articles');
    });
  }

  it('counts <noscript> as the live page holds it (text), not as the engine parser does (elements)', () => {
    const html = readFileSync(PAGES + 'article.html', 'utf8').replace(
      '<article',
      '<noscript><div><img src="a.png"><p>Enable JavaScript</p></div></noscript><article',
    );
    const live = parse(html);
    // A live page runs with scripting on: its <noscript> holds one text node.
    for (const ns of Array.from(live.getElementsByTagName('noscript'))) ns.textContent = ns.innerHTML;
    const copy = parse(html); // the engine's parser has scripting off: the <noscript> holds elements
    expect(copy.querySelector('noscript p')).not.toBeNull();
    const resolved = resolveArticle(live, locateArticle(copy)!.locator);
    expect(resolved.matched).toBe(true);
    const onPage = findArticle(live)!;
    expect(resolved.root).toBe(onPage.root);
    expect(buildTextMap(resolved.root, { accept: resolved.accept }).text).toBe(buildTextMap(onPage.root, { accept: onPage.accept }).text);
  });

  it('falls back to the main landmark when the live page does not match the copy', () => {
    const live = parse(readFileSync(PAGES + 'article.html', 'utf8'));
    const { locator } = locateArticle(engineCopy(live))!;
    // The page changed between serializing and resolving: an element appears before the article.
    live.body.prepend(live.createElement('div'));
    const resolved = resolveArticle(live, locator);
    expect(resolved.matched).toBe(false);
    expect(resolved.method).toBe('fallback');
  });

  it('a page with no article gets the fallback locator, resolved to the same element', () => {
    const live = parse('<html><body><main><h2>Scores</h2><ul><li>One</li><li>Two</li></ul></main><footer>f</footer></body></html>');
    const { locator } = locateArticle(engineCopy(live))!;
    expect(locator.method).toBe('fallback');
    expect(locator.readerable).toBe(false);
    const resolved = resolveArticle(live, locator);
    expect(resolved).toMatchObject({ matched: true, method: 'fallback' });
    expect(resolved.root.tagName).toBe('MAIN');
  });
});

describe('toRuns', () => {
  it('packs sorted indices into [start, end) runs', () => {
    expect(toRuns([])).toEqual([]);
    expect(toRuns([0, 1, 2, 5, 7, 8])).toEqual([[0, 3], [5, 6], [7, 9]]);
  });
});

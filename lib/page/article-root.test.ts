// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from './article-root';
import { declaredLanguage } from './language';
import { buildTextMap } from './text-map';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages') + '/';
const SAMPLE = resolve(import.meta.dirname, '../../../shared/corpus/sample-pompeo-baghdad.txt');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(PAGES + name, 'utf8'), 'text/html');
}
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Paragraphs of the sample article (the user's file; the headline and the trailing "Related Articles" line excluded). */
function sampleParagraphs(): string[] {
  const blocks = readFileSync(SAMPLE, 'utf8').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
  expect(blocks[0]).toBe('US pressures Baghdad over Iran-backed militias');
  expect(blocks[blocks.length - 1]).toBe('Related Articles');
  return blocks.slice(1, -1);
}

// Text of the page chrome, written here by hand from the fixture (none of it may reach the analysed text).
const CHROME = [
  'The Daily Ledger', 'International edition', 'Politics', 'Technology', 'Trending', 'Joe Biden', 'Theresa May',
  'Facebook', 'Email', 'Related Articles', 'Angela Merkel', 'Emmanuel Macron', 'Boris Johnson', 'Vladimir Putin',
  'Xi Jinping', 'Benjamin Netanyahu', 'Comments', 'Robert Henley', 'Hassan Rouhani', 'John Bolton', 'Maria Gonzales',
  'Nancy Pelosi', 'Tom Baxter', 'Colin Powell', 'About us', 'Privacy policy', 'Laura Kensington', 'All rights reserved',
  'By Staff Reporters',
];

describe('findArticle on the news fixture', () => {
  for (const page of ['article.html', 'article-dark.html']) {
    it(`${page}: every sample paragraph in, no nav / related / comments / footer text`, () => {
      const doc = load(page);
      const found = findArticle(doc)!;
      expect(found).not.toBeNull();
      expect(found.readerable).toBe(true);
      expect(found.method).toBe('readability');
      const text = buildTextMap(found.root, { accept: found.accept }).text;
      const paragraphs = sampleParagraphs();
      expect(paragraphs).toHaveLength(11);
      for (const p of paragraphs) expect(text).toContain(p);
      // paragraphs stay separate
      expect(text).toContain('according to two Iraqi security sources.\n\nHe told');
      for (const chrome of CHROME) expect(text, chrome).not.toContain(chrome);
    });
  }

  it('returns the LIVE element and metadata', () => {
    const doc = load('article.html');
    const found = findArticle(doc)!;
    expect(found.root.ownerDocument).toBe(doc);
    expect(found.root.isConnected).toBe(true);
    expect(doc.body.contains(found.root)).toBe(true);
    expect(found.root.querySelector('[data-dramatis-ri]')).toBeNull(); // the live page is not marked
    expect(found.title).toBe('US pressures Baghdad over Iran-backed militias');
    expect(found.lang).toBe('en');
    expect(found.siteName).toBe('The Daily Ledger');
    expect(found.publishedTime).toBe('2019-05-22T09:14:00Z');
    expect(found.canonicalUrl).toBe('https://www.dailyledger.example/world/middle-east/2019/05/us-pressures-baghdad-over-iran-backed-militias');
  });

  it('does not change the live document', () => {
    const doc = load('article.html');
    const before = doc.documentElement.outerHTML;
    findArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('findArticle: widgets inside the article container are filtered out', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n}: the minister said on Tuesday that talks with the neighbouring government would continue, and officials, who asked not to be named, described the meeting as difficult but useful for both sides in the long dispute.</p>`;
  const html = `<html><body><div id="page"><article id="story"><h1>Talks continue</h1>
    ${para(1)}${para(2)}
    <div class="share-tools social"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
    ${para(3)}${para(4)}
    <div class="related-articles"><h3>More stories</h3><ul><li><a href="/a">Angela Merkel visits Rome</a></li><li><a href="/b">Boris Johnson in Dublin</a></li></ul></div>
    ${para(5)}
    <p>Paragraph 6 has <a href="javascript:void(0)">a script link</a> and <a href="/x">a normal link</a> and <span class="share-count">37 shares</span> in it, so that Readability rewrites the first and drops the last, and we can check what the text keeps.</p>
    <div id="comments" class="comments"><h3>Comments</h3><div class="comment"><b>Robert Henley</b><p>Typical of Hassan Rouhani.</p></div></div>
    </article></div></body></html>`;

  it('keeps the paragraphs (and link text), drops share, related and comments', () => {
    const found = findArticle(parse(html))!;
    expect(found.method).toBe('readability');
    const text = buildTextMap(found.root, { accept: found.accept }).text;
    for (let n = 1; n <= 5; n++) expect(text).toContain(`Paragraph ${n}: the minister said`);
    expect(text).toContain('Paragraph 6 has a script link and a normal link and in it, so that');
    for (const s of ['Share on Facebook', 'Tweet this', 'More stories', 'Angela Merkel', 'Boris Johnson', 'Robert Henley', 'Hassan Rouhani']) {
      expect(text, s).not.toContain(s);
    }
  });
});

describe('findArticle: other pages', () => {
  it('a shop page is not readerable; the fallback root still has its text, without header/nav/footer', () => {
    const found = findArticle(load('not-article.html'))!;
    expect(found.readerable).toBe(false);
    const text = buildTextMap(found.root, { accept: found.accept }).text;
    expect(text).toContain('Alpine Down Jacket');
    expect(text).not.toContain('Sign in');
    expect(text).not.toContain('Free shipping');
  });

  it('the French article is found; its declared language is missing or fr', () => {
    const noLang = findArticle(load('french.html'))!;
    expect(noLang.readerable).toBe(true);
    expect(noLang.lang).toBeNull();
    expect(buildTextMap(noLang.root, { accept: noLang.accept }).text).toContain('Le président Emmanuel Macron a accueilli dimanche');
    expect(findArticle(load('french-lang.html'))!.lang).toBe('fr');
  });

  it('an empty body gives a fallback with no text', () => {
    const found = findArticle(parse('<html><body></body></html>'))!;
    expect(found.method).toBe('fallback');
    expect(buildTextMap(found.root, { accept: found.accept }).text).toBe('');
  });
});

describe('declaredLanguage', () => {
  const cases: [string, string | null][] = [
    ['<html lang="en-GB"><head></head><body></body></html>', 'en-gb'],
    ['<html><head><meta property="og:locale" content="fr_FR"></head><body></body></html>', 'fr-fr'],
    ['<html><head><meta http-equiv="Content-Language" content="de"></head><body></body></html>', 'de'],
    ['<html><head></head><body></body></html>', null],
  ];
  for (const [html, expected] of cases) it(String(expected), () => expect(declaredLanguage(parse(html))).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import { extractWithReport } from './extract';
import { parseHtml } from './from-html';
import { CLEANUP_GUARD, cleanNoise } from './guard';
import type { NoiseRule } from './noise-rules';

const para = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} on ${topic}: the harbour board met on Tuesday, and its chair said the strike would cost the port millions each week it went on.</p>`).join('');

describe('cleanNoise: the guard', () => {
  const rules: NoiseRule[] = [{ id: 'promo', classId: /promo/, reason: 'test rule' }];

  it('removes noise that is a small part of the text', () => {
    const root = parseHtml(`<body><div id="r">${para(4, 'the strike')}<div class="promo">Read our other stories</div></div></body>`).getElementById('r')!;
    const out = cleanNoise(root, rules);
    expect(out.guarded).toBeNull();
    expect(out.removed).toEqual([{ rule: 'promo', chars: 'Read our other stories'.length }]);
    expect(root.querySelector('.promo')).toBeNull();
  });

  it('removes nothing when the rules would take most of the text', () => {
    const root = parseHtml(`<body><div id="r"><p>Intro.</p><div class="promo">${para(4, 'the strike')}</div></div></body>`).getElementById('r')!;
    const before = root.textContent;
    const out = cleanNoise(root, rules);
    expect(out).toEqual({ removed: [], guarded: CLEANUP_GUARD.id });
    expect(root.textContent).toBe(before);
  });

  it('adds up the hits: several rules that together take most of the text are all held back', () => {
    const root = parseHtml(
      `<body><div id="r"><p>Intro.</p><div class="promo">${para(2, 'one')}</div><p>Middle.</p><div class="promo">${para(2, 'two')}</div></div></body>`,
    ).getElementById('r')!;
    expect(cleanNoise(root, rules).guarded).toBe(CLEANUP_GUARD.id);
    expect(root.querySelectorAll('.promo')).toHaveLength(2);
  });
});

describe('extractArticle never returns less than Readability alone', () => {
  const page = (article: string, rest = '') =>
    `<html><head><title>Port strike</title></head><body><header><a href="/">Home</a> <a href="/news">News</a></header>${article}${rest}<footer>Footer text, contact us, terms of use.</footer></body></html>`;

  it('an article that sits in a box a rule takes for noise (class "story-promo") is kept whole', () => {
    // The related-class rule matches the wrapper before Readability (so Readability would pick something else) and
    // after it (where it would remove most of the text): both guards keep the article.
    const html = page(`<div class="story-promo"><h1>Port strike</h1>${para(6, 'the strike')}</div>`, '<aside><p>Weather: sunny.</p></aside>');
    const out = extractWithReport(parseHtml(html), 'https://news.example/a')!;
    expect(out.article.text).toContain('Paragraph 1 on the strike');
    expect(out.article.text).toContain('Paragraph 6 on the strike');
  });

  it('a page wrapped in one <form> (ASP.NET) keeps its article', () => {
    const html = page(`<form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" value="x"><article><h1>Port strike</h1>${para(8, 'the strike')}</article></form>`);
    const out = extractWithReport(parseHtml(html), 'https://news.example/a')!;
    expect(out.article.text).toContain('Paragraph 1 on the strike');
    expect(out.article.text).toContain('Paragraph 8 on the strike');
  });

  it('a rule that matches every paragraph removes nothing (guard), and says so', () => {
    const rules: NoiseRule[] = [{ id: 'every-p', selector: 'p', afterReadability: true, reason: 'a bad rule' }];
    const out = extractWithReport(parseHtml(page(`<article><h1>Port strike</h1>${para(8, 'the strike')}</article>`)), 'https://news.example/a', { rules })!;
    expect(out.cleanup.after.guarded).toBe(CLEANUP_GUARD.id);
    expect(out.article.text.match(/Paragraph \d on the strike/g)).toHaveLength(8);
  });

  it('control: real noise next to a long article is still removed', () => {
    const html = page(
      `<article><h1>Port strike</h1>${para(8, 'the strike')}<div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Ferry fares rise</a></li></ul></div></article>`,
    );
    const out = extractWithReport(parseHtml(html), 'https://news.example/a')!;
    expect(out.article.text).toContain('Paragraph 8 on the strike');
    expect(out.article.text).not.toContain('Ferry fares rise');
    expect(out.cleanup.fallback).toBeNull();
    expect(out.cleanup.before.guarded ?? out.cleanup.after.guarded).toBeNull();
  });

  it('the output HTML carries no class names (they were kept only for the rules)', () => {
    const html = page(`<article class="story"><h1>Port strike</h1><div class="body-copy">${para(8, 'the strike')}</div></article>`);
    expect(extractWithReport(parseHtml(html), 'https://news.example/a')!.article.html).not.toMatch(/class=/);
  });
});

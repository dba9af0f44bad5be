import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, cleanByline, extractArticle } from './extract';
import { extractFromHtml, parseHtml } from './from-html';
import { matchNoise, NOISE_RULES } from './noise-rules';
import { buildTextMap } from '../page/text-map';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8');

describe('extractArticle on the hand-made fixture pages', () => {
  it.each([
    ['harbour-strike', { title: 'Dockworkers walk out at Port Calloway as talks collapse', byline: 'Priya Nandakumar', site: 'The Coastal Ledger', published: '2025-03-14T07:30:00Z' }],
    ['library-longread', { title: 'The last card catalogue: inside the library that refused to go digital', byline: 'Elena Varga', site: 'Meridian Magazine', published: '2024-11-02' }],
    ['council-budget', { title: 'Council approves budget with cuts to bus routes, library hours', byline: 'Sam Okafor', site: 'Riverside Weekly', published: '2025-06-05T18:12:00+00:00' }],
    ['comet-science', { title: "Amateur astronomers spot a comet's second tail", byline: null, site: 'Skyward News', published: '2025-08-21' }],
    ['rail-tunnel', { title: 'Engineers find cracks in 150-year-old rail tunnel', byline: null, site: 'Northvale Broadcasting', published: '2025-09-30T11:05:22.000Z' }],
    ['vineyard-frost', { title: "Late frost wipes out half of valley's grape harvest", byline: 'Rafaela Costa | Staff writer', site: 'Valley Courier', published: '2025-05-02T06:00:00Z' }],
  ])('%s: metadata, and the text is exactly the hand-written body', (name, meta) => {
    const out = extractFromHtml(fixture(`${name}.html`), `https://news.example/${name}`);
    expect(out).not.toBeNull();
    expect({ title: out!.title, byline: out!.byline, site: out!.site, published: out!.published }).toEqual(meta);
    expect(out!.text).toBe(fixture(`${name}.txt`).trim());
  });

  it('does not modify the document it reads', () => {
    const doc = parseHtml(fixture('harbour-strike.html'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://news.example/x');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('sanitizes the HTML: no scripts, handlers, javascript: links, forms or styles', () => {
    const body = '<p>' + 'A long enough paragraph about the harbour strike and its effects on trade. '.repeat(12) + '</p>';
    const html = `<html><body><article><h1>T</h1>${body}<p>Hi <img src="x.png" onerror="alert(1)"> <a href="javascript:alert(2)">link</a> <a href="https://ok.example/" onclick="steal()">ok</a> <span style="color:red">red</span></p><script>alert(3)</script>${body}</article></body></html>`;
    const out = extractFromHtml(html, 'https://news.example/a')!;
    expect(out.html).not.toMatch(/onerror|onclick|javascript:|<script|style=/i);
    expect(out.html).toContain('<img src="https://news.example/x.png">'); // relative URLs resolved against the page
    expect(out.html).toContain('<a href="https://ok.example/">ok</a>');
    expect(out.text).toContain('Hi link ok red');
  });

  it('returns null when there is no article', () => {
    expect(extractFromHtml('<html><body></body></html>')).toBeNull();
  });
});

describe('noise rules', () => {
  const el = (html: string) => parseHtml(`<body>${html}</body>`).body.firstElementChild!;
  const longBody = 'The council met on Tuesday to discuss the harbour budget and the new bus routes for the town. '.repeat(20);
  it.each([
    ['<figcaption>A crane. Photo: X</figcaption>', 'figcaption'],
    ['<p class="caption">Residents at the meeting.</p>', 'caption-class'],
    ['<span class="photo-credit">Photograph: A. B.</span>', 'caption-class'],
    ['<div class="share-tools"><a>Facebook</a><a>X</a></div>', 'share-class'],
    ['<div><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', 'share-text'],
    ['<div class="newsletter-box"><p>Get the news.</p></div>', 'newsletter-class'],
    ['<p><em>Sign up for our newsletter and get it in your inbox.</em></p>', 'newsletter-text'],
    ['<aside class="related-stories"><h2>Related</h2><ul><li><a>Other story</a></li></ul></aside>', 'related-class'],
    ['<aside><h4>You may also like</h4><ul><li><a href="/a">A story about meteors</a></li></ul></aside>', 'related-heading'],
    ['<p><strong>Read more:</strong> <a href="/x">How automation changed the port</a></p>', 'read-more-line'],
    ['<div><p>Story continues below advertisement</p></div>', 'ad-label'],
    ['<div class="author-bio"><p>Elena is a writer.</p></div>', 'author-bio'],
    ['<span class="image-copyright">Network Rail</span>', 'caption-class'],
    ['<span role="text">Image caption, The northern portal</span>', 'caption-text'],
    ['<div data-component="byline-block"><span>Tomasz Wren</span></div>', 'byline-block'],
    ['<ul><li><a>Share</a></li><li><a>Save</a></li></ul>', 'share-text'],
    ['<section><h2>Follow Northvale News</h2><p>Follow us on Facebook and X.</p></section>', 'follow-us'],
    ['<p>Asked about the photo caption, the minister said nothing.</p>', null],
    ['<p>"Follow us on this path," the guide told the group, pointing up the hill.</p>', null],
    // kept: body text that only looks like noise
    ['<p>Millions of people subscribe to streaming services, the regulator said, and prices keep rising.</p>', null],
    ['<p>The company said its newsletter business grew by a third last year.</p>', null],
    ['<p>Related: the two cases share a judge, lawyers said.</p>', null],
    [`<div class="share-content"><p>${longBody}</p></div>`, null],
    [`<div class="related"><p>${longBody}</p></div>`, null],
    ['<p>Advertisement revenue fell by 12 per cent in the quarter.</p>', null],
    // link lists Readability kept, copyright notices, date-only lines
    ['<ul><li><a href="/w">World</a></li><li><a href="/s">Sport</a></li><li><a href="/b">Business</a></li></ul>', 'link-list'],
    ['<p><a href="/1">Ferry fares rise</a> | <a href="/2">Bridge shut</a> | <a href="/3">Port sold</a></p>', 'link-list'],
    ['<p>© 2008 The Associated Press. All rights reserved.</p>', 'copyright-line'],
    ['<p>Copyright 2008 by Hersam Acorn Newspapers</p>', 'copyright-line'],
    ['<p>Saturday, December 29, 2007</p>', 'date-line'],
    ['<div>UPDATED: 9:48 am EST January 4, 2008</div>', 'date-line'],
    ['<p>Copyright lawyers said the ruling would change how music is sold online.</p>', null],
    ['<p>On January 4, 2008, the council met to approve the harbour budget.</p>', null],
    ['<p>Ministers from <a href="/f">France</a>, <a href="/g">Germany</a> and <a href="/i">Italy</a> met in Brussels on Monday to talk.</p>', null],
    ['<ul><li>Arsenal 3</li><li>Chelsea 1</li><li>Liverpool 2</li></ul>', null],
    ['<p>See <a href="/a">the report</a>.</p>', null],
    // bylines, credits, contact lines, digit dates, tags and tool labels that Readability keeps (seen on the L3S dev half)
    ['<p>By JEFF KAROUB</p>', 'byline-text'],
    ['<div>By: Murray Brewster, THE CANADIAN PRESS</div>', 'byline-text'],
    ['<p>By Tuesday, the council had voted.</p>', null],
    ['<p>By the end of March 2008</p>', null],
    ['<span>The Associated Press</span>', 'credit-line'],
    ['<p>Article from: Agence France-Presse</p>', 'credit-line'],
    ['<b>(AP)</b>', 'credit-line'],
    ['<p>AP White House Correspondent</p>', 'post-line'],
    ['<p>Staff writer</p>', 'post-line'],
    ['<p>He is a correspondent</p>', null],
    ['<p>jbotchford@png.canwest.com</p>', 'contact-line'],
    ['<p>Staff writer Elena Varga can be reached at evarga@ledger.example or (504) 826-3393.</p>', 'contact-line'],
    ['<p>Jayda Evans: 206-464-2067 or jevans@seattletimes.com</p>', 'contact-line'],
    ['<p>Write to the council at budget@riverside.example before Friday.</p>', null],
    ['<div>2008-01-12 11:31:01 -</div>', 'numeric-date-line'],
    ['<span>1/7/2008, 6:30 p.m. EST</span>', 'numeric-date-line'],
    ['<span>08/01 13:27 CET</span>', 'numeric-date-line'],
    ['<span>1.5</span>', null],
    ['<span>3/4</span>', null],
    ['<p>January 08, 2008 10:28pm</p>', 'date-line'],
    ['<p>Tags: sport, tennis, india</p>', 'tags-line'],
    ['<p>Some information for this report was provided by AFP and AP.</p>', 'contributors-line'],
    ['<p><i>Reuters and The Associated Press contributed to this report.</i></p>', 'contributors-line'],
    ['<p>Information from the Associated Press was used in this report.</p>', 'contributors-line'],
    ['<p>Some information in this report came from interviews with three former ministers, who spoke on Monday in Warsaw and asked not to be named because the talks are secret.</p>', null],
    ['<p>He contributed to the report on the harbour budget.</p>', null],
    ['<p>(Editing by Pritha Sarkar)</p>', 'contributors-line'],
    ['<p>(Reporting by Jo Li in Beijing; Writing by Sam Ray; Editing by Ed Lane)</p>', 'contributors-line'],
    ['<p>Editing by hand took the monks eleven years, the abbot said.</p>', null],
    ['<p>Disclaimer: This news article is copyrighted by Associated Press and published by PR-inside.com.</p>', 'disclaimer-line'],
    ['<p>The disclaimer: the fund may lose money, the bank said.</p>', null],
    ['<font><li><a href="/1">Top Stories</a></li><li><a href="/2">National</a></li><li><a href="/3">Sport</a></li></font>', 'link-list'],
    ['<div>Email</div>', 'tool-label'],
    ['<p>Font size:</p>', 'tool-label'],
    ['<p>Email addresses of 4,000 customers were stolen.</p>', null],
    // forms: a search box or comment form goes, a page wrapped in one <form> (ASP.NET) does not
    ['<form action="/search"><label>Search the site</label><input name="q"></form>', 'form'],
    ['<button>Load more</button>', 'controls'],
    [`<form id="aspnetForm" method="post"><div class="story"><p>${longBody}</p></div></form>`, null],
  ])('%s -> %s', (html, rule) => {
    expect(matchNoise(el(html))?.id ?? null).toBe(rule);
  });
});

describe('the noise rules as data', () => {
  it('each rule has a unique id, a reason, and at least one condition beyond its tags', () => {
    const ids = NOISE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of NOISE_RULES) {
      expect(r.reason.length, r.id).toBeGreaterThan(20);
      expect(Boolean(r.selector || r.classId || r.text || r.heading || r.minLinkDensity), r.id).toBe(true);
    }
  });

  it('a rule switched off (as the bench does with --without) no longer matches', () => {
    const form = parseHtml('<body><form action="/search"><label>Search the site</label><input name="q"></form></body>').body.firstElementChild!;
    expect(matchNoise(form)?.id).toBe('form');
    expect(matchNoise(form, NOISE_RULES.filter((r) => r.id !== 'form'))).toBeNull();
  });
});

describe('helpers', () => {
  it('blockText separates blocks by a blank line and folds inline whitespace', () => {
    const body = parseHtml('<body><h2>Head</h2><p>One\n  <b>two</b></p><ul><li>a</li><li>b<br>c</li></ul></body>').body;
    expect(blockText(body)).toBe('Head\n\nOne two\n\na\n\nb\n\nc');
  });

  it('blockText splits where the page text map splits: chips, cells, role items; prose links stay inline', () => {
    const html =
      '<body><div class="tags"><a href="/pl">Premier League</a><a href="/a">Arsenal</a> <a href="/l">Liverpool</a></div>' +
      '<table><tr><td>Arsenal</td><td>3</td></tr></table><div role="row"><span role="cell">Liverpool</span><span role="cell">1</span></div>' +
      '<p>The <a href="/x">State</a> <em>Department</em> said.</p></body>';
    const body = parseHtml(html).body;
    const expected = 'Premier League\n\nArsenal\n\nLiverpool\n\nArsenal\n\n3\n\nLiverpool\n\n1\n\nThe State Department said.';
    expect(blockText(body)).toBe(expected);
    expect(buildTextMap(body).text).toBe(expected);
  });

  it.each([
    ['Words by Elena Varga', 'Elena Varga'],
    ['By  Priya Nandakumar', 'Priya Nandakumar'],
    ['Byron Katz', 'Byron Katz'],
    ['', null],
  ])('cleanByline(%j) = %j', (input, expected) => {
    expect(cleanByline(input)).toBe(expected);
  });
});

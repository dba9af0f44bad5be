import { describe, expect, it } from 'vitest';
import { parseHtml } from './from-html';
import { removeHeadline, titleCandidates, words } from './headline';

const body = '<p>The harbour board met on Tuesday, and its chair said the strike would cost the port millions each week it went on.</p>';

describe('the headline inside the text', () => {
  it('words: lower-cased letter and digit runs', () => {
    expect(words("Bush: 'No deal' in 2008")).toBe('bush no deal in 2008');
  });

  it('titles: the h1, og:title and <title> with its parts (site names cut off); one-word titles are not used', () => {
    const doc = parseHtml(
      '<html><head><title>Dockworkers walk out at Port Calloway - The Coastal Ledger</title><meta property="og:title" content="Port strike begins"></head><body><h1>Sport</h1></body></html>',
    );
    const t = titleCandidates(doc, null);
    expect(t.has('dockworkers walk out at port calloway the coastal ledger')).toBe(true);
    expect(t.has('dockworkers walk out at port calloway')).toBe(true);
    expect(t.has('the coastal ledger')).toBe(true);
    expect(t.has('port strike begins')).toBe(true);
    expect(t.has('sport')).toBe(false);
  });

  it('removes a block that repeats the headline (a <div> or <td>, where Readability only drops h1/h2)', () => {
    const doc = parseHtml(
      `<html><head><title>Chelsea hoping to sign Anelka before weekend | Sport</title></head><body><div id="r"><div><font size="4">Chelsea hoping to sign Anelka before weekend</font></div>${body}</div></body></html>`,
    );
    const root = doc.getElementById('r')!;
    expect(removeHeadline(root, titleCandidates(doc, null)).headline).toEqual(['Chelsea hoping to sign Anelka before weekend']);
    expect(root.textContent).not.toContain('Anelka');
    expect(root.textContent).toContain('harbour board');
  });

  it('keeps a paragraph that only contains the headline words among others, and a body without a title match', () => {
    const doc = parseHtml(
      `<html><head><title>Port strike begins</title></head><body><div id="r"><p>Port strike begins: what it means for ferries.</p>${body}</div></body></html>`,
    );
    const root = doc.getElementById('r')!;
    expect(removeHeadline(root, titleCandidates(doc, null)).headline).toEqual([]);
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('a part of <title> needs three words: "Obama: We win" does not make "We win." a headline', () => {
    const doc = parseHtml(`<html><head><title>Obama: We win</title></head><body><div id="r"><p>We win.</p>${body}</div></body></html>`);
    const root = doc.getElementById('r')!;
    expect(removeHeadline(root, titleCandidates(doc, null)).headline).toEqual([]);
  });

  describe('what Readability kept above the headline', () => {
    const crumbs = '<div><a href="/">Home</a> &gt; <a href="/s">Sport</a> &gt; <a href="/s/f">Soccer</a></div><p>Saturday, December 29, 2007</p>';
    const page = (above: string, below: string) =>
      parseHtml(`<html><head><title>Chelsea hoping to sign Anelka before weekend | Sport</title></head><body><div id="r">${above}<table><tr><td><b>Chelsea hoping to sign Anelka before weekend</b></td></tr></table>${below}</div></body></html>`);

    it('is cut, at every level, when the story after the headline is longer (breadcrumbs and a date line)', () => {
      const doc = page(crumbs, body + body);
      const root = doc.getElementById('r')!;
      const cut = removeHeadline(root, titleCandidates(doc, null));
      expect(cut.headline).toEqual(['Chelsea hoping to sign Anelka before weekend']);
      // "Home > Sport > Soccer" (21 characters) and "Saturday, December 29, 2007" (27)
      expect(cut.before).toBe(48);
      expect(root.textContent).not.toContain('Soccer');
      expect(root.textContent).not.toContain('December');
      expect(root.querySelectorAll('p').length).toBe(2);
    });

    it('is kept when it is longer than the text after the headline (the headline is not where the story starts)', () => {
      const doc = page(body + body, '<p>More on this soon.</p>');
      const root = doc.getElementById('r')!;
      const cut = removeHeadline(root, titleCandidates(doc, null));
      expect(cut.headline).toEqual(['Chelsea hoping to sign Anelka before weekend']);
      expect(cut.before).toBe(0);
      expect(root.querySelectorAll('p').length).toBe(3);
    });

    it('is kept with keepBefore', () => {
      const doc = page(crumbs, body + body);
      const root = doc.getElementById('r')!;
      expect(removeHeadline(root, titleCandidates(doc, null), { keepBefore: true }).before).toBe(0);
      expect(root.textContent).toContain('Soccer');
    });
  });
});

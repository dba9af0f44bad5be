// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS } from '@/lib/page/paint';
import { MARK_DECLARATIONS } from '@/lib/page/mark-styles';
import { LEGEND, Legend } from './legend';

afterEach(cleanup);

describe('Legend', () => {
  it('compact: five entries, each a shape and a word, painted like the page paints that kind', () => {
    const { container } = render(<Legend />);
    const items = within(screen.getByRole('list', { name: 'Key to the marks' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Person', 'Organization', 'Place', 'Named source', 'Unnamed source']);
    // A shape for every entry (not colour alone), hidden from screen readers since the word says the same.
    const glyphs = [...container.querySelectorAll('svg.dr-glyph')];
    expect(glyphs.map((g) => g.getAttribute('class')!.split(' ')[1])).toEqual([
      'dr-glyph--person',
      'dr-glyph--organization',
      'dr-glyph--place',
      'dr-glyph--claim-named',
      'dr-glyph--claim-anonymous',
    ]);
    for (const g of glyphs) expect(g.getAttribute('aria-hidden')).toBe('true');
    const samples = [...container.querySelectorAll<HTMLElement>('.dr-mark-sample')];
    expect(samples[0].style.backgroundColor.replace(/\s/g, '')).toBe('rgba(255,179,0,0.34)');
    expect(samples[3].getAttribute('style')).toContain('solid');
    expect(samples[4].getAttribute('style')).toContain('wavy');
  });

  it('full: a sentence for each kind, under an optional heading', () => {
    render(<Legend variant="full" title="What the marks look like" />);
    expect(screen.getByRole('heading', { name: 'What the marks look like' })).toBeTruthy();
    for (const e of LEGEND) expect(screen.getByText(e.meaning)).toBeTruthy();
  });

  it('the page and the key share their declarations: every legend entry has its ::highlight rule with the same values', () => {
    for (const e of LEGEND) {
      const rule = HIGHLIGHT_CSS.split('\n').find((l) => l.startsWith(`::highlight(dramatis-${e.kind})`))!;
      for (const [prop, value] of Object.entries(MARK_DECLARATIONS[e.kind])) expect(rule).toContain(`${prop}: ${value};`);
    }
  });

  it('named and anonymous claims differ in shape, not only colour (solid vs wavy), and actors are filled, never underlined (a place’s second channel is a line above)', () => {
    const line = (k: 'claim-named' | 'claim-anonymous') => MARK_DECLARATIONS[k]['text-decoration'].split(' ')[1];
    expect(line('claim-named')).toBe('solid');
    expect(line('claim-anonymous')).toBe('wavy');
    for (const k of ['person', 'organization', 'place'] as const) {
      expect(MARK_DECLARATIONS[k]['background-color']).toMatch(/^rgba\(/);
      expect(MARK_DECLARATIONS[k]['text-decoration'] ?? '').not.toMatch(/underline/);
    }
  });
});

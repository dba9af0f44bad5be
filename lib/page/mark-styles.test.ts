import { describe, expect, it } from 'vitest';
import { contrastRatio, DEFICIENCIES, over, parseRgba, seenDifference, type Rgb } from './colour-vision';
import { MARK_DECLARATIONS, markCss, markStyle, type MarkKind } from './mark-styles';

/** Pages the marks are painted on: a plain light and a plain dark news page, and the extension's own dark pages. */
const PAGES: { name: string; background: Rgb; text: Rgb }[] = [
  { name: 'light page (#fff, text #333)', background: [255, 255, 255], text: [0x33, 0x33, 0x33] },
  { name: 'dark page (#121212, text #ddd)', background: [0x12, 0x12, 0x12], text: [0xdd, 0xdd, 0xdd] },
  { name: 'dark extension page (#17191e, text #e8eaee)', background: [0x17, 0x19, 0x1e], text: [0xe8, 0xea, 0xee] },
];
const ACTORS: MarkKind[] = ['person', 'organization', 'place'];
/** Side by side, ΔE2000 above about 10 is an obvious difference; a kind recognised alone on a page needs more. */
const MIN_APART = 20;

const fill = (kind: MarkKind) => parseRgba(MARK_DECLARATIONS[kind]['background-color']);
/** "overline dotted" from "overline dotted rgb(…) 2px" ('' for no line). */
function lineOf(kind: MarkKind): string {
  const d = MARK_DECLARATIONS[kind]['text-decoration'];
  return d ? d.replace(/rgba?\([^)]*\)/, '').replace(/\b\d+(\.\d+)?px\b/, '').replace(/\s+/g, ' ').trim() : '';
}
function lineColour(kind: MarkKind): Rgb | undefined {
  const m = /rgba?\([^)]*\)/.exec(MARK_DECLARATIONS[kind]['text-decoration'] ?? '');
  return m ? (parseRgba(m[0]).slice(0, 3) as unknown as Rgb) : undefined;
}

describe('mark styles', () => {
  it('people, organizations and places stay apart for every colour vision: ΔE2000 >= 20 between fills, or a different line', () => {
    const failures: string[] = [];
    for (const page of PAGES)
      for (const deficiency of DEFICIENCIES)
        for (let i = 0; i < ACTORS.length; i++)
          for (let j = i + 1; j < ACTORS.length; j++) {
            const [a, b] = [ACTORS[i], ACTORS[j]];
            if (lineOf(a) !== lineOf(b)) continue;
            const d = seenDifference(over(fill(a), page.background), over(fill(b), page.background), deficiency);
            if (d < MIN_APART) failures.push(`${a}/${b}, ${deficiency}, ${page.name}: ΔE ${d.toFixed(1)}`);
          }
    expect(failures).toEqual([]);
  });

  it('the test can fail: the old bluish-green place fill without its line was ΔE 4 from organizations under tritanopia', () => {
    const oldPlace = parseRgba('rgba(20, 170, 110, 0.34)');
    const d = seenDifference(over(oldPlace, PAGES[0].background), over(fill('organization'), PAGES[0].background), 'tritanopia');
    expect(d).toBeLessThan(MIN_APART);
  });

  it('the place line is not an underline (a highlight cannot offset it: it would sit on a claim underline)', () => {
    expect(lineOf('place')).toBe('overline dotted');
    expect(lineOf('claim-named')).toMatch(/^underline solid/);
    expect(lineOf('claim-anonymous')).toMatch(/^underline wavy/);
  });

  it('text over every actor fill keeps WCAG AA contrast (4.5:1) on light and dark pages', () => {
    for (const page of PAGES)
      for (const kind of ACTORS) expect(contrastRatio(over(fill(kind), page.background), page.text), `${kind} on ${page.name}`).toBeGreaterThanOrEqual(4.5);
  });

  it("the place's dotted line keeps 3:1 against light and dark pages (WCAG non-text contrast)", () => {
    const line = lineColour('place')!;
    for (const page of PAGES) expect(contrastRatio(line, page.background), page.name).toBeGreaterThanOrEqual(3);
  });

  it('the same declarations serve the page (CSS text) and the legend and reader (React style)', () => {
    expect(markCss('place')).toBe('background-color: rgba(69, 122, 31, 0.30); text-decoration: overline dotted rgb(60, 140, 40) 2px;');
    expect(markStyle('place')).toEqual({ backgroundColor: 'rgba(69, 122, 31, 0.30)', textDecoration: 'overline dotted rgb(60, 140, 40) 2px' });
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE2000, DEFICIENCIES, over, parseRgba, seenDifference, simulate, toLab } from './colour-vision';

describe('colour-vision', () => {
  it('CIEDE2000 matches Sharma, Wu & Dalal (2005) test pairs 1, 7 and 17', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });

  it('L*a*b* of white and black', () => {
    const white = toLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 1);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.05);
    expect(toLab([0, 0, 0])[0]).toBeCloseTo(0, 5);
  });

  it('WCAG contrast: black on white is 21, a colour on itself 1, #767676 on white about 4.54', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([40, 90, 200], [40, 90, 200])).toBe(1);
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('a simulation keeps greys grey (each Machado row sums to 1) and "none" changes nothing', () => {
    for (const d of DEFICIENCIES) {
      const [r, g, b] = simulate([128, 128, 128], d);
      for (const c of [r, g, b]) expect(c).toBeCloseTo(128, 0);
    }
    expect(simulate([200, 30, 90], 'none').map(Math.round)).toEqual([200, 30, 90]);
  });

  it('red and green come close under red-green deficiencies, not under tritanopia', () => {
    const red = [200, 60, 40] as const;
    const green = [90, 150, 40] as const;
    const normal = seenDifference(red, green, 'none');
    expect(seenDifference(red, green, 'deuteranopia')).toBeLessThan(normal / 2);
    expect(seenDifference(red, green, 'protanopia')).toBeLessThan(normal / 2);
    expect(seenDifference(red, green, 'tritanopia')).toBeGreaterThan(normal / 2);
  });

  it('blends a translucent fill over a page colour and parses CSS colours', () => {
    expect(over([255, 0, 0, 0.5], [255, 255, 255])).toEqual([255, 127.5, 127.5]);
    expect(parseRgba('rgba(255, 179, 0, 0.34)')).toEqual([255, 179, 0, 0.34]);
    expect(parseRgba('rgb(1,2,3)')).toEqual([1, 2, 3, 1]);
    expect(() => parseRgba('#fff')).toThrow();
  });
});

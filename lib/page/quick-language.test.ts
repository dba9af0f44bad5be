// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { MIN_DETECTOR_CHARS, quickLanguage, sampleText } from './quick-language';

const EN = 'The minister said on Tuesday that the government would present a bill on pensions to parliament next month. ';
const FR = "Le ministre a déclaré mardi que le gouvernement présenterait un projet de loi sur les retraites au parlement le mois prochain. ";
const page = (paragraphs: string[], lang = '') =>
  new DOMParser().parseFromString(`<html${lang ? ` lang="${lang}"` : ''}><body><nav>Home News</nav>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`, 'text/html');

afterEach(() => vi.restoreAllMocks());

type Detection = { isReliable: boolean; languages: { language: string; percentage: number }[] };
const i18n = browser.i18n as unknown as { detectLanguage(text: string): Promise<Detection> };

describe('sampleText', () => {
  it('reads paragraph text only, up to the limit', () => {
    const doc = page([EN, EN, EN]);
    expect(sampleText(doc)).not.toContain('Home News');
    expect(sampleText(doc, 50)).toHaveLength(50);
  });
});

describe('quickLanguage', () => {
  it("uses the browser's detector when it is confident", async () => {
    const detect = vi.spyOn(i18n, 'detectLanguage').mockResolvedValue({ isReliable: true, languages: [{ language: 'fr', percentage: 97 }] });
    expect(await quickLanguage(page([FR, FR]))).toEqual({ english: false, lang: 'fr', decidedBy: 'browser' });
    expect(detect).toHaveBeenCalledOnce();
  });

  it('falls back to the word lists (and the declared language) when the detector is unsure, missing or the sample short', async () => {
    vi.spyOn(i18n, 'detectLanguage').mockResolvedValue({ isReliable: false, languages: [{ language: 'de', percentage: 40 }] });
    expect(await quickLanguage(page([FR, FR]))).toMatchObject({ english: false, lang: 'fr', decidedBy: 'words' });
    vi.spyOn(i18n, 'detectLanguage').mockRejectedValue(new Error('not here'));
    expect(await quickLanguage(page([EN, EN]))).toMatchObject({ english: true, decidedBy: 'words' });
    const detect = vi.spyOn(i18n, 'detectLanguage');
    detect.mockClear();
    const short = 'Bonjour à tous.';
    expect(short.length).toBeLessThan(MIN_DETECTOR_CHARS);
    expect(await quickLanguage(page([short], 'fr'))).toMatchObject({ english: false, lang: 'fr', decidedBy: 'words' });
    expect(detect).not.toHaveBeenCalled();
  });
});

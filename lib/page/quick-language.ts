/**
 * The content script's language check, before anything heavy loads: the browser's own detector (`i18n.detectLanguage`,
 * in Chrome and Firefox) on a sample of the page's paragraphs when it is confident, else our word lists and the
 * declared language (`detectLanguage`). The engine checks again on the whole article text.
 */
import { browser } from 'wxt/browser';
import { detectLanguage } from './language';

/** Characters of paragraph text sampled (enough for a detector, cheap to read). */
export const SAMPLE_CHARS = 3000;
/** Below this many sampled characters the browser's detector is not asked (short samples mislead it). */
export const MIN_DETECTOR_CHARS = 200;

/** Text of the first paragraphs (textContent: no layout), up to `max` characters. */
export function sampleText(doc: Document, max = SAMPLE_CHARS): string {
  let out = '';
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const t = p.textContent?.replace(/\s+/g, ' ').trim();
    if (t) out += (out ? ' ' : '') + t;
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

export interface QuickLanguage {
  english: boolean;
  lang: string | null;
  decidedBy: 'browser' | 'words';
}

export async function quickLanguage(doc: Document): Promise<QuickLanguage> {
  const sample = sampleText(doc);
  if (sample.length >= MIN_DETECTOR_CHARS) {
    try {
      const detected = await browser.i18n.detectLanguage(sample);
      const top = detected?.isReliable ? detected.languages?.[0]?.language : undefined;
      if (top && top !== 'und') {
        const lang = top.toLowerCase().split('-')[0];
        return { english: lang === 'en', lang, decidedBy: 'browser' };
      }
    } catch {
      // no detector here: fall through to the word lists
    }
  }
  const decision = detectLanguage(doc, sample);
  return { english: decision.english, lang: decision.lang, decidedBy: 'words' };
}

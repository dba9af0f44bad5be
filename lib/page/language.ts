/**
 * Is this page English? Decides from the text itself when there is enough of it (share of very common function words
 * of English vs. French, German, Spanish, Italian, Portuguese and Dutch; script of the letters for non-Latin languages),
 * and from the declared language (`<html lang>`, `og:locale`, content-language) when the text is too short to tell.
 * The text wins over a wrong declaration (sites often ship `lang="en"` templates around other languages).
 * A few hundred bytes of word lists, no dependency.
 *
 * Usage:
 *   const lang = detectLanguage(document, map.text);   // { english: false, lang: 'fr', reason: 'not English (fr)', ... }
 */
function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** Declared language of the page: `<html lang>`, `og:locale`, `<meta http-equiv="content-language">`. */
export function declaredLanguage(doc: Document): string | null {
  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    doc.documentElement?.getAttribute('xml:lang')?.trim() ||
    meta(doc, 'meta[property="og:locale"]') ||
    Array.from(doc.querySelectorAll('meta[http-equiv]'))
      .find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-language')
      ?.getAttribute('content')
      ?.trim();
  return lang ? lang.toLowerCase().replace(/_/g, '-') : null;
}


/** Very common function words per language (mostly distinctive; shared ones count for each language listing them). */
export const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'it', 'with', 'as', 'on', 'by', 'at', 'from', 'his', 'her', 'he', 'she', 'they', 'were', 'be', 'been', 'has', 'have', 'had', 'this', 'which', 'said', 'not', 'but', 'are', 'would', 'will', 'their', 'an', 'or', 'who', 'after'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'elle', 'ont', 'sont', 'été', 'par', 'plus', 'ne', 'se', 'son', 'sa', 'ses', 'mais', 'leur', 'nous', 'vous', 'était', 'selon', 'aussi'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'dem', 'des', 'mit', 'sich', 'auf', 'für', 'von', 'zu', 'im', 'auch', 'es', 'sie', 'wird', 'wurde', 'hat', 'haben', 'dass', 'bei', 'nach', 'aus', 'oder', 'wie', 'sind', 'noch', 'einer', 'er', 'werden'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'un', 'una', 'y', 'es', 'en', 'que', 'por', 'con', 'para', 'se', 'no', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'fue', 'ha', 'este', 'esta', 'han', 'también', 'sobre', 'entre'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'dei', 'che', 'è', 'e', 'un', 'una', 'per', 'con', 'non', 'si', 'sono', 'nel', 'nella', 'alla', 'anche', 'ma', 'più', 'come', 'ha', 'stato', 'dal', 'questo'],
  pt: ['o', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'um', 'uma', 'e', 'é', 'em', 'no', 'na', 'que', 'não', 'para', 'com', 'por', 'se', 'mais', 'foi', 'ao', 'à', 'seu', 'sua', 'como', 'mas', 'também', 'são'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'er', 'aan', 'ook', 'als', 'bij', 'door', 'maar', 'om', 'naar', 'wordt', 'werd', 'heeft', 'hij', 'zij', 'deze', 'dit', 'nog', 'uit'],
};

/** Non-Latin scripts and the language code reported for them (a script, not a language: a best guess for the popup). */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
];

/** Fewer words than this: the text is not trusted, the declaration decides. */
export const MIN_WORDS = 20;
/** Share of words that must be function words of the winning language for the text to decide. */
export const MIN_SHARE = 0.12;

const WORD_SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)])) as Record<string, Set<string>>;

export interface TextLanguageGuess {
  /** ISO 639-1 code, or null when the text cannot tell. */
  lang: string | null;
  words: number;
  /** Share of function words per Latin-script language (0..1). */
  scores: Record<string, number>;
}

/** Language of a text from its letters and function words (pure). Looks at the first 20,000 characters. */
export function guessTextLanguage(text: string): TextLanguageGuess {
  const sample = text.slice(0, 20_000);
  // Script: Latin letters vs. all letters; other scripts are only counted when they dominate.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const other = letters - latin;
  const otherCounts = new Map<string, number>();
  if (other > latin && other >= 20) {
    for (const [re, code] of SCRIPTS) {
      const n = sample.match(new RegExp(re.source, 'gu'))?.length ?? 0;
      if (n > 0) otherCounts.set(code, (otherCounts.get(code) ?? 0) + n);
    }
  }
  const words = (sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).map((w) => w.replace(/^(?:l|d|qu|n|s|c|j|m|t)['’]/u, ''));
  const scores: Record<string, number> = {};
  for (const lang of Object.keys(WORD_SETS)) scores[lang] = 0;
  if (other > latin && other >= 20) {
    const [code] = [...otherCounts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null];
    // Kana anywhere means Japanese even when Han dominates.
    const lang = (otherCounts.get('ja') ?? 0) > 0 && code === 'zh' ? 'ja' : code;
    return { lang, words: words.length, scores };
  }
  if (words.length === 0) return { lang: null, words: 0, scores };
  for (const w of words) for (const lang of Object.keys(WORD_SETS)) if (WORD_SETS[lang].has(w)) scores[lang]++;
  for (const lang of Object.keys(scores)) scores[lang] /= words.length;
  if (words.length < MIN_WORDS) return { lang: null, words: words.length, scores };
  const [best, share] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0];
  return { lang: share >= MIN_SHARE ? best : null, words: words.length, scores };
}

export interface LanguageDecision {
  english: boolean;
  /** Primary language code we believe the page is in ("fr"), or null if unknown. */
  lang: string | null;
  /** What the page declares (lower-case, e.g. "en-us"), or null. */
  declared: string | null;
  /** What decided: the text, the declaration, or nothing (unknown counts as English so the user can still analyse). */
  decidedBy: 'text' | 'declared' | 'default';
  /** For the popup: "English", "not English (fr)". */
  reason: string;
  scores: Record<string, number>;
}

/** Decides whether the page (document may be null, e.g. plain text) with this analysed text is English. */
export function detectLanguage(doc: Document | null, text: string): LanguageDecision {
  return decideLanguage(doc ? declaredLanguage(doc) : null, text);
}

/** The same decision from the declared language (lower-case, e.g. "en-us", or null) and the text. */
export function decideLanguage(declared: string | null, text: string): LanguageDecision {
  const declaredPrimary = declared ? declared.split('-')[0] : null;
  const guess = guessTextLanguage(text);
  const decide = (lang: string | null, decidedBy: LanguageDecision['decidedBy']): LanguageDecision => {
    const english = lang === null || lang === 'en';
    return {
      english,
      lang,
      declared,
      decidedBy,
      reason: english ? (lang ? 'English' : 'language unknown') : `not English (${lang})`,
      scores: guess.scores,
    };
  };
  if (guess.lang) return decide(guess.lang, 'text');
  // Enough Latin text that matches none of the known languages well: not English, language unknown unless declared.
  if (guess.words >= MIN_WORDS && guess.scores.en < MIN_SHARE / 2) {
    const lang = declaredPrimary && declaredPrimary !== 'en' ? declaredPrimary : 'und';
    return { ...decide(lang, declaredPrimary && declaredPrimary !== 'en' ? 'declared' : 'text'), english: false, reason: `not English (${lang})` };
  }
  if (declaredPrimary) return decide(declaredPrimary, 'declared');
  return decide(null, 'default');
}

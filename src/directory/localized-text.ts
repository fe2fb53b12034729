import type { LocalizedText } from './format.js';

/** Text in one language, with the language it is really in. */
export interface TextInLanguage {
  text: string;
  /** BCP 47 code of `text`: the requested language, or the fallback used. */
  lang: string;
}

/**
 * The languages data text falls back to, in order, when the requested one is
 * missing: every description has es and en, so one of them always exists.
 */
const FALLBACK_LANGUAGES = ['es', 'en'];

/**
 * Picks a translated text for a locale: the locale itself, then its base
 * language (pt-BR → pt), then Spanish, then English, then whatever exists.
 * The result carries its real language so a screen reader pronounces it right.
 */
export function pickText(text: LocalizedText | undefined, locale: string): TextInLanguage | undefined {
  if (!text) return undefined;
  const base = locale.split('-')[0];
  for (const lang of [locale, base, ...FALLBACK_LANGUAGES]) {
    const value = text[lang];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang };
  }
  const [lang, value] = Object.entries(text).find(([, v]) => typeof v === 'string' && v.trim() !== '') ?? [];
  // "und" (a feed that did not say its language) is marked as unknown: lang="".
  return lang && value ? { text: value, lang: lang === 'und' ? '' : lang } : undefined;
}

import { formatCount, pluralRules } from './intl-cache.js';

/**
 * CLDR's plural category of a whole count below 1,000, written out for the
 * languages Camino speaks: the first Intl.PluralRules of a page costs about
 * 10 ms on a cheap phone, before the first result count can paint.
 * test/browser/plurals.test.ts checks that these agree with Intl.PluralRules.
 * Haitian Creole nouns do not change with the count ("1 rezilta", "5 rezilta"),
 * and no browser has CLDR rules for it (Intl would use the browser's own
 * language instead): it has one form, "other".
 * Arabic: https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html#ar
 */
const RULES: Partial<Record<string, (count: number) => Intl.LDMLPluralRule>> = {
  es: (n) => (n === 1 ? 'one' : 'other'),
  en: (n) => (n === 1 ? 'one' : 'other'),
  fr: (n) => (n < 2 ? 'one' : 'other'),
  pt: (n) => (n < 2 ? 'one' : 'other'),
  ht: () => 'other',
  ar: (n) => (n < 3 ? (['zero', 'one', 'two'] as const)[n] : n % 100 >= 11 ? 'many' : n % 100 >= 3 ? 'few' : 'other'),
};

/** The plural category of a count in a locale, as Intl.PluralRules gives it (Haitian Creole: always "other"). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  const base = locale.split('-')[0];
  const rule = RULES[base];
  return rule && ((Number.isInteger(count) && count >= 0 && count < 1000) || base === 'ht') ? rule(count) : pluralRules(locale).select(count);
}

/**
 * A counted phrase, from a message that gives each plural form the language
 * needs, in CLDR's categories, with `#` for the number:
 * `one{# resultado}other{# resultados}` in Spanish, all six in Arabic
 * (`zero{…}one{نتيجة واحدة}two{نتيجتان}few{# نتائج}many{# نتيجة}other{# نتيجة}`).
 * A category the message does not give falls back to `other`. The number is
 * written by Intl for the locale (formatCount).
 */
export function counted(forms: string, count: number, locale: string): string {
  const category = pluralCategory(count, locale);
  let chosen = '';
  for (const [, name, text] of forms.matchAll(/(\w+)\{([^}]*)\}/g)) {
    if (name === category) return text.replace('#', formatCount(count, locale));
    if (name === 'other') chosen = text;
  }
  return chosen.replace('#', formatCount(count, locale));
}

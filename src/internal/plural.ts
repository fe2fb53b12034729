import { pluralRules } from './intl-cache.js';

/**
 * CLDR's plural category of a count below 1,000 for languages whose rule is
 * simple: "one" for 1 (es, en) or for 0 and 1 (fr, pt), "other" otherwise.
 * The first Intl.PluralRules of a page costs about 10 ms on a cheap phone,
 * before the first result count can paint; test/browser/units.test.ts checks
 * that these agree with Intl.PluralRules.
 */
const SIMPLE_RULES: Partial<Record<string, (count: number) => Intl.LDMLPluralRule>> = {
  es: (n) => (n === 1 ? 'one' : 'other'),
  en: (n) => (n === 1 ? 'one' : 'other'),
  fr: (n) => (n === 0 || n === 1 ? 'one' : 'other'),
  pt: (n) => (n === 0 || n === 1 ? 'one' : 'other'),
};

/** The plural category of a count in a locale, as Intl.PluralRules gives it. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  const simple = SIMPLE_RULES[locale.split('-')[0]];
  return simple && Number.isInteger(count) && count >= 0 && count < 1000 ? simple(count) : pluralRules(locale).select(count);
}

/**
 * Picks the message for a count by the locale's plural rules, so languages
 * with more forms than "one" and "other" can get them.
 */
export function plural<Message = string>(
  count: number,
  locale: string,
  forms: { one: () => Message; other: () => Message } & Partial<Record<Intl.LDMLPluralRule, () => Message>>,
): Message {
  return (forms[pluralCategory(count, locale)] ?? forms.other)();
}

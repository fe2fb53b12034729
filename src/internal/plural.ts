import { pluralRules } from './intl-cache.js';

/**
 * Picks the message for a count by the locale's plural rules (Intl.PluralRules),
 * so languages with more forms than "one" and "other" can get them.
 */
export function plural(
  count: number,
  locale: string,
  forms: { one: () => string; other: () => string } & Partial<Record<Intl.LDMLPluralRule, () => string>>,
): string {
  const rule = pluralRules(locale).select(count);
  return (forms[rule] ?? forms.other)();
}

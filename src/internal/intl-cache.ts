// Intl objects are slow to create (tens to hundreds of microseconds each, much
// more on a cheap phone) and a render asks for the same few many times: each
// is made once per locale and options.
const cache = new Map<string, unknown>();

/**
 * The locales to give Intl for one of Camino's: no browser has CLDR data for
 * Haitian Creole, and Intl would then use the browser's own language (Spanish
 * or Arabic words in a Creole page). French conventions come nearest; the
 * words Intl would write in French (days, months, "and") format.ts writes in
 * Creole.
 */
export const intlLocales = (locale: string): string[] => (locale.split('-')[0] === 'ht' ? [locale, 'fr'] : [locale]);

function cached<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = create()));
  return value;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(intlLocales(locale), options));
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(intlLocales(locale), options));
export const listFormat = (locale: string, options: Intl.ListFormatOptions) =>
  cached('list', locale, options, () => new Intl.ListFormat(intlLocales(locale), options));
export const pluralRules = (locale: string) => cached('plural', locale, {}, () => new Intl.PluralRules(intlLocales(locale)));
export const collator = (locale: string) =>
  cached('collator', locale, {}, () => new Intl.Collator(intlLocales(locale), { sensitivity: 'base', numeric: true }));
export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  cached('names', locale, options, () => new Intl.DisplayNames(intlLocales(locale), options));

/**
 * Locales whose Intl number format writes Latin digits (CLDR's default for
 * every language Camino speaks, Arabic included).
 */
const LATIN_DIGITS = new Set(['es', 'en', 'fr', 'ht', 'pt', 'ar']);

/**
 * A count as Intl writes it for the locale. Below 1,000 that is the plain
 * digits for every locale above, so they are written directly: the first
 * Intl.NumberFormat of a page costs about 50 ms on a cheap phone, and a result
 * count must not wait for it. test/browser/units.test.ts checks the two agree.
 */
export function formatCount(count: number, locale: string): string {
  return Number.isInteger(count) && count >= 0 && count < 1000 && LATIN_DIGITS.has(locale.split('-')[0])
    ? String(count)
    : numberFormat(locale).format(count);
}

// Dates, times, days and lists in the element's own locale, with Intl; in
// Haitian Creole, which Intl does not know, the words are written here.
import { DAY_CODES, type DayCode } from '../directory/opening-hours.js';
import { dateTimeFormat, displayNames, listFormat } from './intl-cache.js';

/** Haitian Creole's days (from Sunday, as DAY_CODES), as the Akademi Kreyòl Ayisyen writes them. */
const HT_DAYS = 'dimanch lendi madi mèkredi jedi vandredi samdi'.split(' ');
const creole = (locale: string) => locale.split('-')[0] === 'ht';

/**
 * The months as Intl.DateTimeFormat writes them (CLDR's, `month: 'long'`) for each language Camino
 * speaks, and Haitian Creole's as the Akademi Kreyòl Ayisyen writes them: a result's "Information
 * from March 2024" paints with the first results, and the first Intl object of a page costs 40 to
 * 80 ms on a cheap phone (4× CPU slowdown). test/browser/units.test.ts checks they agree with Intl.
 */
const MONTHS: Partial<Record<string, string>> = {
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  en: 'January February March April May June July August September October November December',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  ar: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  ht: 'janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm',
};

/**
 * A source's date, as precise as it is: "2021", "March 2024", "20 March 2025" ("20 mas 2025"), as
 * Intl writes it (`month: 'long'` with the year, or `dateStyle: 'long'`): CLDR's patterns, "marzo de
 * 2024" and "20 de marzo de 2024" in Spanish and Portuguese, "March 20, 2024" in English, day month
 * year in French, Arabic (Latin digits, Intl's default for `ar`) and Creole.
 */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const months = MONTHS[creole(locale) ? 'ht' : locale];
  if (months) {
    const name = months.split(' ')[month - 1];
    if (locale === 'en') return day ? `${name} ${day}, ${year}` : `${name} ${year}`;
    const of = locale === 'es' || locale === 'pt' ? ' de ' : ' ';
    return `${day ? `${day}${of}` : ''}${name}${of}${year}`;
  }
  const when = new Date(Date.UTC(year, month - 1, day || 1));
  return dateTimeFormat(locale, day ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(when);
}

const TIME = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' } as const;
const clock = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(Date.UTC(2025, 0, 1, hours, minutes));
};

/** "16:00" → "16:00" or "4:00 p.m." as the locale writes times. */
export function formatTime(time: string, locale: string): string {
  return dateTimeFormat(locale, TIME).format(clock(time));
}

/**
 * "09:00"–"16:30" as the locale writes a range of times, by Intl's own range
 * pattern: "9:00–16:30", "9:00 AM – 4:30 PM", Arabic "9:00 ص – 4:30 م" (one
 * "م" for both ends when they share it). Show it in an isolate whose
 * direction is the language's (see bidi.ts), so the ends keep their order.
 */
export function formatTimeRange(opens: string, closes: string, locale: string): string {
  return dateTimeFormat(locale, TIME).formatRange(clock(opens), clock(closes));
}

function dayName(day: DayCode, locale: string): string {
  const index = DAY_CODES.indexOf(day);
  // 5 January 2025 was a Sunday; DAY_CODES start on Sunday.
  return creole(locale) ? HT_DAYS[index] : dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 0, 5 + index)));
}

/** "MO,TU,WE,TH,FR" → "Monday – Friday"; scattered days → "Monday, Wednesday and Friday". */
export function formatDays(byday: string, locale: string): string {
  const week: DayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const days = week.filter((d) => byday.split(',').includes(d));
  const consecutive = days.every((d, i) => i === 0 || week.indexOf(d) === week.indexOf(days[i - 1]) + 1);
  if (days.length >= 3 && consecutive) return `${dayName(days[0], locale)} – ${dayName(days[days.length - 1], locale)}`;
  return formatList(days.map((d) => dayName(d, locale)), locale);
}

/**
 * A list as the locale writes it, by Intl.ListFormat: "A, B y C", Arabic
 * "A وB وC"; `unit` for an enumeration without "and" ("A, B, C", Arabic
 * "A، وB، وC"). Haitian Creole: "A, B ak C", "A, B oswa C".
 */
export function formatList(items: string[], locale: string, type: ListType = 'conjunction'): string {
  return listParts(items, locale, type).map((part) => part.value).join('');
}

type ListType = 'conjunction' | 'disjunction' | 'unit';

/**
 * What separates a list's items, as Intl.ListFormat writes them (CLDR's list patterns, `long` for
 * conjunction and disjunction, `short` for unit): between two items, between the others, and before
 * the last of three or more; Haitian Creole's as Camino writes it (no browser knows it). Written out
 * for the same reason as MONTHS: each result's kinds of help are a list that paints with the first
 * results. test/browser/units.test.ts checks they agree with Intl.
 */
const LISTS: Partial<Record<string, Record<ListType, string>>> = {
  es: { conjunction: ' y |, | y ', disjunction: ' o |, | o ', unit: ' y |, |, ' },
  en: { conjunction: ' and |, |, and ', disjunction: ' or |, |, or ', unit: ', |, |, ' },
  fr: { conjunction: ' et |, | et ', disjunction: ' ou |, | ou ', unit: ' et |, | et ' },
  pt: { conjunction: ' e |, | e ', disjunction: ' ou |, | ou ', unit: ' e |, | e ' },
  ar: { conjunction: ' و| و| و', disjunction: ' أو | أو | أو ', unit: ' و|، و|، و' },
  ht: { conjunction: ' ak |, | ak ', disjunction: ' oswa |, | oswa ', unit: ', |, |, ' },
};

/**
 * Spanish's "y" and "o" become "e" and "u" before some sounds ("agua e hielo", "siete u ocho"), as
 * ICU decides them by the next item's first letters (its listformatter.cpp, shouldChangeToE and
 * shouldChangeToU): "i", or "hi" but not "hia" or "hie"; "o", "ho", "8", or "11" alone or before a
 * space.
 */
const SPANISH: Partial<Record<string, [RegExp, string]>> = { ' y ': [/^(i|hi(?![ae]))/i, ' e '], ' o ': [/^([o8]|ho|11( |$))/i, ' u '] };

/** The pieces of such a list: the items (`element`) and what separates them (`literal`). */
export function listParts(items: readonly string[], locale: string, type: ListType = 'conjunction'): { type: string; value: string }[] {
  const patterns = LISTS[creole(locale) ? 'ht' : locale]?.[type].split('|');
  if (!patterns) return listFormat(locale, { style: type === 'unit' ? 'short' : 'long', type }).formatToParts(items);
  const last = items.length - 1;
  return items.flatMap((value, i) => {
    if (!i) return [{ type: 'element', value }];
    let separator = patterns[last === 1 ? 0 : i < last ? 1 : 2];
    const context = locale === 'es' ? SPANISH[separator] : undefined;
    if (context?.[0].test(value)) separator = context[1];
    return [{ type: 'literal', value: separator }, { type: 'element', value }];
  });
}

/** Countries by their ISO 3166 codes, in the locale's words (Intl.DisplayNames) and list: "Guatemala y Honduras". */
export const formatCountries = (codes: readonly string[], locale: string): string =>
  formatList(codes.map((code) => displayNames(locale, { type: 'region' }).of(code) ?? code), locale);

/** Only Mexico (or no country at all): Camino's own wording for it ("in all of Mexico") fits. */
export const onlyMexico = (codes: readonly string[]): boolean => codes.every((code) => code === 'MX');

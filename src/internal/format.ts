// Dates, times, days and lists in the element's own locale, with Intl; in
// Haitian Creole, which Intl does not know, the words are written here.
import { DAY_CODES, type DayCode } from '../directory/opening-hours.js';
import { dateTimeFormat, displayNames, listFormat } from './intl-cache.js';

/** Haitian Creole's days (from Sunday, as DAY_CODES) and months, as the Akademi Kreyòl Ayisyen writes them. */
const HT_DAYS = 'dimanch lendi madi mèkredi jedi vandredi samdi'.split(' ');
const HT_MONTHS = 'janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm'.split(' ');
const creole = (locale: string) => locale.split('-')[0] === 'ht';

/** A source's date, as precise as it is: "2021", "March 2024", "20 March 2025" ("20 mas 2025"). */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  if (creole(locale)) return `${day ? `${day} ` : ''}${HT_MONTHS[month - 1]} ${year}`;
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
export function formatList(items: string[], locale: string, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  return listParts(items, locale, type).map((part) => part.value).join('');
}

/** The pieces of such a list: the items (`element`) and what separates them (`literal`). */
export function listParts(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): { type: string; value: string }[] {
  if (!creole(locale)) return listFormat(locale, { style: type === 'unit' ? 'short' : 'long', type }).formatToParts(items);
  const last = items.length - 1;
  return items.flatMap((value, i) => [
    ...(i ? [{ type: 'literal', value: i < last || type === 'unit' ? ', ' : type === 'conjunction' ? ' ak ' : ' oswa ' }] : []),
    { type: 'element', value },
  ]);
}

/** Countries by their ISO 3166 codes, in the locale's words (Intl.DisplayNames) and list: "Guatemala y Honduras". */
export const formatCountries = (codes: readonly string[], locale: string): string =>
  formatList(codes.map((code) => displayNames(locale, { type: 'region' }).of(code) ?? code), locale);

/** Only Mexico (or no country at all): Camino's own wording for it ("in all of Mexico") fits. */
export const onlyMexico = (codes: readonly string[]): boolean => codes.every((code) => code === 'MX');

// Dates, times, days and lists in the element's own locale, with Intl.
import { DAY_CODES, type DayCode } from '../directory/opening-hours.js';
import { dateTimeFormat, listFormat } from './intl-cache.js';

/** A source's date, as precise as it is: "2021", "March 2024", "20 March 2025". */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const when = new Date(Date.UTC(year, month - 1, day || 1));
  return dateTimeFormat(locale, day ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(when);
}

/** "16:00" → "16:00" or "4:00 p.m." as the locale writes times. */
export function formatTime(time: string, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2025, 0, 1, hours, minutes)),
  );
}

export function formatTimeRange(opens: string, closes: string, locale: string): string {
  return `${formatTime(opens, locale)}–${formatTime(closes, locale)}`;
}

function dayName(day: DayCode, locale: string): string {
  // 5 January 2025 was a Sunday; DAY_CODES start on Sunday.
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2025, 0, 5 + DAY_CODES.indexOf(day))),
  );
}

/** "MO,TU,WE,TH,FR" → "Monday–Friday"; scattered days → "Monday, Wednesday and Friday". */
export function formatDays(byday: string, locale: string): string {
  const week: DayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const days = week.filter((d) => byday.split(',').includes(d));
  const consecutive = days.every((d, i) => i === 0 || week.indexOf(d) === week.indexOf(days[i - 1]) + 1);
  if (days.length >= 3 && consecutive) return `${dayName(days[0], locale)}–${dayName(days[days.length - 1], locale)}`;
  return formatList(days.map((d) => dayName(d, locale)), locale);
}

export function formatList(items: string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormat(locale, { style: 'long', type }).format(items);
}

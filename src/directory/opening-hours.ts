import type { Schedule } from './format.js';

/** RFC 5545 day codes, Sunday first as Date.getUTCDay() counts. */
export const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type DayCode = (typeof DAY_CODES)[number];

export type OpenState = 'open' | 'closed' | 'unknown';

const clocks = new Map<string, Intl.DateTimeFormat>();
/** Creating a DateTimeFormat is slow; a finder asks for the same few zones many times. */
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  return clock;
}

const SHORT_DAYS: Record<string, DayCode> = { Sun: 'SU', Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA' };

/** The date (YYYY-MM-DD), weekday and minutes since midnight at `now` on the clocks of a time zone. */
export function wallClock(timeZone: string, now: Date): { date: string; day: DayCode; minutes: number } {
  const parts = Object.fromEntries(clockIn(timeZone).formatToParts(now).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day: SHORT_DAYS[parts.weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Whether hours apply on a date (YYYY-MM-DD): HSDS's valid_from and valid_to, both days included. */
export const inForce = (schedule: Schedule, date: string) =>
  (!schedule.valid_from || schedule.valid_from <= date) && (!schedule.valid_to || date <= schedule.valid_to);

export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The day before a date (YYYY-MM-DD). */
function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * Whether a schedule has the place open at a moment of the week. Hours whose
 * closing time is earlier than their opening time cross midnight (a night
 * shelter's "20:00–08:00"): they open on each listed day and close on the
 * next morning, so at 03:00 on a Tuesday a place listed for Monday is open.
 * `today` and `yesterday` say whether the schedule is in force on each date.
 * A schedule that opens and closes at the same minute says nothing usable
 * (validate-data rejects it) and never makes a place open.
 */
function opensAt(schedule: Schedule, day: DayCode, minutes: number, today: boolean, yesterday: boolean): boolean {
  if (!schedule.opens_at || !schedule.closes_at) return false;
  const days = schedule.byday!.split(',');
  const opens = toMinutes(schedule.opens_at);
  const closes = toMinutes(schedule.closes_at);
  if (opens < closes) return today && days.includes(day) && opens <= minutes && minutes < closes;
  if (opens === closes) return false;
  const dayBeforeCode = DAY_CODES[(DAY_CODES.indexOf(day) + 6) % 7];
  return (today && days.includes(day) && minutes >= opens) || (yesterday && days.includes(dayBeforeCode) && minutes < closes);
}

/**
 * Whether a place is open at `now`, judged on the clocks of its own time zone,
 * not the reader's: a person in Tapachula reading about Tijuana needs Tijuana's time.
 * `unknown` when the place has no hours (or no time zone): never a guess.
 */
export function openState(schedules: readonly Schedule[] | undefined, timeZone: string | undefined, now = new Date()): OpenState {
  // Hours given only as text (an HSDS schedule by month, say) cannot be judged, and neither can the place.
  if (!schedules?.length || !timeZone || schedules.some((s) => !s.byday)) return 'unknown';
  const { date, day, minutes } = wallClock(timeZone, now);
  const yesterday = dayBefore(date);
  // Hours in force today, and yesterday's, whose night may run past midnight into today.
  const relevant = schedules.filter((s) => inForce(s, date) || inForce(s, yesterday));
  if (!relevant.length) return 'unknown';
  return relevant.some((s) => opensAt(s, day, minutes, inForce(s, date), inForce(s, yesterday))) ? 'open' : 'closed';
}

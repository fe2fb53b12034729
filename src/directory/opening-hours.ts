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

/**
 * Whether a place is open at `now`, judged on the clocks of its own time zone,
 * not the reader's: a person in Tapachula reading about Tijuana needs Tijuana's time.
 */
export function openState(schedules: readonly Schedule[] | undefined, timeZone: string | undefined, now = new Date()): OpenState {
  // Hours given only as text (an HSDS schedule by month, say) cannot be judged, and neither can the place.
  if (!schedules?.length || !timeZone || schedules.some((s) => !s.byday)) return 'unknown';
  const { date, day, minutes } = wallClock(timeZone, now);
  const today = schedules.filter((s) => inForce(s, date));
  if (!today.length) return 'unknown';
  const open = today.some(
    (s) => s.byday!.split(',').includes(day) && toMinutes(s.opens_at!) <= minutes && minutes < toMinutes(s.closes_at!),
  );
  return open ? 'open' : 'closed';
}

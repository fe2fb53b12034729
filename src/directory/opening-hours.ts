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
    clock = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  return clock;
}

const SHORT_DAYS: Record<string, DayCode> = { Sun: 'SU', Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA' };

/** The weekday and the minutes since midnight at `now` on the clocks of a time zone. */
export function wallClock(timeZone: string, now: Date): { day: DayCode; minutes: number } {
  const parts = Object.fromEntries(clockIn(timeZone).formatToParts(now).map((p) => [p.type, p.value]));
  return { day: SHORT_DAYS[parts.weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Whether a place is open at `now`, judged on the clocks of its own time zone,
 * not the reader's: a person in Tapachula reading about Tijuana needs Tijuana's time.
 */
export function openState(schedules: readonly Schedule[] | undefined, timeZone: string | undefined, now = new Date()): OpenState {
  if (!schedules?.length || !timeZone) return 'unknown';
  const { day, minutes } = wallClock(timeZone, now);
  const open = schedules.some(
    (s) => s.byday.split(',').includes(day) && toMinutes(s.opens_at) <= minutes && minutes < toMinutes(s.closes_at),
  );
  return open ? 'open' : 'closed';
}

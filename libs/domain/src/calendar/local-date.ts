/**
 * Calendar dates without a time of day, as written in Viet Nam ('YYYY-MM-DD').
 *
 * Arithmetic works on day numbers (days since 1970-01-01) so that adding a day is `+ 1`
 * and no time zone or DST rule can shift a date. `Date.UTC` is used only as a pure
 * proleptic-Gregorian date-to-number conversion, never to read the clock.
 */
export type LocalDate = string;

/** Days since 1970-01-01 on the calendar (not an instant). */
export type DayNumber = number;

export const DAY_MS = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Round-trip rejects dates such as 2025-02-30 that Date.UTC would silently roll over.
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
}

export function toDayNumber(date: LocalDate): DayNumber {
  if (!isLocalDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(day: DayNumber): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function yearOf(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 'MM-DD', the key of a holiday that falls on the same solar date every year. */
export function monthDayOf(day: DayNumber): string {
  return fromDayNumber(day).slice(5);
}

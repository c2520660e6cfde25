import { DAY_MS, DayNumber } from './local-date';

/**
 * Viet Nam keeps UTC+7 all year (Asia/Ho_Chi_Minh, no daylight saving since 1975), so a fixed
 * offset is exact and the domain needs no time-zone database.
 */
export const VN_UTC_OFFSET_MS = 7 * 3_600_000;

export function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

/** The calendar date in Viet Nam at a given instant. */
export function localDayOf(instant: Date): DayNumber {
  return Math.floor((instant.getTime() + VN_UTC_OFFSET_MS) / DAY_MS);
}

/** Milliseconds elapsed since local midnight in Viet Nam. */
export function localTimeOfDayMs(instant: Date): number {
  return instant.getTime() + VN_UTC_OFFSET_MS - localDayOf(instant) * DAY_MS;
}

/** 00:00:00.000 local time on that day. */
export function startOfLocalDay(day: DayNumber): Date {
  return new Date(day * DAY_MS - VN_UTC_OFFSET_MS);
}

/**
 * 23:59:59.999 local time on that day: the last instant that still belongs to it, so a deadline
 * "by the end of day X" is met by anything done on X and missed by anything done after.
 */
export function endOfLocalDay(day: DayNumber): Date {
  return new Date((day + 1) * DAY_MS - VN_UTC_OFFSET_MS - 1);
}

/** Same local time of day on another date. */
export function atLocalDay(day: DayNumber, timeOfDayMs: number): Date {
  return new Date(day * DAY_MS - VN_UTC_OFFSET_MS + timeOfDayMs);
}

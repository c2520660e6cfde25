import { DayNumber } from './local-date';

/** Whether a calendar date is a working day; the only thing the counting below needs to know. */
export type IsWorkingDay = (day: DayNumber) => boolean;

/**
 * Upper bound on a count of working days (about 40 years), so a mistaken huge number fails fast
 * instead of looping for minutes.
 */
export const MAX_WORKING_DAYS = 10_000;

export function assertDayCount(n: number, name = 'n'): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`${name} must be an integer from 0 to ${MAX_WORKING_DAYS}, got ${n}`);
  }
}

/**
 * The n-th working day strictly after `day`. With n = 0: `day` itself when it is a working day,
 * otherwise the next one — the earliest working day whose end has not yet passed.
 */
export function nthWorkingDayAfter(isWorking: IsWorkingDay, day: DayNumber, n: number): DayNumber {
  assertDayCount(n);
  let current = day;
  if (n === 0) {
    while (!isWorking(current)) current += 1;
    return current;
  }
  let found = 0;
  while (found < n) {
    current += 1;
    if (isWorking(current)) found += 1;
  }
  return current;
}

/** The n-th working day strictly before `day`; n = 0 gives `day` itself. */
export function nthWorkingDayBefore(isWorking: IsWorkingDay, day: DayNumber, n: number): DayNumber {
  assertDayCount(n);
  let current = day;
  let found = 0;
  while (found < n) {
    current -= 1;
    if (isWorking(current)) found += 1;
  }
  return current;
}

/**
 * Working days in the half-open range (from, to]: those after `from` up to and including `to`.
 * Negative when `to` is before `from`. This makes it the inverse of nthWorkingDayAfter:
 * countWorkingDays(d, nthWorkingDayAfter(d, n)) === n for n >= 1.
 */
export function countWorkingDays(isWorking: IsWorkingDay, from: DayNumber, to: DayNumber): number {
  if (to < from) return -countWorkingDays(isWorking, to, from);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorking(day)) count += 1;
  return count;
}

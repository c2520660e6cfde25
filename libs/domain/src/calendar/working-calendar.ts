import { assertValidOverrides, CalendarOverride } from './calendar-override';
import { HolidayData } from './holiday-data';
import { DayNumber, fromDayNumber, isWeekend, LocalDate, monthDayOf, toDayNumber, yearOf } from './local-date';
import { assertInstant, atLocalDay, endOfLocalDay, localDayOf, localTimeOfDayMs } from './vietnam-time';
import { countWorkingDays, nthWorkingDayAfter, nthWorkingDayBefore } from './working-day-arithmetic';

/** A calendar date, or an instant whose date in Viet Nam (UTC+7) is meant. */
export type DayOrInstant = LocalDate | Date;

/** Why a date is or is not a working day, for screens and audit notes. */
export interface DayStatus {
  readonly date: LocalDate;
  readonly working: boolean;
  readonly reason: string;
  /**
   * 'override': declared by an administrator; 'announced' / 'expected': from the data file, by the
   * year's status; 'outside_coverage': a year the data file does not list, so only weekends and
   * fixed solar holidays are known; 'weekly': an ordinary weekday or weekend of a listed year.
   */
  readonly basis: 'override' | 'announced' | 'expected' | 'outside_coverage' | 'weekly';
}

/**
 * Working days in Viet Nam. Every method works on calendar dates in UTC+7; instants are first
 * reduced to their local date.
 */
export interface WorkingCalendar {
  /** Years the data file lists; outside them only weekends and fixed solar holidays are days off. */
  readonly coveredYears: readonly number[];
  isWorkingDay(day: DayOrInstant): boolean;
  statusOf(day: DayOrInstant): DayStatus;
  /**
   * Deadline n working days after `start`: 23:59:59.999 local time on the n-th working day after
   * start's local date (the start day itself never counts, however early). n = 0: the end of
   * start's day if it is a working day, else the end of the next working day.
   */
  addWorkingDays(start: Date, n: number): Date;
  /**
   * The instant n working days before `due`, at the same local time of day on the n-th working day
   * before due's date. For a due date at the end of a day this is the moment when exactly n working
   * days remain; used for reminders.
   */
  subtractWorkingDays(due: Date, n: number): Date;
  /**
   * Working days after a's local date up to and including b's: 0 on the same date, negative when
   * b is earlier. workingDaysBetween(s, addWorkingDays(s, n)) === n for n >= 1.
   */
  workingDaysBetween(a: DayOrInstant, b: DayOrInstant): number;
}

const toDay = (value: DayOrInstant, name: string): DayNumber => {
  if (typeof value === 'string') return toDayNumber(value);
  assertInstant(value, name);
  return localDayOf(value);
};

export function createWorkingCalendar(
  data: HolidayData,
  overrides: readonly CalendarOverride[] = [],
): WorkingCalendar {
  assertValidOverrides(overrides);

  const listed = new Map<DayNumber, Omit<DayStatus, 'date'>>();
  for (const year of data.years) {
    for (const off of year.daysOff) {
      listed.set(toDayNumber(off.date), { working: false, reason: off.name, basis: year.status });
    }
    for (const worked of year.workingDays) {
      listed.set(toDayNumber(worked.date), { working: true, reason: worked.name, basis: year.status });
    }
  }
  // Applied after the file and in order, so the latest override of a date wins.
  for (const override of overrides) {
    listed.set(toDayNumber(override.date), {
      working: override.kind === 'working_day',
      reason: override.reason,
      basis: 'override',
    });
  }
  const coveredYears = data.years.map((y) => y.year).sort((a, b) => a - b);
  const covered = new Set(coveredYears);
  const fixedDaysOff = new Set(data.outsideCoverage.fixedDaysOff);

  const status = (day: DayNumber): DayStatus => {
    const date = fromDayNumber(day);
    const entry = listed.get(day);
    if (entry) return { date, ...entry };
    if (!covered.has(yearOf(day))) {
      if (fixedDaysOff.has(monthDayOf(day))) {
        return { date, working: false, reason: 'fixed solar holiday', basis: 'outside_coverage' };
      }
      return isWeekend(day)
        ? { date, working: false, reason: 'weekend', basis: 'outside_coverage' }
        : { date, working: true, reason: 'weekday', basis: 'outside_coverage' };
    }
    return isWeekend(day)
      ? { date, working: false, reason: 'weekend', basis: 'weekly' }
      : { date, working: true, reason: 'weekday', basis: 'weekly' };
  };
  const isWorking = (day: DayNumber): boolean => status(day).working;

  return {
    coveredYears,
    isWorkingDay: (day) => isWorking(toDay(day, 'day')),
    statusOf: (day) => status(toDay(day, 'day')),
    addWorkingDays(start, n) {
      assertInstant(start, 'start');
      return endOfLocalDay(nthWorkingDayAfter(isWorking, localDayOf(start), n));
    },
    subtractWorkingDays(due, n) {
      assertInstant(due, 'due');
      return atLocalDay(nthWorkingDayBefore(isWorking, localDayOf(due), n), localTimeOfDayMs(due));
    },
    workingDaysBetween: (a, b) => countWorkingDays(isWorking, toDay(a, 'a'), toDay(b, 'b')),
  };
}

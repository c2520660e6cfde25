import { CalendarDataError } from './calendar.errors';
import { DayOff, DayOffKind, HolidayData, HolidayYear, SwappedWorkingDay } from './holiday-data';
import { isLocalDate } from './local-date';

const DAY_OFF_KINDS: readonly DayOffKind[] = ['public_holiday', 'compensatory_day_off', 'bridge_day_off'];
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type Issues = string[];
type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks holiday data read from JSON (which an administrator may have edited by hand) and returns
 * it typed, or throws a CalendarDataError naming every bad field.
 */
export function parseHolidayData(raw: unknown): HolidayData {
  const issues: Issues = [];
  if (!isObject(raw)) throw new CalendarDataError(['(root): expected an object']);

  const outside = raw.outsideCoverage;
  let fixedDaysOff: string[] = [];
  if (!isObject(outside) || !Array.isArray(outside.fixedDaysOff)) {
    issues.push('outsideCoverage.fixedDaysOff: expected an array of "MM-DD"');
  } else {
    outside.fixedDaysOff.forEach((value, i) => {
      if (typeof value !== 'string' || !MONTH_DAY.test(value)) {
        issues.push(`outsideCoverage.fixedDaysOff[${i}]: expected "MM-DD", got ${JSON.stringify(value)}`);
      }
    });
    fixedDaysOff = outside.fixedDaysOff as string[];
  }

  const years: HolidayYear[] = [];
  if (!Array.isArray(raw.years)) {
    issues.push('years: expected an array');
  } else {
    const seen = new Set<number>();
    raw.years.forEach((entry, i) => {
      const year = parseYear(entry, `years[${i}]`, issues);
      if (!year) return;
      if (seen.has(year.year)) issues.push(`years[${i}].year: ${year.year} is listed twice`);
      seen.add(year.year);
      years.push(year);
    });
  }

  if (issues.length > 0) throw new CalendarDataError(issues);
  const note = isObject(outside) && typeof outside.note === 'string' ? outside.note : undefined;
  return { outsideCoverage: { fixedDaysOff, note }, years };
}

function parseYear(entry: unknown, path: string, issues: Issues): HolidayYear | undefined {
  if (!isObject(entry)) {
    issues.push(`${path}: expected an object`);
    return undefined;
  }
  const before = issues.length;
  const year = entry.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    issues.push(`${path}.year: expected a year such as 2025, got ${JSON.stringify(year)}`);
  }
  if (entry.status !== 'announced' && entry.status !== 'expected') {
    issues.push(`${path}.status: expected "announced" or "expected", got ${JSON.stringify(entry.status)}`);
  }
  // A date without a stated origin cannot be audited, so the source is mandatory.
  if (!isText(entry.source)) issues.push(`${path}.source: expected a non-empty text naming where the dates come from`);

  const inYear = (date: unknown, at: string): boolean => {
    if (!isLocalDate(date)) {
      issues.push(`${at}.date: expected a date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
      return false;
    }
    if (typeof year === 'number' && !date.startsWith(`${year}-`)) {
      issues.push(`${at}.date: ${date} is not in ${year}`);
      return false;
    }
    return true;
  };

  const daysOff: DayOff[] = [];
  const rawDaysOff = Array.isArray(entry.daysOff) ? entry.daysOff : [];
  if (!Array.isArray(entry.daysOff)) issues.push(`${path}.daysOff: expected an array`);
  for (const [i, item] of rawDaysOff.entries()) {
    const at = `${path}.daysOff[${i}]`;
    if (!isObject(item)) {
      issues.push(`${at}: expected an object`);
      continue;
    }
    inYear(item.date, at);
    if (!DAY_OFF_KINDS.includes(item.kind as DayOffKind)) {
      issues.push(`${at}.kind: expected one of ${DAY_OFF_KINDS.join(', ')}, got ${JSON.stringify(item.kind)}`);
    }
    if (!isText(item.name)) issues.push(`${at}.name: expected a non-empty text`);
    daysOff.push(item as unknown as DayOff);
  }

  const workingDays: SwappedWorkingDay[] = [];
  const rawWorkingDays = Array.isArray(entry.workingDays) ? entry.workingDays : [];
  if (!Array.isArray(entry.workingDays)) issues.push(`${path}.workingDays: expected an array`);
  for (const [i, item] of rawWorkingDays.entries()) {
    const at = `${path}.workingDays[${i}]`;
    if (!isObject(item)) {
      issues.push(`${at}: expected an object`);
      continue;
    }
    inYear(item.date, at);
    if (!isText(item.name)) issues.push(`${at}.name: expected a non-empty text`);
    if (item.inExchangeFor !== undefined && !isLocalDate(item.inExchangeFor)) {
      issues.push(`${at}.inExchangeFor: expected a date "YYYY-MM-DD", got ${JSON.stringify(item.inExchangeFor)}`);
    }
    workingDays.push(item as unknown as SwappedWorkingDay);
  }

  // A date both off and worked would make the result depend on the order of the lists.
  const offDates = new Set(daysOff.map((d) => d.date));
  const dupOff = daysOff.map((d) => d.date).filter((d, i, all) => all.indexOf(d) !== i);
  for (const date of new Set(dupOff)) issues.push(`${path}.daysOff: ${date} is listed twice`);
  for (const day of workingDays) {
    if (offDates.has(day.date)) issues.push(`${path}: ${day.date} is listed both as a day off and as a working day`);
  }

  if (issues.length > before) return undefined;
  return {
    year: year as number,
    status: entry.status as HolidayYear['status'],
    source: entry.source as string,
    daysOff,
    workingDays,
  };
}

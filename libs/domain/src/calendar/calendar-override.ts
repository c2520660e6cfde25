import { CalendarDataError } from './calendar.errors';
import { isLocalDate, LocalDate } from './local-date';

/**
 * A day an administrator declared after the data file was written (a late Government notice,
 * a local closure). The application records each as an event and feeds them here in the order
 * they were recorded; for the same date the last one wins, so a correction is just a new override.
 */
export interface CalendarOverride {
  readonly date: LocalDate;
  readonly kind: 'day_off' | 'working_day';
  readonly reason: string;
}

export function assertValidOverrides(overrides: readonly CalendarOverride[]): void {
  const issues: string[] = [];
  overrides.forEach((override, i) => {
    const at = `overrides[${i}]`;
    if (!isLocalDate(override?.date)) {
      issues.push(`${at}.date: expected a date "YYYY-MM-DD", got ${JSON.stringify(override?.date)}`);
    }
    if (override?.kind !== 'day_off' && override?.kind !== 'working_day') {
      issues.push(`${at}.kind: expected "day_off" or "working_day", got ${JSON.stringify(override?.kind)}`);
    }
    if (typeof override?.reason !== 'string' || override.reason.trim() === '') {
      issues.push(`${at}.reason: expected a non-empty text`);
    }
  });
  if (issues.length > 0) throw new CalendarDataError(issues);
}

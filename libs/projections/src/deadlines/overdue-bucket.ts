/**
 * How late an open step is, in whole working days `n = workingDaysBetween(dueAt, now)`: the working
 * days after the due date's local date up to and including today's. Each bucket includes its
 * lower bound and excludes its upper one:
 *
 *   under_1_day    n < 1        still the due date, or only days off since (due Friday, now Sunday)
 *   1_to_3_days    1 <= n < 3   1 or 2 working days late
 *   3_to_10_days   3 <= n < 10  3 to 9 working days late
 *   over_10_days   n >= 10      10 working days or more
 *
 * Whole days because the calendar counts dates, not hours: a step due at the end of Tuesday is
 * exactly 1 working day late all of Wednesday.
 */
export const OVERDUE_BUCKETS = ['under_1_day', '1_to_3_days', '3_to_10_days', 'over_10_days'] as const;
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number];

export function overdueBucket(workingDaysLate: number): OverdueBucket {
  if (workingDaysLate < 1) return 'under_1_day';
  if (workingDaysLate < 3) return '1_to_3_days';
  if (workingDaysLate < 10) return '3_to_10_days';
  return 'over_10_days';
}

/** Every bucket present, at zero. */
export function emptyBucketCounts(): Record<OverdueBucket, number> {
  return { under_1_day: 0, '1_to_3_days': 0, '3_to_10_days': 0, over_10_days: 0 };
}

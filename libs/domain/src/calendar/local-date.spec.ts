import { fromDayNumber, isLocalDate, toDayNumber, weekdayOf } from './local-date';
import { endOfLocalDay, localDayOf, startOfLocalDay } from './vietnam-time';

describe('local dates in Viet Nam', () => {
  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
    expect(() => toDayNumber('2025-13-01')).toThrow(RangeError);
  });

  it('round-trips day numbers and knows the weekday', () => {
    const day = toDayNumber('2026-02-17');
    expect(fromDayNumber(day)).toBe('2026-02-17');
    expect(weekdayOf(day)).toBe(2); // Tuesday
  });

  it('bounds a local day by UTC+7 midnights', () => {
    const day = toDayNumber('2025-09-02');
    expect(startOfLocalDay(day).toISOString()).toBe('2025-09-01T17:00:00.000Z');
    expect(endOfLocalDay(day).toISOString()).toBe('2025-09-02T16:59:59.999Z');
    expect(localDayOf(new Date('2025-09-01T16:59:59.999Z'))).toBe(day - 1);
    expect(localDayOf(new Date('2025-09-01T17:00:00.000Z'))).toBe(day);
  });
});

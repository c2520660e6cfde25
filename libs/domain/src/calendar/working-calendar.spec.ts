import { vietnamWorkingCalendar } from './vietnam-working-calendar';

/** An instant written in Viet Nam local time. */
const vn = (local: string): Date => new Date(`${local}+07:00`);
const endOf = (date: string): Date => vn(`${date}T23:59:59.999`);

const calendar = vietnamWorkingCalendar();

describe('addWorkingDays: due at 23:59:59.999 local on the n-th working day after the start date', () => {
  it.each([
    ['an ordinary next day', '2025-03-03T10:00', 1, '2025-03-04'],
    ['across a weekend', '2025-03-06T10:00', 3, '2025-03-11'],
    ['started on a Saturday', '2025-03-08T10:00', 1, '2025-03-10'],
    ['n = 0 on a working day: the end of that day', '2025-03-03T10:00', 0, '2025-03-03'],
    ['n = 0 on a Saturday: the end of Monday', '2025-03-08T10:00', 0, '2025-03-10'],
    ['across 30/4-1/5 2025 and the bridge Friday 2 May', '2025-04-29T09:00', 2, '2025-05-06'],
    ['across 30/4-1/5 2026 (Thursday and Friday)', '2026-04-29T09:00', 1, '2026-05-04'],
    ['across the lunar new year 2026 (14-22 Feb off)', '2026-02-13T10:00', 1, '2026-02-23'],
    ['three days across the lunar new year 2026', '2026-02-12T16:00', 3, '2026-02-24'],
    ['onto the swapped working Saturday 26 Apr 2025', '2025-04-25T10:00', 1, '2025-04-26'],
    ['onto the swapped working Saturday 10 Jan 2026', '2026-01-09T10:00', 1, '2026-01-10'],
    ['from New Year 2026 over the bridge Friday 2 Jan', '2026-01-01T08:00', 1, '2026-01-05'],
    ["over Hung Kings' compensatory Monday 27 Apr 2026", '2026-04-24T10:00', 1, '2026-04-28'],
    ['onto the swapped working Saturday 22 Aug 2026', '2026-08-21T10:00', 1, '2026-08-22'],
    ['across National Day 2026 (31 Aug-2 Sep off)', '2026-08-28T10:00', 1, '2026-09-03'],
    ['across National Day 2025 (1-2 Sep off)', '2025-08-29T10:00', 1, '2025-09-03'],
    ['just after local midnight counts from the new local date', '2025-03-04T00:30', 1, '2025-03-05'],
    ['outside the data file: only fixed 1 Jan is off in 2031', '2030-12-31T10:00', 1, '2031-01-02'],
  ])('%s', (_case, start, n, dueDate) => {
    expect(calendar.addWorkingDays(vn(start), n)).toEqual(endOf(dueDate));
  });

  it('reads the local date of an instant in UTC+7 (17:30 UTC is already the next day)', () => {
    expect(calendar.addWorkingDays(new Date('2025-03-03T17:30:00Z'), 1)).toEqual(endOf('2025-03-05'));
  });

  it('rejects a negative or fractional count and an invalid date', () => {
    expect(() => calendar.addWorkingDays(vn('2025-03-03T10:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(vn('2025-03-03T10:00'), 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(new Date(Number.NaN), 1)).toThrow('start must be a valid Date');
  });
});

describe('subtractWorkingDays: reminders before a due date', () => {
  it.each([
    ['one working day before an ordinary due date', '2025-03-11', 1, '2025-03-10'],
    ['before a due date just after 30/4-1/5 2025', '2025-05-06', 2, '2025-04-29'],
    ['before a due date just after the lunar new year 2026', '2026-02-23', 1, '2026-02-13'],
    ['landing on the swapped working Saturday', '2025-04-28', 1, '2025-04-26'],
    ['n = 0 is the due instant itself', '2025-03-11', 0, '2025-03-11'],
  ])('%s', (_case, due, n, remindDate) => {
    expect(calendar.subtractWorkingDays(endOf(due), n)).toEqual(endOf(remindDate));
  });

  it('keeps the local time of day of a due date that is not at the end of a day', () => {
    expect(calendar.subtractWorkingDays(vn('2025-03-10T15:00'), 1)).toEqual(vn('2025-03-07T15:00'));
  });

  it('leaves exactly n working days between the reminder and the due date', () => {
    const due = calendar.addWorkingDays(vn('2026-02-10T09:00'), 7);
    const remind = calendar.subtractWorkingDays(due, 3);
    expect(calendar.workingDaysBetween(remind, due)).toBe(3);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['same date', '2025-03-03', '2025-03-03', 0],
    ['next working day', '2025-03-03', '2025-03-04', 1],
    ['over a weekend', '2025-03-07', '2025-03-10', 1],
    ['February 2026 with five Tet days off', '2026-02-01', '2026-02-28', 15],
    ['reversed order is negative', '2026-02-28', '2026-02-01', -15],
    ['a swapped Saturday counts', '2025-04-25', '2025-04-28', 2],
  ])('%s', (_case, a, b, expected) => {
    expect(calendar.workingDaysBetween(a, b)).toBe(expected);
  });

  it('gives overdue working days from a due instant to now', () => {
    expect(calendar.workingDaysBetween(endOf('2025-03-04'), vn('2025-03-04T23:00'))).toBe(0);
    expect(calendar.workingDaysBetween(endOf('2025-03-04'), vn('2025-03-06T09:00'))).toBe(2);
  });

  it('inverts addWorkingDays', () => {
    for (const n of [1, 2, 5, 10, 20]) {
      const start = vn('2026-02-11T14:00');
      expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).toBe(n);
    }
  });
});

describe('isWorkingDay and statusOf', () => {
  it.each([
    ['2025-03-03', true, 'weekly'],
    ['2025-03-08', false, 'weekly'],
    ['2025-04-26', true, 'announced'],
    ['2026-02-17', false, 'announced'],
    ['2027-02-09', false, 'expected'],
    ['2031-01-01', false, 'outside_coverage'],
    // Outside the data file the lunar new year is not known: Tet 2031 (23 Jan) reads as a weekday.
    ['2031-01-23', true, 'outside_coverage'],
  ])('%s working=%s basis=%s', (date, working, basis) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.statusOf(date)).toMatchObject({ date, working, basis });
  });

  it('lists the years the data file covers', () => {
    expect(calendar.coveredYears).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
});

import { CalendarDataError } from './calendar.errors';
import { vietnamWorkingCalendar } from './vietnam-working-calendar';

const vn = (local: string): Date => new Date(`${local}+07:00`);

describe('calendar overrides', () => {
  it('turns a weekday into a day off and moves deadlines past it', () => {
    const calendar = vietnamWorkingCalendar([
      { date: '2025-03-04', kind: 'day_off', reason: 'Local closure, decision 12/QD-UBND' },
    ]);
    expect(calendar.statusOf('2025-03-04')).toMatchObject({ working: false, basis: 'override' });
    expect(calendar.addWorkingDays(vn('2025-03-03T10:00'), 1)).toEqual(vn('2025-03-05T23:59:59.999'));
  });

  it('turns a Saturday into a working day', () => {
    const calendar = vietnamWorkingCalendar([{ date: '2027-02-20', kind: 'working_day', reason: 'swap' }]);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
  });

  it('lets a later override correct an earlier one for the same date', () => {
    const calendar = vietnamWorkingCalendar([
      { date: '2027-09-03', kind: 'working_day', reason: 'announced: adjacent day is 1 Sep' },
      { date: '2027-09-01', kind: 'day_off', reason: 'announced adjacent day' },
      { date: '2027-09-03', kind: 'day_off', reason: 'correction' },
    ]);
    expect(calendar.statusOf('2027-09-03')).toMatchObject({ working: false, reason: 'correction' });
  });

  it('rejects a malformed override, naming the field', () => {
    const build = () =>
      vietnamWorkingCalendar([{ date: '2025-02-30', kind: 'holiday' as 'day_off', reason: ' ' }]);
    expect(build).toThrow(CalendarDataError);
    expect(build).toThrow(/overrides\[0\]\.date.*\n.*overrides\[0\]\.kind.*\n.*overrides\[0\]\.reason/);
  });
});

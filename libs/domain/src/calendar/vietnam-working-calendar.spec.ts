import vnHolidays from './data/vn-public-holidays-2025-2030.json';
import { CalendarDataError } from './calendar.errors';
import { parseHolidayData } from './holiday-data.parse';
import { fromDayNumber, isWeekend, toDayNumber } from './local-date';
import { VN_PUBLIC_HOLIDAYS, vietnamWorkingCalendar } from './vietnam-working-calendar';

const calendar = vietnamWorkingCalendar();

const daysOf = (year: number): number[] => {
  const days: number[] = [];
  for (let day = toDayNumber(`${year}-01-01`); day <= toDayNumber(`${year}-12-31`); day += 1) days.push(day);
  return days;
};

describe('the shipped holiday data 2025-2030', () => {
  it.each([2025, 2026, 2027, 2028, 2029, 2030])(
    '%i gives the 11 paid holidays of Labour Code art. 112 as weekday days off, net of swaps',
    (year) => {
      const days = daysOf(year);
      const weekdaysOff = days.filter((d) => !isWeekend(d) && !calendar.isWorkingDay(fromDayNumber(d))).length;
      const weekendsWorked = days.filter((d) => isWeekend(d) && calendar.isWorkingDay(fromDayNumber(d))).length;
      expect(weekdaysOff - weekendsWorked).toBe(11);
    },
  );

  it.each([
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-02', '2030-04-12'],
  ])('%i: lunar new year %s and Hung Kings day %s are days off', (year, tet, hungKings) => {
    expect(calendar.isWorkingDay(tet)).toBe(false);
    expect(calendar.isWorkingDay(hungKings)).toBe(false);
    const tetDaysOff = VN_PUBLIC_HOLIDAYS.years
      .find((y) => y.year === year)!
      .daysOff.filter((d) => d.name.startsWith('Tet') && !isWeekend(toDayNumber(d.date)));
    expect(tetDaysOff).toHaveLength(5);
  });

  it('gives every year a source and marks only 2025 and 2026 as announced', () => {
    for (const year of VN_PUBLIC_HOLIDAYS.years) expect(year.source.length).toBeGreaterThan(40);
    expect(VN_PUBLIC_HOLIDAYS.years.filter((y) => y.status === 'announced').map((y) => y.year)).toEqual([2025, 2026]);
  });

  it('pairs every swapped working Saturday with a bridge day off', () => {
    for (const year of VN_PUBLIC_HOLIDAYS.years) {
      for (const worked of year.workingDays) {
        expect(isWeekend(toDayNumber(worked.date))).toBe(true);
        expect(year.daysOff.find((d) => d.date === worked.inExchangeFor)?.kind).toBe('bridge_day_off');
      }
    }
  });
});

describe('parseHolidayData', () => {
  const valid = JSON.parse(JSON.stringify(vnHolidays));

  it('accepts the shipped file', () => {
    expect(parseHolidayData(valid).years).toHaveLength(6);
  });

  it('names every bad field', () => {
    const broken = JSON.parse(JSON.stringify(vnHolidays));
    broken.years[0].daysOff[0].date = '2024-12-31';
    broken.years[0].daysOff[1].kind = 'holiday';
    broken.years[1].source = '';
    broken.years[1].workingDays[0].date = '2026-01-02';
    broken.years[2].year = 2025;
    broken.outsideCoverage.fixedDaysOff = ['1-1'];
    const issues = (() => {
      try {
        parseHolidayData(broken);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(CalendarDataError);
        return (error as CalendarDataError).issues;
      }
    })();
    expect(issues).toEqual(
      expect.arrayContaining([
        'outsideCoverage.fixedDaysOff[0]: expected "MM-DD", got "1-1"',
        'years[0].daysOff[0].date: 2024-12-31 is not in 2025',
        expect.stringMatching(/^years\[0\]\.daysOff\[1\]\.kind: expected one of/),
        expect.stringMatching(/^years\[1\]\.source: expected a non-empty text/),
        'years[1]: 2026-01-02 is listed both as a day off and as a working day',
        expect.stringMatching(/^years\[2\]\.daysOff\[0\]\.date: 2027-01-01 is not in 2025/),
      ]),
    );
  });
});

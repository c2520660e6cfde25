import { CalendarOverride } from './calendar-override';
import vnHolidays from './data/vn-public-holidays-2025-2030.json';
import { HolidayData } from './holiday-data';
import { parseHolidayData } from './holiday-data.parse';
import { createWorkingCalendar, WorkingCalendar } from './working-calendar';

/** The shipped holiday data, validated once when the module loads so a bad edit fails at boot. */
export const VN_PUBLIC_HOLIDAYS: HolidayData = parseHolidayData(vnHolidays as unknown);

/** Viet Nam's working calendar from the shipped data plus the administrator's overrides. */
export function vietnamWorkingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  return createWorkingCalendar(VN_PUBLIC_HOLIDAYS, overrides);
}

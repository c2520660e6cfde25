import { LocalDate } from './local-date';

/** The shape of `data/vn-public-holidays-2025-2030.json` once validated. */
export interface HolidayData {
  readonly outsideCoverage: {
    /** 'MM-DD' solar dates that are days off in years the file does not list. */
    readonly fixedDaysOff: readonly string[];
    readonly note?: string;
  };
  readonly years: readonly HolidayYear[];
}

/** 'announced' = the Government's published schedule; 'expected' = derived, to be confirmed. */
export type HolidayYearStatus = 'announced' | 'expected';

export interface HolidayYear {
  readonly year: number;
  readonly status: HolidayYearStatus;
  /** Which official decision or notice the dates come from, or how they were derived. */
  readonly source: string;
  readonly daysOff: readonly DayOff[];
  /** Saturdays (or Sundays) made working days in exchange for a bridge day off. */
  readonly workingDays: readonly SwappedWorkingDay[];
}

export type DayOffKind = 'public_holiday' | 'compensatory_day_off' | 'bridge_day_off';

export interface DayOff {
  readonly date: LocalDate;
  readonly kind: DayOffKind;
  readonly name: string;
}

export interface SwappedWorkingDay {
  readonly date: LocalDate;
  readonly name: string;
  readonly inExchangeFor?: LocalDate;
}

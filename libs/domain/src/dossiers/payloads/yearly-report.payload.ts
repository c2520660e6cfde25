import { MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR } from './movement-years';
import { PayloadChecker } from './payload-checker';
import { readReportedValues, ReportedValue } from './reported-value';

export interface YearlyReportPayload {
  year: number;
  /** The plan whose criteria the values answer. */
  planRef: string;
  values: ReportedValue[];
}

export function validateYearlyReport(input: unknown): YearlyReportPayload {
  const check = new PayloadChecker();
  const raw = check.object(input, '');
  return check.done({
    year: check.integer(raw.year, 'year', MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR),
    planRef: check.text(raw.planRef, 'planRef', 200),
    values: readReportedValues(check, raw.values, 'values'),
  });
}

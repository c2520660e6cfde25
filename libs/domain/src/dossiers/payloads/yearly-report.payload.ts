import { Evidence, readEvidence } from '../../summaries/evidence';
import { MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR } from './movement-years';
import { PayloadChecker } from './payload-checker';
import { readReportedValues, ReportedValue } from './reported-value';

export interface YearlyReportPayload {
  year: number;
  /** The plan whose criteria the values answer. */
  planRef: string;
  values: ReportedValue[];
  /**
   * Files backing the values (hash and reference; the files live outside the log). Optional, and
   * omitted when none is given, so reports recorded before evidence existed read unchanged.
   */
  evidence?: Evidence[];
}

export function validateYearlyReport(input: unknown): YearlyReportPayload {
  const check = new PayloadChecker();
  const raw = check.object(input, '');
  const year = check.integer(raw.year, 'year', MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR);
  const planRef = check.text(raw.planRef, 'planRef', 200);
  const values = readReportedValues(check, raw.values, 'values');
  const evidence = readEvidence(check, raw.evidence, 'evidence', values);
  return check.done({ year, planRef, values, ...(evidence.length > 0 ? { evidence } : {}) });
}

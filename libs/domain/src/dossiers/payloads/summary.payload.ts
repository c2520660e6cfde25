import { FINAL_SUMMARY_YEAR, PRELIMINARY_SUMMARY_YEAR } from './movement-years';
import { PayloadChecker } from './payload-checker';
import { readReportedValues, ReportedValue } from './reported-value';
import { readSummaryAggregate, SummaryAggregate } from './summary-aggregate';

/** A preliminary (2027) or final (2030) summary: the year is fixed by the kind. */
export interface SummaryPayload<Year extends number> {
  year: Year;
  planRef: string;
  /** The written assessment: results, lessons, proposals. */
  narrative: string;
  values: ReportedValue[];
  /** The figures the values were computed from (absent when the summary was written by hand). */
  aggregate?: SummaryAggregate;
}

export type PreliminarySummaryPayload = SummaryPayload<typeof PRELIMINARY_SUMMARY_YEAR>;
export type FinalSummaryPayload = SummaryPayload<typeof FINAL_SUMMARY_YEAR>;

export function validatePreliminarySummary(input: unknown): PreliminarySummaryPayload {
  return validateSummary(input, PRELIMINARY_SUMMARY_YEAR);
}

export function validateFinalSummary(input: unknown): FinalSummaryPayload {
  return validateSummary(input, FINAL_SUMMARY_YEAR);
}

function validateSummary<Year extends number>(input: unknown, year: Year): SummaryPayload<Year> {
  const check = new PayloadChecker();
  const raw = check.object(input, '');
  if (raw.year !== year) check.issue('year', `must be ${year} for this kind of summary`);
  const planRef = check.text(raw.planRef, 'planRef', 200);
  const narrative = check.text(raw.narrative, 'narrative', 50_000);
  const values = readReportedValues(check, raw.values, 'values');
  const aggregate = check.optional('aggregate', raw.aggregate, (given) => readSummaryAggregate(check, given, 'aggregate', values));
  if (aggregate.aggregate && aggregate.aggregate.years.to !== year) check.issue('aggregate.years.to', `must be ${year}, the year of the summary`);
  return check.done({ year, planRef, narrative, values, ...aggregate });
}

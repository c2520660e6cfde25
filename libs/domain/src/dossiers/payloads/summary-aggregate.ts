import { COMPARATORS, Comparator, CRITERION_UNITS, CriterionUnit, NATIONAL_CONTENTS, NationalContent } from './implementation-plan.payload';
import { MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR } from './movement-years';
import { join, PayloadChecker } from './payload-checker';
import { ReportedValue } from './reported-value';

/** One organisation's value counted toward a criterion of the summary. */
export interface AggregateContribution {
  orgId: string;
  year: number;
  actual: number;
}

export interface AggregateCriterion {
  criterionId: string;
  contentId: string;
  unit: CriterionUnit;
  comparator: Comparator;
  target: number;
  /** The combined value of the organisation and those below it; null when nobody reported. */
  actual: number | null;
  attainment: number;
  met: boolean;
  reported: number;
  expected: number;
  contributions: AggregateContribution[];
}

export interface AggregateContent {
  contentId: string;
  nationalContent: NationalContent;
  attainment: number;
  criteria: number;
  met: number;
}

/**
 * The figures a preliminary or final summary was drawn up from, per content and per criterion:
 * target, actual, attainment and who contributed. Carried in the dossier so each reviewer up the
 * chain sees the same figures the submitter saw, whatever is reported afterwards.
 */
export interface SummaryAggregate {
  years: { from: number; to: number };
  organisations: string[];
  attainment: number;
  contents: AggregateContent[];
  criteria: AggregateCriterion[];
}

const MAX_ORGANISATIONS = 5_000;

/** Reads an aggregate into `check`; its criteria's actual values must be the summary's `values`. */
export function readSummaryAggregate(check: PayloadChecker, value: unknown, path: string, values: readonly ReportedValue[]): SummaryAggregate {
  const raw = check.object(value, path);
  const years = check.object(raw.years, join(path, 'years'));
  const aggregate: SummaryAggregate = {
    years: {
      from: check.integer(years.from, join(path, 'years.from'), MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR),
      to: check.integer(years.to, join(path, 'years.to'), MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR),
    },
    organisations: check
      .list(raw.organisations, join(path, 'organisations'), 1, MAX_ORGANISATIONS)
      .map((orgId, i) => check.text(orgId, join(join(path, 'organisations'), i), 100)),
    attainment: share(check, raw.attainment, join(path, 'attainment')),
    contents: check.list(raw.contents, join(path, 'contents'), 0).map((item, i) => readContent(check, item, join(join(path, 'contents'), i))),
    criteria: check.list(raw.criteria, join(path, 'criteria'), 0).map((item, i) => readCriterion(check, item, join(join(path, 'criteria'), i))),
  };
  const reported = new Map(values.map((v) => [v.criterionId, v.actual]));
  aggregate.criteria.forEach((criterion, i) => {
    if (criterion.actual !== null && reported.get(criterion.criterionId) !== criterion.actual) {
      check.issue(join(join(join(path, 'criteria'), i), 'actual'), `differs from the value given for ${criterion.criterionId}`);
    }
  });
  return aggregate;
}

function readContent(check: PayloadChecker, item: unknown, path: string): AggregateContent {
  const raw = check.object(item, path);
  return {
    contentId: check.text(raw.contentId, join(path, 'contentId'), 100),
    nationalContent: check.oneOf(raw.nationalContent, join(path, 'nationalContent'), NATIONAL_CONTENTS),
    attainment: share(check, raw.attainment, join(path, 'attainment')),
    criteria: check.integer(raw.criteria, join(path, 'criteria'), 0, 500),
    met: check.integer(raw.met, join(path, 'met'), 0, 500),
  };
}

function readCriterion(check: PayloadChecker, item: unknown, path: string): AggregateCriterion {
  const raw = check.object(item, path);
  return {
    criterionId: check.text(raw.criterionId, join(path, 'criterionId'), 100),
    contentId: check.text(raw.contentId, join(path, 'contentId'), 100),
    unit: check.oneOf(raw.unit, join(path, 'unit'), CRITERION_UNITS),
    comparator: check.oneOf(raw.comparator, join(path, 'comparator'), COMPARATORS),
    target: check.number(raw.target, join(path, 'target')),
    actual: raw.actual === null ? null : check.number(raw.actual, join(path, 'actual')),
    attainment: share(check, raw.attainment, join(path, 'attainment')),
    met: typeof raw.met === 'boolean' ? raw.met : (check.issue(join(path, 'met'), 'must be true or false'), false),
    reported: check.integer(raw.reported, join(path, 'reported'), 0, MAX_ORGANISATIONS),
    expected: check.integer(raw.expected, join(path, 'expected'), 0, MAX_ORGANISATIONS),
    contributions: check
      .list(raw.contributions, join(path, 'contributions'), 0, MAX_ORGANISATIONS)
      .map((entry, i) => readContribution(check, entry, join(join(path, 'contributions'), i))),
  };
}

function readContribution(check: PayloadChecker, item: unknown, path: string): AggregateContribution {
  const raw = check.object(item, path);
  return {
    orgId: check.text(raw.orgId, join(path, 'orgId'), 100),
    year: check.integer(raw.year, join(path, 'year'), MOVEMENT_FIRST_YEAR, MOVEMENT_LAST_YEAR),
    actual: check.number(raw.actual, join(path, 'actual')),
  };
}

/** An attainment: a number from 0 to 1. */
function share(check: PayloadChecker, value: unknown, path: string): number {
  const number = check.number(value, path);
  if (number < 0 || number > 1) check.issue(path, 'must be from 0 to 1');
  return number;
}

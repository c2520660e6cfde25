import { join, PayloadChecker } from './payload-checker';

/** An actual value reported against one criterion of the plan named by the report. */
export interface ReportedValue {
  criterionId: string;
  actual: number;
  note?: string;
}

export function readReportedValues(check: PayloadChecker, value: unknown, path: string): ReportedValue[] {
  const values = check.list(value, path, 1).map((item, index) => {
    const at = join(path, index);
    const raw = check.object(item, at);
    return {
      criterionId: check.text(raw.criterionId, join(at, 'criterionId'), 100),
      actual: check.number(raw.actual, join(at, 'actual')),
      ...check.optional('note', raw.note, (note) => check.text(note, join(at, 'note'))),
    };
  });
  const seen = new Set<string>();
  values.forEach(({ criterionId }, index) => {
    if (criterionId !== '' && seen.has(criterionId)) {
      check.issue(join(join(path, index), 'criterionId'), `criterion ${criterionId} is reported twice`);
    }
    seen.add(criterionId);
  });
  return values;
}

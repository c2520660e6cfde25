import { ReportedValue } from '../dossiers/payloads/reported-value';
import { attainment, isMet } from '../summaries/attainment';
import { Contribution } from '../summaries/summary';
import { combineValues } from '../summaries/value-combination';
import { AgreementTarget, AgreementTerms } from './agreement.terms';

/** A signatory's values against the agreement's targets (`criterionId` is the target id). */
export interface SignatoryValues {
  orgId: string;
  year: number;
  values: readonly ReportedValue[];
}

export interface TargetProgress {
  target: AgreementTarget;
  actual: number | null;
  attainment: number;
  met: boolean;
  contributions: Contribution[];
}

/**
 * Progress toward each target: a signatory's own target from its own value; a shared target from
 * the signatories' values combined as in a summary (counts add up, shares are averaged). Each
 * signatory counts with its latest value; values of non-signatories are ignored.
 */
export function agreementProgress(terms: AgreementTerms, reports: readonly SignatoryValues[]): TargetProgress[] {
  const signatories = new Set(terms.signatories);
  return terms.targets.map((target) => {
    const latest = new Map<string, Contribution>();
    for (const report of reports) {
      if (!signatories.has(report.orgId)) continue;
      if (target.signatoryOrgId !== undefined && report.orgId !== target.signatoryOrgId) continue;
      const value = report.values.find((v) => v.criterionId === target.targetId);
      const current = latest.get(report.orgId);
      if (value && (!current || report.year > current.year)) {
        latest.set(report.orgId, { orgId: report.orgId, year: report.year, actual: value.actual });
      }
    }
    const contributions = [...latest.values()].sort((a, b) => (a.orgId < b.orgId ? -1 : a.orgId > b.orgId ? 1 : 0));
    const actual = combineValues(target.unit, contributions.map((c) => c.actual));
    return {
      target,
      actual,
      attainment: actual === null ? 0 : attainment(target.comparator, target.target, actual),
      met: actual !== null && isMet(target.comparator, target.target, actual),
      contributions,
    };
  });
}

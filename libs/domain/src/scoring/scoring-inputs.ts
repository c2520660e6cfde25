import { DossierEvent } from '../dossiers/dossier.events';
import { ApprovedPlan, approvedPlans, approvedReports } from '../summaries/approved-dossiers';
import { YearReport } from '../summaries/year-report';
import { ScoringInput } from './score';

export interface ScoringInputs {
  inputs: ScoringInput[];
  /** Organisations with an approved report for the year but no approved plan to score it against. */
  withoutPlan: string[];
}

/**
 * The scoring inputs of a year: each organisation's approved yearly report for the year, against
 * its latest approved implementation plan. Organisations with a report but no approved plan cannot
 * be scored and are left out (`withoutPlan` names them).
 */
export function scoringInputs(plans: ReadonlyMap<string, ApprovedPlan>, reports: readonly YearReport[], year: number): ScoringInputs {
  const inputs: ScoringInput[] = [];
  const withoutPlan: string[] = [];
  for (const report of reports) {
    if (report.year !== year) continue;
    const plan = plans.get(report.orgId);
    if (!plan) {
      withoutPlan.push(report.orgId);
      continue;
    }
    inputs.push({ orgId: report.orgId, plan: { contents: plan.payload.contents, criteria: plan.payload.criteria }, values: report.values });
  }
  return { inputs, withoutPlan };
}

/** The scoring inputs of a year, replayed from dossier events. */
export function scoringInputsFromEvents(events: readonly DossierEvent[], year: number): ScoringInputs {
  return scoringInputs(approvedPlans(events), approvedReports(events), year);
}

import { DossierEvent } from '../dossiers/dossier.events';
import { approvedPlans, approvedReports } from '../summaries/approved-dossiers';
import { ScoringInput } from './score';

/**
 * The scoring inputs of a year, replayed from dossier events: each organisation's approved yearly
 * report for the year, against its latest approved implementation plan. Organisations with a
 * report but no approved plan cannot be scored and are left out (`withoutPlan` names them).
 */
export function scoringInputsFromEvents(events: readonly DossierEvent[], year: number): { inputs: ScoringInput[]; withoutPlan: string[] } {
  const plans = approvedPlans(events);
  const inputs: ScoringInput[] = [];
  const withoutPlan: string[] = [];
  for (const report of approvedReports(events)) {
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
